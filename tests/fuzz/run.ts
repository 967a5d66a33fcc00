/**
 * The long fuzz run: `npm run fuzz -- --count 100000 --seed 7`. Documents are checked by child
 * processes (one per core by default), each watched: one that stops reporting is killed, its
 * document recorded as a hang, and a new child goes on from the next document. Each failing input
 * is written to a folder (--out, default fuzz-failures/) with failure.json saying how to replay it.
 * Options: --count N, --seed N, --start I, --only I[,J…], --jobs N, --out DIR, --limit-ms MS,
 * --validate-every N, --cli-every N, --subprocess-every N, --workers-every N, --workers-batch N,
 * --stall-ms MS (see tests/fuzz/README.md).
 */
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLASSES, CLASS_DESCRIPTIONS, Fuzzer, makeDocument, saveFailure, summarizeFailures, type Failure, type FuzzOptions } from './lib/harness.js';
import { loadCorpus } from './lib/corpus.js';

type ChildMessage = { type: 'start'; index: number } | { type: 'failure'; failure: Failure } | { type: 'done'; timings: [string, { calls: number; ms: number }][] };

if (process.argv.includes('--child')) {
  const options = JSON.parse(process.argv[process.argv.indexOf('--child') + 1]!) as FuzzOptions;
  const send = (m: ChildMessage) => new Promise<void>((done) => process.send!(m, () => done()));
  let sending = Promise.resolve();
  const report = await new Fuzzer({
    ...options,
    // Sent before the document is checked: if it kills the process, the parent knows which it was.
    onDocument: (index) => (sending = sending.then(() => send({ type: 'start', index }))),
    onFailure: (failure) => void (sending = sending.then(() => send({ type: 'failure', failure }))),
  }).run();
  await sending;
  await send({ type: 'done', timings: [...report.timings] });
  process.disconnect();
} else {
  await parent();
}

async function parent(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string', default: '0' },
      only: { type: 'string' },
      jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      out: { type: 'string', default: 'fuzz-failures' },
      'limit-ms': { type: 'string', default: '5000' },
      'validate-every': { type: 'string', default: '4' },
      'cli-every': { type: 'string', default: '50' },
      'subprocess-every': { type: 'string', default: '20000' },
      'workers-every': { type: 'string', default: '2500' },
      'workers-batch': { type: 'string', default: '64' },
      'stall-ms': { type: 'string', default: '120000' },
    },
  });
  const seed = Number(values.seed);
  const only = values.only?.split(',').map(Number);
  const count = only ? only.length : Number(values.count);
  const start = Number(values.start);
  const jobs = only ? 1 : Math.max(1, Number(values.jobs));
  const out = resolve(values.out!);
  const stallMs = Number(values['stall-ms']);
  const common = {
    seed,
    limitMs: Number(values['limit-ms']),
    validateEvery: Number(values['validate-every']),
    cliEvery: Number(values['cli-every']),
    subprocessEvery: Number(values['subprocess-every']),
    workersEvery: Number(values['workers-every']),
    workersBatch: Number(values['workers-batch']),
  };
  mkdirSync(out, { recursive: true });
  console.log(`fuzz: seed ${seed}, ${count} documents, ${jobs} process(es), failing inputs in ${out}`);

  const corpus = loadCorpus();
  const failures: Failure[] = [];
  const timings = new Map<string, { calls: number; ms: number }>();
  let done = 0;
  const started = performance.now();
  const record = (f: Failure) => {
    failures.push(f);
    const dir = saveFailure(out, seed, f);
    console.log(`  ${f.class} in ${f.call} (document ${f.index}): ${f.detail.split('\n')[0]!.slice(0, 200)} → ${dir}`);
  };
  const progress = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    console.log(`  ${done}/${count} documents, ${(done / s).toFixed(1)}/s, ${failures.length} failures`);
  }, 30_000);

  /** One child over its share of the documents; a stalled or crashed child is replaced after its document is recorded. */
  const lane = async (indices: number[]) => {
    let next = 0;
    while (next < indices.length) {
      const options: FuzzOptions = only ? { ...common, count: indices.length, only: indices.slice(next) } : { ...common, count: indices.length - next, start: indices[next]!, stride: jobs };
      let current: number | undefined;
      let beat = performance.now();
      let finished = false;
      // A larger young generation: documents make much short-lived garbage.
      const child = fork(fileURLToPath(import.meta.url), ['--child', JSON.stringify(options)], { execArgv: [...process.execArgv, '--max-semi-space-size=64'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (m: ChildMessage) => {
        beat = performance.now();
        if (m.type === 'start') {
          if (current !== undefined) done++;
          current = m.index;
          next = indices.indexOf(m.index, next) + 1;
        } else if (m.type === 'failure') record({ ...m.failure, files: Object.fromEntries(Object.entries(m.failure.files).map(([k, v]) => [k, new Uint8Array(v)])) });
        else {
          if (current !== undefined) done++;
          finished = true;
          for (const [name, t] of m.timings) {
            const sum = timings.get(name) ?? { calls: 0, ms: 0 };
            timings.set(name, { calls: sum.calls + t.calls, ms: sum.ms + t.ms });
          }
        }
      });
      const watchdog = setInterval(() => {
        if (performance.now() - beat > stallMs) child.kill('SIGKILL');
      }, 1000);
      const exit = await new Promise<{ code: number | null; signal: string | null }>((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));
      clearInterval(watchdog);
      if (finished) break;
      if (current === undefined) throw new Error(`the fuzz child stopped before its first document (exit ${exit.code ?? exit.signal})`);
      // The document being checked when the child stopped: made again here, from its number.
      const doc = makeDocument(corpus, seed, current);
      const stalled = exit.signal === 'SIGKILL';
      record({
        class: stalled ? 'hang' : 'exception',
        call: stalled ? 'whole document' : 'process',
        index: current,
        detail: stalled ? `no progress for ${stallMs} ms` : `the process ended (exit ${exit.code ?? exit.signal})`,
        seed: doc.seed.name,
        steps: doc.steps,
        files: doc.files,
      });
      done++;
      current = undefined;
    }
  };
  const all = only ?? Array.from({ length: count }, (_, i) => start + i);
  await Promise.all(Array.from({ length: jobs }, (_, j) => lane(all.filter((_, k) => k % jobs === j))));
  clearInterval(progress);

  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${done} documents in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(1)} documents/s), seed ${seed}`);
  console.log('\nFailures by class:');
  for (const cls of CLASSES) {
    const of = failures.filter((f) => f.class === cls);
    console.log(`  ${cls.padEnd(10)} ${String(of.length).padStart(6)} ${CLASS_DESCRIPTIONS[cls]}`);
  }
  const groups = summarizeFailures(failures);
  if (groups.length > 0) console.log(`\nDistinct failures:\n${groups.map((g) => `  ${g}`).join('\n')}`);
  console.log('\nTime per call (all processes):');
  for (const [name, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${name.padEnd(32)} ${String(t.calls).padStart(7)} calls ${(t.ms / 1000).toFixed(0).padStart(6)} s  ${(t.ms / t.calls).toFixed(1)} ms/call`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}
