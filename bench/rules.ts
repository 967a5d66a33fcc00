/**
 * What the semantic rules cost: `validate` throughput over the same generated corpus with every
 * rule on and with every rule off, measured in the same run in alternating rounds (so machine
 * noise falls on both), in-process on one thread (the rules' own cost) and with the worker pool
 * the CLI uses. The cost is given on wall time and on CPU time (the process's, workers included),
 * which a busy shared machine disturbs less. Target: the rules cost at most 15% of throughput.
 * Run after `npm run build`: `npm run bench:rules` (optional argument: number of files, default 1000).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '../dist/check/validate.js';
import { RULES } from '../dist/rules/index.js';
import { writeCorpus } from './corpus.js';

const n = Number(process.argv[2] ?? 1000);
const dir = await writeCorpus(join(fileURLToPath(new URL('.', import.meta.url)), `.data/corpus-${n}`), n);
const ALL_OFF = Object.fromEntries(Object.keys(RULES).map((id) => [id, { severity: 'off' as const }]));
const ROUNDS = 5;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Documents per second of wall time and per second of CPU time. */
async function throughput(rulesOn: boolean, workers: number | undefined): Promise<{ wall: number; cpu: number }> {
  const t = performance.now();
  const c = cpuMs();
  const result = await validate([dir], { workers, baseline: false, configFile: false, ...(rulesOn ? {} : { rules: ALL_OFF }) });
  const wall = performance.now() - t;
  const cpu = cpuMs() - c;
  if (result.diagnostics.some((d) => d.severity === 'error')) throw new Error('the corpus has errors: the figures would measure error reporting');
  return { wall: (result.files * 1000) / wall, cpu: (result.files * 1000) / cpu };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`standar validate — cost of the ${Object.keys(RULES).length} rules, ${n} files, median of ${ROUNDS} alternating rounds (target: ≤ 15%)\n`);
const pct = (on: number[], off: number[]) => `${((1 - median(on) / median(off)) * 100).toFixed(1).padStart(5)}%`;
console.log('mode                   rules off docs/s   rules on docs/s   cost (wall)   cost (CPU)');
for (const [label, workers] of [['in-process, 1 thread', 0], ['worker pool (as the CLI)', undefined]] as const) {
  await throughput(true, workers); // warm-up: compiled schemas, JIT, file cache
  const on: { wall: number; cpu: number }[] = [];
  const off: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    off.push(await throughput(false, workers));
    on.push(await throughput(true, workers));
  }
  const wallOn = on.map((r) => r.wall);
  const wallOff = off.map((r) => r.wall);
  console.log(
    `${label.padEnd(24)} ${median(wallOff).toFixed(0).padStart(14)}   ${median(wallOn).toFixed(0).padStart(15)}   ${pct(wallOn, wallOff).padStart(11)}   ${pct(on.map((r) => r.cpu), off.map((r) => r.cpu)).padStart(10)}`,
  );
}
