import { describe, expect, it } from 'vitest';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkService, variant } from './helpers.js';

const UU = `    - jenis: UU
      nomor: 24
      tahun: 2013
      tentang: Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan
`;
const citing = (reg: string) => variant(BASE_SERVICE, UU, UU + reg);
const PERDA = `    - jenis: Perda
      penerbit: Kota Sukamaju
`;

describe('peraturan-dicabut', () => {
  const id = 'peraturan-dicabut';
  it.each([
    ['jenis: Perpres, nomor: 25, tahun: 2008, tentang: Persyaratan dan Tata Cara Pendaftaran Penduduk', 'Perpres Nomor 25 Tahun 2008 sudah dicabut dan diganti Perpres Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil.'],
    ['jenis: Permen, penerbit: Menteri PANRB, nomor: 36, tahun: 2012, tentang: Petunjuk Teknis Standar Pelayanan', 'Permen PANRB Nomor 36 Tahun 2012 sudah dicabut dan diganti Permen PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.'],
    ['jenis: Permen, penerbit: Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, nomor: 16, tahun: 2014, tentang: Survei Kepuasan Masyarakat', 'Permen PANRB Nomor 16 Tahun 2014 sudah dicabut dan diganti Permen PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.'],
    ['jenis: Permen, nomor: "17", tahun: 2017, tentang: Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik', 'Permen PANRB Nomor 17 Tahun 2017 sudah dicabut dan diganti Permen PANRB Nomor 29 Tahun 2022 tentang Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik.'],
  ])('names the replacement of %s', (reg, message) => {
    const found = checkService(id, citing(`    - { ${reg} }\n`));
    expect(found.map((d) => [d.pointer, d.severity, d.message])).toEqual([['/komponen/dasar_hukum/1', 'error', message]]);
    expect(found[0]!.hint).toMatch(/^Ganti rujukan ini dengan jenis: (Perpres|Permen)(, penerbit: Menteri PANRB)?, nomor: \d+, tahun: \d{4}, tentang: /);
  });

  it('looks at the fee\'s legal basis and each tariff line too', () => {
    const doc = variant(BASE_SERVICE, '    gratis: true\n', '    gratis: true\n    dasar_hukum:\n      - { jenis: UU, nomor: 32, tahun: 2004, tentang: Pemerintahan Daerah }\n');
    expect(brief(checkService(id, doc))).toEqual(['35:9 error peraturan-dicabut: UU Nomor 32 Tahun 2004 sudah dicabut dan diganti UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.']);
  });

  it('does not confuse another ministry\'s regulation with the same number', () => {
    expect(checkService(id, citing('    - { jenis: Permen, penerbit: Menteri Dalam Negeri, nomor: 16, tahun: 2014, tentang: Pedoman lain }\n'))).toEqual([]);
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
  });

  it('takes more lines from the configuration', () => {
    const tambahan = [{ dicabut: { jenis: 'Perda', penerbit: 'Kota Sukamaju', nomor: 5, tahun: 2021 }, pengganti: { jenis: 'Perda', nomor: 2, tahun: 2025, tentang: 'Administrasi Kependudukan' } }];
    const found = checkService(id, BASE_SERVICE, { options: { tambahan } });
    expect(found.map((d) => d.message)).toEqual(['Perda Kota Sukamaju Nomor 5 Tahun 2021 sudah dicabut dan diganti Perda Nomor 2 Tahun 2025 tentang Administrasi Kependudukan.']);
  });
});

describe('perda-wilayah-lain', () => {
  const id = 'perda-wilayah-lain';
  const reg = (penerbit: string, jenis = 'Perda') => variant(BASE_SERVICE, PERDA, `    - jenis: ${jenis}\n      penerbit: ${penerbit}\n`);

  it('flags another city\'s or regency\'s regulation', () => {
    expect(brief(checkService(id, reg('Kota Sukadamai')))).toEqual(['42:7 warning perda-wilayah-lain: Perda Kota Sukadamai Nomor 5 Tahun 2021 adalah peraturan daerah lain; penyelenggara ini berada di Kota Sukamaju.']);
    // Kota and Kabupaten of the same name are different regions.
    expect(checkService(id, reg('Kabupaten Sukamaju'))).toHaveLength(1);
    expect(checkService(id, reg('Sukamaju', 'Perbup'))).toHaveLength(1);
  });

  it('accepts the provider\'s own region and its province', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, reg('Provinsi Nusa Harapan'))).toEqual([]);
    expect(checkService(id, reg('Nusa Harapan', 'Pergub'))).toEqual([]);
    expect(checkService(id, reg('Pemkot Sukamaju', 'Perwali'))).toEqual([]);
  });

  it('reads the region from "pemerintah" when "wilayah" is not written, and stays quiet for national providers', () => {
    const noWilayah = variant(BASE_PROVIDER, 'wilayah:\n  jenis: kota\n  nama: Kota Sukamaju\n  provinsi: Provinsi Nusa Harapan\n', '');
    expect(checkService(id, reg('Kota Sukadamai'), { provider: noWilayah })).toHaveLength(1);
    expect(checkService(id, reg('Kota Sukamaju'), { provider: noWilayah })).toEqual([]);
    const national = variant(BASE_PROVIDER, '  jenis: kota\n  nama: Kota Sukamaju\n', '  jenis: nasional\n  nama: Indonesia\n');
    expect(checkService(id, reg('Kota Sukadamai'), { provider: national })).toEqual([]);
  });

  it('takes a "wilayah.jenis" that names an inherited member ("toString") as unknown, and reads "pemerintah" instead', () => {
    for (const jenis of ['toString', 'constructor', '__proto__']) {
      const odd = variant(BASE_PROVIDER, '  jenis: kota\n', `  jenis: ${jenis}\n`);
      expect(checkService(id, reg('Kota Sukamaju', 'Perwali'), { provider: odd }), jenis).toEqual([]);
      expect(checkService(id, reg('Kota Sukadamai'), { provider: odd }), jenis).toHaveLength(1);
    }
  });
});

describe('citations in every place the schema now allows', () => {
  it('are checked by peraturan-dicabut: amendments cited with "jo.", a requirement\'s and a step\'s legal basis', () => {
    const jo = variant(BASE_SERVICE, UU, `${UU.replace('      tentang:', '      jo:\n        - { jenis: Perpres, nomor: 25, tahun: 2008, tentang: Persyaratan dan Tata Cara Pendaftaran Penduduk }\n      tentang:')}`);
    expect(checkService('peraturan-dicabut', jo).map((d) => d.pointer)).toEqual(['/komponen/dasar_hukum/0/jo/0']);
    const onRequirement = variant(BASE_SERVICE, '      bentuk: fotokopi\n', '      bentuk: fotokopi\n      dasar_hukum: { jenis: Perpres, nomor: 25, tahun: 2008, pasal: 33, ayat: 1 }\n');
    expect(checkService('peraturan-dicabut', onRequirement).map((d) => d.pointer)).toEqual(['/komponen/persyaratan/1/dasar_hukum']);
  });

  it('are found under every key an alias repeats them at, each place with its own pointer', () => {
    const revoked = '{ jenis: Perpres, nomor: 25, tahun: 2008, tentang: Persyaratan dan Tata Cara Pendaftaran Penduduk }';
    const aliased = variant(BASE_SERVICE, '  biaya:\n    gratis: true\n', `  biaya: &biaya\n    gratis: true\n    dasar_hukum: ${revoked}\n`).replace('  produk:\n    - Kartu Keluarga\n', '  produk: *biaya\n');
    expect(checkService('peraturan-dicabut', aliased).map((d) => d.pointer)).toEqual(['/komponen/biaya/dasar_hukum', '/komponen/produk/dasar_hukum']);
  });
});

describe('peraturan-tidak-lengkap', () => {
  const id = 'peraturan-tidak-lengkap';
  it('flags a citation that can be looked up by neither title nor number and year', () => {
    const found = checkService(id, citing('    - { jenis: Perda, penerbit: Kabupaten Sleman, nomor: 7 }\n'));
    expect(brief(found)).toEqual(['42:7 warning peraturan-tidak-lengkap: Rujukan "Perda Kabupaten Sleman Nomor 7" belum dapat dicari: tanpa judul, nomor dan tahunnya harus disebut.']);
    expect(found[0]!.hint).toBe('Lengkapi dari naskah peraturannya (misalnya di JDIH): tahun, atau judulnya di "tentang".');
  });

  it('flags a gazette year that differs from the regulation\'s', () => {
    const doc = citing('    - { jenis: UU, nomor: 25, tahun: 2009, tentang: Pelayanan Publik, ln: { tahun: 2008, nomor: 112 }, tln: { nomor: 5038 } }\n');
    expect(checkService(id, doc).map((d) => [d.pointer, d.message])).toEqual([['/komponen/dasar_hukum/1/ln/tahun', 'Rujukan "UU Nomor 25 Tahun 2009" menyebut lembaran tahun 2008, padahal peraturannya tahun 2009.']]);
  });

  it('accepts a title alone, a number and year alone, and a complete citation', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, citing('    - { jenis: Permen, penerbit: Menteri Dalam Negeri, tentang: Percepatan Peningkatan Cakupan Kepemilikan Akta Kelahiran }\n    - { jenis: Perpres, nomor: 96, tahun: 2018 }\n'))).toEqual([]);
  });
});
