/**
 * The portal of a whole region: `standar build <region> --out portal/` on generated regions of
 * 25 services per unit, each figure printed with its ratio to the same run on the smallest region
 * (cost must grow linearly: a ratio near the ratio of units):
 * - full: a fresh HTML build of every unit's site and the portal's pages (target < 5 min at 2,000 units);
 * - peak memory: the build process's peak RSS, workers included (target < 2 GB, flat past the largest unit's share);
 * - unchanged: a rebuild with nothing changed;
 * - one file: a rebuild after one service file changed (target < 3 s).
 * The build runs the built CLI in a child process, as users run it; the machine's load is printed
 * with the figures, since a busy machine slows every one of them.
 * Run after `npm run build`: `npm run bench:portal` (option: --units 200,2000).
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unitName, writeRegion } from './lib/region.js';

const exec = promisify(execFile);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench/.data');
const PER_UNIT = 25;
const i = process.argv.indexOf('--units');
const SIZES = (i >= 0 ? process.argv[i + 1]! : '200,2000').split(',').map(Number);

/** The build in a child that reports its own time and peak memory (workers are threads of the same process). */
const CHILD = `
const t = performance.now();
const { publishPortal } = await import(${JSON.stringify(join(ROOT, 'dist/publish/portal.js'))});
const [input, out] = process.argv.slice(1);
const o = await publishPortal({ inputs: [input], outDir: out, shownOut: 'portal/', lang: 'id', cwd: process.cwd() });
console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024, stop: o.stop?.reason, written: o.written }));
`;

interface Run {
  ms: number;
  rss: number;
  stop?: string;
  written: { units: number; services: number; files: number; rewritten: number; removed: number; rebuiltUnits: number };
}

async function build(region: string, out: string): Promise<Run> {
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', CHILD, region, out], { env, maxBuffer: 64 * 1024 * 1024 });
  const run = JSON.parse(stdout.trim().split('\n').pop()!) as Run;
  if (run.stop) throw new Error(`the build stopped: ${run.stop}`);
  return run;
}

const rows: { units: number; full: Run; unchanged: Run; oneFile: Run }[] = [];
for (const units of SIZES) {
  const region = await writeRegion(join(DATA, `region-${units}`), units, PER_UNIT);
  const out = join(DATA, `portal-${units}`);
  await rm(out, { recursive: true, force: true });
  const full = await build(region, out);
  const unchanged = await build(region, out);
  const file = join(region, unitName(Math.floor(units / 2)), 'layanan', 'l00003.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^nama: (.*)$/m, 'nama: $1 (diubah)'));
  const oneFile = await build(region, out);
  await writeFile(file, text);
  rows.push({ units, full, unchanged, oneFile });
  console.error(`${units} units done (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
}

const base = rows[0]!;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(`portal bench: ${PER_UNIT} services per unit; ratios against ${base.units} units; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} cores`);
for (const r of rows) {
  const n = ratio(r.units, base.units);
  console.log(`${r.units} units, ${r.units * PER_UNIT} services (${n} units):`);
  console.log(`  full HTML build   ${s(r.full.ms).padStart(9)}  ${ratio(r.full.ms, base.full.ms)}   ${r.full.written.files} files   target < 300 s at 2,000 units`);
  console.log(`  peak memory       ${mb(r.full.rss).padStart(9)}  ${ratio(r.full.rss, base.full.rss)}   target < 2,048 MB, flat`);
  console.log(`  unchanged rebuild ${s(r.unchanged.ms).padStart(9)}  ${ratio(r.unchanged.ms, base.unchanged.ms)}   ${r.unchanged.written.rewritten} files rewritten`);
  console.log(`  one-file rebuild  ${s(r.oneFile.ms).padStart(9)}  ${ratio(r.oneFile.ms, base.oneFile.ms)}   ${r.oneFile.written.rebuiltUnits} unit rebuilt, ${r.oneFile.written.rewritten} files rewritten   target < 3 s`);
}
