/**
 * The portal of a whole region: `standar build <region> --out portal/` on generated regions of
 * 25 services per unit, each figure printed with its ratio to the same run on the smallest region
 * (cost must grow linearly: a ratio near the ratio of units), its CPU time (user + system of every
 * thread, which other work on the machine inflates far less than wall time) and whether its target
 * is met:
 * - full: a fresh HTML build of every unit's site and the portal's pages (target < 5 min at 2,000 units);
 * - peak memory: the build process's peak RSS, workers included (target < 2 GB, and not growing with
 *   the units past the largest unit's share: judged as within 5%, the spread of one region's runs, of the smallest region's);
 * - unchanged: a rebuild with nothing changed;
 * - one file, catalogue kept: a rebuild after a change to one service's text that the catalogues
 *   do not show (a step of its procedure): its unit's pages only;
 * - one file, catalogue changed: a rebuild after one service's name changed, which every
 *   portal-wide list shows (target < 3 s for a one-file change).
 * Below 2,000 units the full build's target is judged on its linear extrapolation, said as such.
 * The rebuilds are timed after `sync`, once the full build's files are on disk, each the median of three.
 * The build runs the built CLI's library in a child process, as users run it; the machine's load
 * average is printed after each run, since a busy machine slows every wall-clock figure.
 * Run after `npm run build`: `npm run bench:portal` (option: --units 200,2000).
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
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

/** The build in a child that reports its own time, CPU and peak memory (workers are threads of the same process). */
const CHILD = `
const t = performance.now();
// V8 set as \`standar build\` sets it (src/cli/v8.ts).
const { limitHeapGrowth, limitInlining } = await import(${JSON.stringify(join(ROOT, 'dist/cli/v8.js'))});
limitInlining();
limitHeapGrowth('portal');
const { publishPortal } = await import(${JSON.stringify(join(ROOT, 'dist/publish/portal.js'))});
const [input, out] = process.argv.slice(1);
const o = await publishPortal({ inputs: [input], outDir: out, shownOut: 'portal/', lang: 'id', cwd: process.cwd() });
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
console.log(JSON.stringify({ ms: performance.now() - t, cpu: (userCPUTime + systemCPUTime) / 1000, rss: maxRSS * 1024, stop: o.stop?.reason, written: o.written }));
`;

interface Run {
  ms: number;
  cpu: number;
  rss: number;
  stop?: string;
  written: { units: number; services: number; files: number; rewritten: number; removed: number; rebuiltUnits: number };
  /** The load average (1 minute) when the run ended. */
  load: number;
}

async function build(region: string, out: string): Promise<Run> {
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', CHILD, region, out], { env, maxBuffer: 64 * 1024 * 1024 });
  const run = JSON.parse(stdout.trim().split('\n').pop()!) as Run;
  if (run.stop) throw new Error(`the build stopped: ${run.stop}`);
  return { ...run, load: loadavg()[0]! };
}

/** Each rebuild is run this many times and its median taken: one run on a shared machine can be a third off. */
const REPEAT = 3;

/** The run of median wall time among `runs`. */
const median = (runs: Run[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;

/** A rebuild with nothing changed, the median of REPEAT. */
async function unchangedBuild(region: string, out: string): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < REPEAT; i++) runs.push(await build(region, out));
  return median(runs);
}

/**
 * A rebuild after `change` rewrote one service file of the region's middle unit, the median of
 * REPEAT: each time the file is put back and the portal built again (not timed) before the next.
 */
async function afterChange(region: string, out: string, units: number, change: (text: string) => string): Promise<Run> {
  const file = join(region, unitName(Math.floor(units / 2)), 'layanan', 'l00003.yaml');
  const text = await readFile(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the change left ${file} as it was`);
  const runs: Run[] = [];
  for (let i = 0; i < REPEAT; i++) {
    await writeFile(file, changed);
    try {
      runs.push(await build(region, out));
    } finally {
      await writeFile(file, text);
    }
    await build(region, out);
  }
  return median(runs);
}

interface Row {
  units: number;
  full: Run;
  unchanged: Run;
  kept: Run;
  renamed: Run;
}

const rows: Row[] = [];
for (const units of SIZES) {
  const region = await writeRegion(join(DATA, `region-${units}`), units, PER_UNIT);
  const out = join(DATA, `portal-${units}`);
  await rm(out, { recursive: true, force: true });
  const full = await build(region, out);
  // The full build leaves gigabytes the kernel is still writing to disk; the rebuilds are timed
  // once it is done, not against its write-back.
  await exec('sync');
  const unchanged = await unchangedBuild(region, out);
  // A step's text is on the service's own pages only; its name is in every portal-wide list.
  const kept = await afterChange(region, out, units, (text) => text.replace(/^([ \t]+uraian: )(.*)$/m, '$1$2 (diubah)'));
  const renamed = await afterChange(region, out, units, (text) => text.replace(/^nama: (.*)$/m, 'nama: $1 (diubah)'));
  rows.push({ units, full, unchanged, kept, renamed });
  console.error(`${units} units done (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
}

const base = rows[0]!;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const TARGET_UNITS = 2000;
const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
console.log(`portal bench: ${PER_UNIT} services per unit; ratios against ${base.units} units; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
console.log('wall-clock figures grow with the load average printed beside each run; CPU (user + system, all threads) much less');
const line = (name: string, r: Run, b: Run, target: string) =>
  console.log(`  ${name.padEnd(26)} ${s(r.ms).padStart(9)} ${ratio(r.ms, b.ms).padStart(7)}   CPU ${s(r.cpu).padStart(8)} ${ratio(r.cpu, b.cpu).padStart(7)}   load ${r.load.toFixed(1).padStart(4)}   ${r.written.rebuiltUnits} units built, ${r.written.rewritten} files written${target ? `   ${target}` : ''}`);
for (const r of rows) {
  const n = r.units / base.units;
  console.log(`${r.units} units, ${r.units * PER_UNIT} services (×${n.toFixed(2)} units), ${r.full.written.files} files:`);
  // The full build's target at 2,000 units: measured there, else extrapolated linearly, by the
  // cost of each unit more than the smallest region (start-up and the portal's pages aside).
  const perUnit = r === base ? r.full.ms / r.units : (r.full.ms - base.full.ms) / (r.units - base.units);
  const at2000 = r.units === TARGET_UNITS ? r.full.ms : r.full.ms + (TARGET_UNITS - r.units) * perUnit;
  const fullTarget = `target < 300 s at ${TARGET_UNITS} units: ${r.units === TARGET_UNITS ? '' : `extrapolated ${s(at2000)} (${(perUnit / 1000).toFixed(3)} s a unit), `}${verdict(at2000 < 300_000)}`;
  line('full HTML build', r.full, base.full, fullTarget);
  // Not growing with the units: within the run-to-run spread of one region's peak (some 5%) of the smallest region's.
  const flat = r === base ? '' : `; not growing with the units (within 5% of ${base.units} units'): ${verdict(r.full.rss <= base.full.rss * 1.05)}`;
  console.log(`  ${'peak memory'.padEnd(26)} ${mb(r.full.rss).padStart(9)} ${ratio(r.full.rss, base.full.rss).padStart(7)}   for ×${n.toFixed(2)} units   target < 2,048 MB: ${verdict(r.full.rss < 2048 * 1024 * 1024)}${flat}`);
  line('unchanged rebuild', r.unchanged, base.unchanged, '');
  line('one file, catalogue kept', r.kept, base.kept, `target < 3 s: ${verdict(r.kept.ms < 3000)}`);
  line('one file, name changed', r.renamed, base.renamed, `target < 3 s: ${verdict(r.renamed.ms < 3000)}`);
}
