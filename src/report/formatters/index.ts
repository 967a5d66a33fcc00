import type { Formatter } from '../types.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Every output format, by the name given to --format. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, junit, github, markdown };
