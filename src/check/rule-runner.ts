import { resolve } from 'node:path';
import { configFor, mergeSettings, settingsFor } from '../config/settings.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { describeValue } from '../i18n/describe.js';
import { localize } from '../i18n/index.js';
import { FILE_START, locate, makeDiagnostic } from '../load/source.js';
import { originOf, type ProviderDoc, type ServiceDoc } from '../load/unit.js';
import { registryData, registryFor } from '../registry/load.js';
import type { Registry } from '../registry/registry.js';
import { RULES } from '../rules/index.js';
import type { ReportSpec, Rule, RuleContext, RuleSettings, ServiceSummary, UnitInput, UnitReportSpec } from '../rules/types.js';
import { CHECK_MESSAGES } from './messages.js';
import type { CheckOptions } from './options.js';
import { directiveProblems, isSuppressed, suppressedInSource } from './suppress.js';

interface ActiveRule<R extends Rule> {
  rule: R;
  ctx: RuleContext;
  /** Set by the configuration; overrides the rule's own choice per case. */
  configured?: Severity;
}

/** Per run (options object) and per distinct settings: files that share a configuration share this. */
const activeCache = new WeakMap<CheckOptions, Map<RuleSettings | undefined, Map<Rule['scope'], ActiveRule<Rule>[]>>>();

const fromConfigOf = (options: CheckOptions, file: string) => settingsFor(options.configs, resolve(options.cwd, file));
/** The caller's own settings (library use, tests) come last. */
const withCallerRules = (options: CheckOptions, settings: RuleSettings | undefined) => (options.rules ? mergeSettings(settings, options.rules) : settings);

function activeRules<S extends Rule['scope']>(scope: S, options: CheckOptions, file: string): ActiveRule<Extract<Rule, { scope: S }>>[] {
  const fromConfig = fromConfigOf(options, file);
  let perRun = activeCache.get(options);
  if (!perRun) activeCache.set(options, (perRun = new Map()));
  let perSettings = perRun.get(fromConfig);
  if (!perSettings) perRun.set(fromConfig, (perSettings = new Map()));
  const cached = perSettings.get(scope);
  if (cached) return cached as ActiveRule<Extract<Rule, { scope: S }>>[];

  const settings = withCallerRules(options, fromConfig);
  const now = options.now ? new Date(options.now) : new Date();
  // Files that share settings share a configuration, hence its peraturan.yaml.
  const local = options.configs ? configFor(options.configs, resolve(options.cwd, file))?.peraturan : undefined;
  let registry: Registry | undefined;
  const regulations = () => (registry ??= registryFor(options.registry, local));
  const data = () => registryData(options.registry);
  const out: ActiveRule<Extract<Rule, { scope: S }>>[] = [];
  for (const rule of Object.values(RULES)) {
    if (rule.scope !== scope) continue;
    const setting = settings?.[rule.id];
    if (setting?.severity === 'off') continue;
    out.push({
      rule: rule as Extract<Rule, { scope: S }>,
      ctx: { lang: options.lang, now, options: { ...rule.defaultOptions, ...setting?.options }, regulations, registryData: data },
      configured: setting?.severity,
    });
  }
  perSettings.set(scope, out);
  return out;
}

function toDiagnostic(active: ActiveRule<Rule>, spec: Omit<ReportSpec, 'pointer' | 'target'>, file: string, pointer: string, at: ReturnType<typeof locate>): Diagnostic {
  const def = active.rule.messages[spec.message];
  if (!def) throw new Error(`rule ${active.rule.id} has no message "${spec.message}"`);
  const { message, hint } = localize(def, active.ctx.lang, spec.params);
  const d: Diagnostic = { file, ...at, pointer, rule: active.rule.id, severity: active.configured ?? spec.severity ?? active.rule.severity, message };
  if (hint) d.hint = hint;
  return d;
}

/**
 * A rule that throws on odd input must not hide the other problems: its failure becomes one
 * diagnostic of its own and the check goes on.
 */
function guarded(active: ActiveRule<Rule>, file: string, out: Diagnostic[], run: () => void): void {
  try {
    run();
  } catch (err) {
    const reason = err instanceof Error ? describeValue(err.message, 200) : describeValue(err, 200);
    out.push(makeDiagnostic(file, FILE_START, '', { rule: active.rule.id, severity: 'warning', def: CHECK_MESSAGES.ruleFailed, params: { rule: active.rule.id, reason } }, active.ctx.lang));
  }
}

export function runServiceRules(service: ServiceDoc, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = directiveProblems(service.source, options.lang);
  for (const active of activeRules('service', options, service.source.path)) {
    guarded(active, service.source.path, out, () =>
      active.rule.check(service, active.ctx, (spec) => {
        const origin = originOf(service, spec.pointer);
        const at = locate(origin.source, origin.pointer, spec.target);
        if (!suppressedInSource(origin.source, active.rule.id, at.line, origin.pointer)) out.push(toDiagnostic(active, spec, origin.source.path, origin.pointer, at));
      }),
    );
  }
  return out;
}

export function runProviderRules(provider: ProviderDoc, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = directiveProblems(provider.source, options.lang);
  for (const active of activeRules('provider', options, provider.source.path)) {
    guarded(active, provider.source.path, out, () =>
      active.rule.check(provider, active.ctx, (spec) => {
        const at = locate(provider.source, spec.pointer, spec.target);
        if (!suppressedInSource(provider.source, active.rule.id, at.line, spec.pointer)) out.push(toDiagnostic(active, spec, provider.source.path, spec.pointer, at));
      }),
    );
  }
  return out;
}

/**
 * Unit rules see summaries, not sources (those stayed in the workers), so each summary carries
 * its file's disable comments, and each report follows the settings of the file it lands in.
 * Service rules with a unit part run it here too, on penyelenggara.yaml.
 */
export function runUnitRules(provider: ProviderDoc | undefined, services: readonly ServiceSummary[], options: CheckOptions, survey?: UnitInput['survey']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byFile = new Map(services.map((s) => [s.file, s]));
  const unitFile = provider?.source.path ?? services[0]?.file ?? '';
  const unitParts = [
    ...activeRules('unit', options, unitFile).map((active) => ({ active, check: active.rule.check.bind(active.rule) })),
    ...activeRules('service', options, unitFile).flatMap((active) => (active.rule.checkUnit ? [{ active, check: active.rule.checkUnit.bind(active.rule) }] : [])),
  ];
  for (const { active, check } of unitParts) {
    guarded(active, unitFile, out, () =>
      check({ provider, services, ...(survey ? { survey } : {}) }, active.ctx, (spec: UnitReportSpec) => {
        const setting = withCallerRules(options, fromConfigOf(options, spec.file))?.[active.rule.id];
        if (setting?.severity === 'off') return;
        const inProvider = provider !== undefined && spec.file === provider.source.path;
        const at = spec.at ?? (inProvider ? locate(provider.source, spec.pointer, spec.target) : undefined);
        if (!at) throw new Error(`rule ${active.rule.id} reported ${spec.file} without a position`);
        const suppressed = inProvider ? suppressedInSource(provider.source, active.rule.id, at.line, spec.pointer) : isSuppressed(byFile.get(spec.file)?.directives ?? [], active.rule.id, at.line);
        if (!suppressed) out.push(toDiagnostic({ ...active, configured: setting?.severity }, spec, spec.file, spec.pointer, at));
      }),
    );
  }
  return out;
}
