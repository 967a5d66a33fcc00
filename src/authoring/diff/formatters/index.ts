import { json } from './json.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { DiffFormatter } from './words.js';

/** Every output format of `standar diff`, by name. */
export const DIFF_FORMATTERS: Record<string, DiffFormatter> = { text, markdown, json };
export type { DiffFormatter };
