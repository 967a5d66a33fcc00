import { describe, expect, it } from 'vitest';
import { mapDocument } from '../../src/import/map/service.js';
import { readHtml } from '../../src/import/readers/html.js';

/**
 * How the mapping reads the parts of a standard that real pages and this project's own pages set
 * out under labels and in tables: fictional snippets, one concern each.
 */

async function mapped(body: string) {
  const html = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>.catatan { display: block }</style></head><body><main>${body}</main></body></html>`;
  const doc = await readHtml('halaman.html', Buffer.from(html), { lang: 'id' });
  return mapDocument(doc, new Set());
}

const row = (label: string, value: string, no = '1.') => `<tr><td>${no}</td><td>${label}</td><td>${value}</td></tr>`;
const table = (...rows: string[]) => `<table><tr><th>NO</th><th>KOMPONEN</th><th>URAIAN</th></tr>${rows.join('')}</table>`;
const note = (text: string) => `<span class="catatan">Catatan: ${text}</span>`;

describe('the letterhead, the decree and its signature', () => {
  it('reads a ministry, its directorate and the office, labelled contacts, a decree laid out as a table and the signature under the attachment', async () => {
    const { provider, services } = await mapped(`
<p>KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA</p><p>DIREKTORAT JENDERAL IMIGRASI</p><p>KANTOR IMIGRASI KELAS I CONTOH</p>
<p>Jl. Merdeka No. 1, Kota Contoh</p><p>Telp. (0299) 751234 · Faks. (0299) 751235 · Surel: kanim@contoh.go.id · Laman: contoh.imigrasi.go.id</p>
<p>LAMPIRAN II</p><p>Keputusan Kepala Kantor Imigrasi Kelas I Contoh</p>
<table><tr><td>NOMOR</td><td>W99.IMI-UM.01.01-0001</td></tr><tr><td>TENTANG</td><td>Standar Pelayanan</td></tr></table>
<h1>STANDAR PELAYANAN PENERBITAN PASPOR KANTOR IMIGRASI KELAS I CONTOH</h1>
${table(row('Jangka waktu penyelesaian', '4 (empat) hari kerja'))}
<p>Ditetapkan di Contoh</p><p>pada tanggal 2 Maret 2026</p><p>Kepala Kantor Imigrasi Kelas I Contoh</p><p>Budi Santoso, S.H.</p><p>Pembina, IV/a</p><p>NIP. 19800101 200501 1 001</p>`);
    expect(provider?.data).toMatchObject({
      pemerintah: 'Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia',
      instansi: 'Direktorat Jenderal Imigrasi',
      nama: 'Kantor Imigrasi Kelas I Contoh',
      telepon: '(0299) 751234',
      faksimili: '(0299) 751235',
      email: 'kanim@contoh.go.id',
      website: 'contoh.imigrasi.go.id',
    });
    const [service] = services;
    expect(service!.data.nama).toBe('Penerbitan Paspor');
    expect(service!.data.penetapan).toEqual({
      lampiran: 'II',
      jenis: 'Keputusan Kepala Kantor Imigrasi Kelas I Contoh',
      nomor: 'W99.IMI-UM.01.01-0001',
      tentang: 'Standar Pelayanan',
      tempat: 'Contoh',
      tanggal: '2026-03-02',
      penandatangan: { jabatan: 'Kepala Kantor Imigrasi Kelas I Contoh', nama: 'Budi Santoso, S.H.', pangkat_golongan: 'Pembina, IV/a', nip: '198001012005011001' },
    });
  });
});

describe('components set out under labels and in tables', () => {
  it('requirements: one bracket of several facts, a note under a requirement, titled groups and an addition', async () => {
    const { services } = await mapped(
      table(
        row(
          'Persyaratan',
          `<p>Permohonan baru</p><ol><li>Kutipan akta kelahiran (asli dan fotokopi, 2 (dua) lembar, bila lahir di luar negeri)${note('Asli dikembalikan.')}</li><li>Surat pernyataan dari lurah bila lahir di rumah</li></ol>
<p>Catatan: Berkas dimasukkan dalam map.</p>
<p>Orang asing (sebagai tambahan persyaratan di atas)</p><ol><li>Paspor (pindaian (scan) atau fotokopi, tidak wajib)</li></ol>`,
        ),
      ),
    );
    expect(services[0]!.data.komponen).toEqual({
      persyaratan: {
        kelompok: [
          {
            nama: 'Permohonan baru',
            kasus: 'baru',
            butir: [{ uraian: 'Kutipan akta kelahiran', bentuk: ['asli', 'fotokopi'], jumlah: 2, kondisi: 'bila lahir di luar negeri', catatan: 'Asli dikembalikan.' }, 'Surat pernyataan dari lurah bila lahir di rumah'],
            catatan: 'Berkas dimasukkan dalam map.',
          },
          { nama: 'Orang asing', kasus: 'wna', tambahan: true, butir: [{ uraian: 'Paspor', bentuk_pilihan: ['scan', 'fotokopi'], wajib: false }] },
        ],
      },
    });
  });

  it('procedures: a table of steps found by its headers, under a title naming its channel, with the row of total time kept aside', async () => {
    const { services } = await mapped(
      table(
        row(
          'Prosedur pelayanan',
          `<p>Melalui loket (Tatap muka)</p><table><tr><th>No</th><th>Kegiatan</th><th>Pelaksana</th><th>Waktu</th><th>Output</th></tr>
<tr><td>1</td><td>Menyerahkan berkas</td><td>Pemohon</td><td>5 (lima) menit</td><td>Berkas</td></tr>
<tr><td>2</td><td>Memeriksa berkas (Dasar hukum: Pasal 5 Peraturan Presiden Nomor 96 Tahun 2018)</td><td>Petugas loket</td><td>10 menit</td><td></td></tr>
<tr><td colspan="3">Jumlah waktu</td><td>15 menit</td><td></td></tr></table><p>Catatan: Antrean dibuka pukul 08.00.</p>`,
        ),
      ),
    );
    expect(services[0]!.data.komponen).toEqual({
      sistem_mekanisme_prosedur: {
        alur: [
          {
            nama: 'Melalui loket',
            kanal: 'tatap_muka',
            langkah: [
              { uraian: 'Menyerahkan berkas', pelaksana: 'Pemohon', waktu: { nilai: 5, satuan: 'menit' }, catatan: 'Output: Berkas' },
              { uraian: 'Memeriksa berkas', pelaksana: 'Petugas loket', waktu: { nilai: 10, satuan: 'menit' }, dasar_hukum: { jenis: 'Perpres', nomor: 96, tahun: 2018, pasal: 5 } },
            ],
          },
        ],
        catatan: 'Antrean dibuka pukul 08.00.',
      },
    });
  });

  it('fees: a table of tariffs with their notes, the legal basis, how to pay and a note; amounts in the sentence around them describe them', async () => {
    const { services } = await mapped(
      table(
        row(
          'Biaya/tarif',
          `<p>Paspor biasa Rp350.000,00 per buku.</p><table><tr><th>Uraian</th><th>Besaran</th></tr>
<tr><th>Paspor biasa 48 halaman</th><td>Rp350.000,00 per buku</td></tr><tr><th>Biaya beban paspor hilang${note('Di samping biaya paspor.')}</th><td>Rp1.000.000,00 per permohonan</td></tr></table>
<p>Dasar hukum:</p><ul><li>Lampiran Peraturan Pemerintah Nomor 45 Tahun 2024</li></ul><p>Cara pembayaran: Dengan kode billing.</p><p>Catatan: Tarif dapat berubah.</p>`,
        ),
      ),
    );
    expect(services[0]!.data.komponen).toEqual({
      biaya: {
        tarif: [
          { uraian: 'Paspor biasa 48 halaman', jumlah: 350000, satuan: 'per buku' },
          { uraian: 'Biaya beban paspor hilang', jumlah: 1000000, satuan: 'per permohonan', catatan: 'Di samping biaya paspor.' },
        ],
        dasar_hukum: [{ jenis: 'PP', nomor: 45, tahun: 2024, pasal: 'Lampiran' }],
        keterangan: 'Paspor biasa Rp350.000,00 per buku.',
        cara_pembayaran: 'Dengan kode billing.',
        catatan: 'Tarif dapat berubah.',
      },
    });
  });

  it('complaints: channels by their kind, name and addresses, the follow-up steps and the response time; a sentence naming a channel is no channel', async () => {
    const { services } = await mapped(
      table(
        row(
          'Penanganan pengaduan, saran dan masukan',
          `<p>Saluran pengaduan:</p><ul><li>Telepon Layanan pengaduan (0299) 751234 (0299) 751235</li><li>E-mail pengaduan@contoh.go.id</li><li>Kotak saran<span class="catatan">Ruang tunggu</span></li></ul>
<p>Tindak lanjut pengaduan:</p><ol><li>Petugas pengaduan: Mencatat pengaduan. (1 (satu) hari kerja)</li></ol>
<p>Pengaduan dijawab paling lambat 5 (lima) hari kerja.</p><p>Pengaduan melalui SP4N-LAPOR! juga ditindaklanjuti di aplikasi tersebut.</p>`,
        ),
      ),
    );
    expect(services[0]!.data.komponen).toEqual({
      pengaduan: {
        kanal: [
          { jenis: 'telepon', nama: 'Layanan pengaduan', alamat: ['(0299) 751234', '(0299) 751235'] },
          { jenis: 'email', alamat: 'pengaduan@contoh.go.id' },
          { jenis: 'kotak_saran', nama: 'Kotak saran', alamat: 'Ruang tunggu' },
        ],
        tindak_lanjut: [{ pelaksana: 'Petugas pengaduan', uraian: 'Mencatat pengaduan.', waktu: { nilai: 1, satuan: 'hari_kerja' } }],
        jangka_waktu: { nilai: 5, satuan: 'hari_kerja', teks: 'Pengaduan dijawab paling lambat 5 (lima) hari kerja.', catatan: 'Pengaduan melalui SP4N-LAPOR! juga ditindaklanjuti di aplikasi tersebut.' },
      },
    });
  });
});

describe("the service's own facts", () => {
  it('reads its version, review date, category, channels and opening hours before the components, and its code, keywords and consultation after them', async () => {
    const { services } = await mapped(`<h1>STANDAR PELAYANAN LEGALISASI DOKUMEN</h1>
<p>Versi 2026.1 · Jadwal reviu: 18 Mei 2026</p><p>Legalisasi fotokopi dokumen kependudukan.</p><p>Kategori: Pencatatan Sipil</p>
<p>Tempat dan cara mengajukan:</p><ul><li>Tatap muka: Kantor Kecamatan<span class="catatan">Jl. Merdeka No. 1</span></li><li>Daring (online): SILEGAL https://legal.contoh.go.id</li></ul>
<table><caption>Jam pelayanan</caption><tr><th>Hari</th><th>Jam</th></tr><tr><td>Senin–Jumat</td><td>08.00–15.00</td></tr></table>
${table(row('Biaya/tarif', 'Gratis'))}
<h2>Keterangan dokumen</h2><dl><dt>Kode layanan</dt><dd>KEC-LEGAL</dd><dt>Kata kunci</dt><dd>legalisasi, legalisir</dd>
<dt>Forum konsultasi publik</dt><dd>12 Januari 2026, Aula Kecamatan<ul><li>10 (sepuluh) orang pengguna layanan: Warga</li></ul></dd></dl>`);
    expect(services[0]!.data).toMatchObject({
      kode: 'KEC-LEGAL',
      nama: 'Legalisasi Dokumen',
      deskripsi: 'Legalisasi fotokopi dokumen kependudukan.',
      kategori: 'Pencatatan Sipil',
      kata_kunci: ['legalisasi', 'legalisir'],
      versi: '2026.1',
      tanggal_reviu: '2026-05-18',
      kanal: [
        { jenis: 'tatap_muka', nama: 'Kantor Kecamatan', alamat: 'Jl. Merdeka No. 1' },
        { jenis: 'daring', nama: 'SILEGAL', url: 'https://legal.contoh.go.id' },
      ],
      jam_pelayanan: [{ hari: 'Senin–Jumat', jam: '08.00–15.00' }],
      konsultasi_publik: { tanggal: '2026-01-12', tempat: 'Aula Kecamatan', peserta: [{ kelompok: 'pengguna_layanan', jumlah: 10, uraian: 'Warga' }] },
    });
  });
});
