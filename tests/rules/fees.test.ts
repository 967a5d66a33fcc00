import { describe, expect, it } from 'vitest';
import { BASE_SERVICE, brief, checkService, variant } from './helpers.js';

const FREE = '  biaya:\n    gratis: true\n    keterangan: Tidak dipungut biaya.\n';
const paid = (biaya: string) => variant(BASE_SERVICE, FREE, biaya);

describe('tarif-tanpa-dasar-hukum', () => {
  const id = 'tarif-tanpa-dasar-hukum';
  it('flags a non-zero tariff with no legal basis, on the tariff line', () => {
    const doc = paid('  biaya:\n    tarif:\n      - uraian: Paspor biasa 48 halaman\n        jumlah: 350000\n      - uraian: Formulir\n        jumlah: 0\n');
    expect(brief(checkService(id, doc))).toEqual(['34:9 error tarif-tanpa-dasar-hukum: Tarif "Paspor biasa 48 halaman" (Rp350.000) tidak menyebut dasar hukumnya.']);
    expect(checkService(id, doc)[0]!.hint).toContain('dasar_hukum:');
    expect(checkService(id, doc, { lang: 'en' })[0]!.message).toBe('The tariff "Paspor biasa 48 halaman" (Rp350.000) does not cite its legal basis.');
  });

  it('accepts a basis on the line or for the whole fee', () => {
    const basis = '        dasar_hukum: { jenis: PP, nomor: 28, tahun: 2019, tentang: PNBP Kemenkumham }\n';
    expect(checkService(id, paid(`  biaya:\n    tarif:\n      - uraian: Paspor\n        jumlah: 350000\n${basis}`))).toEqual([]);
    expect(checkService(id, paid('  biaya:\n    tarif:\n      - uraian: Paspor\n        jumlah: 350000\n    dasar_hukum:\n      - { jenis: PP, nomor: 28, tahun: 2019, tentang: PNBP }\n'))).toEqual([]);
  });
});

describe('biaya-gratis-bertentangan', () => {
  const id = 'biaya-gratis-bertentangan';
  it('flags "gratis: true" with a paid tariff line', () => {
    const doc = paid('  biaya:\n    gratis: true\n    tarif:\n      - uraian: Legalisir\n        jumlah: 5000\n');
    expect(brief(checkService(id, doc))).toEqual(['36:17 error biaya-gratis-bertentangan: Biaya ditulis "gratis: true", tetapi tarif "Legalisir" sebesar Rp5.000.']);
  });

  it('flags a "free" sentence over paid tariffs, and an amount in the sentence of a free service', () => {
    expect(brief(checkService(id, paid('  biaya:\n    keterangan: Gratis\n    tarif:\n      - { uraian: Legalisir, jumlah: 5000 }\n')))[0]).toContain('Keterangan biaya berbunyi "Gratis", padahal ada 1 tarif yang lebih dari nol.');
    expect(brief(checkService(id, paid('  biaya:\n    gratis: true\n    keterangan: Rp 50.000 per lembar\n')))[0]).toContain('keterangannya menyebut Rp 50.000');
  });

  it('flags "gratis: false" without any tariff above zero', () => {
    expect(brief(checkService(id, paid('  biaya:\n    gratis: false\n    tarif:\n      - { uraian: Formulir, jumlah: 0 }\n')))[0]).toContain('Biaya ditulis "gratis: false", tetapi tidak ada tarif yang lebih dari nol.');
  });

  it('accepts a free service saying so, and a paid one listing its tariffs', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, paid('  biaya:\n    keterangan: Sesuai tarif PNBP (Rp0 untuk formulir)\n    tarif:\n      - { uraian: Paspor, jumlah: 350000 }\n'))).toEqual([]);
    expect(checkService(id, paid('  biaya:\n    gratis: true\n    keterangan: Tidak dipungut biaya (Rp0,-).\n'))).toEqual([]);
  });
});
