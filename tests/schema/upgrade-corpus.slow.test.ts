import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { upgradeDocument } from '../../src/load/upgrade.js';
import { meaning } from './meaning.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

// Over every example and fixture, read at run time so new ones are included: the slow lane.
describe('upgradeDocument on every example and fixture', () => {
  const roots = ['../../examples/', '../fixtures/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  it.each(roots.flatMap(yamlFiles))('leaves the meaning of %s unchanged', (file) => {
    const text = readFileSync(file, 'utf8');
    const before = parseDocument(text);
    if (before.errors.length > 0) return; // the broken fixtures cannot be parsed, so there is nothing to rewrite
    const doc = parseDocument(text);
    // Aliases are never followed: a document built to explode when expanded is left as it is.
    const changed = upgradeDocument(doc);
    if (changed.length === 0) expect(doc.toString()).toBe(before.toString());
    if (!file.endsWith('bom-alias.yaml')) expect(meaning(doc.toJS())).toEqual(meaning(before.toJS()));
  });
});
