import { RULES } from '../rules/index.js';
import type { RuleSettings } from '../rules/types.js';

/**
 * Notes that stay notes: a citation missing from the registry may well be right (the registry
 * is not the whole law), so no preset makes it fail a run.
 */
const ALWAYS_INFO: ReadonlySet<string> = new Set(['peraturan-tidak-dikenal']);

/**
 * `recommended`: each rule at its own severity (a rule may pick a milder one per case, such as a
 * missing component in a draft). `strict`: every rule is an error, for units that publish, but
 * the notes of `ALWAYS_INFO`.
 */
export const PRESETS: Record<string, () => RuleSettings> = {
  recommended: () => ({}),
  strict: () => Object.fromEntries(Object.keys(RULES).map((id) => [id, { severity: ALWAYS_INFO.has(id) ? ('info' as const) : ('error' as const) }])),
};
