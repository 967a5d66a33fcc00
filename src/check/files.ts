import type { Diagnostic } from '../diagnostics.js';
import { describeValue } from '../i18n/describe.js';
import { localize, type Lang } from '../i18n/index.js';
import { fileProblemMessage, fileProblemRule } from '../files/messages.js';
import { displayPath, type Plan } from '../load/discover.js';
import { isRecord } from '../load/guards.js';
import { FILE_MESSAGES } from '../load/messages.js';
import { readStandard, topLevelValueAt, type StandardRead } from '../load/quick.js';
import { FILE_START, locate, makeDiagnostic, type ParseResult, type ReadOptions } from '../load/source.js';
import { applyDefaults, originOf, type ProviderDoc, type ServiceDoc } from '../load/unit.js';
import type { PenyelenggaraPelayanan } from '../types/schema.js';
import { unstatedInService } from '../rules/lib/unstated.js';
import { promisesSurvey } from '../rules/lib/survey.js';
import type { ServiceSummary } from '../rules/types.js';
import { schemaDiagnostics } from '../schema/translate.js';
import { validateAgainstSchema } from '../schema/validators.js';
import { CHECK_MESSAGES, INTERNAL_RULE } from './messages.js';
import type { CheckOptions } from './options.js';
import { runProviderRules, runServiceRules } from './rule-runner.js';
import { directivesOf } from './suppress.js';

export interface ProviderResult {
  provider?: ProviderDoc;
  diagnostics: Diagnostic[];
}

/**
 * The second line of defence: a bug met while checking one file is said on that file, asking for
 * a report, and the other files are still checked.
 */
function internalFailure(file: string, err: unknown, lang: Lang): Diagnostic {
  const reason = err instanceof Error ? `${err.name}: ${describeValue(err.message, 200)}` : describeValue(err, 200);
  return makeDiagnostic(file, FILE_START, '', { rule: INTERNAL_RULE, def: CHECK_MESSAGES.internal, params: { reason } }, lang);
}

/** How a check reads `path`, named `file`: standard input is the text to judge, even where a file stands at the path it is named after. */
const readOptions = (path: string, file: string, options: CheckOptions): ReadOptions => ({
  lang: options.lang,
  maxFileSize: options.maxFileSize,
  displayPath: file,
  ...(options.stdin?.path === path ? { bytes: options.stdin.bytes } : {}),
});

/** Parse and check penyelenggara.yaml; an invalid file still lends its defaults to its services. */
export async function checkProviderFile(path: string, options: CheckOptions): Promise<ProviderResult> {
  return checkProviderSource(await readStandard(path, readOptions(path, displayPath(options.cwd, path), options)), options);
}

/** Check penyelenggara.yaml as read (quickly or whole): schema and rules. */
export function checkProviderSource(parsed: ParseResult, options: CheckOptions): ProviderResult {
  if (!parsed.source) return { diagnostics: parsed.diagnostics };
  let provider: ProviderDoc | undefined;
  try {
    const errors = validateAgainstSchema('penyelenggara', parsed.source.data);
    provider = { source: parsed.source, data: parsed.source.data as PenyelenggaraPelayanan, valid: errors.length === 0 };
    return { provider, diagnostics: [...parsed.diagnostics, ...schemaDiagnostics(errors, parsed.source, options.lang, false), ...runProviderRules(provider, options)] };
  } catch (err) {
    return { provider, diagnostics: [...parsed.diagnostics, internalFailure(parsed.source.path, err, options.lang)] };
  }
}

export interface ServiceResult {
  service?: ServiceDoc;
  summary: ServiceSummary;
  diagnostics: Diagnostic[];
}

/**
 * What unit rules know of a service (also how the rule tests summarize one); `quick`: its source
 * was read quickly, its positions not parsed yet.
 */
export function serviceSummary(service: ServiceDoc, quick = false): ServiceSummary {
  const { kode, nama } = service.data as { kode?: unknown; nama?: unknown };
  const summary: ServiceSummary = { file: service.source.path };
  if (typeof kode === 'string') {
    summary.kode = kode;
    // Where it stands plainly on its own line, the text says it: a clean file's positions are never parsed.
    summary.kodeAt = (quick ? topLevelValueAt(service.source.text, 'kode', kode) : undefined) ?? locate(service.source, '/kode');
  }
  if (typeof nama === 'string') summary.nama = nama;
  const { status, cakupan } = service.source.data as { status?: unknown; cakupan?: unknown };
  if (typeof status === 'string') summary.status = status;
  if (typeof cakupan === 'string') summary.cakupan = cakupan;
  if (promisesSurvey(service.data)) summary.promisesSurvey = true;
  const directives = directivesOf(service.source);
  if (directives.length > 0) summary.directives = directives.map(({ target, rules }) => ({ target, rules }));
  const unstated = unstatedInService(service).map((part) => {
    // An inherited part is unsaid where penyelenggara.yaml writes it.
    const origin = originOf(service, part.pointer);
    return { ...part, file: origin.source.path, pointer: origin.pointer, at: locate(origin.source, origin.pointer) };
  });
  if (unstated.length > 0) summary.unstated = unstated;
  return summary;
}

/** Read, schema-check and rule-check one service file, with its provider's defaults. */
export async function checkServiceFile(path: string, provider: ProviderDoc | undefined, options: CheckOptions): Promise<ServiceResult> {
  const file = displayPath(options.cwd, path);
  return checkServiceSource(file, await readStandard(path, readOptions(path, file, options)), provider, options);
}

/** Check a service as read (quickly or whole), named `file` in diagnostics: schema and rules. */
export function checkServiceSource(file: string, parsed: StandardRead, provider: ProviderDoc | undefined, options: CheckOptions): ServiceResult {
  if (!parsed.source) return { summary: { file }, diagnostics: parsed.diagnostics };
  try {
    const errors = validateAgainstSchema('layanan', parsed.source.data);
    const service = applyDefaults(parsed.source, provider, errors.length === 0);
    const diagnostics = [...parsed.diagnostics, ...schemaDiagnostics(errors, parsed.source, options.lang, true)];
    if (isRecord(service.data)) diagnostics.push(...runServiceRules(service, options));
    return { service, summary: serviceSummary(service, parsed.quick === true), diagnostics };
  } catch (err) {
    return { summary: { file }, diagnostics: [...parsed.diagnostics, internalFailure(file, err, options.lang)] };
  }
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Why a run found nothing, when files were passed over: so the fix is in sight. */
function skippedFiles(plan: Plan, lang: Lang, cwd: string): string {
  const parts: string[] = [];
  const n = plan.unrecognised.length;
  const m = plan.ignored.length;
  if (n > 0) parts.push(lang === 'id' ? `${n} berkas YAML lain bukan standar (misalnya ${displayPath(cwd, plan.unrecognised[0]!)})` : `${n} other YAML ${n === 1 ? 'file is' : 'files are'} not a standard (e.g. ${displayPath(cwd, plan.unrecognised[0]!)})`);
  if (m > 0) parts.push(lang === 'id' ? `${m} berkas diabaikan oleh .standarignore atau abaikan: di standar.config.yaml` : `${m} ${m === 1 ? 'file is' : 'files are'} ignored by .standarignore or abaikan: in standar.config.yaml`);
  return parts.length === 0 ? '' : ` ${parts.join('; ')}.`;
}

/**
 * Inputs that matched nothing (I/O problems, which the CLI answers with exit code 2), and files
 * of a unit that lead out of it or to nothing (a symlink): said, never skipped in silence.
 */
export function missingInputDiagnostics(plan: Plan, lang: Lang, cwd: string): Diagnostic[] {
  const missing = plan.missing.map((m): Diagnostic => {
    const { message, hint } = localize(FILE_MESSAGES[m.kind], lang, { path: m.input, skipped: m.kind === 'noStandards' ? skippedFiles(plan, lang, cwd) : '' });
    return { file: m.input, ...START, pointer: '', rule: 'io', severity: 'error', message, hint };
  });
  const refused = plan.refused.map((r): Diagnostic => {
    const { def, params } =
      r.link !== undefined && r.problem.reason === 'missing'
        ? { def: FILE_MESSAGES.brokenLink, params: { path: r.file, target: r.link } }
        : r.link !== undefined && r.problem.reason === 'outside'
          ? { def: FILE_MESSAGES.linkOutside, params: { path: r.file, target: r.link, root: r.root } }
          : fileProblemMessage(r.problem, { path: r.file, root: r.root }, lang);
    const { message, hint } = localize(def, lang, params);
    return { file: r.file, ...START, pointer: '', rule: fileProblemRule(r.problem), severity: 'error', message, ...(hint ? { hint } : {}) };
  });
  return [...missing, ...refused];
}
