import type { DiffFormatter } from './words.js';

/** For scripts: every section with its changes, and whether anything changed at all. */
export const json: DiffFormatter = (diff) => JSON.stringify({ ...diff, changed: diff.sections.some((s) => s.changed) }, null, 2) + '\n';
