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
  it('flags a free service whose legal basis still cites a tariff or retribution regulation, as a warning', () => {
    const stale = '    - { jenis: Perbup, penerbit: Kota Sukamaju, nomor: 16, tahun: 2014, tentang: Peninjauan Tarif Retribusi Penggantian Biaya Cetak Kartu Tanda Pengenal dan Akta Catatan Sipil }\n';
    const doc = variant(BASE_SERVICE, '  dasar_hukum:\n', `  dasar_hukum:\n${stale}`);
    const found = checkService(id, doc);
    expect(found.map((d) => `${d.pointer} ${d.severity}`)).toEqual(['/komponen/dasar_hukum/0 warning']);
    expect(found[0]!.message).toContain('Perbup Kota Sukamaju Nomor 16 Tahun 2014');
    expect(found[0]!.hint).toContain('UU 24/2013 Pasal 79A');
  });
  it('accepts a regulation that lifts the charge, and a tariff rule cited by the fee itself', () => {
    const lifted = '    - { jenis: Perda, penerbit: Kota Sukamaju, nomor: 3, tahun: 2014, tentang: Pencabutan Peraturan Daerah tentang Retribusi Penggantian Biaya Cetak KTP }\n';
    expect(checkService(id, variant(BASE_SERVICE, '  dasar_hukum:\n', `  dasar_hukum:\n${lifted}`))).toEqual([]);
    const zero = variant(BASE_SERVICE, FREE, `${FREE}    dasar_hukum:\n      - { jenis: PP, nomor: 28, tahun: 2019, tentang: Jenis dan Tarif atas Jenis PNBP }\n`);
    expect(checkService(id, zero)).toEqual([]);
  });
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

describe('fees set by a regulation whose amount the document does not state', () => {
  const REGULATED = '  biaya:\n    sesuai_peraturan:\n      - { jenis: PP, nomor: 76, tahun: 2020, tentang: Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia }\n    keterangan: Sesuai PP Nomor 76 Tahun 2020\n';
  it('are a fee with a basis: no rule asks for an amount or a basis', () => {
    for (const id of ['tarif-tanpa-dasar-hukum', 'biaya-gratis-bertentangan', 'pungutan-di-luar-biaya']) expect(checkService(id, paid(REGULATED)), id).toEqual([]);
  });
  it('contradict "gratis: true"', () => {
    const found = checkService('biaya-gratis-bertentangan', paid(REGULATED.replace('  biaya:\n', '  biaya:\n    gratis: true\n')));
    expect(found.map((d) => d.message)).toEqual(['Biaya ditulis "gratis: true", tetapi juga "sesuai_peraturan" (PP Nomor 76 Tahun 2020).']);
  });
});

describe('pungutan-di-luar-biaya', () => {
  const id = 'pungutan-di-luar-biaya';
  const STEP = '    - pelaksana: Petugas\n      uraian: Menerbitkan KK.\n';
  it('flags a fine in the procedure of a free service', () => {
    const doc = variant(BASE_SERVICE, STEP, `${STEP}    - pelaksana: Pemohon\n      uraian: Membayar denda administrasi bila terlambat melapor.\n`);
    const found = checkService(id, doc);
    expect(brief(found)).toEqual(['28:15 warning pungutan-di-luar-biaya: "Membayar denda administrasi bila terlambat melapor." menyebut pungutan ("Membayar"), padahal biaya layanan ditulis gratis.']);
    expect(found[0]!.hint).toContain('Bila pungutan ini memang ada');
  });

  it('flags a payment receipt among competences and a PNBP line among requirements when the fee gives no basis', () => {
    const doc = paid('  biaya:\n    gratis: false\n    keterangan: Sesuai ketentuan\n').replace('    - Surat pengantar RT/RW\n', '    - Surat pengantar RT/RW\n    - Bukti setor PNBP Rp 30.000\n');
    expect(checkService(id, doc).map((d) => [d.pointer, d.message])).toEqual([
      ['/komponen/persyaratan/1', '"Bukti setor PNBP Rp 30.000" menyebut pungutan ("PNBP"), padahal komponen biaya tidak menyebut tarif maupun peraturan yang menetapkannya.'],
    ]);
  });

  it('leaves denied charges, regulation titles, paid fees and unknown fees alone', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    const denied = variant(BASE_SERVICE, STEP, '    - pelaksana: Petugas\n      uraian: Mengganti akta yang salah ketik tanpa dipungut biaya.\n');
    expect(checkService(id, denied)).toEqual([]);
    const title = variant(BASE_SERVICE, '      tentang: Penyelenggaraan Administrasi Kependudukan\n', '      tentang: Retribusi Penggantian Biaya Cetak\n');
    expect(checkService(id, title)).toEqual([]);
    const withFine = variant(BASE_SERVICE, STEP, `${STEP}    - pelaksana: Pemohon\n      uraian: Membayar denda.\n`);
    expect(checkService(id, variant(withFine, FREE, '  biaya:\n    tarif:\n      - { uraian: Denda, jumlah: 10000, dasar_hukum: { jenis: Perda, penerbit: Kota Sukamaju, nomor: 5, tahun: 2021, tentang: Retribusi } }\n'))).toEqual([]);
    expect(checkService(id, variant(withFine, FREE, ''))).toEqual([]);
    expect(checkService(id, variant(withFine, FREE, '  biaya: { tidak_dinyatakan: true }\n'))).toEqual([]);
  });
});
