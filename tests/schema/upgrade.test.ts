import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { upgradeDocument } from '../../src/load/upgrade.js';
import { validateAgainstSchema } from '../../src/schema/validators.js';
import { checkService } from '../rules/helpers.js';
import { meaning } from './meaning.js';

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
});
