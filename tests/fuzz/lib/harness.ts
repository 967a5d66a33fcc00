import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { formatYaml } from '../../../src/authoring/fmt.js';
import { checkProviderFile, checkServiceFile } from '../../../src/check/files.js';
import { loadUnits, type LoadedUnit, type LoadUnitsResult } from '../../../src/check/load-units.js';
import { CHECK_MESSAGES, INTERNAL_RULE } from '../../../src/check/messages.js';
import type { CheckOptions } from '../../../src/check/options.js';
import { validate } from '../../../src/check/validate.js';
import { main } from '../../../src/cli/main.js';
import type { Diagnostic } from '../../../src/diagnostics.js';
import type { Lang } from '../../../src/i18n/index.js';
import { parseSource } from '../../../src/load/source.js';
import { upgradeData } from '../../../src/load/upgrade.js';
import type { ProviderDoc, ServiceDoc } from '../../../src/load/unit.js';
import { isUnreadable } from '../../../src/diagnostics.js';
import { gate } from '../../../src/render/gate.js';
import { prepareUnit, renderDocument, RenderError, type RenderKind } from '../../../src/render/index.js';
import { loadCorpus, REPO, type Seed } from './corpus.js';
import { linesOf, outsideFile } from './inside.js';
import { mutate } from './mutate.js';
import { documentRandom } from './random.js';

export const CLASSES = ['exception', 'location', 'hang', 'pollution', 'workers', 'cli', 'fmt'] as const;
export type FailureClass = (typeof CLASSES)[number];

/** What each class promises, for the run's summary. */
export const CLASS_DESCRIPTIONS: Record<FailureClass, string> = {
  exception: 'no exception escapes the library (validate and the check functions, parseSource, formatYaml, prepareUnit, renderDocument); no internal or rule-failure diagnostic',
  location: 'every diagnostic lies inside its file',
  hang: 'no call takes more processor time than the limit per document',
  pollution: 'Object.prototype and the other built-in prototypes are unchanged',
  workers: 'a batch gives the same diagnostics in-process and in worker threads',
  cli: 'the CLI exits with 0, 1 or 2 and prints no stack trace; the core prints nothing',
  fmt: 'fmt keeps the data, its output is idempotent, or it leaves a file it cannot read untouched',
};

export interface Failure {
  class: FailureClass;
  /** The function or command that failed. */
  call: string;
  index: number;
  detail: string;
  /** The corpus file the document was made from, and how. */
  seed: string;
  steps: string[];
  /** The input to reproduce it: a unit folder, by path inside it. */
  files: Record<string, Uint8Array>;
}

export interface FuzzOptions {
  seed: number;
  /** Documents `start`, `start + stride`, … (`count` of them), or only those listed. */
  start?: number;
  stride?: number;
  count: number;
  only?: readonly number[];
  /** Longest any one call may take. */
  limitMs?: number;
  /** `validate` on every nth document (and on every configuration); the others go through the check functions it calls. */
  validateEvery?: number;
  /** The CLI's main() in-process on every nth document. */
  cliEvery?: number;
  /** A real `node bin/standar.js` on every nth document. */
  subprocessEvery?: number;
  /** Every nth document, the last `workersBatch` services are checked in-process and in worker threads. */
  workersEvery?: number;
  workersBatch?: number;
  onFailure?: (failure: Failure) => void;
  /** Awaited before each document: a watchdog must know which document a crash happened on. */
  onDocument?: (index: number) => void | Promise<void>;
}

export interface FuzzReport {
  documents: number;
  seconds: number;
  failures: Failure[];
  /** Time spent in each call, to see where a run's time goes. */
  timings: Map<string, { calls: number; ms: number }>;
}

const NOW = '2026-11-01T00:00:00Z';
/** How much longer than the limit a call may take by the wall clock (other processes share the cores). */
const WALL_FACTOR = 6;
const BIN = join(REPO, 'bin/standar.js');
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const INTERNAL_ERROR = /kesalahan internal|Internal error/;

const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
  ['Boolean', Boolean.prototype],
];
type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function snapshot(): Snapshot {
  return new Map(PROTOTYPES.map(([, p]) => [p, new Map(Reflect.ownKeys(p).map((k) => [k, Object.getOwnPropertyDescriptor(p, k)!]))]));
}

/** What changed on the built-in prototypes since `before`, undone so the next document starts clean. */
function pollution(before: Snapshot): string | undefined {
  const changes: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    const was = before.get(proto)!;
    for (const key of Reflect.ownKeys(proto)) {
      const now = Object.getOwnPropertyDescriptor(proto, key)!;
      const old = was.get(key);
      if (old && old.value === now.value && old.get === now.get && old.set === now.set) continue;
      changes.push(`${name}.prototype[${String(key)}] ${old ? 'changed' : 'added'}`);
      if (old) Object.defineProperty(proto, key, old);
      else delete (proto as Record<PropertyKey, unknown>)[key];
    }
    if (Object.getPrototypeOf(proto) !== (proto === Object.prototype ? null : Object.prototype)) {
      changes.push(`${name}.prototype's prototype changed`);
      Object.setPrototypeOf(proto, proto === Object.prototype ? null : Object.prototype);
    }
  }
  return changes.length > 0 ? changes.join('; ') : undefined;
}

/**
 * Output written to the process while `fn` runs: the core never prints, and the CLI prints only
 * to the streams it is given.
 */
async function silently<T>(fn: () => Promise<T>): Promise<{ value: T; printed: string }> {
  let printed = '';
  const record = (...args: unknown[]) => void (printed += args.map(String).join(' ') + '\n');
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug, emitWarning: process.emitWarning, out: process.stdout.write, err: process.stderr.write };
  console.log = console.warn = console.error = console.info = console.debug = record;
  process.emitWarning = ((w: string | Error) => record(w instanceof Error ? w.message : w)) as typeof process.emitWarning;
  process.stdout.write = ((chunk: string | Uint8Array) => (record(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (record(String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { value: await fn(), printed };
  } finally {
    Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error, info: saved.info, debug: saved.debug });
    process.emitWarning = saved.emitWarning;
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  }
}

const describeError = (err: unknown) => (err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err));

interface Document {
  index: number;
  seed: Seed;
  lang: Lang;
  steps: string[];
  /** The unit folder, by path: the mutated file and what it needs beside it. */
  files: Record<string, Uint8Array>;
  target: string;
}

/** The mutated file in a unit: a service beside its provider, a provider with one service, a configuration with both. */
function unitFiles(seed: Seed, bytes: Uint8Array): { files: Record<string, Uint8Array>; target: string } {
  const files: Record<string, Uint8Array> = {};
  let target: string;
  if (seed.kind === 'layanan') {
    target = `layanan/${seed.name.split('/').pop()}`;
    if (seed.provider) files['penyelenggara.yaml'] = seed.provider;
  } else {
    target = seed.kind === 'config' ? 'standar.config.yaml' : 'penyelenggara.yaml';
    if (seed.provider) files['penyelenggara.yaml'] = seed.provider;
    if (seed.service) files[`layanan/${seed.service.name}`] = seed.service.bytes;
  }
  files[target] = bytes;
  return { files, target };
}

export function makeDocument(corpus: readonly Seed[], seedNumber: number, index: number): Document {
  const rnd = documentRandom(seedNumber, index);
  const seed = rnd.pick(corpus);
  const { bytes, steps } = mutate(seed, rnd);
  return { index, seed, lang: index % 2 === 0 ? 'id' : 'en', steps, ...unitFiles(seed, bytes) };
}

/** What writeTree left in each folder: the next unit replaces it, unchanged files are not written again. */
const written = new Map<string, Map<string, Uint8Array>>();

function writeTree(dir: string, files: Record<string, Uint8Array>): void {
  const before = written.get(dir) ?? new Map<string, Uint8Array>();
  for (const path of before.keys()) if (!Object.hasOwn(files, path)) rmSync(join(dir, path), { force: true });
  for (const [path, bytes] of Object.entries(files)) {
    if (before.get(path) === bytes) continue;
    if (!before.has(path)) mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  written.set(dir, new Map(Object.entries(files)));
}

type DistLibrary = typeof import('../../../src/index.js');
let dist: Promise<DistLibrary> | undefined;

/** Worker threads run the built worker: the comparison uses the built library on both sides. */
function builtLibrary(): Promise<DistLibrary> {
  dist ??= import(pathToFileURL(join(REPO, 'dist/index.js')).href).catch(() => {
    throw new Error('The workers check needs the built library: run `npm run build` first.');
  }) as Promise<DistLibrary>;
  return dist;
}

const comparable = (ds: readonly Diagnostic[]) => ds.map((d) => JSON.stringify(d)).sort();

/** Runs the checks on each document; failures are reported as they are found. */
export class Fuzzer {
  private readonly corpus = loadCorpus();
  // In memory where there is a tmpfs: a document is a few small files written and read each time.
  private readonly work = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'standar-fuzz-'));
  private readonly limitMs: number;
  /** Recent mutated services and the last mutated provider, for the next workers batch. */
  private batch: { name: string; bytes: Uint8Array }[] = [];
  private provider?: Uint8Array;
  private readonly timings = new Map<string, { calls: number; ms: number }>();
  /** Each seed's unchanged provider, checked once. */
  private readonly providers = new Map<Uint8Array, ProviderDoc | undefined>();

  constructor(private readonly options: FuzzOptions) {
    this.limitMs = options.limitMs ?? 5000;
  }

  async run(): Promise<FuzzReport> {
    const started = performance.now();
    const failures: Failure[] = [];
    const start = this.options.start ?? 0;
    const stride = this.options.stride ?? 1;
    const indices = this.options.only ?? Array.from({ length: this.options.count }, (_, i) => start + i * stride);
    try {
      await this.warmUp();
      for (const index of indices) {
        await this.options.onDocument?.(index);
        for (const f of await this.check(index)) {
          failures.push(f);
          this.options.onFailure?.(f);
        }
      }
    } finally {
      rmSync(this.work, { recursive: true, force: true });
    }
    return { documents: indices.length, seconds: (performance.now() - started) / 1000, failures, timings: this.timings };
  }

  /** Modules load and schemas compile on first use: that time is no document's. */
  private async warmUp(): Promise<void> {
    const seed = this.corpus.find((s) => s.kind === 'layanan' && s.provider)!;
    const { files, target } = unitFiles(seed, seed.bytes);
    const dir = join(this.work, 'unit');
    writeTree(dir, files);
    const options = { cwd: dir, lang: 'id' as const, now: NOW, configFile: false as const };
    await validate(['.'], { ...options, workers: 0, baseline: false });
    formatYaml(target, Buffer.from(seed.bytes).toString('utf8'), 'layanan', 'id');
    for (const unit of gate(await loadUnits(['.'], options), 'id').units) {
      const { unit: prepared } = await prepareUnit(unit, 'id');
      for (const service of prepared.services) renderDocument('lengkap', prepared, service);
    }
  }

  document(index: number): Document {
    return makeDocument(this.corpus, this.options.seed, index);
  }

  private async check(index: number): Promise<Failure[]> {
    const doc = this.document(index);
    const failures: Failure[] = [];
    const fail = (cls: FailureClass, call: string, detail: string, files = doc.files) =>
      failures.push({ class: cls, call, index, detail, seed: doc.seed.name, steps: doc.steps, files });
    const dir = join(this.work, 'unit');
    writeTree(dir, doc.files);

    // Processor time is read once per call (a system call, costly when the machine is busy): each
    // call counts from the end of the one before, the harness's own work in between is small.
    let cpu0 = process.cpuUsage();
    /** One call: timed, its exceptions, output and prototype changes caught. */
    const call = async <T>(name: string, fn: () => Promise<T> | T, accept?: (err: unknown) => boolean, documents = 1): Promise<T | undefined> => {
      const before = snapshot();
      const t0 = performance.now();
      let value: T | undefined;
      let printed = '';
      try {
        ({ value, printed } = await silently(async () => fn()));
      } catch (err) {
        if (!accept?.(err)) fail('exception', name, describeError(err));
      }
      const ms = performance.now() - t0;
      const cpuNow = process.cpuUsage();
      const cpuMs = (cpuNow.user - cpu0.user + cpuNow.system - cpu0.system) / 1000;
      cpu0 = cpuNow;
      const spent = this.timings.get(name) ?? { calls: 0, ms: 0 };
      this.timings.set(name, { calls: spent.calls + 1, ms: spent.ms + ms });
      // Processor time, so a machine busy with other work does not make a slow call look hung;
      // the wall clock still catches a call that waits forever.
      const limit = this.limitMs * documents;
      if (cpuMs > limit || ms > WALL_FACTOR * limit) fail('hang', name, `took ${Math.round(cpuMs)} ms of processor time, ${Math.round(ms)} ms in all, for ${documents} document(s) (limit ${this.limitMs} ms each)`);
      if (printed) fail('cli', name, `printed to the process's own output: ${printed.slice(0, 500)}`);
      const changed = pollution(before);
      if (changed) fail('pollution', name, changed);
      return value;
    };
    const inspect = (name: string, diagnostics: readonly Diagnostic[], files = doc.files) => {
      for (const d of diagnostics) {
        if (d.rule === INTERNAL_RULE) fail('exception', name, `internal diagnostic: ${d.message}`);
        else if (d.hint === CHECK_MESSAGES.ruleFailed.hint[doc.lang]) fail('exception', `rule ${d.rule}`, d.message);
        const bytes = files[d.file];
        const outside = bytes && outsideFile(d, linesOf(bytes));
        if (outside) fail('location', name, `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule} "${d.message}": ${outside}`);
      }
    };

    const lang = doc.lang;
    const isConfig = doc.seed.kind === 'config';
    const options = { cwd: dir, lang, now: NOW, configFile: isConfig ? undefined : (false as const) };
    let found: readonly Diagnostic[] | undefined;
    let unit: LoadedUnit | undefined;
    if (isConfig || index % (this.options.validateEvery ?? 1) === 0) {
      found = (await call('validate', () => validate(['.'], { ...options, workers: 0, baseline: false })))?.diagnostics;
      if (found) inspect('validate', found);
    } else {
      ({ found, unit } = await this.checkFiles(doc, { cwd: dir, lang, now: NOW }, call, inspect));
    }

    if (!isConfig) {
      const target = unit && (doc.seed.kind === 'penyelenggara' ? unit.provider : unit.services[0]);
      await this.fmt(doc, target?.source.data, call, fail);
      const targetBlocked = !found || found.some((d) => d.file === doc.target && isUnreadable(d));
      if (!targetBlocked) await this.render(options, unit && found ? { units: [unit], diagnostics: [...found] } : undefined, call, inspect);
    }
    if (this.options.cliEvery && index % this.options.cliEvery === 0) await this.cli(doc, dir, call, fail);
    if (this.options.subprocessEvery && index % this.options.subprocessEvery === 0) await this.subprocess(doc, dir, fail);
    if (this.options.workersEvery) {
      if (doc.seed.kind === 'layanan') this.batch = [...this.batch, { name: `s${String(index).padStart(6, '0')}.yaml`, bytes: doc.files[doc.target]! }].slice(-(this.options.workersBatch ?? 64));
      if (doc.seed.kind === 'penyelenggara') this.provider = doc.files[doc.target];
      if (index % this.options.workersEvery === this.options.workersEvery - 1) await this.workers(lang, call, fail);
    }
    return failures;
  }

  /**
   * The mutated file through the check functions validate calls, without re-checking the
   * unchanged provider each time: it is checked once per seed and lends its defaults from then on.
   */
  private async checkFiles(doc: Document, options: CheckOptions, call: Call, inspect: Inspect): Promise<{ found?: Diagnostic[]; unit?: LoadedUnit }> {
    const dir = options.cwd;
    // What loadUnits would return for the unit, from the results at hand.
    const unitOf = (provider: ProviderDoc | undefined, service: ServiceDoc | undefined): LoadedUnit => ({ dir, provider, services: service ? [service] : [] });
    if (doc.seed.kind === 'penyelenggara') {
      const p = await call('checkProviderFile', () => checkProviderFile(join(dir, doc.target), options));
      if (!p) return {};
      inspect('checkProviderFile', p.diagnostics);
      if (!doc.seed.service) return { found: p.diagnostics, unit: unitOf(p.provider, undefined) };
      const s = await call('checkServiceFile', () => checkServiceFile(join(dir, 'layanan', doc.seed.service!.name), p.provider, options));
      if (s) inspect('checkServiceFile', s.diagnostics);
      return { found: [...p.diagnostics, ...(s?.diagnostics ?? [])], unit: unitOf(p.provider, s?.service) };
    }
    let provider: ProviderDoc | undefined;
    if (doc.seed.provider) {
      if (!this.providers.has(doc.seed.provider)) this.providers.set(doc.seed.provider, (await checkProviderFile(join(dir, 'penyelenggara.yaml'), options)).provider);
      provider = this.providers.get(doc.seed.provider);
    }
    const s = await call('checkServiceFile', () => checkServiceFile(join(dir, doc.target), provider, options));
    if (s) inspect('checkServiceFile', s.diagnostics);
    return { found: s?.diagnostics, unit: s && unitOf(provider, s.service) };
  }

  /** fmt keeps the data and is idempotent, or leaves a file it cannot read as it is. */
  /** `data`: the file's data as the check read it, when it did. */
  private async fmt(doc: Document, data: unknown, call: Call, fail: Fail): Promise<void> {
    const kind = doc.seed.kind === 'penyelenggara' ? 'penyelenggara' : 'layanan';
    // As `standar fmt` reads a file: UTF-8, a byte that is not becomes U+FFFD.
    const text = Buffer.from(doc.files[doc.target]!).toString('utf8');
    const first = await call('formatYaml', () => formatYaml(doc.target, text, kind, doc.lang));
    if (!first) return;
    const unreadable = first.diagnostics.some((d) => d.severity === 'error');
    if (unreadable) {
      if (first.changed || first.text !== text) fail('fmt', 'formatYaml', 'changed a file it reported it cannot read');
      return;
    }
    // An unchanged file trivially keeps its data and formats to itself.
    if (!first.changed && first.text === text) return;
    const before = data ?? (await call('parseSource', () => parseSource(doc.target, text, doc.lang)))?.source?.data;
    const after = await call('parseSource', () => parseSource(doc.target, first.text, doc.lang));
    if (!after) return;
    if (!after.source) {
      fail('fmt', 'formatYaml', `its output does not parse: ${after.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
      return;
    }
    // fmt writes every deprecated form in its new form; nothing else in the data may change.
    if (before !== undefined && !isDeepStrictEqual(upgradeData(before), after.source.data)) fail('fmt', 'formatYaml', 'the data changed');
    const second = await call('formatYaml', () => formatYaml(doc.target, first.text, kind, doc.lang));
    if (second && (second.changed || second.text !== first.text)) fail('fmt', 'formatYaml', `not idempotent: a second run changes line ${second.firstChange ?? '?'}`);
  }

  /** A document that passes the publishing gate is prepared and rendered in every variant. */
  /** `loaded`: the unit as the check functions returned it; without it, loadUnits reads it. */
  private async render(options: { cwd: string; lang: Lang; now: string; configFile: false | undefined }, known: Pick<LoadUnitsResult, 'units' | 'diagnostics'> | undefined, call: Call, inspect: Inspect): Promise<void> {
    const loaded = known ?? (await call('loadUnits', () => loadUnits(['.'], options)));
    if (!loaded) return;
    if (!known) inspect('loadUnits', loaded.diagnostics);
    for (const unit of gate(loaded, options.lang).units) {
      const prepared = await call('prepareUnit', () => prepareUnit(unit, options.lang));
      if (!prepared) continue;
      inspect('prepareUnit', prepared.diagnostics);
      const kinds: RenderKind[] = ['lengkap', 'publik'];
      for (const service of prepared.unit.services) for (const kind of kinds) await call(`renderDocument ${kind}`, () => renderDocument(kind, prepared.unit, service));
      // A unit without a maklumat is refused with a RenderError that carries its diagnostic.
      if (prepared.unit.provider) await call('renderDocument maklumat', () => renderDocument('maklumat', prepared.unit), (err) => err instanceof RenderError);
    }
  }

  /** The CLI in-process, as `standar validate` and `standar fmt --check` run it. */
  private async cli(doc: Document, dir: string, call: Call, fail: Fail): Promise<void> {
    const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'];
    const format = formats[(doc.index / (this.options.cliEvery ?? 1)) % formats.length] ?? 'stylish';
    const runs: [string, string[]][] = [[`standar validate -f ${format}`, ['validate', '.', '-f', format, '--lang', doc.lang, ...(doc.seed.kind === 'config' ? [] : ['--no-config'])]]];
    if (doc.seed.kind !== 'config') runs.push(['standar fmt --check', ['fmt', '--check', '.', '--lang', doc.lang]]);
    for (const [name, argv] of runs) {
      let out = '';
      const write = (s: string) => ((out += s), true);
      const code = await call(name, () => main({ argv, cwd: dir, env: { NO_COLOR: '1', STANDAR_NOW: NOW }, isTTY: false, stdout: { write }, stderr: { write } }));
      if (code === undefined) continue;
      if (![0, 1, 2].includes(code)) fail('cli', name, `exit code ${code}`);
      if (STACK_LINE.test(out) || INTERNAL_ERROR.test(out)) fail('cli', name, `output: ${out.slice(0, 2000)}`);
    }
  }

  /** A real process, as users start it. */
  private async subprocess(doc: Document, dir: string, fail: Fail): Promise<void> {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
    const args = [BIN, 'validate', '.', '--lang', doc.lang, ...(doc.seed.kind === 'config' ? [] : ['--no-config'])];
    const t0 = performance.now();
    const r = await new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
      execFile(process.execPath, args, { cwd: dir, env: { ...env, NO_COLOR: '1', STANDAR_NOW: NOW }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, signal: (err as { signal?: string } | null)?.signal ?? null, out: stdout + stderr }),
      ),
    );
    const name = 'bin/standar.js validate';
    if (r.signal) fail('hang', name, `killed by ${r.signal} after ${Math.round(performance.now() - t0)} ms`);
    else if (r.code === null || ![0, 1, 2].includes(r.code)) fail('cli', name, `exit code ${r.code}: ${r.out.slice(0, 2000)}`);
    if (STACK_LINE.test(r.out) || INTERNAL_ERROR.test(r.out)) fail('cli', name, `output: ${r.out.slice(0, 2000)}`);
  }

  /** The same batch in-process and in worker threads gives the same diagnostics. */
  private async workers(lang: Lang, call: Call, fail: Fail): Promise<void> {
    if (this.batch.length === 0) return;
    const library = await builtLibrary();
    const files: Record<string, Uint8Array> = { 'penyelenggara.yaml': this.provider ?? this.corpus.find((s) => s.kind === 'layanan' && s.provider)!.provider! };
    for (const s of this.batch) files[`layanan/${s.name}`] = s.bytes;
    const dir = join(this.work, 'batch');
    writeTree(dir, files);
    const options = { cwd: dir, lang, now: NOW, configFile: false as const, baseline: false as const };
    const inProcess = await call('validate (batch, in-process)', () => library.validate(['.'], { ...options, workers: 0 }), undefined, this.batch.length);
    const threaded = await call('validate (batch, 2 workers)', () => library.validate(['.'], { ...options, workers: 2 }), undefined, this.batch.length);
    if (!inProcess || !threaded) return;
    const a = comparable(inProcess.diagnostics);
    const b = comparable(threaded.diagnostics);
    if (isDeepStrictEqual(a, b)) return;
    const onlyIn = a.filter((d) => !b.includes(d)).slice(0, 3);
    const onlyThreads = b.filter((d) => !a.includes(d)).slice(0, 3);
    fail('workers', 'validate (batch)', `${a.length} diagnostics in-process, ${b.length} with workers; only in-process: ${onlyIn.join(' | ')}; only with workers: ${onlyThreads.join(' | ')}`, files);
  }
}

type Call = <T>(name: string, fn: () => Promise<T> | T, accept?: (err: unknown) => boolean, documents?: number) => Promise<T | undefined>;
type Fail = (cls: FailureClass, call: string, detail: string, files?: Record<string, Uint8Array>) => void;
type Inspect = (name: string, diagnostics: readonly Diagnostic[], files?: Record<string, Uint8Array>) => void;

/** A failing input as a folder: the unit's files, and failure.json saying what failed and how to replay it. */
export function saveFailure(root: string, seedNumber: number, f: Failure): string {
  const slug = f.call.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  const dir = join(root, `${f.class}`, `${String(f.index).padStart(6, '0')}-${slug}`);
  for (const [path, bytes] of Object.entries(f.files)) {
    mkdirSync(dirname(join(dir, 'unit', path)), { recursive: true });
    writeFileSync(join(dir, 'unit', path), bytes);
  }
  const replay = f.class === 'workers' ? `node bin/standar.js validate ${join(dir, 'unit')} --no-config --workers 0 (and --workers 2)` : `npm run fuzz -- --seed ${seedNumber} --only ${f.index}`;
  writeFileSync(join(dir, 'failure.json'), JSON.stringify({ class: f.class, call: f.call, index: f.index, seed: seedNumber, source: f.seed, steps: f.steps, detail: f.detail, replay }, null, 2) + '\n');
  return dir;
}

/** Failures grouped by class and call, with one example each: what to read first. */
export function summarizeFailures(failures: readonly Failure[]): string[] {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.class}\u0000${f.call}\u0000${f.detail.split('\n')[0]!.replace(/\d+/g, 'N').slice(0, 160)}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .map((list) => `${list.length} × ${list[0]!.class} in ${list[0]!.call}: ${list[0]!.detail.split('\n')[0]!.slice(0, 300)} [e.g. document ${list[0]!.index}]`);
}
