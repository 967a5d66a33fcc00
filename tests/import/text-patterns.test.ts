import { describe, expect, it } from 'vitest';
import { mapDocument } from '../../src/import/map/service.js';
import { readText } from '../../src/import/readers/text.js';

/**
 * Shapes that standards copied as text from offices' web pages take, each on a fictional snippet:
 * what the importer must read of them.
 */

async function komponen(text: string) {
  const doc = await readText('standar.txt', Buffer.from(text), { lang: 'id' });
  const { services } = mapDocument(doc, new Set());
  expect(services).toHaveLength(1);
  return services[0]!.data.komponen as Record<string, unknown>;
}

describe('components written as text', () => {
  it('a component whose value stands on its label line, without a colon, is still that component', async () => {
    const k = await komponen(`JENIS PELAYANAN : PENERBITAN SURAT KETERANGAN USAHA
1. Persyaratan Pelayanan
- Fotokopi KTP pemohon
2. Jangka waktu pelayanan Paling lama 2 (dua) hari kerja
3. Biaya/ tarif Tidak dipungut biaya
4. Produk Pelayanan Surat Keterangan Usaha
`);
    expect(Object.keys(k)).toEqual(['persyaratan', 'jangka_waktu', 'biaya', 'produk']);
    expect(k.jangka_waktu).toMatchObject({ nilai: 2, satuan: 'hari_kerja' });
    expect(k.biaya).toMatchObject({ gratis: true });
    expect(k.produk).toEqual(['Surat Keterangan Usaha']);
  });
});
