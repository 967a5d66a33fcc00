import { pdf } from '../../pdf/target.js';
import { html } from './html.js';
import type { OutputTarget } from './types.js';

/** Every output format, by the name `--to` takes. */
export const OUTPUT_TARGETS: Record<string, OutputTarget> = {
  html,
  pdf,
};

export type { Converter, OutputTarget } from './types.js';
