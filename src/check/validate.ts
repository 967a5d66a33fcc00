import { join, resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { displayPath, type Plan, type UnitPlan } from '../load/discover.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import type { ServiceSummary } from '../rules/types.js';
import { chunks, helperThreads } from '../threads.js';
import { checkProviderFile, checkServiceFile, missingInputDiagnostics } from './files.js';
import { BASELINE_FILE, BaselineFilter, readBaseline } from './baseline.js';
import type { CheckOptions } from './options.js';
import { checkBatch, WorkerPool, workersAvailable, type BatchRequest } from './parallel.js';
import { oncePerPlace, prepareRun, type PreparedRun, type RunOptions } from './prepare.js';
import { runUnitRules } from './rule-runner.js';
import { readUnitSurvey } from './skm-results.js';
import type { UnitSurvey } from '../model/skm-results.js';

export interface ValidateOptions extends RunOptions {
  /**
   * Old problems not to report (--baseline), or false for none. Default: the `baseline:` of the
   * working folder's configuration, else standar-baseline.json beside it (or in the working
   * folder), when that file exists.
   */
  baseline?: string | false;
  /** Worker threads besides the main thread, which checks too: 0 checks in-process only; default for large batches: one per core but one (at most 3). */
  workers?: number;
  /** Called as each file's problems are known, for streaming output. */
  onFile?: (file: string, diagnostics: readonly Diagnostic[]) => void;
  /** Called as each unit is checked, with how many files are checked of how many: for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** Files checked. */
  files: number;
  /** Their paths as shown in diagnostics, in the order checked. */
  checked: string[];
  /** Where this run's baseline is (or would be written by --write-baseline), and what it did. */
  baseline: { path: string; used: boolean; hidden: number; fixed: number };
}

/** Below this many services, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 48;
const BATCH_SIZE = 16;

/**
 * Batches small enough that every thread gets some of a unit's services: each worker holds two
 * batches at once, so a unit cut into few batches would leave the main thread idle (a region of
 * many 25-service units was checked by one worker alone).
 */
function batchSize(services: number, pool: WorkerPool): number {
  return Math.max(1, Math.min(BATCH_SIZE, Math.ceil(services / (3 * (pool.size + 1)))));
}

/** The workers for a run of `total` services: none below the threshold or where threads cannot start. */
function poolFor(total: number, workers: number | undefined): WorkerPool | undefined {
  // The main thread checks batches too, so one core is left for it.
  const size = workers ?? (total >= PARALLEL_THRESHOLD && workersAvailable() ? helperThreads() : 0);
  return size > 0 && workersAvailable() ? new WorkerPool(size) : undefined;
}

/**
 * `prepareRun`, with the run's pool. A worker spends its first ~200 ms loading modules: started
 * as soon as the files are found, it loads them while this thread plans the run (symlinks,
 * configurations, ignore files), which takes about as long for a large batch.
 */
async function prepareWithPool(inputs: readonly string[], options: RunOptions & { workers?: number }): Promise<PreparedRun & { pool: WorkerPool | undefined }> {
  let pool: WorkerPool | undefined;
  try {
    const run = await prepareRun(inputs, options, (found) => (pool = poolFor(found, options.workers)));
    return { ...run, pool };
  } catch (err) {
    await pool?.close();
    throw err;
  }
}

/**
 * Check files, folders and globs: YAML, schema and rules, every problem in every file at once.
 * Never throws on bad input: problems, including unreadable paths, come back as diagnostics.
 */
export async function validate(inputs: readonly string[], options: ValidateOptions = {}): Promise<ValidateResult> {
  const { opts, plan, home, configProblems, pool } = await prepareWithPool(inputs, options);
  try {
    return await checkPlanned(opts, plan, home, configProblems, pool, options);
  } finally {
    await pool?.close();
  }
}

/** `validate` once its files are planned: the baseline, then unit after unit. */
async function checkPlanned(
  opts: CheckOptions,
  plan: Plan,
  home: PreparedRun['home'],
  configProblems: readonly Diagnostic[],
  pool: WorkerPool | undefined,
  options: ValidateOptions,
): Promise<ValidateResult> {
  const baselinePath = typeof options.baseline === 'string' ? resolve(opts.cwd, options.baseline) : home?.baseline ?? join(home?.dir ?? opts.cwd, BASELINE_FILE);
  const baselineRead = options.baseline === false ? { diagnostics: [] } : await readBaseline(baselinePath, { lang: opts.lang, cwd: opts.cwd, required: typeof options.baseline === 'string' });
  const setupProblems = [...configProblems, ...baselineRead.diagnostics];
  if (setupProblems.length > 0) {
    options.onFile?.(setupProblems[0]!.file, setupProblems);
    return { diagnostics: setupProblems.sort(compareDiagnostics), files: 0, checked: [], baseline: { path: baselinePath, used: false, hidden: 0, fixed: 0 } };
  }
  const filter = baselineRead.baseline ? new BaselineFilter(baselineRead.baseline, opts.cwd) : undefined;

  const diagnostics: Diagnostic[] = [];
  const firstTime = oncePerPlace();
  const emit = (file: string, list: readonly Diagnostic[]) => {
    const fresh = list.filter((d) => firstTime(d) && !filter?.covers(d));
    diagnostics.push(...fresh);
    options.onFile?.(file, fresh);
  };
  for (const d of missingInputDiagnostics(plan, opts.lang, opts.cwd)) emit(d.file, [d]);

  const checked: string[] = [];
  const total = options.onProgress ? plan.units.reduce((n, unit) => n + (unit.providerPath ? 1 : 0) + unit.servicePaths.length, 0) : 0;
  await checkUnits(plan.units, opts, emit, pool, (unit) => {
    for (const path of unit.providerPath ? [unit.providerPath, ...unit.servicePaths] : unit.servicePaths) checked.push(displayPath(opts.cwd, path));
    options.onProgress?.(checked.length, total);
  });
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, files: checked.length, checked, baseline: { path: baselinePath, used: filter !== undefined, hidden: filter?.hidden ?? 0, fixed: filter?.fixed() ?? 0 } };
}

/** A unit as checked: its provider loaded, and the survey results it keeps. */
export interface UnitCheck {
  provider?: ProviderDoc;
  survey?: UnitSurvey;
}

/** Whose problems an `emit` carries: penyelenggara.yaml's own, one service's (wherever they lie, inherited ones in penyelenggara.yaml too), or the unit rules'. */
export type EmitSource = { kind: 'provider' } | { kind: 'service'; summary: ServiceSummary } | { kind: 'unit' };

/** Where a check hands its problems, as they are known: with whose they are and the unit they belong to. */
export type Emit = (file: string, list: readonly Diagnostic[], from: EmitSource, unit: UnitPlan) => void;

/** A checked service's problems, emitted with its summary. */
function emitService(emit: Emit, unit: UnitPlan, { summary, diagnostics }: { summary: ServiceSummary; diagnostics: readonly Diagnostic[] }): void {
  emit(summary.file, diagnostics, { kind: 'service', summary }, unit);
}

/** penyelenggara.yaml, checked and its problems emitted. */
async function checkProvider(unit: UnitPlan, opts: CheckOptions, emit: Emit): Promise<ProviderDoc | undefined> {
  if (!unit.providerPath) return undefined;
  const { provider, diagnostics } = await checkProviderFile(unit.providerPath, opts);
  emit(provider?.source.path ?? unit.providerPath, diagnostics, { kind: 'provider' }, unit);
  return provider;
}

/** Once its services are checked (`summaries` in file order): the survey results the unit keeps beside penyelenggara.yaml, then the unit rules. */
function finishUnit(unit: UnitPlan, provider: ProviderDoc | undefined, summaries: readonly ServiceSummary[], opts: CheckOptions, emit: Emit): UnitCheck {
  const byFile = new Map<string, Diagnostic[]>();
  const survey = unit.providerPath ? readUnitSurvey(unit.dir, opts) : undefined;
  for (const d of survey?.diagnostics ?? []) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const d of runUnitRules(provider, summaries, opts, survey && { found: survey.found, kept: survey.kept, ...(survey.latest ? { latest: survey.latest } : {}) })) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [file, list] of byFile) emit(file, list, { kind: 'unit' }, unit);
  return { ...(provider ? { provider } : {}), ...(survey ? { survey } : {}) };
}

/**
 * A unit checked on this thread: its provider, its services, the survey results it keeps, then
 * the unit rules. `keep` receives each loaded service, for callers that need the data.
 */
export async function checkUnit(unit: UnitPlan, opts: CheckOptions, emit: Emit, keep?: (service: ServiceDoc) => void): Promise<UnitCheck> {
  const provider = await checkProvider(unit, opts, emit);
  const summaries: ServiceSummary[] = [];
  for (const path of unit.servicePaths) {
    const r = await checkServiceFile(path, provider, opts);
    summaries.push(r.summary);
    emitService(emit, unit, r);
    if (r.service) keep?.(r.service);
  }
  return finishUnit(unit, provider, summaries, opts, emit);
}

/** Told of each unit, in order, once its unit rules have run. */
type UnitFinished = (unit: UnitPlan, check: UnitCheck) => void | Promise<void>;

/** A unit whose batches are on the pool. */
interface UnitOnPool {
  unit: UnitPlan;
  provider?: ProviderDoc;
  summaries: ServiceSummary[];
  batches: number;
  answered: number;
  /** Every batch of it is made. */
  whole: boolean;
}

/**
 * Units one after the other, each handed to `finished` in order once its unit rules have run.
 * On the pool, a unit's batches are queued as soon as the threads can take more, the unit before
 * it still being checked: waiting for each unit's last batch left a thread idle at every unit's
 * end (a quarter of the main thread's time in a region of 25-service units).
 */
export async function checkUnits(
  units: Iterable<UnitPlan>,
  opts: CheckOptions,
  emit: Emit,
  pool: WorkerPool | undefined,
  finished: UnitFinished,
): Promise<void> {
  if (pool) return checkUnitsOnPool(units, opts, emit, pool, finished);
  for (const unit of units) await finished(unit, await checkUnit(unit, opts, emit));
}

async function checkUnitsOnPool(
  units: Iterable<UnitPlan>,
  opts: CheckOptions,
  emit: Emit,
  pool: WorkerPool,
  finished: UnitFinished,
): Promise<void> {
  // The units begun and not yet finished, in order; each batch by its number (the request's id).
  const open: UnitOnPool[] = [];
  const batches = new Map<number, { on: UnitOnPool; first: number }>();
  const finishReady = async () => {
    while (open[0]?.whole && open[0].answered === open[0].batches) {
      const { unit, provider, summaries } = open.shift()!;
      await finished(unit, finishUnit(unit, provider, summaries, opts, emit));
    }
  };
  let next = 0;
  async function* requests(): AsyncGenerator<BatchRequest> {
    for (const unit of units) {
      const on: UnitOnPool = { unit, summaries: [], batches: 0, answered: 0, whole: false };
      const provider = await checkProvider(unit, opts, emit);
      if (provider) on.provider = provider;
      open.push(on);
      const servicePaths = unit.servicePaths;
      const size = batchSize(servicePaths.length, pool);
      for (const [i, paths] of chunks(servicePaths, size).entries()) {
        on.batches++;
        batches.set(next, { on, first: i * size });
        yield { id: next++, providerPath: unit.providerPath, paths, options: opts };
        await finishReady();
      }
      on.whole = true;
      await finishReady();
    }
  }
  await pool.each(
    requests(),
    (request) => checkBatch(request, batches.get(request.id)!.on.provider),
    (reply) => {
      const { on, first } = batches.get(reply.id)!;
      batches.delete(reply.id);
      on.answered++;
      reply.results.forEach((r, i) => {
        // In file order whatever batch finishes first: unit rules report on the later duplicate.
        on.summaries[first + i] = r.summary;
        emitService(emit, on.unit, r);
      });
    },
  );
  await finishReady();
}

/** A unit as checked, for callers that judge units one at a time (the audit): its documents are not kept past the call. */
export interface CheckedUnit {
  plan: UnitPlan;
  /** How many units the run checks. */
  units: number;
  /** The run's options, as each rule saw them. */
  options: CheckOptions;
  provider?: ProviderDoc;
  /** The survey results the unit keeps (skm/hasil-*.json). */
  survey?: UnitSurvey;
  /** penyelenggara.yaml's own problems. */
  providerDiagnostics: Diagnostic[];
  /** Each service in file order, with every problem found on it (inherited ones lie in penyelenggara.yaml). */
  services: { summary: ServiceSummary; diagnostics: Diagnostic[] }[];
  /** The unit rules' problems. */
  unitDiagnostics: Diagnostic[];
}

/**
 * Check units one after the other, handing each to `visit` before the next is read, so memory
 * follows the largest unit, not the number of units. Answers the run's own problems (a broken
 * configuration, inputs that matched nothing); no baseline applies.
 */
export async function checkEachUnit(
  inputs: readonly string[],
  options: RunOptions & { workers?: number; signal?: AbortSignal },
  visit: (unit: CheckedUnit) => void | Promise<void>,
): Promise<Diagnostic[]> {
  const { opts, plan, configProblems, pool } = await prepareWithPool(inputs, options);
  try {
    if (configProblems.length > 0) return configProblems.sort(compareDiagnostics);
    const units = plan.units.length;
    const checkedUnits = new Map<UnitPlan, CheckedUnit>();
    const checkedUnit = (unit: UnitPlan) => {
      let checked = checkedUnits.get(unit);
      if (!checked) checkedUnits.set(unit, (checked = { plan: unit, units, options: opts, providerDiagnostics: [], services: [], unitDiagnostics: [] }));
      return checked;
    };
    // Each unit's plan (its files' paths: 50,000 at 2,000 units) is let go once it is judged.
    // Once `signal` is aborted no unit is begun: those under way are finished.
    function* shifting(): Generator<UnitPlan> {
      for (let unit = plan.units.shift(); unit && !options.signal?.aborted; unit = plan.units.shift()) yield unit;
    }
    await checkUnits(
      shifting(),
      opts,
      (_file, list, from, unit) => {
        const checked = checkedUnit(unit);
        if (from.kind === 'service') checked.services.push({ summary: from.summary, diagnostics: [...list] });
        else (from.kind === 'provider' ? checked.providerDiagnostics : checked.unitDiagnostics).push(...list);
      },
      pool,
      async (unit, { provider, survey }) => {
        const checked = checkedUnit(unit);
        checkedUnits.delete(unit);
        if (provider) checked.provider = provider;
        if (survey) checked.survey = survey;
        // The pool answers batches in any order; the audit lists services as the folder does.
        const order = new Map(unit.servicePaths.map((path, i) => [displayPath(opts.cwd, path), i]));
        checked.services.sort((a, b) => (order.get(a.summary.file) ?? 0) - (order.get(b.summary.file) ?? 0));
        await visit(checked);
      },
    );
  } finally {
    await pool?.close();
  }
  return missingInputDiagnostics(plan, opts.lang, opts.cwd);
}
