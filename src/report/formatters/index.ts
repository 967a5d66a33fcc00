import type { Formatter } from '../types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

/** Every output format, by the name given to --format. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json };
