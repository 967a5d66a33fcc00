import type { Diagnostic } from '../diagnostics.js';
import type { Text } from '../i18n/index.js';

/**
 * A request `init` or `new` turns down before writing anything: `text` says why and what to do,
 * `diagnostics` locate the cause when it lies in a file (a broken package.json).
 */
export class Refusal extends Error {
  constructor(
    readonly text: Text,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(text.en);
  }
}
