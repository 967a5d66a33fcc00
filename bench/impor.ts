/**
 * Speed of `standar impor` on a decree attachment of 40 services (the size of a busy office's
 * whole set): the text fixture's two-table service repeated under 40 names, imported by the real
 * CLI into an empty unit folder, writing 40 drafts. The goal is under 5 seconds.
 * Then its faithfulness on this project's own pages (issue 13's round trip): for each fact, on
 * how many example services it comes back equal from the full-standard HTML and from the same
 * page printed to PDF (`pageFacts` in tests/import/page-roundtrip.ts says what "equal" means).
 * Run after `npm run build`: `npm run bench:impor` (BENCH_REPEAT=n for more repetitions).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, promisify } from 'node:util';

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

const { COMPONENT_FACTS, SERVICE_FACTS, exampleUnits, importBack, pageFacts } = await import('../tests/import/page-roundtrip.js');
const { PdfEngine, describePdfError } = await import('../src/pdf/index.js');
const SERVICE_PAGE = [...COMPONENT_FACTS, ...SERVICE_FACTS, 'kop'];
const equal: Record<string, { html: number; pdf: number; of: number }> = {};
const count = (fact: string, format: 'html' | 'pdf', same: boolean) => {
  const e = (equal[fact] ??= { html: 0, pdf: 0, of: 0 });
  if (format === 'html') e.of++;
  if (same) e[format]++;
};
const engine = new PdfEngine();
let pdfProblem: string | undefined;
try {
  for (const format of ['html', 'pdf'] as const) {
    const print = format === 'pdf';
    const bytes = async (html: string): Promise<string | Uint8Array | undefined> => {
      if (!print) return html;
      const printed = await engine.print(html);
      if (printed.ok) return printed.pdf;
      pdfProblem = describePdfError(printed.error, 'en').message;
      return undefined;
    };
    for (const unit of await exampleUnits(print ? 'print' : 'screen')) {
      for (const page of unit.pages) {
        const file = await bytes(page.html);
        const imported = file === undefined ? undefined : await importBack(file, format);
        const original = pageFacts(page.service, page.provider, { print });
        const back = imported ? pageFacts(imported.services[0] ?? {}, imported.provider, { print }) : {};
        for (const fact of SERVICE_PAGE) count(fact, format, imported !== undefined && isDeepStrictEqual(original[fact], back[fact]));
      }
      const file = await bytes(unit.maklumat);
      const imported = file === undefined ? undefined : await importBack(file, format);
      count('maklumat', format, imported !== undefined && isDeepStrictEqual(pageFacts({}, unit.provider, { print }).maklumat, pageFacts({}, imported.provider, { print }).maklumat));
    }
  }
} finally {
  await engine.close();
}
console.log("\nround trip of the examples' full-standard pages (maklumat: the maklumat pages), equal from HTML and from PDF:");
for (const [fact, n] of Object.entries(equal)) console.log(`  ${fact.padEnd(38)} HTML ${n.html}/${n.of}  PDF ${n.pdf}/${n.of}`);
if (pdfProblem) console.log(`  (PDF not printed: ${pdfProblem})`);
