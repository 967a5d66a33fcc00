import { describe, expect, it } from 'vitest';
import { runServiceRules } from '../../src/check/rule-runner.js';
import { parseSource } from '../../src/load/source.js';
import type { ServiceDoc } from '../../src/load/unit.js';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkService, checkUnit, onlyRule, variant } from './helpers.js';

const TEKS = '    teks: 3 (tiga) hari kerja sejak berkas dinyatakan lengkap\n';

describe('angka-dan-huruf', () => {
  const id = 'angka-dan-huruf';
  it('flags digits and words that disagree, and says both ways to fix it', () => {
    const found = checkService(id, variant(BASE_SERVICE, TEKS, '    teks: 14 (lima belas) hari kerja\n'));
    expect(brief(found)).toEqual(['31:11 error angka-dan-huruf: "14 (lima belas)": angkanya 14, tetapi hurufnya berarti 15.']);
    expect(found[0]!.hint).toBe('Bila angkanya benar, tulis "14 (empat belas)"; bila hurufnya yang benar, ubah angkanya menjadi 15.');
  });

  it('reads rupiah amounts with thousands dots and zero decimals', () => {
    const doc = variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Denda Rp 50.000,00 (lima ribu rupiah) bila terlambat.\n');
    const found = checkService(id, doc);
    expect(found.map((d) => d.message)).toEqual(['"50.000,00 (lima ribu rupiah)": angkanya 50.000, tetapi hurufnya berarti 5.000.']);
    expect(found[0]!.hint).toBe('Bila angkanya benar, tulis "50.000 (lima puluh ribu rupiah)"; bila hurufnya yang benar, ubah angkanya menjadi 5.000.');
  });

  it('accepts agreeing pairs and leaves other brackets alone', () => {
    for (const teks of ['14 (empat belas) hari kerja', 'Rp350.000,00 (tiga ratus lima puluh ribu rupiah)', 'UU 25/2009 (Pelayanan Publik)', 'Pasal 21 (1) huruf b', '1,5 (satu koma lima) jam', '2 (dua) rangkap (asli)', '11 (sebelas) hari']) {
      expect(checkService(id, variant(BASE_SERVICE, TEKS, `    teks: "${teks}"\n`)), teks).toEqual([]);
    }
  });
});

describe('tautan-https', () => {
  const id = 'tautan-https';
  const FEE = '    keterangan: Tidak dipungut biaya.\n';
  it('flags http links in free text and asks to check https first, never rewriting the address', () => {
    const found = checkService(id, variant(BASE_SERVICE, FEE, '    keterangan: Lihat http://dukcapil.sukamajukota.go.id/biaya.\n'));
    expect(brief(found)).toEqual(['34:17 warning tautan-https: Tautan "http://dukcapil.sukamajukota.go.id/biaya" memakai http:// yang tidak aman.']);
    expect(found[0]!.hint).toBe('Buka https://dukcapil.sukamajukota.go.id/biaya di peramban. Bila situs itu terbuka dengan benar, tulis alamat https tersebut; bila belum, biarkan alamat ini dan minta pengelola situs memasang sertifikat (gratis, misalnya Let\'s Encrypt).');
  });

  it('flags link fields on http:// or without a scheme, which the schema now accepts', () => {
    const links = variant(BASE_SERVICE, 'konsultasi_publik:\n', 'konsultasi_publik:\n  berita_acara: { nomor: "1", url: "http://contoh.go.id/ba.pdf" }\n');
    expect(checkService(id, links).map((d) => d.message)).toEqual(['Tautan "http://contoh.go.id/ba.pdf" memakai http:// yang tidak aman.']);
    const bare = `kode: X\nnama: L\nstatus: draf\nkomponen:\n  pengaduan:\n    kanal:\n      - { jenis: website, alamat: disdukcapil.waykanankab.go.id }\n      - { jenis: media_sosial, nama: Dispendukcapil Lamongan, platform: Facebook }\n`;
    const found = checkService(id, bare);
    expect(found.map((d) => [d.pointer, d.message])).toEqual([['/komponen/pengaduan/kanal/0/alamat', 'Alamat "disdukcapil.waykanankab.go.id" ditulis tanpa https:// atau http://.']]);
    expect(found[0]!.hint).toBe('Buka https://disdukcapil.waykanankab.go.id di peramban: bila terbuka, tulis alamat itu lengkap. Bila hanya http://disdukcapil.waykanankab.go.id yang terbuka, tulis alamat http itu apa adanya dan minta pengelola situs memasang sertifikat.');
  });

  it('checks penyelenggara.yaml once per unit, defaults included', () => {
    const provider = variant(variant(BASE_PROVIDER, 'nama: Dinas Kependudukan dan Pencatatan Sipil\n', 'nama: Dinas Kependudukan dan Pencatatan Sipil\nwebsite: www.dukcapilslemankab.go.id\n'), 'alamat: https://www.lapor.go.id', 'alamat: http://www.lapor.go.id');
    const found = checkUnit(id, [['a.yaml', BASE_SERVICE], ['b.yaml', BASE_SERVICE]], { provider });
    expect(found.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'penyelenggara.yaml:4 Alamat "www.dukcapilslemankab.go.id" ditulis tanpa https:// atau http://.',
      'penyelenggara.yaml:24 Tautan "http://www.lapor.go.id" memakai http:// yang tidak aman.',
    ]);
    // The service check reads the service file only: the defaults are not said once per service.
    expect(checkService(id, BASE_SERVICE, { provider })).toEqual([]);
  });

  it('accepts https links, and leaves the source address of a copied document alone', () => {
    expect(checkService(id, variant(BASE_SERVICE, FEE, '    keterangan: Lihat https://dukcapil.sukamajukota.go.id.\n'))).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, 'status: ditetapkan\n', 'status: ditetapkan\nsumber: { url: http://disdukcapil.waykanankab.go.id/pages/ktp-el }\n'))).toEqual([]);
  });
});

describe('isian-kosong', () => {
  const id = 'isian-kosong';
  const FEE = '    keterangan: Tidak dipungut biaya.\n';
  it('flags a placeholder: an error in a set standard, a warning in a draft', () => {
    const doc = variant(BASE_SERVICE, FEE, '    keterangan: "[isi: kalimat biaya]"\n');
    expect(brief(checkService(id, doc))).toEqual(['34:17 error isian-kosong: Isian contoh belum diganti: "[isi: kalimat biaya]".']);
    expect(checkService(id, variant(doc, 'status: ditetapkan', 'status: draf'))[0]!.severity).toBe('warning');
  });

  it('flags filler values real documents hold, and an empty text where the schema allows one', () => {
    for (const filler of ['"-"', '"."', '"–"', 'TBD', '"…"', 'xxx']) {
      expect(checkService(id, variant(BASE_SERVICE, FEE, `    keterangan: ${filler}\n`)).map((d) => d.message), filler).toEqual([`Isian "${filler.replace(/"/g, '')}" tidak menyatakan apa pun.`]);
    }
    expect(checkService(id, variant(BASE_SERVICE, FEE, `${FEE}    catatan: ""\n`)).map((d) => d.pointer)).toEqual(['/komponen/biaya/catatan']);
  });

  it('never tells the user to write something false', () => {
    const [d] = checkService(id, variant(BASE_SERVICE, FEE, '    keterangan: "-"\n'));
    expect(d!.hint).toContain('Bila dokumen memang tidak menyebutnya');
    expect(d!.hint).not.toMatch(/misalnya|contoh/i);
  });

  it('checks penyelenggara.yaml once per unit, as an error when a standard of the unit is set', () => {
    const provider = variant(BASE_PROVIDER, '  nama: Dr. Ratna Kusumawardani, M.Si.', '  nama: "[isi: nama kepala unit beserta gelar]"');
    const set = checkUnit(id, [['a.yaml', BASE_SERVICE], ['b.yaml', BASE_SERVICE]], { provider });
    expect(set.map((d) => `${d.file}:${d.line} ${d.severity} ${d.message}`)).toEqual(['penyelenggara.yaml:9 error Isian contoh belum diganti: "[isi: nama kepala unit beserta gelar]".']);
    const draft = checkUnit(id, [['a.yaml', variant(BASE_SERVICE, 'status: ditetapkan', 'status: draf')]], { provider });
    expect(draft.map((d) => d.severity)).toEqual(['warning']);
    expect(checkService(id, BASE_SERVICE, { provider })).toEqual([]);
  });

  it('accepts real values, dashes inside them, and an empty text the schema already reports', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, FEE, '    keterangan: Tidak dipungut biaya - gratis.\n'))).toEqual([]);
    const parsed = parseSource('layanan.yaml', variant(BASE_SERVICE, FEE, '    keterangan: ""\n'), 'id').source!;
    expect(runServiceRules({ source: parsed, data: parsed.data as ServiceDoc['data'], valid: false, inherited: new Map() }, onlyRule(id))).toEqual([]);
  });
});

describe('usang', () => {
  const id = 'usang';
  const OLD = variant(BASE_SERVICE, '      bentuk: fotokopi\n', '      bentuk: asli_dan_fotokopi\n');
  it('reads the 0.1.0 form and shows the new one, in both languages', () => {
    const [d, ...rest] = checkService(id, OLD);
    expect(rest).toEqual([]);
    expect(brief([d!])).toEqual(['20:15 warning usang: "bentuk: asli_dan_fotokopi" sudah usang: bentuk kini boleh berupa daftar, sehingga setiap gabungan bentuk ditulis dengan cara yang sama.']);
    expect(d!.hint).toBe('Tulis "bentuk: [asli, fotokopi]" (artinya sama); "standar fmt" dapat menuliskannya.');
    expect(checkService(id, OLD, { lang: 'en' })[0]!.hint).toBe('Write "bentuk: [asli, fotokopi]" (same meaning); "standar fmt" can write it for you.');
  });
  it('finds old forms in penyelenggara.yaml once per unit', () => {
    const provider = BASE_PROVIDER.replace('    sarana_prasarana:', '    persyaratan:\n      - { uraian: KTP-el, bentuk: asli_dan_fotokopi }\n    sarana_prasarana:');
    expect(checkUnit(id, [['a.yaml', BASE_SERVICE]], { provider }).map((d) => `${d.file}:${d.pointer}`)).toEqual(['penyelenggara.yaml:/bawaan/komponen/persyaratan/0/bentuk']);
  });
  it('accepts the new form', () => {
    expect(checkService(id, variant(BASE_SERVICE, '      bentuk: fotokopi\n', '      bentuk: [asli, fotokopi]\n'))).toEqual([]);
  });
});

describe('persyaratan-ganda', () => {
  const id = 'persyaratan-ganda';
  it('flags the same requirement written twice in one list', () => {
    const doc = variant(BASE_SERVICE, '    - Surat pengantar RT/RW\n', '    - Surat pengantar RT/RW\n    - Surat Pengantar RT / RW.\n');
    expect(brief(checkService(id, doc))).toEqual(['19:7 warning persyaratan-ganda: Persyaratan "Surat Pengantar RT / RW." sudah ditulis pada butir ke-1.']);
  });

  it('accepts the same document in different applicant cases, forms or conditions', () => {
    const groups = variant(BASE_SERVICE, '    - Surat pengantar RT/RW\n    - uraian: Buku nikah\n      bentuk: fotokopi\n', `    kelompok:
      - nama: Baru
        butir: [Kartu Keluarga, { uraian: Buku nikah, bentuk: asli }, { uraian: Buku nikah, bentuk: fotokopi }]
      - nama: Hilang
        butir: [Kartu Keluarga, { uraian: Surat kehilangan, kondisi: bila hilang }, { uraian: Surat kehilangan, kondisi: bila dicuri }]
`);
    expect(checkService(id, groups)).toEqual([]);
  });

  it('compares documents given as choices by their choices', () => {
    const choices = (second: string) => variant(BASE_SERVICE, '    - Surat pengantar RT/RW\n', `    - pilihan: [KTP-el, Surat Keterangan Kependudukan]\n    - ${second}\n`);
    expect(brief(checkService(id, choices('pilihan: [KTP-el, Surat Keterangan Kependudukan]')))).toEqual(['19:7 warning persyaratan-ganda: Persyaratan "KTP-el atau Surat Keterangan Kependudukan" sudah ditulis pada butir ke-1.']);
    expect(checkService(id, choices('pilihan: [KTP-el, Paspor]'))).toEqual([]);
    expect(checkService(id, choices('{ uraian: Identitas, pilihan: [KTP-el, Surat Keterangan Kependudukan] }'))).toEqual([]);
  });
});

describe('persyaratan-ganda in the new requirement shapes', () => {
  const id = 'persyaratan-ganda';
  const LIST = '    - Surat pengantar RT/RW\n    - uraian: Buku nikah\n      bentuk: fotokopi\n';
  it('reads the general list and the sub-items of an item', () => {
    const general = variant(BASE_SERVICE, LIST, '    butir: [Surat pengantar RT/RW, KTP-el, Surat Pengantar RT/RW]\n    kelompok:\n      - { nama: Orang asing, tambahan: true, butir: [Surat pengantar RT/RW] }\n');
    expect(checkService(id, general).map((d) => d.pointer)).toEqual(['/komponen/persyaratan/butir/2']);
    const nested = variant(BASE_SERVICE, LIST, '    - uraian: Mengisi formulir F-2.01 dengan melampirkan\n      rincian: [Surat keterangan lahir, KK, Surat keterangan lahir]\n');
    expect(checkService(id, nested).map((d) => d.pointer)).toEqual(['/komponen/persyaratan/0/rincian/2']);
  });
  it('tells forms apart as sets: [asli, fotokopi] is not fotokopi, and is [fotokopi, asli]', () => {
    const sets = variant(BASE_SERVICE, LIST, '    - { uraian: KK, bentuk: [asli, fotokopi] }\n    - { uraian: KK, bentuk: fotokopi }\n    - { uraian: KK, bentuk: [fotokopi, asli] }\n');
    expect(checkService(id, sets).map((d) => d.pointer)).toEqual(['/komponen/persyaratan/2']);
  });
});

describe('an excerpt is judged on what it shows, except inside the component where it stops', () => {
  const excerpt = `kode: X\nnama: L\nstatus: ditetapkan\ncakupan: kutipan\nkomponen:\n  pengaduan:\n    kanal: [{ jenis: telepon, alamat: (0723) 461041 }]\n  sarana_prasarana: [Ruang tunggu]\n`;
  const cut = (key: string) => excerpt.replace('cakupan: kutipan\n', `cakupan: kutipan\nsumber:\n  terpotong_di: ${key}\n`);
  it('judges the lists the excerpt shows whole: a channel list without SP4N-LAPOR!, facilities with nothing for vulnerable groups', () => {
    expect(checkService('kanal-sp4n-lapor', excerpt, { provider: null }).map((d) => d.pointer)).toEqual(['/komponen/pengaduan/kanal']);
    expect(checkService('sarana-kelompok-rentan', excerpt, { provider: null }).map((d) => d.pointer)).toEqual(['/komponen/sarana_prasarana']);
    expect(checkService('kanal-sp4n-lapor', excerpt, { provider: null })[0]!.hint).toContain('terpotong_di: pengaduan');
    expect(checkService('komponen-lengkap', excerpt, { provider: null })).toEqual([]);
  });
  it('does not say a channel or a facility is missing from the list the excerpt stops inside', () => {
    for (const id of ['kanal-sp4n-lapor', 'kanal-pengaduan-wajib']) expect(checkService(id, cut('pengaduan'), { provider: null }), id).toEqual([]);
    expect(checkService('kanal-pengaduan-wajib', cut('pengaduan').replace("    kanal: [{ jenis: telepon, alamat: (0723) 461041 }]\n", '    uraian: Pengaduan diselesaikan.\n'), { provider: null })).toEqual([]);
    expect(checkService('sarana-kelompok-rentan', cut('sarana_prasarana'), { provider: null })).toEqual([]);
    // Cut inside the facilities, the channel list above it was shown whole.
    expect(checkService('kanal-sp4n-lapor', cut('sarana_prasarana'), { provider: null })).toHaveLength(1);
  });
});
