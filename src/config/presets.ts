import { RULES } from '../rules/index.js';
import type { RuleSettings } from '../rules/types.js';

/**
 * `recommended`: each rule at its own severity (a rule may pick a milder one per case, such as a
 * missing component in a draft). `strict`: every rule is an error, for units that publish.
 */
export const PRESETS: Record<string, () => RuleSettings> = {
  recommended: () => ({}),
  strict: () => Object.fromEntries(Object.keys(RULES).map((id) => [id, { severity: 'error' as const }])),
};
