import { describe, expect, it } from 'vitest';
import { mapDocument } from '../../src/import/map/service.js';
import { readText } from '../../src/import/readers/text.js';

/**
 * Shapes that standards copied as text from offices' web pages take, each on a fictional snippet:
 * what the importer must read of them.
 */

async function mapText(text: string) {
  return mapDocument(await readText('standar.txt', Buffer.from(text), { lang: 'id' }), new Set());
}

async function komponen(text: string) {
  const doc = await readText('standar.txt', Buffer.from(text), { lang: 'id' });
  const { services } = mapDocument(doc, new Set());
  expect(services).toHaveLength(1);
  return services[0]!.data.komponen as Record<string, unknown>;
}

describe('components written as text', () => {
  it('a component whose value stands on its label line, without a colon, is still that component', async () => {
    const k = await komponen(`JENIS PELAYANAN : PENERBITAN SURAT KETERANGAN USAHA
1. Persyaratan Pelayanan
- Fotokopi KTP pemohon
2. Jangka waktu pelayanan Paling lama 2 (dua) hari kerja
3. Biaya/ tarif Tidak dipungut biaya
4. Produk Pelayanan Surat Keterangan Usaha
`);
    expect(Object.keys(k)).toEqual(['persyaratan', 'jangka_waktu', 'biaya', 'produk']);
    expect(k.jangka_waktu).toMatchObject({ nilai: 2, satuan: 'hari_kerja' });
    expect(k.biaya).toMatchObject({ gratis: true });
    expect(k.produk).toEqual(['Surat Keterangan Usaha']);
  });

  it('a label printed again where a component goes on ("[Dasar Hukum, lanjutan]", "Dasar hukum (lanjutan)") is that component', async () => {
    const k = await komponen(`Standar Pelayanan Izin Reklame
[Dasar Hukum, lanjutan]
Undang-undang Nomor 25 Tahun 2009 Tentang Pelayanan Publik
Persyaratan
- Fotokopi KTP
`);
    expect(k.dasar_hukum).toEqual([{ jenis: 'UU', nomor: 25, tahun: 2009, tentang: 'Pelayanan Publik' }]);
  });

  it('conditions after the document they ask for are read where the document writes most of them so, a bracket or two notwithstanding', async () => {
    const k = await komponen(`Standar Pelayanan Surat Izin Contoh
Persyaratan
- Fotokopi KTP
- Surat ganti nama dari pejabat yang berwenang bagi yang telah mengganti nama
- Izin lama bagi yang telah memiliki izin
- Surat pernyataan bermaterai (jika diperlukan)
`);
    expect(k.persyaratan).toEqual([
      { uraian: 'KTP', bentuk: 'fotokopi' },
      { uraian: 'Surat ganti nama dari pejabat yang berwenang', kondisi: 'bagi yang telah mengganti nama' },
      { uraian: 'Izin lama', kondisi: 'bagi yang telah memiliki izin' },
      { uraian: 'Surat pernyataan bermaterai', kondisi: 'jika diperlukan' },
    ]);
  });

  it('"… sebagai berikut :" after a label opens the value; an actor goes on through "yang …" to the verb of the step', async () => {
    const k = await komponen(`Standar Pelayanan Akta Contoh
Sistem Mekanisme dan Prosedur sebagai berikut :
1. Pemohon menyerahkan formulir ;
2. Pejabat Pencatatan Sipil yang menangani bidang kelahiran melakukan verifikasi data ;
`);
    expect(k.sistem_mekanisme_prosedur).toEqual([
      { pelaksana: 'Pemohon', uraian: 'Menyerahkan formulir' },
      { pelaksana: 'Pejabat Pencatatan Sipil yang menangani bidang kelahiran', uraian: 'Melakukan verifikasi data' },
    ]);
  });

  it('"Syarat-syarat … :" over the only list opens it; "- Bagi orang asing ditambah fotokopi …" among other "- …" items is a group written on one line', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
1. Persyaratan Pelayanan
Syarat-syarat pelayanan penerbitan Izin Contoh :
- Fotokopi KTP
- Bagi Orang Asing ditambah fotokopi kartu izin tinggal tetap
- Mengisi Formulir F1.02
`);
    expect(k.persyaratan).toEqual({
      pengantar: 'Syarat-syarat pelayanan penerbitan Izin Contoh :',
      butir: [{ uraian: 'KTP', bentuk: 'fotokopi' }, 'Mengisi Formulir F1.02'],
      kelompok: [{ nama: 'Bagi Orang Asing ditambah', kasus: 'wna', tambahan: true, butir: [{ uraian: 'Kartu izin tinggal tetap', bentuk: 'fotokopi' }] }],
    });
  });

  it('a group added on one line lists its documents by sentence, or by "dan" when each opens with its form', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
Persyaratan
- Fotokopi KTP
- Bagi Orang Asing ditambah fotokopi paspor dan fotokopi kartu izin tinggal tetap
- bagi WNA agar melengkapi : Scan/fotocopy Paspor yang masih berlaku. Surat Tanda Lapor Diri dari kepolisian
`);
    expect(k.persyaratan).toEqual({
      butir: [{ uraian: 'KTP', bentuk: 'fotokopi' }],
      kelompok: [
        { nama: 'Bagi Orang Asing ditambah', kasus: 'wna', tambahan: true, butir: [{ uraian: 'Paspor', bentuk: 'fotokopi' }, { uraian: 'Kartu izin tinggal tetap', bentuk: 'fotokopi' }] },
        { nama: 'bagi WNA agar melengkapi', kasus: 'wna', tambahan: true, butir: [{ uraian: 'Paspor yang masih berlaku.', bentuk_pilihan: ['scan', 'fotokopi'] }, 'Surat Tanda Lapor Diri dari kepolisian'] },
      ],
    });
  });

  it('a form written before or after the document ("Foto kopi …", "Scan Foto Copy …", "… Asli", "Menyertakan fotokopi …"), a channel or an open bracket as its condition', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
Persyaratan
1. Foto kopi KTP pemohon
2. Scan Foto Copy NPWP (secara online)
3. Fotokopi NPWP (tatap muka)
4. Kartu Keluarga Asli
5. Menyertakan fotokopi KTP 2 (dua) orang saksi
6. Surat Keterangan Domisili (jika pindah dari luar kota;
`);
    expect(k.persyaratan).toEqual([
      { uraian: 'KTP pemohon', bentuk: 'fotokopi' },
      { uraian: 'NPWP', bentuk: 'scan', kondisi: 'secara online' },
      { uraian: 'NPWP', bentuk: 'fotokopi', kondisi: 'tatap muka' },
      { uraian: 'Kartu Keluarga', bentuk: 'asli' },
      { uraian: 'KTP 2 (dua) orang saksi', bentuk: 'fotokopi' },
      { uraian: 'Surat Keterangan Domisili', kondisi: 'jika pindah dari luar kota' },
    ]);
  });

  it('"…, dilampiri …" adds a document to a requirement, or names the document a case brings; a condition may hold a bracket but not another document', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
Persyaratan
a. Fotokopi ijazah bagi yang sudah memiliki;
b. Surat kuasa bermaterai bagi yang dikuasakan, dilampiri fotokopi KTP penerima kuasa;
c. pemohon yang diwakili oleh orang lain dilampiri dengan surat kuasa bermaterai;
d. Fotokopi KITAS orang tua bagi pemegang Izin Tinggal Terbatas (ITAS)
e. Fotokopi Buku Nikah yang dilegalisir bagi anak pertama atau Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)
`);
    expect(k.persyaratan).toEqual([
      { uraian: 'Ijazah', bentuk: 'fotokopi', kondisi: 'bagi yang sudah memiliki' },
      { uraian: 'Surat kuasa bermaterai', kondisi: 'bagi yang dikuasakan', rincian: [{ uraian: 'KTP penerima kuasa', bentuk: 'fotokopi' }] },
      { uraian: 'Surat kuasa bermaterai', kondisi: 'pemohon yang diwakili oleh orang lain' },
      { uraian: 'KITAS orang tua', bentuk: 'fotokopi', kondisi: 'bagi pemegang Izin Tinggal Terbatas (ITAS)' },
      { uraian: 'Buku Nikah yang dilegalisir bagi anak pertama atau Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)', bentuk: 'fotokopi' },
    ]);
  });

  it('the article cited after the last document of a group is the group\'s, a group of one document too', async () => {
    const k = await komponen(`Standar Pelayanan Akta Contoh
Persyaratan
WNI DI DALAM NEGERI
1. Surat keterangan lahir 2. Kartu Keluarga (pasal 33 (1) Perpres 96 Tahun 2018)
ANAK YANG DITEMUKAN
1. Berita acara dari kepolisian (pasal 33 (2) Perpres 96 Tahun 2018)
`);
    const perpres = { jenis: 'Perpres', nomor: 96, tahun: 2018, pasal: 33 };
    expect(k.persyaratan).toEqual({
      kelompok: [
        { nama: 'WNI DI DALAM NEGERI', kasus: 'wni', butir: ['Surat keterangan lahir', 'Kartu Keluarga'], dasar_hukum: { ...perpres, ayat: 1 } },
        { nama: 'ANAK YANG DITEMUKAN', kasus: 'anak_ditemukan', butir: ['Berita acara dari kepolisian'], dasar_hukum: { ...perpres, ayat: 2 } },
      ],
    });
  });

  it('a step\'s actor after "oleh", before a slash, an adverb or a passive verb, after an opening clause; its time closing the sentence', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
Sistem, Mekanisme dan Prosedur
1. Pengajuan cetak dokumen oleh petugas
2. Kabid/ Kasi melakukan verifikasi berkas
3. Paraf oleh Kasi dan Kabid untuk penerbitan dokumen.
4. Sistem SIAK secara otomatis akan mengirim berkas ke email pemohon
5. setelah nomor antrian dipanggil, pemohon menyerahkan berkas kepada petugas
6. pemohon diambil sidik jari oleh petugas
7. Pemohon menerima surat bukti pengambilan dalam 1 (satu) hari;
8. Mengisi data yang diperlukan, antara lain: data usaha dan data pemilik
`);
    expect(k.sistem_mekanisme_prosedur).toEqual([
      { uraian: 'Pengajuan cetak dokumen oleh petugas', pelaksana: 'Petugas' },
      { uraian: 'Melakukan verifikasi berkas', pelaksana: 'Kabid/ Kasi' },
      { uraian: 'Paraf oleh Kasi dan Kabid untuk penerbitan dokumen.', pelaksana: 'Kasi dan Kabid' },
      { uraian: 'Secara otomatis akan mengirim berkas ke email pemohon', pelaksana: 'Sistem SIAK' },
      { uraian: 'setelah nomor antrian dipanggil, pemohon menyerahkan berkas kepada petugas', pelaksana: 'pemohon' },
      { uraian: 'Diambil sidik jari oleh petugas', pelaksana: 'pemohon' },
      { uraian: 'Menerima surat bukti pengambilan dalam 1 (satu) hari', pelaksana: 'Pemohon', waktu: { nilai: 1, satuan: 'hari', teks: 'dalam 1 (satu) hari' } },
      { uraian: 'Mengisi data yang diperlukan, antara lain: data usaha dan data pemilik' },
    ]);
  });

  it('complaint channels: a desk and its place after ";", a radio station by its name, channels under a sentence or a title that says whose they are; a regency\'s Perda', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
Penanganan Pengaduan, Saran dan Masukan
- Media langsung atau tatap muka di unit pengaduan; Kantor Dinas Contoh
- Radio Suara Contoh
Pengaduan dapat disampaikan melalui :
a. Kotak saran
Petugas pelayanan pengaduan:
a. Nomor kantor : (0299) 751234
b. Alamat e-mail : pengaduan@contoh.go.id
Dasar Hukum
1. Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2020 tentang Retribusi Jasa Umum
`);
    expect(k.pengaduan).toEqual({
      kanal: [
        { jenis: 'tatap_muka', nama: 'Media langsung atau tatap muka di unit pengaduan', alamat: 'Kantor Dinas Contoh' },
        { jenis: 'radio', nama: 'Radio Suara Contoh' },
        { jenis: 'kotak_saran', nama: 'Kotak saran' },
        { jenis: 'telepon', nama: 'Petugas pelayanan pengaduan: Nomor kantor', alamat: '(0299) 751234' },
        { jenis: 'email', nama: 'Petugas pelayanan pengaduan: Alamat e-mail', alamat: 'pengaduan@contoh.go.id' },
      ],
    });
    expect(k.dasar_hukum).toEqual([{ jenis: 'Perda', penerbit: 'Kabupaten Contoh', nomor: 3, tahun: 2020, tentang: 'Retribusi Jasa Umum' }]);
  });

  it('a channel written "Telepon :(0723) 461041", no space after the colon, is named by its label', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
Penanganan Pengaduan, Saran dan Masukan
   1. Kotak saran
   2. Telepon :(0299) 751234
`);
    expect(k.pengaduan).toEqual({ kanal: [{ jenis: 'kotak_saran', nama: 'Kotak saran' }, { jenis: 'telepon', nama: 'Telepon', alamat: '(0299) 751234' }] });
  });
});

describe('the provider', () => {
  it('without a letterhead, the office a decree or a title names, with its region and its head\'s office', async () => {
    const decree = await mapText(`LAMPIRAN
Keputusan Kepala Dinas Perizinan Kabupaten Contoh Raya. Nomor : 100/12/2025 Tanggal: 2 Januari 2025
STANDAR PELAYANAN IZIN REKLAME
Persyaratan
- Fotokopi KTP
`);
    expect(decree.provider!.data).toMatchObject({
      pemerintah: 'Pemerintah Kabupaten Contoh Raya',
      nama: 'Dinas Perizinan Kabupaten Contoh Raya',
      wilayah: { jenis: 'kabupaten', nama: 'Kabupaten Contoh Raya' },
      kepala: { jabatan: 'Kepala Dinas Perizinan Kabupaten Contoh Raya' },
    });
    const camat = await mapText(`SURAT KEPUTUSAN CAMAT SUKA MAJU KABUPATEN CONTOH
1. STANDAR PELAYANAN SURAT KETERANGAN PINDAH
Persyaratan
- Surat Pengantar Desa
`);
    expect(camat.provider!.data).toMatchObject({ pemerintah: 'Pemerintah Kabupaten Contoh', nama: 'Kecamatan Suka Maju', kepala: { jabatan: 'Camat Suka Maju' } });
    const plain = await mapText(`Standar Pelayanan Surat Contoh
Persyaratan
- Fotokopi KTP
`);
    expect(plain.provider).toBeUndefined();
  });

  it('a web address whose words name an office is not the letterhead; a file of a letterhead and a maklumat keeps its other lines with the provider', async () => {
    const { provider, services } = await mapText(`https://contoh.go.id/dokumen/standar-pelayanan-dinas-kependudukan-kabupaten-contoh.html

PEMERINTAH KABUPATEN CONTOH DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
Jalan Merdeka No. 1 Telp. (0299) 751234

MAKLUMAT PELAYANAN

DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN.
`);
    expect(services).toEqual([]);
    expect(provider!.data).toMatchObject({ pemerintah: 'Pemerintah Kabupaten Contoh', nama: 'Dinas Kependudukan dan Pencatatan Sipil', telepon: '(0299) 751234' });
    expect(provider!.rec.origins.map((o) => o.source).join('\n')).toContain('https://contoh.go.id/dokumen/');
  });
});
