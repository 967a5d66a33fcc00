import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LAYANAN_COLUMNS } from '../../src/export/targets/table.js';
import { DEFAULT_SIPP_MAPPING } from '../../src/export/targets/sipp-mapping.js';
import { importFiles } from '../../src/import/index.js';
import { headerField } from '../../src/import/map/sheet.js';
import { exportTo, smallUnit } from '../export/helpers.js';
import { tempTree } from '../helpers.js';

type Data = Record<string, unknown>;

async function imported(dir: string, file: string) {
  const r = await importFiles([join(dir, file)], { cwd: dir, lang: 'id', dryRun: true });
  return { result: r, drafts: r.services.map((s) => parse(s.text) as Data), texts: r.services.map((s) => s.text), provider: r.provider && (parse(r.provider.text) as Data) };
}

describe('impor of a spreadsheet of one row per service', () => {
  it('knows every column the export writes and the default SIPP mapping names, and the usual ways offices head them', () => {
    for (const [header, field] of LAYANAN_COLUMNS) expect(headerField(header), header).toBe(field);
    const defaults = parse(readFileSync(DEFAULT_SIPP_MAPPING, 'utf8')) as { kolom: Record<string, string> };
    for (const [header, field] of Object.entries(defaults.kolom)) expect(headerField(header), header).toBe(field);
    expect(['JENIS LAYANAN', 'Nomor SK', 'Waktu Penyelesaian', 'Unit Kerja', 'E-mail', 'Syarat Pelayanan', 'Prosedur Pelayanan', 'Tarif'].map(headerField)).toEqual(['nama', 'nomor_sk', 'jangka_waktu', 'unit', 'email', 'persyaratan', 'sistem_mekanisme_prosedur', 'biaya']);
    expect(['Keterangan', 'No', 'Catatan admin'].map(headerField)).toEqual([undefined, undefined, undefined]);
  });

  it('turns the workbook of --ke xlsx back into drafts: its own codes, decree, review date, channels and hours; the sheets of tariffs and requirements are not read as services', async () => {
    const unit = await smallUnit();
    const { dir } = await exportTo('xlsx', [unit]);
    const { drafts, provider } = await imported(dir, 'standar-pelayanan.xlsx');
    expect(drafts.map((d) => d.kode)).toEqual(['DUK-KK', 'DUK-LEGALISIR']);
    const legalisir = drafts[1]!;
    expect(legalisir).toMatchObject({
      nama: 'Legalisir Dokumen Kependudukan',
      deskripsi: 'Pengesahan salinan dokumen kependudukan.',
      kategori: 'Pencatatan Sipil',
      peristiwa_hidup: ['pendidikan', 'pekerjaan'],
      kata_kunci: ['legalisir', 'salinan'],
      status: 'draf',
      cakupan: 'lengkap',
      penetapan: { nomor: '400/12/2026', tahun: 2026 },
      tanggal_reviu: '2027-01-15',
      kanal: [{ jenis: 'tatap_muka', nama: 'Loket 3', alamat: 'Jl. Merdeka No. 1' }, { jenis: 'daring', url: 'https://dukcapil.ujikota.go.id/legalisir' }],
      jam_pelayanan: [{ hari: 'Senin–Jumat', jam: '08.00–15.00' }],
    });
    expect((legalisir.komponen as Data).biaya).toEqual({
      tarif: [
        { uraian: 'Legalisir', jumlah: 5000, satuan: 'per lembar' },
        { uraian: 'Legalisir kilat', jumlah: 15000, satuan: 'per lembar', catatan: 'Selesai hari itu juga.' },
      ],
      dasar_hukum: [{ jenis: 'Perda', penerbit: 'Kota Uji', nomor: 3, tahun: 2024, tentang: 'Retribusi Daerah' }],
    });
    expect(provider).toMatchObject({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', wilayah: { jenis: 'kota', nama: 'Kota Uji' } });

    // The same from its CSV, also as Excel set to Indonesian writes it (semicolons).
    const csv = await exportTo('csv', [unit], { format: 'titik-koma' });
    const fromCsv = await imported(csv.dir, 'layanan.csv');
    expect(fromCsv.drafts.map((d) => ({ ...d, sumber: undefined }))).toEqual(drafts.map((d) => ({ ...d, sumber: undefined })));
  });

  it('tells offices of one name apart by their region, and keeps a region it cannot place in the notes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Layanan');
    ws.addRow(['Unit penyelenggara', 'Wilayah', 'Kode', 'Nama layanan', 'Persyaratan']);
    ws.addRow(['Dinas Kependudukan dan Pencatatan Sipil', 'Kabupaten Sleman', 'DUK-KK', 'Kartu Keluarga', 'KTP-el']);
    ws.addRow(['Dinas Kependudukan dan Pencatatan Sipil', 'Kabupaten Sleman', 'DUK-AKTA', 'Akta Kelahiran', 'Surat keterangan lahir']);
    ws.addRow(['Dinas Kependudukan dan Pencatatan Sipil', 'Kabupaten Sragen', 'DUK-KTP', 'KTP-el', 'Kartu Keluarga']);
    ws.addRow(['Dinas Kependudukan dan Pencatatan Sipil', 'Kawasan Ekonomi Khusus', 'DUK-KIA', 'KIA', 'Akta kelahiran']);
    const dir = await tempTree({});
    await writeFile(join(dir, 'dukcapil.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const { drafts, texts, provider } = await imported(dir, 'dukcapil.xlsx');
    expect(provider).toMatchObject({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', wilayah: { jenis: 'kabupaten', nama: 'Kabupaten Sleman' } });
    expect(texts[1]).not.toMatch(/milik unit lain/);
    expect(texts[2]).toMatch(/# periksa: baris ini milik unit lain \(Dinas Kependudukan dan Pencatatan Sipil, Kabupaten Sragen\)/);
    expect(String((drafts[3]!.sumber as Data).catatan)).toContain('Wilayah: Kawasan Ekonomi Khusus');
  });

  it('reads a sheet an office filled itself: a column it does not know kept with its header, life events by name, the pages\' words for a missing component, a row without a name, a second unit named', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Jenis Layanan', 'Kode', 'Persyaratan', 'Biaya/Tarif', 'Produk Pelayanan', 'Keterangan', 'Instansi', 'Unit Kerja', 'Telepon', 'Peristiwa Kehidupan']);
    ws.addRow(['Surat Keterangan Domisili', 'KEC-DOM', 'Surat pengantar RT/RW\nKTP-el', 'Gratis', 'Belum diisi', 'Diisi oleh Seksi Pelayanan', 'Pemerintah Kabupaten Contoh', 'Kecamatan Taman', '(0321) 123456, (0321) 654321', 'Tempat tinggal dan pertanahan; usaha; Pindah kos']);
    ws.addRow(['', 'KEC-IMB', 'Tidak dinyatakan dalam dokumen: Persyaratan diumumkan di loket', 'Sesuai Peraturan Daerah Kabupaten Contoh Nomor 2 Tahun 2020 tentang Retribusi', '', '', '', 'Kecamatan Lain', '', '']);
    const dir = await tempTree({});
    await writeFile(join(dir, 'layanan-kecamatan.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const { drafts, texts, provider } = await imported(dir, 'layanan-kecamatan.xlsx');
    expect(drafts).toHaveLength(2);
    const [domisili, imb] = drafts;
    expect(domisili).toMatchObject({ kode: 'KEC-DOM', nama: 'Surat Keterangan Domisili', status: 'draf', komponen: { persyaratan: ['Surat pengantar RT/RW', 'KTP-el'], biaya: { gratis: true, keterangan: 'Gratis' } } });
    expect((domisili!.komponen as Data).produk).toBeUndefined();
    // A life event the vocabulary knows, by its name or its code, is kept as its code; another is kept as written, in the notes.
    expect(domisili!.peristiwa_hidup).toEqual(['tempat_tinggal', 'usaha']);
    expect(String((domisili!.sumber as Data).catatan)).toBe('Diimpor dari layanan-kecamatan.xlsx (lembar "Data", baris 2).\nKeterangan: Diisi oleh Seksi Pelayanan\nPeristiwa hidup: Pindah kos');
    expect(texts[0]).toMatch(/# periksa: kolom lembar kerja yang tidak dikenali/);
    expect(imb).toMatchObject({ kode: 'KEC-IMB', nama: 'KEC-IMB', komponen: { persyaratan: { tidak_dinyatakan: true, alasan: 'Persyaratan diumumkan di loket' } } });
    expect(texts[1]).toMatch(/# periksa: baris ini tidak memberi nama layanan/);
    expect(texts[1]).toMatch(/# periksa: baris ini milik unit lain \(Kecamatan Lain\)/);
    expect(provider).toMatchObject({ nama: 'Kecamatan Taman', pemerintah: 'Pemerintah Kabupaten Contoh', wilayah: { jenis: 'kabupaten', nama: 'Kabupaten Contoh' }, telepon: ['(0321) 123456', '(0321) 654321'] });
  });
});
