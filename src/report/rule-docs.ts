import type { Severity } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { packageDocUrl } from '../package-info.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

/** Where a rule is explained (docs/rules/<id>.md); undefined for checks that are not rules (yaml, skema, io, …). */
export function ruleDocsUrl(id: string): string | undefined {
  return Object.hasOwn(RULES, id) ? packageDocUrl(`docs/rules/${id}.md`) : undefined;
}

export interface RuleListing {
  id: string;
  severity: Severity;
  scope: Rule['scope'];
  description: string;
  docs?: string;
  /** Options and their defaults, for standar.config.yaml. */
  options: Record<string, unknown>;
}

/** Every rule as `standar aturan` lists it, in the documentation's order. */
export function listRules(lang: Lang): RuleListing[] {
  return Object.values(RULES).map((rule) => {
    const docs = ruleDocsUrl(rule.id);
    return { id: rule.id, severity: rule.severity, scope: rule.scope, description: rule.description[lang], ...(docs ? { docs } : {}), options: rule.defaultOptions ?? {} };
  });
}
