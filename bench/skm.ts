/**
 * Speed and memory of `standar skm hitung` on 100,000 responses, as .csv and as .xlsx (the agreed
 * data-entry layout, five services, a few skipped answers), against a baseline in the same run:
 * only reading the rows of the same file. Each measurement runs in a fresh Node process so its
 * peak memory is its own; the growth printed is the peak over the process's size once its modules
 * are loaded (garbage included); the baseline also prints its live heap after a collection every
 * tenth of the rows, flat when reading streams; the computation prints its live heap after a
 * collection every quarter-second (the most) and once done. The same at 10,000 rows shows that memory
 * does not grow with the row count, the index of respondent numbers (kept to find one used twice)
 * aside.
 * The goal is under 5 seconds per file.
 * Run after `npm run build`: `npm run bench:skm` (BENCH_ROWS=n for another size).
 */
import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const exec = promisify(execFile);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = pathToFileURL(join(ROOT, 'dist/')).href;
const ROWS = Math.max(1, Number(process.env.BENCH_ROWS ?? 100_000));

const HEADER = ['No', 'Kode Layanan', 'Tanggal', 'Jenis Kelamin', 'Usia', 'Pendidikan', 'Pekerjaan', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const SERVICES = ['DUK-KK', 'DUK-KTP', 'DUK-AKTA-LAHIR', 'DUK-AKTA-MATI', 'DUK-PINDAH'];
const EDUCATION = ['SD', 'SMP', 'SMA', 'D3', 'S1', 'S2'];
const WORK = ['PNS', 'Swasta', 'Wirausaha', 'Pelajar', 'Petani', 'Lainnya'];

/** A small deterministic generator, so every run measures the same file. */
function* responses(count: number): Generator<(string | number | Date | undefined)[]> {
  let seed = 20260105;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 1; i <= count; i++) {
    const day = new Date(Date.UTC(2026, Math.floor(next() * 6), 1 + Math.floor(next() * 28)));
    const answers = Array.from({ length: 9 }, (_, u) => (u === 8 && next() < 0.3 ? undefined : 1 + Math.min(3, Math.floor(next() * 3.6 + 0.6))));
    yield [i, SERVICES[i % SERVICES.length], day, next() < 0.5 ? 'L' : 'P', 18 + Math.floor(next() * 55), EDUCATION[Math.floor(next() * EDUCATION.length)], WORK[Math.floor(next() * WORK.length)], ...answers];
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const ddmmyyyy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

async function writeCsv(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(HEADER.join(';') + '\r\n');
  for (const r of responses(count)) await write(r.map((v) => (v instanceof Date ? ddmmyyyy(v) : (v ?? ''))).join(';') + '\r\n');
  await new Promise<void>((r) => out.end(() => r()));
}

async function writeXlsx(path: string, count: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet('Tanggapan');
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  sheet.addRow(HEADER).commit();
  for (const r of responses(count)) sheet.addRow(r).commit();
  sheet.commit();
  await book.commit();
}

/** One task in a fresh process: its time, and its peak memory over its size once loaded. */
interface Measured {
  /** Wall time. */
  seconds: number;
  /** CPU time: what a machine busy with other work does not inflate. */
  cpu: number;
  growth: number;
  detail: string;
}

async function measure(task: 'read' | 'compute', file: string, count: number): Promise<Measured> {
  const code = `
    const { readRows } = await import(${JSON.stringify(`${DIST}survey/read.js`)});
    const { computeSurvey } = await import(${JSON.stringify(`${DIST}survey/hitung.js`)});
    const { parsePeriod } = await import(${JSON.stringify(`${DIST}survey/period.js`)});
    globalThis.gc();
    const base = process.memoryUsage().rss;
    const cpu = process.cpuUsage();
    const started = performance.now();
    let detail;
    let outcome;
    if (${JSON.stringify(task)} === 'read') {
      let rows = 0;
      const live = [];
      for await (const row of readRows(${JSON.stringify(file)}, 'bench', 'id', () => {})) {
        if (++rows % ${Math.max(1, Math.round(count / 10))} === 0) {
          globalThis.gc();
          live.push((process.memoryUsage().heapUsed / 1048576).toFixed(1));
        }
      }
      detail = rows + ' rows; live heap after collection, every tenth: ' + live.join(', ') + ' MB';
    } else {
      // Sampled on a timer, which the streamed reading lets in between chunks.
      const live = [];
      const sample = () => {
        globalThis.gc();
        live.push(process.memoryUsage().heapUsed / 1048576);
      };
      const timer = setInterval(sample, 250);
      outcome = await computeSurvey([${JSON.stringify(file)}], { cwd: process.cwd(), lang: 'id', periode: parsePeriod('2026-S1') });
      clearInterval(timer);
      // A run shorter than the timer's period has no sample of its own.
      const running = live.length === 0 ? 'no sample while it ran' : live.length + ' samples, at most ' + Math.max(...live).toFixed(1) + ' MB while it ran (the index of respondent numbers included)';
      sample();
      detail = outcome.results.unit.responden + ' respondents, IKM ' + outcome.results.unit.konversi.toFixed(2) + ', ' + outcome.diagnostics.length + ' findings; live heap after collection: ' + running + ', ' + live.at(-1).toFixed(1) + ' MB once done';
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ seconds, cpu: (used.user + used.system) / 1e6, growth: process.resourceUsage().maxRSS * 1024 - base, detail }));
  `;
  const { stdout } = await exec(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { env, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Measured;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const work = mkdtempSync(join(tmpdir(), 'standar-bench-skm-'));
try {
  for (const count of [Math.max(1, Math.round(ROWS / 10)), ROWS]) {
    for (const [kind, write] of [['csv', writeCsv], ['xlsx', writeXlsx]] as const) {
      const file = join(work, `tanggapan-${count}.${kind}`);
      await write(file, count);
      const read = await measure('read', file, count);
      const full = await measure('compute', file, count);
      console.log(`skm hitung, ${count.toLocaleString('en')} rows .${kind} (${mb(statSync(file).size)}): ${full.seconds.toFixed(2)} s wall, ${full.cpu.toFixed(2)} s CPU, peak memory +${mb(full.growth)} (${full.detail}); goal < 5 s`);
      console.log(`  baseline, reading the rows only: ${read.seconds.toFixed(2)} s wall, ${read.cpu.toFixed(2)} s CPU, peak memory +${mb(read.growth)} (${read.detail})`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
