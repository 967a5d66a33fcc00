import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/import/readers/spreadsheet.js';
import { tableText } from '../import/readers/helpers.js';
import { exportTo, records, smallUnit, workbook } from './helpers.js';

let unit: string;

beforeAll(async () => {
  unit = await smallUnit();
});

const CSV_FILES = ['layanan.csv', 'tarif.csv', 'persyaratan.csv'];

describe('standar ekspor --ke csv', () => {
  it('writes the three tables of the workbook as CSV files that Excel opens right: UTF-8 with a byte-order mark, CR LF, fields quoted as RFC 4180 says', async () => {
    const { outcome, dir } = await exportTo('csv', [unit]);
    expect(outcome.written).toEqual(CSV_FILES);
    const raw = await readFile(join(dir, 'layanan.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    // Line breaks only inside quoted fields; records end with CR LF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n').every((r) => !r.includes('\n'))).toBe(true);
    expect(text.split('\r\n')[0]).toMatch(/^Unit penyelenggara,Wilayah,Kode,Nama layanan,Deskripsi,.*,"Sistem, mekanisme, dan prosedur",/);
    // A cell that starts like a formula ("- Kartu Keluarga", a bulleted list) is kept as text by a leading apostrophe.
    expect(text).toContain(",'- Kartu Keluarga,");
  });

  it('holds the same values as the workbook, read back by the importer\'s CSV reader (the apostrophe that keeps a formula text taken off again)', async () => {
    const [{ dir: csvDir }, { dir: xlsxDir }] = await Promise.all([exportTo('csv', [unit]), exportTo('xlsx', [unit])]);
    const wb = await workbook(join(xlsxDir, 'standar-pelayanan.xlsx'));
    const cell = (v: unknown) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    for (const [file, sheet] of [['layanan.csv', 'Layanan'], ['tarif.csv', 'Tarif'], ['persyaratan.csv', 'Persyaratan']] as const) {
      const doc = await readCsv(file, await readFile(join(csvDir, file)), { lang: 'id' });
      expect(doc.problems, file).toEqual([]);
      const ws = wb.getWorksheet(sheet)!;
      const expected = [Object.keys(records(ws)[0]!), ...records(ws).map((r) => Object.values(r).map(cell))];
      expect(tableText(doc.blocks[0]), file).toEqual(expected.map((row) => row.map((v) => v.trim())));
    }
  });

  it('separates fields by semicolons with --format titik-koma, the list separator of Excel set to Indonesian', async () => {
    const { dir } = await exportTo('csv', [unit], { format: 'titik-koma' });
    const text = (await readFile(join(dir, 'tarif.csv'), 'utf8')).slice(1);
    expect(text.split('\r\n')[0]).toBe('Unit penyelenggara;Kode layanan;Nama layanan;No;Uraian;Jumlah (Rp);Satuan;Dasar hukum;Catatan');
    expect(text.split('\r\n')[1]).toBe('Dinas Kependudukan dan Pencatatan Sipil;DUK-LEGALISIR;Legalisir Dokumen Kependudukan;1;Legalisir;5000;per lembar;Peraturan Daerah Kota Uji Nomor 3 Tahun 2024 tentang Retribusi Daerah;');
  });
});
