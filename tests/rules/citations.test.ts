import { describe, expect, it } from 'vitest';
import { findConfigs } from '../../src/config/load.js';
import { PRESETS } from '../../src/config/presets.js';
import { validate } from '../../src/check/validate.js';
import type { Regulation } from '../../src/registry/types.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkService, checkUnit, TEST_REGISTRY, variant } from './helpers.js';

const LEGAL_BASIS = BASE_SERVICE.slice(BASE_SERVICE.indexOf('  dasar_hukum:\n'), BASE_SERVICE.indexOf('  jumlah_pelaksana:'));
/** The base service citing only these (flow-style citations, one a line). */
const citing = (...citations: string[]) => variant(BASE_SERVICE, LEGAL_BASIS, `  dasar_hukum:\n${citations.map((c) => `    - ${c}\n`).join('')}`);
const UU_24 = '{ jenis: UU, nomor: 24, tahun: 2013, tentang: Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan }';
const CITATION_RULES = ['peraturan-dicabut', 'judul-peraturan', 'nomor-peraturan-keliru', 'jenis-peraturan-keliru', 'perubahan-tidak-dirujuk', 'lembaran-negara-keliru', 'peraturan-tidak-dikenal'];
/** Every citation rule at once, as validate runs them. */
const allCitationRules = (doc: string) => CITATION_RULES.flatMap((id) => checkService(id, doc));

describe('judul-peraturan', () => {
  it('gives the registry\'s title for a wrong one', () => {
    const found = checkService('judul-peraturan', citing('{ jenis: UU, nomor: 25, tahun: 2009, tentang: Administrasi Pemerintahan }'));
    expect(found.map((d) => [d.pointer, d.severity, d.message, d.hint])).toEqual([
      ['/komponen/dasar_hukum/0/tentang', 'warning', 'UU Nomor 25 Tahun 2009 berjudul "Pelayanan Publik", bukan "Administrasi Pemerintahan".', 'Bila yang dimaksud memang UU Nomor 25 Tahun 2009, tulis tentang: Pelayanan Publik. Bila yang dimaksud peraturan lain, perbaiki nomor dan tahunnya (cari dengan: standar peraturan cari <kata judul>).'],
    ]);
  });

  it.each([
    'PELAYANAN PUBLIK',
    'Pelayanan  Publik.',
    'Perubahan Atas UU No. 23 Thn 2006 tentang Administrasi Kependudukan',
    'Perubahan atas Undang-Undang Nomor 23/2006 tentang Administrasi Kependudukan',
    'Administrasi Kependudukan',
  ])('takes "%s" as the title it stands for', (title) => {
    const nomor = title.includes('Kependudukan') ? 'nomor: 24, tahun: 2013' : 'nomor: 25, tahun: 2009';
    expect(checkService('judul-peraturan', citing(`{ jenis: UU, ${nomor}, tentang: "${title}" }`, UU_24))).toEqual([]);
  });

  it('finds "&" and "dan" the same', () => {
    expect(checkService('judul-peraturan', citing('{ jenis: UU, nomor: 11, tahun: 2008, tentang: Informasi & Transaksi Elektronik }'))).toEqual([]);
  });
});

describe('nomor-peraturan-keliru', () => {
  it('names UU 2/2002 for "UU 2/2022 tentang Kepolisian", and nothing else speaks of it', () => {
    const doc = citing('{ jenis: UU, nomor: 2, tahun: 2022, tentang: Kepolisian }');
    expect(brief(allCitationRules(doc))).toEqual(['38:7 warning nomor-peraturan-keliru: UU Nomor 2 Tahun 2022 berjudul "Perubahan Kedua atas Undang-Undang Nomor 38 Tahun 2004 tentang Jalan", bukan "Kepolisian"; judul itu judul UU Nomor 2 Tahun 2002. Nomor atau tahunnya tampaknya salah ketik.']);
    expect(checkService('nomor-peraturan-keliru', doc)[0]!.hint).toBe('Bila yang dimaksud UU Nomor 2 Tahun 2002, tulis jenis: UU, nomor: 2, tahun: 2002, tentang: Kepolisian Negara Republik Indonesia.');
  });

  it('also when the number names nothing in the registry', () => {
    expect(checkService('nomor-peraturan-keliru', citing('{ jenis: UU, nomor: 52, tahun: 2009, tentang: Pelayanan Publik }')).map((d) => d.message)).toEqual([
      'UU Nomor 52 Tahun 2009 tidak ada di daftar peraturan, sedangkan judul "Pelayanan Publik" adalah judul UU Nomor 25 Tahun 2009. Nomor atau tahunnya tampaknya salah ketik.',
    ]);
  });

  it('leaves a right citation alone, and a title that shares neither number nor year with the one it matches', () => {
    expect(checkService('nomor-peraturan-keliru', citing('{ jenis: UU, nomor: 2, tahun: 2002, tentang: Kepolisian Negara Republik Indonesia }'))).toEqual([]);
    expect(checkService('nomor-peraturan-keliru', citing('{ jenis: UU, nomor: 30, tahun: 2099, tentang: Pelayanan Publik }'))).toEqual([]);
  });
});

describe('jenis-peraturan-keliru', () => {
  it('says Perpol for a Perkap numbered like one, and nothing else speaks of it', () => {
    expect(brief(allCitationRules(citing('{ jenis: Perkap, nomor: 7, tahun: 2021, tentang: Registrasi dan Identifikasi Kendaraan Bermotor }')))).toEqual([
      '38:16 warning jenis-peraturan-keliru: Perkap Nomor 7 Tahun 2021 tidak ada; nomor dan tahun itu milik Perpol Nomor 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor (jenis Perpol).',
    ]);
  });

  it('says so too when the title is written loosely, but not for a title about something else', () => {
    expect(brief(allCitationRules(citing('{ jenis: Perkap, nomor: 7, tahun: 2021, tentang: Registrasi Kendaraan }')))).toEqual([
      '38:16 warning jenis-peraturan-keliru: Perkap Nomor 7 Tahun 2021 tidak ada; nomor dan tahun itu milik Perpol Nomor 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor (jenis Perpol).',
    ]);
    expect(checkService('jenis-peraturan-keliru', citing('{ jenis: Perkap, nomor: 7, tahun: 2021, tentang: Pengamanan Objek Vital }'))).toEqual([]);
  });

  it('leaves the Perkap the registry holds alone (revoked: peraturan-dicabut says so)', () => {
    expect(checkService('jenis-peraturan-keliru', citing('{ jenis: Perkap, nomor: 9, tahun: 2012, tentang: Surat Izin Mengemudi }'))).toEqual([]);
    expect(checkService('peraturan-dicabut', citing('{ jenis: Perkap, nomor: 9, tahun: 2012, tentang: Surat Izin Mengemudi }')).map((d) => d.message)).toEqual([
      'Perkap Nomor 9 Tahun 2012 sudah dicabut dan diganti Perpol Nomor 5 Tahun 2021 tentang Penerbitan dan Penandaan Surat Izin Mengemudi.',
    ]);
  });
});

describe('peraturan-dicabut and the other citation rules: one defect, one finding', () => {
  it('says only "revoked" of a revoked regulation with a wrong title and wrong gazette numbers', () => {
    const doc = citing('{ jenis: PP, nomor: 60, tahun: 2016, tentang: Tarif PNBP Polri, ln: { tahun: 2016, nomor: 1 } }');
    expect(brief(allCitationRules(doc))).toEqual(['38:7 error peraturan-dicabut: PP Nomor 60 Tahun 2016 sudah dicabut dan diganti PP Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia.']);
  });

  it('notes a regulation revoked in part, once', () => {
    const peraturan: Regulation[] = [
      { id: 'perda-kota-sukamaju-5-2021', jenis: 'Perda', penerbit: 'Kota Sukamaju', nomor: '5', tahun: 2021, tentang: 'Penyelenggaraan Administrasi Kependudukan', status: 'dicabut_sebagian', dicabut_sebagian_oleh: ['perda-kota-sukamaju-2-2024'], sumber: [{ judul: 'LD 2021/5', diperiksa: '2026-11-20' }] },
      { id: 'perda-kota-sukamaju-2-2024', jenis: 'Perda', penerbit: 'Kota Sukamaju', nomor: '2', tahun: 2024, tentang: 'Pajak Daerah dan Retribusi Daerah', status: 'berlaku', mencabut_sebagian: ['perda-kota-sukamaju-5-2021'], sumber: [{ judul: 'LD 2024/2', diperiksa: '2026-11-20' }] },
    ];
    expect(brief(checkService('peraturan-dicabut', BASE_SERVICE, { peraturan }))).toEqual(['42:7 info peraturan-dicabut: Sebagian pasal Perda Kota Sukamaju Nomor 5 Tahun 2021 sudah dicabut oleh Perda Kota Sukamaju Nomor 2 Tahun 2024.']);
  });

  it('says an inherited citation once, in penyelenggara.yaml, not in every service', () => {
    const provider = variant(BASE_PROVIDER, '    evaluasi_kinerja: [Survei Kepuasan Masyarakat]\n', '    evaluasi_kinerja: [Survei Kepuasan Masyarakat]\n    dasar_hukum:\n      - { jenis: UU, nomor: 32, tahun: 2004, tentang: Pemerintahan Daerah }\n');
    const service = variant(BASE_SERVICE, LEGAL_BASIS, '');
    expect(checkService('peraturan-dicabut', service, { provider })).toEqual([]);
    expect(brief(checkUnit('peraturan-dicabut', [['a.yaml', service], ['b.yaml', service]], { provider }))).toEqual(['37:9 error peraturan-dicabut: UU Nomor 32 Tahun 2004 sudah dicabut dan diganti UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.']);
  });
});

describe('perubahan-tidak-dirujuk', () => {
  const alone = citing('{ jenis: UU, nomor: 23, tahun: 2006, tentang: Administrasi Kependudukan }');
  it('warns a set standard and reminds a draft', () => {
    expect(checkService('perubahan-tidak-dirujuk', alone).map((d) => [d.severity, d.message])).toEqual([['warning', 'UU Nomor 23 Tahun 2006 sudah diubah dengan UU Nomor 24 Tahun 2013, tetapi perubahannya tidak dirujuk.']]);
    expect(checkService('perubahan-tidak-dirujuk', variant(alone, 'status: ditetapkan', 'status: draf')).map((d) => d.severity)).toEqual(['info']);
  });

  it('takes the amendment cited with "jo" or on its own anywhere in the document', () => {
    expect(checkService('perubahan-tidak-dirujuk', citing(`{ jenis: UU, nomor: 23, tahun: 2006, tentang: Administrasi Kependudukan, jo: [${UU_24}] }`))).toEqual([]);
    expect(checkService('perubahan-tidak-dirujuk', citing('{ jenis: UU, nomor: 23, tahun: 2006, tentang: Administrasi Kependudukan }', UU_24))).toEqual([]);
  });

  it('says so once for a regulation cited in several places', () => {
    const twice = citing('{ jenis: UU, nomor: 23, tahun: 2006, tentang: Administrasi Kependudukan }', '{ jenis: UU, nomor: 23, tahun: 2006, tentang: Administrasi Kependudukan, pasal: 13 }');
    expect(checkService('perubahan-tidak-dirujuk', twice).map((d) => d.pointer)).toEqual(['/komponen/dasar_hukum/0']);
  });

  it('asks for every amendment still in force', () => {
    const uu19 = '{ jenis: UU, nomor: 19, tahun: 2016, tentang: Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik }';
    expect(checkService('perubahan-tidak-dirujuk', citing('{ jenis: UU, nomor: 11, tahun: 2008, tentang: Informasi dan Transaksi Elektronik }', uu19)).map((d) => d.message)).toEqual([
      'UU Nomor 11 Tahun 2008 sudah diubah dengan UU Nomor 1 Tahun 2024, tetapi perubahannya tidak dirujuk.',
    ]);
  });
});

describe('lembaran-negara-keliru', () => {
  it('compares ln and tln with the registry', () => {
    expect(brief(checkService('lembaran-negara-keliru', citing('{ jenis: UU, nomor: 25, tahun: 2009, tentang: Pelayanan Publik, ln: { tahun: 2009, nomor: 121 }, tln: { nomor: 5083 } }')))).toEqual([
      '38:97 warning lembaran-negara-keliru: UU Nomor 25 Tahun 2009 diundangkan dalam Lembaran Negara Tahun 2009 Nomor 112, bukan Tahun 2009 Nomor 121.',
      '38:118 warning lembaran-negara-keliru: Tambahan Lembaran Negara UU Nomor 25 Tahun 2009 bernomor 5038, bukan 5083.',
    ]);
  });

  it('accepts the registry\'s numbers (leading zeros aside) and ignores what the registry marks uncertain', () => {
    expect(checkService('lembaran-negara-keliru', citing('{ jenis: UU, nomor: 25, tahun: 2009, tentang: Pelayanan Publik, ln: { tahun: 2009, nomor: "0112" }, tln: { nomor: 5038 } }'))).toEqual([]);
    expect(checkService('lembaran-negara-keliru', citing('{ jenis: UU, nomor: 2, tahun: 2022, tentang: Perubahan Kedua atas Undang-Undang Nomor 38 Tahun 2004 tentang Jalan, ln: { tahun: 2022, nomor: 9 } }'))).toEqual([]);
  });
});

describe('peraturan-tidak-dikenal', () => {
  it('lists every unknown national citation once per file, at the first, as info', () => {
    const doc = citing('{ jenis: UU, nomor: 25, tahun: 2009, tentang: Pelayanan Publik }', '{ jenis: PP, nomor: 99, tahun: 2030, tentang: Contoh }', '{ jenis: Perpres, nomor: 98, tahun: 2031, tentang: Contoh Lain }');
    expect(brief(checkService('peraturan-tidak-dikenal', doc))).toEqual(['39:7 info peraturan-tidak-dikenal: Tidak ada di daftar peraturan, periksa nomor, tahun dan judulnya: PP Nomor 99 Tahun 2030; Perpres Nomor 98 Tahun 2031.']);
  });

  it('leaves regional regulations alone unless the unit lists its own', () => {
    expect(checkService('peraturan-tidak-dikenal', citing('{ jenis: Perda, penerbit: Kota Sukamaju, nomor: 5, tahun: 2021, tentang: Administrasi Kependudukan }'))).toEqual([]);
    const peraturan: Regulation[] = [{ id: 'perda-kota-sukamaju-1-2020', jenis: 'Perda', penerbit: 'Kota Sukamaju', nomor: '1', tahun: 2020, tentang: 'Retribusi', status: 'berlaku', sumber: [{ judul: 'LD 2020/1', diperiksa: '2026-11-20' }] }];
    expect(checkService('peraturan-tidak-dikenal', citing('{ jenis: Perda, penerbit: Kota Sukamaju, nomor: 5, tahun: 2021, tentang: Administrasi Kependudukan }'), { peraturan })).toHaveLength(1);
  });

  it('stays info under the strict preset', () => {
    expect(PRESETS.strict!()['peraturan-tidak-dikenal']).toEqual({ severity: 'info' });
    expect(PRESETS.strict!()['judul-peraturan']).toEqual({ severity: 'error' });
  });
});

describe('istilah-usang', () => {
  it('finds superseded facts in any component, once per term and file', () => {
    const doc = variant(variant(BASE_SERVICE, '    - Surat pengantar RT/RW\n', '    - Surat pengantar RT/RW\n    - Fotokopi IMB\n    - Surat pernyataan bermeterai Rp6.000\n'), '      uraian: Menerbitkan KK.\n', '      uraian: Memeriksa IMB pemohon.\n');
    expect(brief(checkService('istilah-usang', doc))).toEqual([
      '19:7 warning istilah-usang: "IMB" sudah usang (juga di 1 tempat lain di berkas ini): IMB diganti Persetujuan Bangunan Gedung (PBG) oleh PP 16/2021 tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung.',
      '20:7 warning istilah-usang: "meterai Rp6.000" sudah usang: Sejak 1 Januari 2021 bea meterai satu tarif, Rp10.000 (UU 10/2020 tentang Bea Meterai); meterai Rp3.000 dan Rp6.000 tidak berlaku lagi.',
    ]);
  });

  it('does not read the titles of cited regulations', () => {
    expect(checkService('istilah-usang', citing('{ jenis: Perda, penerbit: Kota Sukamaju, nomor: 1, tahun: 2011, tentang: Retribusi Izin Mendirikan Bangunan }'))).toEqual([]);
  });
});

describe('a unit\'s peraturan.yaml', () => {
  const LIST = `peraturan:
  - id: perda-kota-sukamaju-5-2021
    jenis: Perda
    penerbit: Kota Sukamaju
    nomor: "5"
    tahun: 2021
    tentang: Penyelenggaraan Administrasi Kependudukan
    status: dicabut
    dicabut_oleh: [perda-kota-sukamaju-2-2025]
    sumber: [{ judul: Lembaran Daerah Kota Sukamaju Tahun 2021 Nomor 5, diperiksa: 2026-11-20 }]
  - id: perda-kota-sukamaju-2-2025
    jenis: Perda
    penerbit: Kota Sukamaju
    nomor: "2"
    tahun: 2025
    tentang: Administrasi Kependudukan
    status: berlaku
    mencabut: [perda-kota-sukamaju-5-2021]
    sumber: [{ judul: Lembaran Daerah Kota Sukamaju Tahun 2025 Nomor 2, diperiksa: 2026-11-20 }]
`;

  it('joins the registry for the files its configuration governs, in workers too', async () => {
    const root = await tempTree({ 'standar.config.yaml': 'extends: recommended\n', 'peraturan.yaml': LIST, 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/kk.yaml': BASE_SERVICE, 'layanan/kk2.yaml': BASE_SERVICE.replace('kode: DUK-KK', 'kode: DUK-KK2') });
    for (const workers of [0, 1]) {
      const { diagnostics } = await validate([root], { cwd: root, now: '2026-06-01T00:00:00Z', workers, registry: TEST_REGISTRY, rules: { 'peraturan-dicabut': { severity: 'error' } } });
      expect(diagnostics.filter((d) => d.rule === 'peraturan-dicabut').map((d) => `${d.file}:${d.line} ${d.message}`), `workers: ${workers}`).toEqual([
        'layanan/kk.yaml:42 Perda Kota Sukamaju Nomor 5 Tahun 2021 sudah dicabut dan diganti Perda Kota Sukamaju Nomor 2 Tahun 2025 tentang Administrasi Kependudukan.',
        'layanan/kk2.yaml:42 Perda Kota Sukamaju Nomor 5 Tahun 2021 sudah dicabut dan diganti Perda Kota Sukamaju Nomor 2 Tahun 2025 tentang Administrasi Kependudukan.',
      ]);
    }
  });

  it('is refused where it is wrong: an id of the national list, a relation to nothing', async () => {
    const bad = LIST.replace('perda-kota-sukamaju-5-2021\n    jenis', 'uu-25-2009\n    jenis').replace('dicabut_oleh: [perda-kota-sukamaju-2-2025]', 'dicabut_oleh: [perda-kota-sukamaju-2-2052]');
    const root = await tempTree({ 'standar.config.yaml': 'extends: recommended\n', 'peraturan.yaml': bad });
    const { diagnostics } = await findConfigs([], { lang: 'id', cwd: root, registry: TEST_REGISTRY });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'peraturan.yaml:2:9 konfigurasi id "uu-25-2009" sudah dipakai daftar peraturan nasional (UU Nomor 25 Tahun 2009).',
      'peraturan.yaml:9:20 konfigurasi "perda-kota-sukamaju-2-2052" di dicabut_oleh tidak ada di daftar ini maupun di daftar nasional.',
      // The first entry took a national id, so nothing answers to the second one's relation.
      'peraturan.yaml:18:16 konfigurasi "perda-kota-sukamaju-5-2021" di mencabut tidak ada di daftar ini maupun di daftar nasional.',
    ]);
    expect(diagnostics[1]!.hint).toContain('Maksudnya "perda-kota-sukamaju-2-2025"?');
  });

  it('is refused when a relation is stated on one side only', async () => {
    const root = await tempTree({ 'standar.config.yaml': 'extends: recommended\n', 'peraturan.yaml': LIST.replace('    mencabut: [perda-kota-sukamaju-5-2021]\n', '') });
    const { diagnostics } = await findConfigs([], { lang: 'en', cwd: root, registry: TEST_REGISTRY });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message} ${d.hint}`)).toEqual([
      'peraturan.yaml:9:20 dicabut_oleh names "perda-kota-sukamaju-2-2025", but "perda-kota-sukamaju-2-2025" does not name this regulation under mencabut. State the relation on both regulations: mencabut: [perda-kota-sukamaju-5-2021] on "perda-kota-sukamaju-2-2025".',
    ]);
  });
});
