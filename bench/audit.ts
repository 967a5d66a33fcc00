/**
 * `standar audit` over a generated region: N units of 25 services each (bench/corpus.ts's
 * generated standards, 4–6 KB), checked and judged unit by unit through the real CLI (workers
 * included), the JSON written to a file. Prints wall time, services per second and the peak RSS
 * of the process for each size, with the ratio to the smallest: cost must grow linearly and
 * memory must not grow with the number of units (issue 16: 2,000 units / 50,000 services under
 * 60 s on two cores, peak under 2 GB).
 * The middle size shows where memory levels off: V8 lets a heap grow to a few times what is live
 * over the first seconds of a run, so a short run peaks lower than a long one.
 * A run's peak moves by some 10 MB from one run to the next, twice what the target allows: each
 * size is run BENCH_REPEAT times (3 unless set), the sizes in turn, and the medians compared.
 * Run after `npm run build`: `npm run bench:audit` (BENCH_UNITS=200,2000 for other sizes).
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeCorpus } from './corpus.js';

const exec = promisify(execFile);
// Children run the built JavaScript as users do, without the TypeScript loader this script runs under.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench/.data/audit');
const SERVICES_PER_UNIT = 25;
const SIZES = (process.env.BENCH_UNITS ?? '200,1000,2000').split(',').map(Number);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));

/** A region of `units` units, written once and kept between runs. */
async function region(units: number): Promise<string> {
  const dir = join(DATA, `wilayah-${units}`);
  const have = await readdir(dir).catch(() => [] as string[]);
  if (have.length === units) return dir;
  for (let i = 0; i < units; i++) await writeCorpus(join(dir, `unit-${String(i).padStart(4, '0')}`), SERVICES_PER_UNIT);
  return dir;
}

/** The CLI in a child process that reports its own peak RSS (worker threads included). */
async function cli(args: string[]): Promise<{ ms: number; maxRssMb: number; code: number }> {
  const script = `const { main } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
const t = performance.now();
const code = await main({ argv: ${JSON.stringify(args)}, stdout: { write() {} }, stderr: { write() {} }, isTTY: false });
process.stderr.write(JSON.stringify({ ms: performance.now() - t, maxRssMb: process.resourceUsage().maxRSS / 1024, code }));`;
  const { stderr } = await exec(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 26, env });
  return JSON.parse(stderr) as { ms: number; maxRssMb: number; code: number };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs = new Map<number, { ms: number[]; rss: number[] }>(SIZES.map((units) => [units, { ms: [], rss: [] }]));
const dirs = new Map<number, string>();
for (const units of SIZES) dirs.set(units, await region(units));
for (let i = 0; i < REPEAT; i++) {
  for (const units of SIZES) {
    const run = await cli(['audit', dirs.get(units)!, '--format', 'json', '--out', join(DATA, `audit-${units}.json`), '--situs', join(DATA, 'tanpa-situs')]);
    if (run.code !== 0) throw new Error(`standar audit exited with ${run.code} on ${units} units`);
    runs.get(units)!.ms.push(run.ms);
    runs.get(units)!.rss.push(run.maxRssMb);
  }
}
const rows = SIZES.map((units) => ({ units, ms: median(runs.get(units)!.ms), rss: median(runs.get(units)!.rss), rssRange: [Math.min(...runs.get(units)!.rss), Math.max(...runs.get(units)!.rss)] }));
const first = rows[0]!;
console.log(`standar audit (validate + audit), 25 services per unit, JSON written to a file; medians of ${REPEAT} runs, the sizes in turn:`);
for (const r of rows) {
  const services = r.units * SERVICES_PER_UNIT;
  console.log(
    `  ${String(r.units).padStart(5)} units / ${String(services).padStart(6)} services: ${(r.ms / 1000).toFixed(1).padStart(6)} s (×${(r.ms / first.ms).toFixed(2)} for ×${(r.units / first.units).toFixed(0)} units), ${Math.round((services / r.ms) * 1000)} services/s, peak RSS ${Math.round(r.rss)} MB (×${(r.rss / first.rss).toFixed(2)}; runs ${Math.round(r.rssRange[0]!)}–${Math.round(r.rssRange[1]!)})`,
  );
}
const last = rows[rows.length - 1]!;
const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
if (last.units >= 2000) {
  console.log(`targets at ${last.units} units: under 60 s: ${verdict(last.ms < 60_000)}; peak under 2,048 MB: ${verdict(last.rss < 2048)}; peak not growing with the units (within 5% of ${first.units} units'): ${verdict(last.rss <= first.rss * 1.05)}`);
}
