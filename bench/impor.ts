/**
 * Speed of `standar impor` on a decree attachment of 40 services (the size of a busy office's
 * whole set): the text fixture's two-table service repeated under 40 names, imported by the real
 * CLI into an empty unit folder, writing 40 drafts. The goal is under 5 seconds.
 * Run after `npm run build`: `npm run bench:impor` (BENCH_REPEAT=n for more repetitions).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/standar.js');
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const SERVICES = 40;

const fixture = readFileSync(join(ROOT, 'tests/fixtures/impor/ab-tabel.txt'), 'utf8');
const head = fixture.slice(0, fixture.indexOf('1. STANDAR PELAYANAN'));
const body = fixture.slice(fixture.indexOf('1. STANDAR PELAYANAN'), fixture.indexOf('2. STANDAR PELAYANAN')).replace(/^1\. STANDAR PELAYANAN .*$/m, '');
const NAMES = ['SURAT KETERANGAN', 'IZIN', 'REKOMENDASI', 'LEGALISASI', 'PENCATATAN'];
const text = head + Array.from({ length: SERVICES }, (_, i) => `${i + 1}. STANDAR PELAYANAN ${NAMES[i % NAMES.length]} JENIS ${i + 1}\n${body}`).join('\n');

const work = mkdtempSync(join(tmpdir(), 'standar-bench-impor-'));
const source = join(work, 'lampiran.txt');
writeFileSync(source, text);
const times: number[] = [];
try {
  for (let r = 0; r < REPEAT; r++) {
    const unit = join(work, `unit-${r}`);
    const started = performance.now();
    const { stdout } = await exec(process.execPath, [BIN, 'impor', source, '--ke', unit, '--format', 'json'], { env, maxBuffer: 64 * 1024 * 1024 });
    times.push((performance.now() - started) / 1000);
    const written = (JSON.parse(stdout) as { created: string[] }).created.filter((f) => f.startsWith('layanan/')).length;
    if (written !== SERVICES) throw new Error(`expected ${SERVICES} drafts, ${written} written`);
  }
} catch (err) {
  rmSync(work, { recursive: true, force: true });
  throw err;
}
// The import alone, in this process once its modules are loaded: wall and CPU time, which a
// machine busy with other work does not inflate.
const { importFiles } = (await import('../dist/import/index.js')) as typeof import('../src/import/index.js');
const inProcess: { wall: number; cpu: number }[] = [];
for (let r = 0; r < REPEAT; r++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await importFiles([source], { cwd: work, lang: 'id', dryRun: true });
  const used = process.cpuUsage(cpu);
  inProcess.push({ wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 });
  if (result.services.length !== SERVICES) throw new Error(`expected ${SERVICES} services, ${result.services.length} found`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`impor (CLI, ${SERVICES} services, ${(text.length / 1024).toFixed(0)} KB of text, drafts written): ${median(times).toFixed(2)} s wall (median of ${REPEAT}; goal < 5 s)`);
console.log(`importFiles in-process: ${median(inProcess.map((x) => x.wall)).toFixed(2)} s wall, ${median(inProcess.map((x) => x.cpu)).toFixed(2)} s CPU`);

rmSync(work, { recursive: true, force: true });
