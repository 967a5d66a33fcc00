import { describe, expect, it } from 'vitest';
import { BASE_SERVICE, brief, checkService, variant } from './helpers.js';

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
  it('flags http links in free text, with the https form to write', () => {
    const found = checkService(id, variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Lihat http://dukcapil.sukamajukota.go.id/biaya.\n'));
    expect(brief(found)).toEqual(['34:17 warning tautan-https: Tautan "http://dukcapil.sukamajukota.go.id/biaya" memakai http:// yang tidak aman.']);
    expect(found[0]!.hint).toContain('Tulis "https://dukcapil.sukamajukota.go.id/biaya".');
  });

  it('leaves fields the schema already holds to https, and accepts https links', () => {
    const forced = variant(BASE_SERVICE, 'konsultasi_publik:\n', 'konsultasi_publik:\n  berita_acara: { nomor: "1", url: "http://contoh.go.id/ba.pdf" }\n');
    expect(checkService(id, forced)).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Lihat https://dukcapil.sukamajukota.go.id.\n'))).toEqual([]);
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
});
