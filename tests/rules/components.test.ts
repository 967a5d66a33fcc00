import { describe, expect, it } from 'vitest';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkService, checkUnit, variant } from './helpers.js';

const PRODUK = '  produk:\n    - Kartu Keluarga\n';
const PROVIDER_WITHOUT = (key: string) => {
  const start = BASE_PROVIDER.indexOf(`    ${key}:`);
  const next = BASE_PROVIDER.slice(start + 5).search(/\n {4}\S/);
  return BASE_PROVIDER.slice(0, start) + BASE_PROVIDER.slice(start + 5 + next + 1);
};

describe('komponen-lengkap', () => {
  const id = 'komponen-lengkap';
  it('is an error once set and a warning while a draft', () => {
    const doc = variant(BASE_SERVICE, PRODUK, '');
    expect(brief(checkService(id, doc))).toEqual(['17:3 error komponen-lengkap: Komponen "Produk pelayanan" (produk) belum ditulis.']);
    expect(checkService(id, variant(doc, 'status: ditetapkan', 'status: draf'))[0]!.severity).toBe('warning');
    expect(checkService(id, doc)[0]!.hint).toContain('bila dokumen hanya halaman publik atau kutipan, tulis "cakupan:"');
  });
  it('accepts all 14, some inherited from the provider', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
  });
  it('judges the public page by its 6 components and an excerpt by none', () => {
    const page = `kode: X\nnama: Layanan\nstatus: ditetapkan\ncakupan: penyampaian\nkomponen:\n  persyaratan: [KTP]\n  jangka_waktu: { nilai: 3, satuan: hari_kerja }\n`;
    const found = checkService(id, page, { provider: null });
    expect(found.map((d) => d.pointer)).toEqual(['/komponen/sistem_mekanisme_prosedur', '/komponen/biaya', '/komponen/produk', '/komponen/pengaduan']);
    expect(checkService(id, page.replace('cakupan: penyampaian', 'cakupan: kutipan'), { provider: null })).toEqual([]);
  });
  it('warns once about a component a set standard does not state, more softly than a forgotten one, and leaves a draft\'s to tidak-dinyatakan', () => {
    const notStated = variant(BASE_SERVICE, PRODUK, '  produk: { tidak_dinyatakan: true, alasan: halaman publik terpotong }\n');
    expect(brief(checkService(id, notStated))).toEqual(['35:11 warning komponen-lengkap: Komponen "Produk pelayanan" (produk) tidak dinyatakan dalam dokumen (halaman publik terpotong).']);
    expect(checkUnit('tidak-dinyatakan', [['a.yaml', notStated]])).toEqual([]);
    const draft = variant(notStated, 'status: ditetapkan', 'status: draf');
    expect(checkService(id, draft)).toEqual([]);
    expect(checkUnit('tidak-dinyatakan', [['a.yaml', draft]]).map((d) => d.message)).toEqual(['Tidak dinyatakan dalam dokumen: komponen "Produk pelayanan".']);
    expect(checkService(id, variant(notStated, 'status: ditetapkan', 'status: ditetapkan\ncakupan: kutipan'))).toEqual([]);
  });
  it('leaves an empty component to the schema', () => {
    expect(checkService(id, variant(BASE_SERVICE, PRODUK, '  produk:\n'))).toEqual([]);
  });
});

describe('produk-wajib', () => {
  const id = 'produk-wajib';
  it('flags a product that names nothing, whatever the status', () => {
    const draft = variant(variant(BASE_SERVICE, PRODUK, '  produk:\n    - Tidak ada\n'), 'status: ditetapkan', 'status: draf');
    expect(brief(checkService(id, draft))).toEqual(['36:7 error produk-wajib: Produk layanan "Tidak ada" tidak menyebut apa pun.']);
  });
  it('stays silent on a missing or not-stated component (komponen-lengkap\'s) and on filler (isian-kosong\'s)', () => {
    expect(checkService(id, variant(BASE_SERVICE, PRODUK, ''))).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, PRODUK, '  produk: { tidak_dinyatakan: true }\n'))).toEqual([]);
    for (const filler of ['"-"', 'TBD', '"[isi: produk layanan]"']) expect(checkService(id, variant(BASE_SERVICE, PRODUK, `  produk:\n    - ${filler}\n`)), filler).toEqual([]);
  });
  it('accepts a named product', () => {
    expect(checkService(id, variant(BASE_SERVICE, PRODUK, '  produk:\n    - nama: KTP-el\n      uraian: Berlaku seumur hidup.\n'))).toEqual([]);
  });
});

describe('jumlah-pelaksana-tidak-cocok', () => {
  const id = 'jumlah-pelaksana-tidak-cocok';
  it('flags a total that differs from the sum per role, on the total', () => {
    const found = checkService(id, variant(BASE_SERVICE, 'total: 3', 'total: 8'));
    expect(brief(found)).toEqual(['48:12 error jumlah-pelaksana-tidak-cocok: Jumlah pelaksana ditulis 8 orang, tetapi rinciannya berjumlah 3 orang (2 Petugas loket + 1 Operator).']);
    expect(found[0]!.hint).toBe('Ubah "total" menjadi 3, atau perbaiki jumlah pada rincian yang keliru.');
  });
  it('accepts a matching total, and a total without breakdown', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, '    rincian:\n      - { peran: Petugas loket, jumlah: 2 }\n      - { peran: Operator, jumlah: 1 }\n', ''))).toEqual([]);
  });
});

describe('sarana-kelompok-rentan', () => {
  const id = 'sarana-kelompok-rentan';
  const own = (items: string) => variant(BASE_SERVICE, PRODUK, `${PRODUK}  sarana_prasarana:\n${items}`);
  it('flags facilities with nothing for vulnerable groups', () => {
    expect(brief(checkService(id, own('    - Ruang tunggu\n    - Mesin antrean\n')))).toEqual(['38:5 warning sarana-kelompok-rentan: Sarana dan prasarana tidak memuat fasilitas bagi kelompok rentan.']);
  });
  it('accepts a marked facility, a recognisable one, or one named by the configuration', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, own('    - Ruang tunggu\n    - Loket prioritas\n'))).toEqual([]);
    expect(checkService(id, own('    - Ruang tunggu\n    - Kursi khusus\n'), { options: { kata_kunci: ['kursi khusus'] } })).toEqual([]);
  });
  it('judges the list once it is written: a placeholder neither serves vulnerable groups nor shows none are', () => {
    // The scaffold's placeholder names "kelompok rentan": its words are not a facility.
    expect(checkService(id, own('    - Ruang tunggu\n    - "[isi: sarana, prasarana, dan fasilitas yang tersedia, termasuk fasilitas bagi kelompok rentan]"\n'))).toEqual([]);
    expect(checkService(id, own('    - Ruang tunggu\n    - "[isi: sarana lainnya]"\n'))).toEqual([]);
    expect(checkService(id, own('    - "[isi: kursi roda, ruang laktasi]"\n'))).toEqual([]);
    expect(checkService(id, own('    - Ruang tunggu\n    - nama: "-"\n'))).toEqual([]);
  });
});

describe('kanal-pengaduan-wajib', () => {
  const id = 'kanal-pengaduan-wajib';
  it('flags a complaint component that names no channel, even a draft', () => {
    const doc = variant(variant(BASE_SERVICE, 'status: ditetapkan', 'status: draf'), PRODUK, `${PRODUK}  pengaduan:\n    uraian: Pengaduan diselesaikan oleh bidang terkait.\n`);
    const found = checkService(id, doc);
    expect(brief(found)).toEqual(['38:5 error kanal-pengaduan-wajib: Komponen penanganan pengaduan tidak menyebut saluran pengaduan.']);
    expect(found[0]!.hint).toContain('bawaan.komponen.pengaduan');
    // The national channel is named, never written for the unit: it adds it only if it uses it.
    expect(found[0]!.hint).toContain('Saluran nasional SP4N-LAPOR! (lapor.go.id) terbuka bagi setiap penyelenggara: bila unit memakainya, tambahkan juga.');
    expect(found[0]!.hint).not.toContain('jenis: sp4n_lapor');
  });
  it('stays silent when the component is missing or not stated: komponen-lengkap says so, once', () => {
    expect(checkService(id, BASE_SERVICE, { provider: PROVIDER_WITHOUT('pengaduan') })).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, PRODUK, `${PRODUK}  pengaduan: { tidak_dinyatakan: true }\n`))).toEqual([]);
  });
  it('accepts channels inherited from the provider', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
  });
});

describe('kanal-sp4n-lapor', () => {
  const id = 'kanal-sp4n-lapor';
  it('flags complaint channels without SP4N-LAPOR!, where they are written', () => {
    const provider = variant(BASE_PROVIDER, '        - jenis: sp4n_lapor\n          alamat: https://www.lapor.go.id\n', '');
    const found = checkService(id, BASE_SERVICE, { provider });
    expect(found.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual(['penyelenggara.yaml:22 Saluran pengaduan tidak memuat SP4N-LAPOR!.']);
    expect(found[0]!.hint).toContain('jenis: sp4n_lapor');
  });
  it('accepts SP4N-LAPOR! by kind or by its address', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    const byAddress = variant(BASE_PROVIDER, 'jenis: sp4n_lapor', 'jenis: website');
    expect(checkService(id, BASE_SERVICE, { provider: byAddress })).toEqual([]);
  });
});

describe('pengaduan-tanpa-tindak-lanjut', () => {
  const id = 'pengaduan-tanpa-tindak-lanjut';
  const own = (pengaduan: string) => variant(BASE_SERVICE, PRODUK, `${PRODUK}  pengaduan:\n${pengaduan}`);
  const channels = '    kanal:\n      - { jenis: kotak_saran, nama: Kotak Saran }\n      - { jenis: telepon, alamat: 0812-7300-4419 }\n';
  it('flags a complaint component that only lists channels', () => {
    const found = checkService(id, own(channels));
    expect(brief(found)).toEqual(['38:5 warning pengaduan-tanpa-tindak-lanjut: Komponen penanganan pengaduan hanya menyebut saluran, tanpa cara pengaduan ditindaklanjuti maupun batas waktu menjawabnya.']);
    expect(found[0]!.hint).toContain('tindak_lanjut:');
  });
  it('accepts follow-up steps, a time to answer, or a sentence on the follow-up', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, own(`${channels}    tindak_lanjut:\n      - { pelaksana: Sekretaris Camat, uraian: Menjawab pengaduan. }\n`))).toEqual([]);
    expect(checkService(id, own(`${channels}    jangka_waktu: { nilai: 5, satuan: hari_kerja }\n`))).toEqual([]);
    expect(checkService(id, own(`${channels}    uraian: Setiap pengaduan segera diselesaikan menurut kasusnya.\n`))).toEqual([]);
  });
  it('leaves a component without channels, a missing one, and the list an excerpt stops inside to others', () => {
    expect(checkService(id, own('    uraian: Pengaduan diselesaikan.\n'))).toEqual([]);
    expect(checkService(id, BASE_SERVICE, { provider: PROVIDER_WITHOUT('pengaduan') })).toEqual([]);
    const cut = variant(own(channels), 'status: ditetapkan', 'status: ditetapkan\ncakupan: kutipan\nsumber:\n  terpotong_di: pengaduan');
    expect(checkService(id, cut)).toEqual([]);
  });
});
