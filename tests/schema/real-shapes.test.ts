import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/source.js';
import { schemaDiagnostics } from '../../src/schema/translate.js';
import { validateAgainstSchema, type DocumentKind } from '../../src/schema/validators.js';

function check(yaml: string, kind: DocumentKind = 'layanan', lang: 'id' | 'en' = 'id') {
  const { source, diagnostics } = parseSource(kind === 'layanan' ? 'layanan.yaml' : 'penyelenggara.yaml', yaml, lang);
  if (!source) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return schemaDiagnostics(validateAgainstSchema(kind, source.data), source, lang, kind === 'layanan');
}
const messages = (yaml: string, kind: DocumentKind = 'layanan') => check(yaml, kind).map((d) => d.message);

/**
 * Each pattern seen in real published standards (fictional names and numbers), written the way
 * the document says it: none may need bending.
 */
const AS_PUBLISHED = `kode: AKTA-KELAHIRAN
nama: Penerbitan Akta Kelahiran
status: ditetapkan
cakupan: penyampaian
sumber:
  judul: Standar Pelayanan Akta Kelahiran
  url: http://disdukcapil.sukamajukab.go.id/layanan/akta-kelahiran
  diakses: 2025-05-02
jam_pelayanan:
  - { hari: Senin s/d Kamis, jam: 08.00 Wita s/d 12.00 Wita }
  - { hari: Jumat, jam: 08.00–11.00 wib }
  - { hari: Sabtu, jam: "08:00-12:00 WIT" }
kanal:
  - { jenis: daring, nama: Loket daring, url: disdukcapil.sukamajukab.go.id }
penetapan:
  jenis: Surat Keputusan Camat Sukamaju Barat
  nomor: 140 / / SK / SMB / 2022
  tempat: Sukamaju Barat
  tahun: 2022
  penandatangan: { tidak_dinyatakan: true }
komponen:
  persyaratan:
    pengantar: "Persyaratan pencatatan kelahiran sebagai berikut:"
    butir:
      - pilihan: [KTP-el, Surat Keterangan Kependudukan]
      - pilihan: [{ uraian: Buku nikah orang tua, bentuk: dilegalisir }, SPTJM kebenaran sebagai pasangan suami istri]
      - uraian: Mengisi formulir F-2.01 dengan melampirkan
        rincian:
          - { uraian: Surat keterangan kelahiran dari dokter/bidan, bentuk: asli }
          - { uraian: Kutipan akta nikah orang tua, bentuk: [fotokopi, diperlihatkan] }
      - { uraian: KK dan KTP-el ayah dan ibu, bentuk_pilihan: [scan, fotokopi] }
      - { uraian: Paspor orang tua, bentuk: dilegalisir }
      - uraian: Berita acara dari kepolisian
        dasar_hukum: { jenis: Perpres, nomor: 96, tahun: 2018, pasal: 33, ayat: 2 }
    kelompok:
      - nama: Untuk orang asing, ditambah
        kasus: wna
        tambahan: true
        butir: [Paspor, Surat Tanda Lapor Diri]
      - { nama: Anak yang baru ditemukan, kasus: anak_ditemukan, butir: [Berita acara kepolisian] }
      - { nama: WNI di luar negeri, kasus: wni_luar_negeri, butir: [Surat keterangan pindah luar negeri] }
      - { nama: Diwakilkan, kasus: dikuasakan, butir: [Surat kuasa bermaterai] }
      - { nama: Badan usaha, kasus: badan_usaha, butir: [Akta pendirian] }
    catatan: Semua dokumen berbahasa asing diterjemahkan oleh penerjemah tersumpah.
  sistem_mekanisme_prosedur:
    - { pelaksana: Pemohon, uraian: Menyerahkan berkas., waktu: { nilai: 1, satuan: hari, teks: dalam 1 (satu) hari } }
    - uraian: Berkas diverifikasi.
      dasar_hukum: { jenis: Permen, penerbit: Menteri Dalam Negeri, nomor: 108, tahun: 2019, pasal: "30", huruf: a }
      rincian: [Memeriksa keaslian dokumen, Mencocokkan data dengan basis data kependudukan]
    - { pelaksana: Pemohon, uraian: Membayar denda administrasi bila terlambat. }
  jangka_waktu:
    paling_cepat: { nilai: 1, satuan: hari }
    nilai: 14
    satuan: hari_kerja
    teks: 1 (satu) hari maksimal 14 (empat belas) hari kerja
  biaya:
    sesuai_peraturan:
      - { jenis: PP, nomor: 76, tahun: 2020, tentang: Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia }
    keterangan: Sesuai PP 76/2020
  produk: [Kutipan Akta Kelahiran]
  pengaduan:
    kanal:
      - { jenis: telepon, nama: Call Center, alamat: ["085269021930", "085279919562"] }
      - { jenis: faksimili, alamat: (0723) 461041 }
      - { jenis: media_sosial, platform: Facebook, nama: Dispendukcapil Sukamaju }
      - { jenis: website, alamat: disdukcapil.sukamajukab.go.id }
      - { jenis: website, alamat: http://disdukcapil.sukamajukab.go.id/pengaduan }
      - { jenis: survei, nama: Form Survei Indeks Kepuasan Masyarakat }
      - { jenis: radio, nama: Radio Suara Kota }
  dasar_hukum:
    - jenis: UU
      nomor: 23
      tahun: 2006
      tentang: Administrasi Kependudukan
      ln: { tahun: 2006, nomor: 124 }
      tln: { nomor: 4674 }
      jo: [{ jenis: UU, nomor: 24, tahun: 2013 }]
    - { jenis: Perpres, nomor: 25, tahun: 2008 }
    - { jenis: Permen, penerbit: Menteri Dalam Negeri, tentang: Percepatan Peningkatan Cakupan Kepemilikan Akta Kelahiran }
    - { jenis: Perkap, nomor: 5, tahun: 2021, tentang: Surat Izin Mengemudi }
  sarana_prasarana: { tidak_dinyatakan: true, alasan: halaman publik hanya memuat 6 komponen }
  jaminan_pelayanan:
    - uraian: "Kompensasi diberikan kepada pemohon dalam hal:"
      rincian:
        - Akta belum selesai sampai batas waktu maksimum.
        - Terjadi salah ketik oleh petugas.
  jumlah_pelaksana: { total: 5 }
`;

const PROVIDER_AS_PUBLISHED = `kode: DUKCAPIL-SUKAMAJU
pemerintah: Pemerintah Kabupaten Sukamaju
nama: Dinas Kependudukan dan Pencatatan Sipil
telepon: ["(0274) 868362", "0812-3456-7890"]
faksimili: (0274) 868362
website: www.dukcapilsukamajukab.go.id
kepala: { tidak_dinyatakan: true, alasan: nama disamarkan pada salinan }
maklumat:
  teks: DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR.
  tempat: Sukamaju
  tahun: 2023
  penandatangan:
    jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil
    pangkat_golongan: PEMBINA IV/a
`;

describe('the model fits what real documents say', () => {
  it('holds every pattern of a published standard without bending', () => {
    expect(messages(AS_PUBLISHED)).toEqual([]);
  });

  it('holds a provider with several numbers, a fax, a bare site and an unnamed head', () => {
    expect(messages(PROVIDER_AS_PUBLISHED, 'penyelenggara')).toEqual([]);
    expect(messages('kode: P\npemerintah: Pemerintah Kota Sukamaju\nnama: Dinas\n', 'penyelenggara')).toEqual([]);
    expect(messages('kode: P\npemerintah: Pemerintah Kota Sukamaju\nnama: Dinas\nmaklumat: { tidak_dinyatakan: true, alasan: halaman layanan saja }\n', 'penyelenggara')).toEqual([]);
  });

  it('no longer demands what real documents lack: a step\'s actor, a citation\'s title, a complaint channel, a maklumat\'s place', () => {
    const lean = 'kode: X\nnama: L\nstatus: draf\nkomponen:\n  sistem_mekanisme_prosedur: [{ uraian: Berkas diverifikasi. }]\n  dasar_hukum: [{ jenis: Perpres, nomor: 25, tahun: 2008 }]\n  pengaduan: { uraian: Pengaduan diselesaikan bidang terkait. }\n';
    expect(messages(lean)).toEqual([]);
    expect(messages('kode: P\npemerintah: Pemerintah Kota Sukamaju\nnama: Dinas\nkepala: { jabatan: Kepala Dinas }\nmaklumat: { janji: [Melayani dengan sepenuh hati.] }\n', 'penyelenggara')).toEqual([]);
  });

  it('reports a mistake inside a part that may be "not stated" as that part\'s mistake only', () => {
    const badDate = AS_PUBLISHED.replace('  tahun: 2022\n', '  tanggal: 2022-02-30\n');
    expect(messages(badDate)).toEqual(['"2022-02-30" bukan tanggal yang sah.']);
    const mixed = AS_PUBLISHED.replace('  penandatangan: { tidak_dinyatakan: true }', '  penandatangan: { tidak_dinyatakan: true, nama: Drs. Ahmad }');
    const [d, ...rest] = check(mixed);
    expect(rest).toEqual([]);
    expect([d!.pointer, d!.message]).toEqual(['/penetapan/penandatangan/nama', 'Kunci "nama" tidak dikenal di sini.']);
    expect(d!.hint).toBe('Kunci yang dikenal di sini: tidak_dinyatakan, alasan.');
    expect(messages(AS_PUBLISHED.replace('sarana_prasarana: { tidak_dinyatakan: true,', 'sarana_prasarana: { tidak_dinyatakan: ya,'))).toEqual(['Nilai "ya" tidak dikenal untuk "tidak_dinyatakan".']);
  });

  it('holds a decree attachment that never mentions its public consultation, and only that', () => {
    const lean = 'kode: X\nnama: L\nstatus: ditetapkan\nkonsultasi_publik: { tidak_dinyatakan: true, alasan: lampiran keputusan tidak menyebutnya }\nkomponen: {}\n';
    expect(messages(lean)).toEqual([]);
    const [d, ...rest] = check(lean.replace('alasan: lampiran keputusan tidak menyebutnya', 'tempat: Aula'));
    expect(rest).toEqual([]);
    expect([d!.pointer, d!.message]).toEqual(['/konsultasi_publik/tempat', 'Kunci "tempat" tidak dikenal di sini.']);
  });

  it('tells a list of choices holding one what it is for, without calling it empty', () => {
    const one = AS_PUBLISHED.replace('      - pilihan: [KTP-el, Surat Keterangan Kependudukan]\n', '      - pilihan: [KTP-el]\n');
    const [d, ...rest] = check(one);
    expect(rest).toEqual([]);
    expect([d!.pointer, d!.message]).toEqual(['/komponen/persyaratan/butir/0/pilihan', 'Daftar "pilihan" hanya memuat satu pilihan.']);
    expect(d!.hint).toContain('Bila dokumen hanya menyebut satu, tulis tanpa "pilihan"');
    expect(messages(AS_PUBLISHED.replace('      - pilihan: [KTP-el, Surat Keterangan Kependudukan]\n', '      - { bentuk: asli }\n'))).toEqual(['"butir (butir ke-1)" harus memuat salah satu dari: uraian atau pilihan.']);
  });

  it('keeps the 0.1.0 forms valid', () => {
    const old = `kode: X\nnama: L\nstatus: ditetapkan\npenetapan: { nomor: 1/2025, tanggal: 2025-01-31, penandatangan: { nama: A, jabatan: B } }\nkomponen:\n  persyaratan:\n    kelompok:\n      - nama: Baru\n        butir: [{ uraian: KK, bentuk: asli_dan_fotokopi }]\n  jangka_waktu: { nilai: 3, satuan: hari_kerja }\n  biaya: { gratis: true }\n  pengaduan:\n    kanal:\n      - { jenis: sp4n_lapor, alamat: https://www.lapor.go.id }\n      - { jenis: media_sosial, nama: "@dukcapil", alamat: https://instagram.com/dukcapil }\n  dasar_hukum: [{ jenis: UU, nomor: 25, tahun: 2009, tentang: Pelayanan Publik, pasal: Pasal 21 }]\n`;
    expect(messages(old)).toEqual([]);
  });
});

/** Every YAML file below a folder. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    // portal.yaml describes a portal of units, not a standard (its own schema's test reads it).
    return name.endsWith('.yaml') && name !== 'standar.config.yaml' && name !== 'portal.yaml' ? [path] : [];
  });
}

describe('files written for 0.1.0', () => {
  const roots = ['../../examples/', '../fixtures/defects/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  it.each(roots.flatMap(yamlFiles))('%s stays valid', (file) => {
    expect(messages(readFileSync(file, 'utf8'), file.endsWith('penyelenggara.yaml') ? 'penyelenggara' : 'layanan')).toEqual([]);
  });
});

describe('hints never mislead', () => {
  const withNilai = (nilai: string) => `kode: X\nnama: L\nstatus: draf\nkomponen:\n  jangka_waktu:\n    nilai: ${nilai}\n    satuan: hari_kerja\n`;

  it('shows a range typed in "nilai" as a range, never gluing its digits', () => {
    for (const [written, dari, sampai] of [['"1-3"', '1', '3'], ['"1 – 5 (Lima)"', '1', '5'], ['2 s.d. 4', '2', '4']] as const) {
      const [d, ...rest] = check(withNilai(written));
      expect(rest, written).toEqual([]);
      expect(d!.message, written).toContain('berisi rentang');
      expect(d!.hint, written).toBe(`Tulis batas atasnya (yang dijanjikan) di nilai: ${sampai} dan batas bawahnya di paling_cepat: ${dari}, dalam satuan yang sama.`);
    }
    expect(check(withNilai('"1-3"'), 'layanan', 'en')[0]!.hint).toBe('Write the upper bound (the promise) as nilai: 3 and the lower bound as paling_cepat: 1, in the same unit.');
  });

  it('reads "1x24" as clock hours, and gives no example for a sentence with several numbers', () => {
    expect(check(withNilai('1x24'))[0]!.hint).toBe('Untuk "1x24" (jam jam, bukan jam kerja) tulis nilai: 24 dan satuan: jam_kalender.');
    const [d] = check(withNilai('1 (satu) hari maksimal 14 (empat belas) hari kerja'));
    expect(d!.hint).toBe('Tulis satu angka saja, tanpa kata, satuan, "Rp", titik atau koma; kalimat dokumen dapat ditulis di "teks" atau "catatan".');
    expect(d!.hint).not.toMatch(/\d/);
  });

  it('reads a rupiah amount as the amount, not its digits run together', () => {
    const fee = 'kode: X\nnama: L\nstatus: draf\nkomponen:\n  biaya:\n    tarif:\n      - { uraian: Paspor, jumlah: "Rp350.000,00" }\n';
    expect(check(fee)[0]!.hint).toBe('Tulis angkanya saja tanpa "Rp", titik atau koma, misalnya jumlah: 350000.');
  });

  it('accepts a bare "hari" instead of suggesting hari_kerja, and suggests only what the author meant', () => {
    expect(messages(withNilai('3').replace('hari_kerja', 'hari'))).toEqual([]);
    expect(check(withNilai('3').replace('hari_kerja', 'jam kerja'))[0]!.hint).toMatch(/^Apakah maksudnya "jam"\?/);
  });

  it('accepts http and scheme-less addresses instead of rewriting them, and explains an unreadable one without asking for https', () => {
    const site = (website: string) => `kode: P\npemerintah: Pemerintah Kota Sukamaju\nnama: Dinas\nwebsite: ${website}\n`;
    for (const ok of ['http://disdukcapil.waykanankab.go.id', 'disdukcapil.waykanankab.go.id', 'www.dukcapilslemankab.go.id', 'https://bappeda.sidoarjokab.go.id/']) expect(messages(site(ok), 'penyelenggara'), ok).toEqual([]);
    const [d] = check(site('disdukcapil waykanan'), 'penyelenggara');
    expect(d!.message).toBe('"disdukcapil waykanan" bukan alamat web yang dapat dibaca.');
    expect(d!.hint).not.toContain('diawali https://');
  });

  it('lets a social-media account be given by name, and never asks to invent its address', () => {
    const channel = (c: string) => `kode: X\nnama: L\nstatus: draf\nkomponen:\n  pengaduan:\n    kanal:\n      - ${c}\n`;
    expect(messages(channel('{ jenis: media_sosial, nama: Dispendukcapil Lamongan }'))).toEqual([]);
    const [d] = check(channel('{ jenis: media_sosial, platform: Facebook }'));
    expect(d!.message).toBe('"kanal (butir ke-1)" harus memuat salah satu dari: nama atau alamat.');
    expect(d!.hint).toBe('Tambahkan salah satu: nama atau alamat.');
  });

  it('shows several numbers packed in one text as a list', () => {
    const [d, ...rest] = check('kode: X\nnama: L\nstatus: draf\nkomponen:\n  pengaduan:\n    kanal:\n      - { jenis: telepon, alamat: 085269021930 / 085279919562 }\n');
    expect(rest).toEqual([]);
    expect(d!.message).toBe('"085269021930 / 085279919562" memuat beberapa nomor dalam satu teks.');
    expect(d!.hint).toBe('Tulis setiap nomor sebagai butir daftar: alamat: ["085269021930", "085279919562"].');
    const [p] = check('kode: P\npemerintah: Pemerintah Kota Sukamaju\nnama: Dinas\ntelepon: (0723) 461041 dan 0812-3456-7890\n', 'penyelenggara');
    expect(p!.hint).toBe('Tulis setiap nomor sebagai butir daftar: telepon: ["(0723) 461041", "0812-3456-7890"].');
  });

  it('reads opening hours with a time zone in any case', () => {
    const hours = (jam: string) => `kode: X\nnama: L\nstatus: draf\njam_pelayanan:\n  - { hari: Senin, jam: "${jam}" }\nkomponen: {}\n`;
    for (const jam of ['08.00–12.00 WITA', '08.00–12.00 Wita', '08.00 wib - 16.00 wib', 'Pukul 08:00 WIB s/d 16:15 WIB', '07.30-15.00 WIT']) expect(messages(hours(jam)), jam).toEqual([]);
    expect(messages(hours('pagi sampai sore'))).toEqual(['Jam "pagi sampai sore" tidak dapat dibaca.']);
  });
});
