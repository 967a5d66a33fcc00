import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { upgradeDocument } from '../../src/load/upgrade.js';
import { validateAgainstSchema } from '../../src/schema/validators.js';
import { checkService } from '../rules/helpers.js';

/** What a document means: the deprecated spellings read as what they stand for. */
function meaning(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(meaning);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'bentuk' && v === 'asli_dan_fotokopi' ? ['asli', 'fotokopi'] : meaning(v)]));
  return value;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const OLD = `kode: DUK-KIA
nama: Penerbitan KIA
status: draf
komponen:
  persyaratan:
    # Akta kelahiran: aslinya diperlihatkan.
    - uraian: Kutipan akta kelahiran anak
      bentuk: asli_dan_fotokopi # dikembalikan sesudah diperiksa
      jumlah: 1
    - uraian: Kartu Keluarga
      bentuk: fotokopi
`;

describe('upgradeDocument', () => {
  it('rewrites the 0.1.0 form to the new one, keeping comments, meaning and validity', () => {
    const doc = parseDocument(OLD);
    expect(upgradeDocument(doc)).toEqual(['/komponen/persyaratan/0/bentuk']);
    const text = doc.toString();
    expect(text).toContain('      bentuk: [ asli, fotokopi ] # dikembalikan sesudah diperiksa\n');
    expect(text).toContain('    # Akta kelahiran: aslinya diperlihatkan.\n');
    expect(meaning(doc.toJS())).toEqual(meaning(parseDocument(OLD).toJS()));
    expect(validateAgainstSchema('layanan', doc.toJS())).toEqual([]);
    expect(checkService('usang', text)).toEqual([]);
    expect(checkService('usang', OLD)).toHaveLength(1);
  });

  it('is idempotent', () => {
    const doc = parseDocument(OLD);
    upgradeDocument(doc);
    const once = doc.toString();
    expect(upgradeDocument(doc)).toEqual([]);
    expect(doc.toString()).toBe(once);
  });

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
