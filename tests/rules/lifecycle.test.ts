import { describe, expect, it } from 'vitest';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkProvider, checkService, checkUnit, variant } from './helpers.js';

const PENETAPAN = `penetapan:
  nomor: 400.12/112/Disdukcapil/2026
  tanggal: 2026-02-16
  penandatangan:
    nama: Dr. Ratna Kusumawardani, M.Si.
    jabatan: Kepala Dinas
`;
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
    expect(found[0]!.hint).toContain('atau ubah status menjadi draf');
  });
  it('names what the decree lacks', () => {
    const doc = variant(BASE_SERVICE, PENETAPAN, 'penetapan:\n  tanggal: 2026-02-16\n');
    expect(checkService(id, doc).map((d) => d.message)).toEqual(['Keputusan penetapan belum lengkap: "nomor", "penandatangan" belum ditulis.']);
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
    const unsigned = variant(BASE_PROVIDER, 'kepala:\n  nama: Dr. Ratna Kusumawardani, M.Si.\n  jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil\n', '');
    expect(checkProvider(id, unsigned).map((d) => d.message)).toEqual(['Maklumat tidak menyebut penandatangannya (nama dan jabatan).']);
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
