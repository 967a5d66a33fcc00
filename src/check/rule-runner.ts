import type { Diagnostic, Severity } from '../diagnostics.js';
import { localize } from '../i18n/index.js';
import { locate } from '../load/source.js';
import { originOf, type ProviderDoc, type ServiceDoc } from '../load/unit.js';
import { RULES } from '../rules/index.js';
import type { ReportSpec, Rule, RuleContext, ServiceSummary, UnitReportSpec } from '../rules/types.js';
import type { CheckOptions } from './options.js';

interface ActiveRule<R extends Rule> {
  rule: R;
  ctx: RuleContext;
  /** Set by the configuration; overrides the rule's own choice per case. */
  configured?: Severity;
}

function activeRules<S extends Rule['scope']>(scope: S, options: CheckOptions): ActiveRule<Extract<Rule, { scope: S }>>[] {
  const now = options.now ? new Date(options.now) : new Date();
  const out: ActiveRule<Extract<Rule, { scope: S }>>[] = [];
  for (const rule of Object.values(RULES)) {
    if (rule.scope !== scope) continue;
    const setting = options.rules?.[rule.id];
    if (setting?.severity === 'off') continue;
    out.push({
      rule: rule as Extract<Rule, { scope: S }>,
      ctx: { lang: options.lang, now, options: { ...rule.defaultOptions, ...setting?.options } },
      configured: setting?.severity,
    });
  }
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
    out.push({
      file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule: active.rule.id, severity: 'warning',
      message: active.ctx.lang === 'id' ? `Aturan ${active.rule.id} gagal memeriksa berkas ini: ${(err as Error).message}` : `Rule ${active.rule.id} failed on this file: ${(err as Error).message}`,
    });
  }
}

export function runServiceRules(service: ServiceDoc, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const active of activeRules('service', options)) {
    guarded(active, service.source.path, out, () =>
      active.rule.check(service, active.ctx, (spec) => {
        const origin = originOf(service, spec.pointer);
        out.push(toDiagnostic(active, spec, origin.source.path, origin.pointer, locate(origin.source, origin.pointer, spec.target)));
      }),
    );
  }
  return out;
}

export function runProviderRules(provider: ProviderDoc, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const active of activeRules('provider', options)) {
    guarded(active, provider.source.path, out, () =>
      active.rule.check(provider, active.ctx, (spec) => out.push(toDiagnostic(active, spec, provider.source.path, spec.pointer, locate(provider.source, spec.pointer, spec.target)))),
    );
  }
  return out;
}

export function runUnitRules(provider: ProviderDoc | undefined, services: readonly ServiceSummary[], options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const active of activeRules('unit', options)) {
    guarded(active, provider?.source.path ?? services[0]?.file ?? '', out, () =>
      active.rule.check({ provider, services }, active.ctx, (spec: UnitReportSpec) => out.push(toDiagnostic(active, spec, spec.file, spec.pointer, spec.at))),
    );
  }
  return out;
}
