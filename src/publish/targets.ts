import { pdf } from '../pdf/target.js';
import { html } from '../render/engine/targets/html.js';
import type { OutputTarget } from '../render/engine/targets/types.js';

/**
 * Every output format, by the name `--to` takes. Here, above the HTML engine and the products
 * built on it, so the engine never imports them; a new format is one entry.
 */
export const OUTPUT_TARGETS: Record<string, OutputTarget> = {
  html,
  pdf,
};
