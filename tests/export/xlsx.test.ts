import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { columnLetters } from '../../src/diagnostics.js';
import type { ExportOutcome } from '../../src/publish/export.js';
import { readZip } from '../../src/files/zip.js';
import { COMPONENTS } from '../../src/model/components.js';
import { componentBlocks, plainText } from '../../src/render/view/plain.js';
import { serviceView } from '../../src/render/view/service.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';
import { exportTo, pageServices, records, sheetValues, smallUnit, workbook } from './helpers.js';

let unit: string;
let outcome: ExportOutcome;
let dir: string;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  unit = await smallUnit();
  ({ outcome, dir } = await exportTo('xlsx', [unit]));
  wb = await workbook(join(dir, 'standar-pelayanan.xlsx'));
});

describe('standar ekspor --ke xlsx', () => {
  it('writes one workbook, sheets Layanan, Tarif and Persyaratan, each with a bold header row that stays in view and carries the filter, wrapped text and columns wide enough', () => {
    expect(outcome.written).toEqual(['standar-pelayanan.xlsx']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Layanan', 'Tarif', 'Persyaratan']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBe(`A1:${columnLetters(ws.columnCount)}1`);
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width, `${ws.name} column ${c}`).toBeGreaterThanOrEqual(8);
    }
    expect(wb.getWorksheet('Layanan')!.getColumn(23).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('gives each service a row: who delivers it, what it is, where its decree stands, its figures at a glance, then the 14 components as its page words them', async () => {
    const ws = wb.getWorksheet('Layanan')!;
    const header = sheetValues(ws)[0] as string[];
    expect(header).toEqual([
      'Unit penyelenggara', 'Wilayah', 'Kode', 'Nama layanan', 'Deskripsi', 'Kategori', 'Peristiwa hidup', 'Kata kunci', 'Status', 'Cakupan', 'Nomor keputusan', 'Tanggal keputusan', 'Tanggal reviu',
      'Gratis', 'Biaya terendah (Rp)', 'Biaya tertinggi (Rp)', 'Jangka waktu (angka)', 'Satuan jangka waktu', 'Jumlah persyaratan', 'Jumlah langkah prosedur', 'Kanal layanan', 'Jam pelayanan', 'Siap terbit',
      ...COMPONENTS.map((c) => c.label.id),
    ]);
    const [kk, legalisir] = records(ws);
    expect(kk).toMatchObject({ 'Unit penyelenggara': 'Dinas Kependudukan dan Pencatatan Sipil', Wilayah: 'Kota Uji', Kode: 'DUK-KK', Status: 'draf', Cakupan: 'lengkap', Gratis: 'ya', 'Biaya terendah (Rp)': 0, 'Biaya tertinggi (Rp)': 0, 'Jangka waktu (angka)': 3, 'Satuan jangka waktu': 'hari kerja', 'Jumlah persyaratan': 2, 'Jumlah langkah prosedur': 2, 'Siap terbit': 'ya' });
    expect(legalisir).toMatchObject({
      Kode: 'DUK-LEGALISIR', Kategori: 'Pencatatan Sipil', 'Peristiwa hidup': 'Pendidikan; Pekerjaan', 'Kata kunci': 'legalisir, salinan', Status: 'ditetapkan', 'Nomor keputusan': '400/12/2026', 'Tanggal keputusan': '2026', 'Tanggal reviu': new Date(Date.UTC(2027, 0, 15)),
      Gratis: 'tidak', 'Biaya terendah (Rp)': 5000, 'Biaya tertinggi (Rp)': 15000, 'Jumlah persyaratan': 3, 'Jumlah langkah prosedur': 3,
      'Kanal layanan': 'Tatap muka: Loket 3 — Jl. Merdeka No. 1\nDaring (online) — https://dukcapil.ujikota.go.id/legalisir',
      'Jam pelayanan': 'Senin–Jumat: 08.00–15.00',
      // The checks found errors (no public consultation, no signer): its pages carry the draft mark.
      'Siap terbit': 'tidak',
    });
    expect(outcome.drafts).toBe(1);
    expect(ws.getCell('O2').numFmt).toBe('"Rp"#,##0');
    expect(ws.getCell('M3').numFmt).toBe('dd/mm/yyyy');
    const services = await pageServices([unit]);
    for (const [i, row] of records(ws).entries()) {
      const view = serviceView(services[i], undefined, 'id');
      for (const c of COMPONENTS) expect(row[c.label.id], `${String(row.Kode)} ${c.key}`).toBe(plainText(componentBlocks(view.komponen[c.key]!, 'id')));
    }
    expect(legalisir!['Persyaratan']).toBe(
      [
        '1. KTP-el atau Surat keterangan kependudukan (asli)',
        '2. Dokumen yang dilegalisir (asli dan fotokopi, 2 (dua) lembar)',
        '   a. Halaman depan',
        '   b. Halaman data',
        'Untuk orang asing (sebagai tambahan persyaratan di atas)',
        '1. Paspor (diperlihatkan, bila ada, tidak wajib)',
      ].join('\n'),
    );
  });

  it('lists every tariff line with its amount as a number in rupiah and its legal basis, and every requirement with its group, form, count, condition and whether it is required', () => {
    expect(sheetValues(wb.getWorksheet('Tarif')!)).toEqual([
      ['Unit penyelenggara', 'Kode layanan', 'Nama layanan', 'No', 'Uraian', 'Jumlah (Rp)', 'Satuan', 'Dasar hukum', 'Catatan'],
      ['Dinas Kependudukan dan Pencatatan Sipil', 'DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', 1, 'Legalisir', 5000, 'per lembar', 'Peraturan Daerah Kota Uji Nomor 3 Tahun 2024 tentang Retribusi Daerah', null],
      ['Dinas Kependudukan dan Pencatatan Sipil', 'DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', 2, 'Legalisir kilat', 15000, 'per lembar', 'Peraturan Daerah Kota Uji Nomor 3 Tahun 2024 tentang Retribusi Daerah', 'Selesai hari itu juga.'],
    ]);
    expect(wb.getWorksheet('Tarif')!.getCell('F2').numFmt).toBe('"Rp"#,##0');
    const rows = sheetValues(wb.getWorksheet('Persyaratan')!);
    expect(rows[0]).toEqual(['Unit penyelenggara', 'Kode layanan', 'Nama layanan', 'Kelompok', 'No', 'Uraian', 'Bentuk', 'Jumlah (lembar)', 'Kondisi', 'Wajib', 'Dasar hukum', 'Catatan']);
    expect(rows.slice(1).map((r) => r.slice(1, 10))).toEqual([
      ['DUK-KK', 'Penerbitan Kartu Keluarga', null, '1', 'Surat pengantar RT/RW', null, null, null, 'ya'],
      ['DUK-KK', 'Penerbitan Kartu Keluarga', null, '2', 'Buku nikah', 'fotokopi', 1, null, 'ya'],
      ['DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', null, '1', 'KTP-el atau Surat keterangan kependudukan (asli)', null, null, null, 'ya'],
      ['DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', null, '2', 'Dokumen yang dilegalisir', 'asli dan fotokopi', 2, null, 'ya'],
      ['DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', null, '2.a', 'Halaman depan', null, null, null, 'ya'],
      ['DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', null, '2.b', 'Halaman data', null, null, null, 'ya'],
      ['DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', 'Untuk orang asing (sebagai tambahan persyaratan di atas)', '1', 'Paspor', 'diperlihatkan', null, 'bila ada', 'tidak'],
    ]);
  });

  it('gives the same bytes for the same input, whenever it runs: every time inside the archive is fixed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T13:37:42Z'));
    const again = await exportTo('xlsx', [unit]).finally(() => vi.useRealTimers());
    const a = await readFile(join(dir, 'standar-pelayanan.xlsx'));
    const b = await readFile(join(again.dir, 'standar-pelayanan.xlsx'));
    expect(Buffer.compare(a, b)).toBe(0);
    expect(readZip(a).get('docProps/core.xml')!.read().toString('utf8')).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>');
  });

  it('says a component the standard does not give as its page does', async () => {
    const other = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML.replace('  produk:\n    - Kartu Keluarga\n', '') });
    const { dir: out } = await exportTo('xlsx', [other]);
    expect(records((await workbook(join(out, 'standar-pelayanan.xlsx'))).getWorksheet('Layanan')!)[0]!['Produk pelayanan']).toBe('Belum diisi');
  });
});
