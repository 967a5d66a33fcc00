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

  it('"Syarat-syarat … :" over the only list opens it; "- Bagi orang asing ditambah …" among other "- …" items is one of them', async () => {
    const k = await komponen(`Standar Pelayanan Izin Contoh
1. Persyaratan Pelayanan
Syarat-syarat pelayanan penerbitan Izin Contoh :
- Fotokopi KTP
- Bagi Orang Asing ditambah fotokopi kartu izin tinggal tetap
- Mengisi Formulir F1.02
`);
    expect(k.persyaratan).toEqual({
      pengantar: 'Syarat-syarat pelayanan penerbitan Izin Contoh :',
      butir: [{ uraian: 'KTP', bentuk: 'fotokopi' }, 'Bagi Orang Asing ditambah fotokopi kartu izin tinggal tetap', 'Mengisi Formulir F1.02'],
    });
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
