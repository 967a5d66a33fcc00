/**
 * Throughput, cold start, import time and memory of `standar validate`, each against baselines
 * measured in the same run, interleaved and repeated (the median is shown), so a busy machine
 * slows both sides alike:
 * - batch: the real CLI (workers included) on 2,000 copies of the examples' own services
 *   (7–9 KB, the size real standards have) and on generated ones (4–6 KB), against bare loops on
 *   one thread of read + parse + compiled schema (no positions, no rules, no messages): with
 *   yaml, the parser whose positions diagnostics need, and with js-yaml, the quick parser;
 * - cold start: the CLI on one real file, and importing `standar-pelayanan/validate` (and the
 *   root), against `node` starting and doing nothing;
 * - memory: peak RSS of the CLI process (workers included) at 1,000 vs 10,000 files;
 * - the regulation registry's cost (issue 12: under 5% of validate, under 20 ms of a cold start):
 *   the rules that consult it, off against on, on the real-size corpus and on one real file, each
 *   run in a fresh process through the library's `validate` with V8 set as the CLI sets it; for
 *   the one file, both the whole process's wall time and the check's alone.
 * Run after `npm run build`: `npm run bench:validate` (BENCH_REPEAT=n for more repetitions).
 * Figures from a shared machine are only as good as its quiet: `uptime` is printed with them.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';
import { getValidator } from '../dist/schema/validators.js';
import { registryData, registryFor } from '../dist/registry/load.js';
import { applyDefaults, parseSource, RULES } from '../dist/validate.js';
import type { RuleContext } from '../dist/rules/types.js';
import { writeCorpus, writeExampleCorpus } from './corpus.js';

const exec = promisify(execFile);
// Children run the built JavaScript as users do, without the TypeScript loader this script runs under.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench/.data');
const BIN = join(ROOT, 'bin/standar.js');
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));

/** The CLI in a child process that reports its own peak RSS (worker threads included). */
async function cli(args: string[]): Promise<{ ms: number; maxRssMb: number; code: number }> {
  const script = `const { main } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
const t = performance.now();
const code = await main({ argv: ${JSON.stringify(args)}, stdout: { write() {} }, isTTY: false });
process.stderr.write(JSON.stringify({ ms: performance.now() - t, maxRssMb: process.resourceUsage().maxRSS / 1024, code }));`;
  const { stderr } = await exec(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 26, env });
  return JSON.parse(stderr) as { ms: number; maxRssMb: number; code: number };
}

/** Every service file below `dir` (a folder of units, or one unit). */
function serviceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (entry.name === 'layanan') out.push(...readdirSync(join(dir, 'layanan')).map((f) => join(dir, 'layanan', f)));
    else out.push(...serviceFiles(join(dir, entry.name)));
  }
  return out;
}

const PARSERS = {
  yaml: (text: string) => parse(text),
  // The core schema: js-yaml's default one reads dates as Date objects, which the schema refuses.
  'js-yaml': (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }),
};

/** A bare loop on one thread: read, parse, compiled schema; docs/s. */
function bareLoop(files: readonly string[], parser: keyof typeof PARSERS): number {
  const validate = getValidator('layanan');
  const read = PARSERS[parser];
  const t = performance.now();
  let invalid = 0;
  for (const f of files) if (!validate(read(readFileSync(f, 'utf8')))) invalid++;
  if (invalid > 0) throw new Error(`${invalid} corpus files are invalid`);
  return (files.length * 1000) / (performance.now() - t);
}

async function wall(cmd: string[]): Promise<number> {
  const t = performance.now();
  await exec(process.execPath, cmd, { env, cwd: ROOT }).catch(() => undefined);
  return performance.now() - t;
}

/** Milliseconds an import takes inside a fresh process (the process start itself left out). */
async function importMs(specifier: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { env, cwd: ROOT });
  return Number(stdout);
}

/**
 * The library's `validate` in a fresh process, with `rules` switched off and V8 set as the CLI sets
 * it (src/cli/v8.ts): its wall time from start to exit, its own, and its CPU time (every thread's),
 * which other work on the machine disturbs less.
 */
async function library(inputs: string[], off: readonly string[]): Promise<{ processMs: number; validateMs: number; validateCpuMs: number }> {
  const script = `const t = performance.now();
(await import(${JSON.stringify(join(ROOT, 'dist/cli/v8.js'))})).limitInlining();
const { validate } = await import(${JSON.stringify(join(ROOT, 'dist/check/validate.js'))});
const v = performance.now();
const c = process.cpuUsage();
const r = await validate(${JSON.stringify(inputs)}, { baseline: false, configFile: false, rules: ${JSON.stringify(Object.fromEntries(off.map((id) => [id, { severity: 'off' }])))} });
const cpu = process.cpuUsage(c);
process.stderr.write(JSON.stringify({ validateMs: performance.now() - v, validateCpuMs: (cpu.user + cpu.system) / 1000, problems: r.diagnostics.length }));`;
  const t = performance.now();
  const { stderr } = await exec(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 26, env, cwd: ROOT });
  const processMs = performance.now() - t;
  const { validateMs, validateCpuMs, problems } = JSON.parse(stderr) as { validateMs: number; validateCpuMs: number; problems: number };
  if (problems > 0) throw new Error(`validate found ${problems} problems in ${inputs.join(' ')}`);
  return { processMs, validateMs, validateCpuMs };
}

/**
 * The time `ids`' rules spend inside their own calls, in one thread, on the third of three runs in
 * one process (the first two compile their code), beside that run's wall time: what the rules
 * themselves cost, which the whole-run comparison with and without them buries under the
 * machine's run-to-run spread.
 */
async function ownTime(inputs: string[], ids: readonly string[]): Promise<{ ownMs: number; runMs: number }> {
  const script = `(await import(${JSON.stringify(join(ROOT, 'dist/cli/v8.js'))})).limitInlining();
const { RULES, validate } = await import(${JSON.stringify(join(ROOT, 'dist/validate.js'))});
const ids = new Set(${JSON.stringify(ids)});
let own = 0;
for (const rule of Object.values(RULES)) {
  if (!ids.has(rule.id)) continue;
  for (const name of ['check', 'checkUnit']) {
    const call = rule[name];
    if (call) rule[name] = function (...args) { const t = performance.now(); try { return call.apply(this, args); } finally { own += performance.now() - t; } };
  }
}
let run = 0;
for (let i = 0; i < 3; i++) {
  own = 0;
  const t = performance.now();
  await validate(${JSON.stringify(inputs)}, { baseline: false, configFile: false, workers: 0 });
  run = performance.now() - t;
}
process.stderr.write(JSON.stringify({ ownMs: own, runMs: run }));`;
  const { stderr } = await exec(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 26, env, cwd: ROOT });
  return JSON.parse(stderr) as { ownMs: number; runMs: number };
}

/**
 * The rules that consult the regulation registry: those that ask for it when checking a real
 * service that cites regulations (every citation rule asks for each service, istilah-usang too).
 */
function registryRules(file: string): string[] {
  const service = applyDefaults(parseSource(file, readFileSync(file), 'id').source!, undefined, true);
  const ids: string[] = [];
  for (const rule of Object.values(RULES)) {
    if (rule.scope !== 'service') continue;
    let asked = false;
    const noting =
      <T>(get: () => T) =>
      (): T => {
        asked = true;
        return get();
      };
    const ctx: RuleContext = { lang: 'id', now: new Date(), options: { ...rule.defaultOptions }, regulations: noting(() => registryFor()), registryData: noting(() => registryData()) };
    rule.check(service, ctx, () => {});
    if (asked) ids.push(rule.id);
  }
  return ids;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, width = 6) => n.toFixed(0).padStart(width);

const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
console.log('standar validate — benchmark (2-core target: ≥ 2,000 docs/s on real-size files, one-file cold start < 200 ms, import of standar-pelayanan/validate and of the root < 150 ms)');
console.log(`medians of ${REPEAT} interleaved runs; ratios are to baselines measured in the same run; load average at the start: ${load()}\n`);

const corpora = [
  { name: 'examples 7–9 KB', dir: await writeExampleCorpus(join(DATA, 'examples-2000'), join(ROOT, 'examples'), 2000), repeat: REPEAT },
  { name: 'generated 4–6 KB', dir: await writeCorpus(join(DATA, 'corpus-1000'), 1000), repeat: REPEAT },
  { name: 'generated 4–6 KB', dir: await writeCorpus(join(DATA, 'corpus-10000'), 10000), repeat: 1 },
];
console.log('corpus              files   validate   yaml+schema   js-yaml+schema   validate ÷ yaml   validate ÷ js-yaml   peak RSS MB');
const rss: number[] = [];
for (const corpus of corpora) {
  const files = serviceFiles(corpus.dir);
  const runs = { validate: [] as number[], yaml: [] as number[], jsYaml: [] as number[], rss: [] as number[] };
  for (let i = 0; i < corpus.repeat; i++) {
    runs.yaml.push(bareLoop(files, 'yaml'));
    runs.jsYaml.push(bareLoop(files, 'js-yaml'));
    const run = await cli(['validate', corpus.dir, '-f', 'json']);
    if (run.code !== 0) throw new Error(`validate found problems in ${corpus.dir} (exit ${run.code})`);
    runs.validate.push((files.length * 1000) / run.ms);
    runs.rss.push(run.maxRssMb);
  }
  const [v, y, j] = [median(runs.validate), median(runs.yaml), median(runs.jsYaml)];
  rss.push(median(runs.rss));
  console.log(`${corpus.name.padEnd(18)} ${fmt(files.length)}   ${fmt(v, 6)}/s   ${fmt(y, 9)}/s   ${fmt(j, 12)}/s   ${(v / y).toFixed(2).padStart(13)}×   ${(v / j).toFixed(2).padStart(16)}×   ${fmt(median(runs.rss), 9)}`);
}
console.log(`memory growth 1,000 → 10,000 generated files: ${(rss[2]! / rss[1]!).toFixed(2)}× for 10× the files`);

const one = join(ROOT, 'examples/disdukcapil-sukamaju/layanan/ktp-el.yaml');
const times = { bare: [] as number[], cold: [] as number[], validateImport: [] as number[], rootImport: [] as number[] };
for (let i = 0; i < 3 * REPEAT; i++) {
  times.bare.push(await wall(['-e', '0']));
  times.cold.push(await wall([BIN, 'validate', one]));
  times.validateImport.push(await importMs('standar-pelayanan/validate'));
  times.rootImport.push(await importMs('standar-pelayanan'));
}
const bare = median(times.bare);
const cold = median(times.cold);
console.log(`\ncold start, one real file: ${cold.toFixed(0)} ms (node doing nothing: ${bare.toFixed(0)} ms; ${(cold - bare).toFixed(0)} ms more, ratio ${(cold / bare).toFixed(1)}×)`);
console.log(`import('standar-pelayanan/validate'): ${median(times.validateImport).toFixed(0)} ms; import('standar-pelayanan'): ${median(times.rootImport).toFixed(0)} ms (target < 150 ms each, after node's own start of ${bare.toFixed(0)} ms)`);

const offline = registryRules(one);
const examples = corpora[0]!;
const registry = { on: [] as number[], off: [] as number[], cpuOn: [] as number[], cpuOff: [] as number[], coldOn: [] as number[], coldOff: [] as number[], coldCheckOn: [] as number[], coldCheckOff: [] as number[] };
for (let i = 0; i < 2 * REPEAT; i++) {
  const [without, withThem] = [await library([examples.dir], offline), await library([examples.dir], [])];
  registry.off.push(without.validateMs);
  registry.on.push(withThem.validateMs);
  registry.cpuOff.push(without.validateCpuMs);
  registry.cpuOn.push(withThem.validateCpuMs);
}
for (let i = 0; i < 4 * REPEAT; i++) {
  const [without, withThem] = [await library([one], offline), await library([one], [])];
  registry.coldOff.push(without.processMs);
  registry.coldOn.push(withThem.processMs);
  registry.coldCheckOff.push(without.validateMs);
  registry.coldCheckOn.push(withThem.validateMs);
}
const [on, off, cpuOn, cpuOff] = [median(registry.on), median(registry.off), median(registry.cpuOn), median(registry.cpuOff)];
console.log(`\nthe regulation registry: ${offline.length} rules consult it (${offline.join(', ')})`);
console.log(`  ${examples.name}, ${serviceFiles(examples.dir).length} files: validate ${(on / 1000).toFixed(2)} s with them, ${(off / 1000).toFixed(2)} s without: they cost ${((on / off - 1) * 100).toFixed(1)}% (ratio ${(on / off).toFixed(3)}; target < 5%); CPU ${(cpuOn / 1000).toFixed(2)} s with them, ${(cpuOff / 1000).toFixed(2)} s without: ${((cpuOn / cpuOff - 1) * 100).toFixed(1)}%`);
// The machine's speed wanders within a run by more than the target: each pair (the two runs one
// after the other) says how far the share itself wanders.
const pairShares = registry.on.map((ms, i) => (ms / registry.off[i]! - 1) * 100).sort((a, b) => a - b);
console.log(`    each of the ${pairShares.length} pairs: ${pairShares.map((p) => `${p.toFixed(0)}%`).join(' ')} (median ${median(pairShares).toFixed(1)}%)`);
const own = [] as { ownMs: number; runMs: number }[];
for (let i = 0; i < REPEAT; i++) own.push(await ownTime([examples.dir], offline));
const ownShare = median(own.map((o) => o.ownMs / o.runMs)) * 100;
console.log(`    their own time, inside their calls, in one thread once compiled: ${median(own.map((o) => o.ownMs)).toFixed(0)} ms of a ${median(own.map((o) => o.runMs)).toFixed(0)} ms run (${ownShare.toFixed(1)}%; medians of ${REPEAT} process${REPEAT === 1 ? '' : 'es'})`);
// A process's start varies by tens of milliseconds from one run to the next, as much as the target
// itself: the check alone, timed inside the process (the same modules loaded in both), says more.
console.log(`  cold start, one real file, library: ${median(registry.coldOn).toFixed(0)} ms with them, ${median(registry.coldOff).toFixed(0)} ms without, the whole process: ${(median(registry.coldOn) - median(registry.coldOff)).toFixed(0)} ms`);
console.log(`    the check alone, timed inside that process: ${median(registry.coldCheckOn).toFixed(0)} ms with them, ${median(registry.coldCheckOff).toFixed(0)} ms without: ${(median(registry.coldCheckOn) - median(registry.coldCheckOff)).toFixed(0)} ms (target < 20 ms)`);

// What the throughput target is up against: the same corpus with every rule off is what reading,
// parsing and the schema reach in this tool; the rules take the rest of a run, most of it V8
// compiling their code in each thread (bench/README.md, "Profiling").
const ruleIds = Object.keys(RULES);
const ceiling = { on: [] as number[], off: [] as number[] };
for (let i = 0; i < REPEAT; i++) {
  ceiling.off.push((await library([examples.dir], ruleIds)).validateMs);
  ceiling.on.push((await library([examples.dir], [])).validateMs);
}
const examplesFiles = serviceFiles(examples.dir).length;
const [withRules, withoutRules] = [median(ceiling.on), median(ceiling.off)];
console.log(`\nevery rule off (${ruleIds.length} rules), ${examples.name}: ${fmt((examplesFiles * 1000) / withoutRules, 0)} docs/s, against ${fmt((examplesFiles * 1000) / withRules, 0)} docs/s with them: the rules take ${(((withRules - withoutRules) / withRules) * 100).toFixed(0)}% of the run`);
console.log(`\nload average at the end: ${load()}`);
