import { describe, expect, it } from 'vitest';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkProvider, checkService, checkUnit, variant } from './helpers.js';

const PENETAPAN = `penetapan:
  nomor: 400.12/112/Disdukcapil/2026
  tanggal: 2026-02-16
  penandatangan:
    nama: Dr. Ratna Kusumawardani, M.Si.
    jabatan: Kepala Dinas
`;
/** What tidak-dinyatakan says of a unit, located: the parts its documents leave unsaid, listed once. */
const unsaid = (services: [string, string][], provider?: string) =>
  checkUnit('tidak-dinyatakan', services, provider === undefined ? {} : { provider }).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
const KONSULTASI = `konsultasi_publik:
  tanggal: 2026-01-27
  peserta:
    - kelompok: pengguna_layanan
      jumlah: 12
`;

describe('penetapan-lengkap', () => {
  const id = 'penetapan-lengkap';
  it('flags a set standard without its decree, on the status', () => {
    const found = checkService(id, variant(BASE_SERVICE, PENETAPAN, ''));
    expect(brief(found)).toEqual(['3:9 error penetapan-lengkap: Standar ini berstatus ditetapkan, tetapi keputusan penetapannya tidak ditulis.']);
    expect(found[0]!.hint).toContain('bila standar belum ditetapkan, ubah status menjadi draf');
    expect(found[0]!.hint).toContain('Bila dokumen yang disalin tidak menyebut keputusannya, tulis penetapan: { tidak_dinyatakan: true }');
  });
  it('warns once about a set full standard that does not cite its decree, and leaves the public page\'s to tidak-dinyatakan', () => {
    const notStated = variant(BASE_SERVICE, PENETAPAN, 'penetapan: { tidak_dinyatakan: true, alasan: halaman publik }\n');
    expect(brief(checkService(id, notStated))).toEqual(['4:12 warning penetapan-lengkap: Dokumen tidak menyebut keputusan yang menetapkan standar ini (halaman publik).']);
    expect(unsaid([['layanan/kk.yaml', notStated]])).toEqual([]);
    const page = variant(notStated, 'status: ditetapkan', 'status: ditetapkan\ncakupan: penyampaian');
    expect(checkService(id, page)).toEqual([]);
    expect(unsaid([['layanan/kk.yaml', page]])).toEqual(['layanan/kk.yaml:5:12 info Tidak dinyatakan dalam dokumen: keputusan penetapan.']);
    expect(unsaid([['layanan/kk.yaml', variant(notStated, 'status: ditetapkan', 'status: draf')]])).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, PENETAPAN, ''), { }).map((d) => d.severity)).toEqual(['error']);
    expect(checkService(id, variant(variant(BASE_SERVICE, PENETAPAN, ''), 'status: ditetapkan', 'status: ditetapkan\ncakupan: kutipan')).map((d) => d.severity)).toEqual(['warning']);
  });
  it('flags a decree number with a blank serial, an error once set', () => {
    const blank = variant(BASE_SERVICE, 'nomor: 400.12/112/Disdukcapil/2026', 'nomor: 140 / / SK / PDB / 2022');
    const found = checkService(id, blank);
    expect(brief(found)).toEqual(['5:10 error penetapan-lengkap: Nomor keputusan "140 / / SK / PDB / 2022" memuat bagian yang kosong.']);
    expect(checkService(id, variant(blank, 'status: ditetapkan', 'status: draf'))[0]!.severity).toBe('warning');
    expect(checkService(id, variant(BASE_SERVICE, 'nomor: 400.12/112/Disdukcapil/2026', 'nomor: 470/ 140 /2022'))).toEqual([]);
  });
  it('accepts a year-only decree date with a warning, and checks it against a full date', () => {
    const yearOnly = variant(BASE_SERVICE, '  tanggal: 2026-02-16\n  penandatangan', '  tahun: 2017\n  penandatangan');
    expect(brief(checkService(id, yearOnly))).toEqual(['6:10 warning penetapan-lengkap: Tanggal keputusan hanya disebut tahunnya (2017).']);
    const mismatch = variant(BASE_SERVICE, '  tanggal: 2026-02-16\n', '  tanggal: 2026-02-16\n  tahun: 2025\n');
    expect(checkService(id, mismatch).map((d) => d.message)).toEqual(['Tanggal keputusan 2026-02-16 tidak jatuh pada tahun 2025 yang juga ditulis.']);
  });
  it('names what the decree lacks', () => {
    const doc = variant(BASE_SERVICE, PENETAPAN, 'penetapan:\n  tanggal: 2026-02-16\n');
    expect(checkService(id, doc).map((d) => d.message)).toEqual(['Keputusan penetapan belum lengkap: "nomor", "penandatangan" belum ditulis.']);
  });
  it('says once that a decree signer is given by title alone, and never calls a written signer missing', () => {
    const titleOnly = variant(BASE_SERVICE, '    nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    // The unit names its head, but the decree's own signer is not assumed to be that person.
    const found = checkService(id, titleOnly);
    expect(brief(found)).toEqual(['8:5 warning penetapan-lengkap: Penandatangan keputusan hanya disebut jabatannya (Kepala Dinas); lampiran dicetak tanpa nama penandatangan.']);
    expect(found[0]!.hint).toContain('Nama kepala unit di penyelenggara.yaml tidak dipakai dengan sendirinya');
    const page = variant(titleOnly, 'status: ditetapkan', 'status: ditetapkan\ncakupan: penyampaian');
    expect(checkService(id, page)).toEqual([]);
    expect(unsaid([['a.yaml', page]])).toEqual(['a.yaml:9:5 info Tidak dinyatakan dalam dokumen: nama penandatangan keputusan penetapan.']);
    // A unit that does not name its head either: one gap, which kepala-tanpa-nama asks about once.
    const unnamedHead = variant(BASE_PROVIDER, '  nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    expect(checkService(id, titleOnly, { provider: unnamedHead })).toEqual([]);
    expect(checkUnit('kepala-tanpa-nama', [['a.yaml', titleOnly]], { provider: unnamedHead }).map((d) => d.file)).toEqual(['penyelenggara.yaml']);
    expect(unsaid([['a.yaml', page]], unnamedHead)).toEqual([]);
    const nothing = variant(BASE_SERVICE, '  penandatangan:\n    nama: Dr. Ratna Kusumawardani, M.Si.\n    jabatan: Kepala Dinas\n', '');
    expect(checkService(id, nothing).map((d) => d.message)).toEqual(['Keputusan penetapan belum lengkap: "penandatangan" belum ditulis.']);
  });
  it('leaves to tidak-dinyatakan a decree date or signer an excerpt or a copy without the signature page does not show', () => {
    const undated = variant(BASE_SERVICE, '  tanggal: 2026-02-16\n', '');
    const said = (doc: string) => checkService(id, doc).map((d) => `${d.severity} ${d.message}`);
    expect(said(undated)).toEqual(['error Keputusan penetapan belum lengkap: "tanggal" belum ditulis.']);
    expect(unsaid([['a.yaml', undated]])).toEqual([]);
    for (const cakupan of ['kutipan', 'penyampaian']) {
      const doc = variant(undated, 'status: ditetapkan', `status: ditetapkan\ncakupan: ${cakupan}`);
      expect(said(doc), cakupan).toEqual([]);
      expect(unsaid([['a.yaml', doc]]), cakupan).toEqual(['a.yaml:6:3 info Tidak dinyatakan dalam dokumen: tanggal keputusan penetapan.']);
    }
    const unsigned = variant(undated, '  penandatangan:\n    nama: Dr. Ratna Kusumawardani, M.Si.\n    jabatan: Kepala Dinas\n', '  penandatangan: { tidak_dinyatakan: true }\n');
    expect(said(unsigned)).toEqual([]);
    expect(unsaid([['a.yaml', unsigned]])).toEqual(['a.yaml:5:3 info Tidak dinyatakan dalam dokumen: tanggal dan penandatangan keputusan penetapan.']);
    const unsignedNoNumber = variant(unsigned, '  nomor: 400.12/112/Disdukcapil/2026\n', '');
    expect(said(unsignedNoNumber)).toEqual(['error Keputusan penetapan belum lengkap: "nomor" belum ditulis.']);
  });
  it('accepts a complete decree, and a draft without one', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, variant(variant(BASE_SERVICE, PENETAPAN, ''), 'status: ditetapkan', 'status: draf'))).toEqual([]);
  });
});

describe('konsultasi-publik', () => {
  const id = 'konsultasi-publik';
  it('flags a set standard without a public consultation', () => {
    expect(brief(checkService(id, variant(BASE_SERVICE, KONSULTASI, '')))).toEqual(['3:9 error konsultasi-publik: Standar ini berstatus ditetapkan tanpa catatan konsultasi publik.']);
  });
  it('flags a consultation after the decree, and one without service users', () => {
    const late = variant(BASE_SERVICE, '  tanggal: 2026-01-27', '  tanggal: 2026-03-01');
    expect(checkService(id, late).map((d) => d.message)).toEqual(['Konsultasi publik (2026-03-01) tercatat sesudah tanggal penetapan (2026-02-16).']);
    const noUsers = variant(BASE_SERVICE, 'kelompok: pengguna_layanan', 'kelompok: akademisi');
    expect(brief(checkService(id, noUsers))).toEqual(['13:5 warning konsultasi-publik: Peserta konsultasi publik tidak memuat pengguna layanan.']);
  });
  it('accepts a consultation held before the decree with users', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
  });
  it('does not ask the public page or an excerpt for a record they never carry', () => {
    const none = variant(BASE_SERVICE, KONSULTASI, '');
    for (const cakupan of ['penyampaian', 'kutipan']) expect(checkService(id, variant(none, 'status: ditetapkan', `status: ditetapkan\ncakupan: ${cakupan}`)), cakupan).toEqual([]);
  });
  it('leaves a consultation the document does not mention to tidak-dinyatakan, and says how to write it in the hint', () => {
    const none = variant(BASE_SERVICE, KONSULTASI, '');
    expect(checkService(id, none)[0]!.hint).toContain('tulis konsultasi_publik: { tidak_dinyatakan: true }');
    const notStated = `${none}konsultasi_publik: { tidak_dinyatakan: true, alasan: lampiran keputusan tidak memuatnya }\n`;
    expect(checkService(id, notStated)).toEqual([]);
    expect(unsaid([['a.yaml', notStated]])).toEqual(['a.yaml:47:20 info Tidak dinyatakan dalam dokumen: konsultasi publik.']);
    // Where the record would not be asked for, its absence is not news.
    expect(unsaid([['a.yaml', variant(notStated, 'status: ditetapkan', 'status: ditetapkan\ncakupan: kutipan')]])).toEqual([]);
    expect(unsaid([['a.yaml', variant(notStated, 'status: ditetapkan', 'status: draf')]])).toEqual([]);
  });
  it('does not ask a document silent on its own decree for the record of how it was set', () => {
    const silent = variant(variant(BASE_SERVICE, KONSULTASI, ''), PENETAPAN, 'penetapan: { tidak_dinyatakan: true }\n');
    expect(checkService(id, silent)).toEqual([]);
  });
});

describe('reviu-berkala', () => {
  const id = 'reviu-berkala';
  it('flags a standard not reviewed for more than 12 months, against the injected clock', () => {
    const found = checkService(id, BASE_SERVICE, { now: '2027-03-01T00:00:00Z' });
    expect(brief(found)).toEqual(['15:16 warning reviu-berkala: Standar ini terakhir ditinjau 2026-02-16, 12 bulan yang lalu; batasnya 12 bulan.']);
    expect(found[0]!.hint).toContain('tanggal_reviu: 2027-03-01');
  });
  it('uses the decree date when there is no review date, and the configured limit', () => {
    const noReview = variant(BASE_SERVICE, 'tanggal_reviu: 2026-02-16\n', '');
    expect(checkService(id, noReview, { now: '2026-09-01T00:00:00Z', options: { bulan: 6 } }).map((d) => d.pointer)).toEqual(['/penetapan/tanggal']);
  });
  it('counts a year-only decree from the end of its year, and never shows an invented date', () => {
    const noReview = variant(variant(BASE_SERVICE, 'tanggal_reviu: 2026-02-16\n', ''), '  tanggal: 2026-02-16\n  penandatangan', '  tahun: 2017\n  penandatangan');
    const [d] = checkService(id, noReview);
    expect([d!.pointer, d!.message]).toEqual(['/penetapan/tahun', 'Standar ini terakhir ditinjau 2017, 101 bulan yang lalu; batasnya 12 bulan.']);
    expect(checkService(id, noReview, { now: '2018-12-01T00:00:00Z' })).toEqual([]);
  });
  it('accepts a recent review', () => {
    expect(checkService(id, BASE_SERVICE, { now: '2027-02-15T00:00:00Z' })).toEqual([]);
    expect(checkService(id, BASE_SERVICE, { now: '2030-01-01T00:00:00Z', options: { bulan: 60 } })).toEqual([]);
  });
});

describe('maklumat-lengkap', () => {
  const id = 'maklumat-lengkap';
  it('flags a pledge without the continuous-improvement promise (the model sentence lacks it)', () => {
    const found = checkProvider(id, variant(BASE_PROVIDER, '  janji:\n    - Melakukan perbaikan secara terus-menerus.\n', ''));
    expect(brief(found)).toEqual(['14:3 error maklumat-lengkap: Maklumat tidak memuat janji melakukan perbaikan secara terus-menerus.']);
  });
  it('flags a custom text without capability or sanction, and a missing signer', () => {
    const custom = variant(BASE_PROVIDER, 'maklumat:\n', 'maklumat:\n  teks: Kami melayani dengan sepenuh hati.\n');
    expect(checkProvider(id, custom).map((d) => d.message)).toEqual([
      'Maklumat tidak memuat pernyataan kesanggupan menyelenggarakan pelayanan sesuai standar.',
      'Maklumat tidak memuat kesediaan menerima sanksi atau memberikan kompensasi.',
    ]);
    const unsigned = variant(BASE_PROVIDER, 'maklumat:\n', 'maklumat:\n  penandatangan: { nama: Dr. Ratna Kusumawardani, M.Si. }\n');
    expect(checkProvider(id, unsigned).map((d) => d.message)).toEqual(['Maklumat tidak menyebut penandatangannya (nama dan jabatan).']);
  });
  it('leaves an unnamed head to kepala-tanpa-nama, and a signer the document does not name to tidak-dinyatakan', () => {
    const unnamedHead = variant(BASE_PROVIDER, '  nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    expect(checkProvider(id, unnamedHead)).toEqual([]);
    const notStated = variant(BASE_PROVIDER, 'maklumat:\n', 'maklumat:\n  penandatangan: { tidak_dinyatakan: true }\n');
    expect(checkProvider(id, notStated)).toEqual([]);
    expect(unsaid([['a.yaml', BASE_SERVICE]], notStated)).toEqual(['penyelenggara.yaml:14:18 info Tidak dinyatakan dalam dokumen: penandatangan maklumat.']);
  });
  it('warns when the place or date of signing is not given, never filling them in', () => {
    const undated = variant(BASE_PROVIDER, '  tempat: Sukamaju\n  tanggal: 2026-01-05\n', '');
    const found = checkProvider(id, undated);
    expect(brief(found)).toEqual(['14:3 warning maklumat-lengkap: Maklumat tidak menyebut tempat atau tanggal penandatanganannya ("tempat", "tanggal").']);
    expect(found[0]!.hint).toContain('halaman tidak mengisinya sendiri');
  });
  it('accepts a pledge dated by its year alone ("Sukamaju, 2023"), said once as incomplete', () => {
    const yearOnly = variant(BASE_PROVIDER, '  tanggal: 2026-01-05\n', '  tahun: 2023\n');
    expect(brief(checkProvider(id, yearOnly))).toEqual(['17:10 warning maklumat-lengkap: Tanggal penandatanganan maklumat hanya disebut tahunnya (2023).']);
    const noPlace = variant(yearOnly, '  tempat: Sukamaju\n', '');
    expect(checkProvider(id, noPlace).map((d) => d.message)).toEqual(['Maklumat tidak menyebut tempat atau tanggal penandatanganannya ("tempat").', 'Tanggal penandatanganan maklumat hanya disebut tahunnya (2023).']);
  });
  it('waits for a pledge text still to be written, whatever words its placeholder holds', () => {
    // "perbaikan" inside a placeholder is not a promise, and a placeholder is not a missing one:
    // isian-kosong reports it, and the statements are judged once the text is written.
    for (const janji of ['"[isi: janji unit untuk terus melakukan perbaikan pelayanan]"', '"[isi: janji unit]"', '"-"']) {
      expect(checkProvider(id, variant(BASE_PROVIDER, '    - Melakukan perbaikan secara terus-menerus.\n', `    - ${janji}\n`)), janji).toEqual([]);
    }
    const placeholderText = variant(BASE_PROVIDER, 'maklumat:\n', 'maklumat:\n  teks: "[isi: kalimat maklumat, misalnya ... sanggup ... sanksi ...]"\n');
    expect(checkProvider(id, placeholderText)).toEqual([]);
  });
  it('notes a signer without rank and NIP, which the printed pledge shows', () => {
    const noNip = variant(BASE_PROVIDER, '  pangkat_golongan: Pembina Utama Muda, IV/c\n  nip: "197603152000032004"\n', '');
    expect(brief(checkProvider(id, noNip))).toEqual(['9:3 info maklumat-lengkap: Penandatangan maklumat tidak menyebut "pangkat_golongan", "nip".']);
  });

  it('warns when there is no pledge at all', () => {
    const none = BASE_PROVIDER.replace(/maklumat:\n(  .*\n)+/, '');
    expect(brief(checkProvider(id, none))).toEqual(['1:1 warning maklumat-lengkap: Penyelenggara ini belum menulis maklumat pelayanan.']);
  });
  it('accepts the model sentence with an improvement promise, signed by the head of the unit', () => {
    expect(checkProvider(id, BASE_PROVIDER)).toEqual([]);
  });
});

describe('kode-layanan-ganda', () => {
  const id = 'kode-layanan-ganda';
  it('flags a code already used in the unit, naming the other file, with a free code to use', () => {
    const found = checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], ['layanan/kk-2.yaml', variant(BASE_SERVICE, 'nama: Penerbitan Kartu Keluarga', 'nama: Perubahan KK')]]);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual(['layanan/kk-2.yaml:1:7 error Kode "DUK-KK" sudah dipakai oleh layanan/kk.yaml ("Penerbitan Kartu Keluarga").']);
    expect(found[0]!.hint).toContain('"DUK-KK-2"');
  });
  it('accepts distinct codes', () => {
    expect(checkUnit(id, [['a.yaml', BASE_SERVICE], ['b.yaml', variant(BASE_SERVICE, 'kode: DUK-KK', 'kode: DUK-KTP')]])).toEqual([]);
  });
});

describe('kepala-tanpa-nama', () => {
  const id = 'kepala-tanpa-nama';
  const HEAD = 'kepala:\n  nama: Dr. Ratna Kusumawardani, M.Si.\n  jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil\n  pangkat_golongan: Pembina Utama Muda, IV/c\n  nip: "197603152000032004"\n';
  const DRAFT = variant(BASE_SERVICE, 'status: ditetapkan', 'status: draf');
  it('warns once, in penyelenggara.yaml, when set standards or the maklumat need the head\'s name', () => {
    const unnamed = variant(BASE_PROVIDER, '  nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    const found = checkUnit(id, [['a.yaml', BASE_SERVICE], ['b.yaml', BASE_SERVICE]], { provider: unnamed });
    expect(found.map((d) => `${d.file}:${d.line} ${d.severity} ${d.message}`)).toEqual(['penyelenggara.yaml:9 warning Kepala unit tidak disebut namanya, padahal standar yang ditetapkan dan maklumat ditandatangani kepala unit.']);
    expect(found[0]!.hint).toContain('Bila dokumen yang disalin memang tidak menyebutnya, tulis kepala: { tidak_dinyatakan: true }');
    const noHead = variant(BASE_PROVIDER, HEAD, '');
    expect(checkUnit(id, [['a.yaml', DRAFT]], { provider: noHead }).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['1:1 Kepala unit tidak disebut namanya, padahal maklumat ditandatangani kepala unit.']);
  });
  it('warns about a head the document does not name once a full standard is set, and leaves it to tidak-dinyatakan before', () => {
    const notStated = variant(BASE_PROVIDER, HEAD, 'kepala: { tidak_dinyatakan: true, alasan: nama disamarkan pada salinan }\n');
    expect(checkUnit(id, [['a.yaml', BASE_SERVICE]], { provider: notStated }).map((d) => `${d.severity} ${d.message}`)).toEqual(['warning Dokumen tidak menyebut kepala unit (nama disamarkan pada salinan), padahal standar yang ditetapkan dan maklumat ditandatangani kepala unit.']);
    expect(unsaid([['a.yaml', BASE_SERVICE]], notStated)).toEqual([]);
    expect(checkUnit(id, [['a.yaml', DRAFT]], { provider: notStated })).toEqual([]);
    expect(unsaid([['a.yaml', DRAFT]], notStated)).toEqual(['penyelenggara.yaml:8:9 info Tidak dinyatakan dalam dokumen: kepala unit.']);
  });
  it('leaves it to tidak-dinyatakan when only public pages or excerpts are set, which rarely name the head, named or not', () => {
    const notStated = variant(BASE_PROVIDER, HEAD, 'kepala: { tidak_dinyatakan: true }\n');
    const titleOnly = variant(BASE_PROVIDER, '  nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    const noMaklumat = (p: string) => p.slice(0, p.indexOf('maklumat:')) + p.slice(p.indexOf('bawaan:'));
    const page = variant(BASE_SERVICE, 'status: ditetapkan', 'status: ditetapkan\ncakupan: penyampaian');
    const excerpt = variant(BASE_SERVICE, 'status: ditetapkan', 'status: ditetapkan\ncakupan: kutipan');
    expect(checkUnit(id, [['a.yaml', page], ['b.yaml', excerpt]], { provider: notStated })).toEqual([]);
    expect(unsaid([['a.yaml', page], ['b.yaml', excerpt]], notStated)).toEqual(['penyelenggara.yaml:8:9 info Tidak dinyatakan dalam dokumen: kepala unit.']);
    expect(checkUnit(id, [['a.yaml', page], ['b.yaml', excerpt]], { provider: noMaklumat(titleOnly) })).toEqual([]);
    expect(unsaid([['a.yaml', page]], noMaklumat(titleOnly))).toEqual(['penyelenggara.yaml:9:3 info Tidak dinyatakan dalam dokumen: nama kepala unit.']);
    // A full standard set, or a maklumat the head signs, needs the name: a warning, said once.
    expect(checkUnit(id, [['a.yaml', page], ['b.yaml', BASE_SERVICE]], { provider: notStated }).map((d) => d.severity)).toEqual(['warning']);
    expect(checkUnit(id, [['a.yaml', page]], { provider: titleOnly }).map((d) => d.message)).toEqual(['Kepala unit tidak disebut namanya, padahal standar yang ditetapkan dan maklumat ditandatangani kepala unit.']);
    expect(unsaid([['a.yaml', page]], titleOnly)).toEqual([]);
  });
  it('stays silent when nothing needs the head\'s signature, or the head is named', () => {
    const noMaklumat = variant(BASE_PROVIDER.slice(0, BASE_PROVIDER.indexOf('maklumat:')) + BASE_PROVIDER.slice(BASE_PROVIDER.indexOf('bawaan:')), HEAD, '');
    expect(checkUnit(id, [['a.yaml', DRAFT]], { provider: noMaklumat })).toEqual([]);
    expect(checkUnit(id, [['a.yaml', BASE_SERVICE]])).toEqual([]);
  });
});

describe('a maklumat the copied document does not hold', () => {
  it('is noted once by tidak-dinyatakan, and the head is then asked for only by set standards', () => {
    const provider = BASE_PROVIDER.slice(0, BASE_PROVIDER.indexOf('maklumat:')) + 'maklumat: { tidak_dinyatakan: true, alasan: halaman layanan saja }\n' + BASE_PROVIDER.slice(BASE_PROVIDER.indexOf('bawaan:'));
    expect(checkProvider('maklumat-lengkap', provider)).toEqual([]);
    expect(unsaid([['a.yaml', BASE_SERVICE]], provider)).toEqual(['penyelenggara.yaml:13:11 info Tidak dinyatakan dalam dokumen: maklumat pelayanan.']);
    const unnamed = variant(provider, '  nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    expect(checkUnit('kepala-tanpa-nama', [['a.yaml', variant(BASE_SERVICE, 'status: ditetapkan', 'status: draf')]], { provider: unnamed })).toEqual([]);
  });
});
