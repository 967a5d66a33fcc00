import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { locationLabel } from '../../../src/diagnostics.js';
import type { Block } from '../../../src/import/blocks.js';
import { readCsv, readXlsx } from '../../../src/import/readers/spreadsheet.js';
import { tableText } from './helpers.js';

/** Workbooks made here with exceljs, as an office fills the one-row-per-service layout. */
async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The cell each non-empty cell's paragraph says it came from, as "Sheet!A1". */
const cellsOf = (block: Block | undefined) => {
  if (block?.kind !== 'table') throw new Error('expected a table');
  return block.rows.map((row) => row.map((c) => (c.blocks[0]?.at.cell ? `${c.blocks[0].at.cell.sheet}!${c.blocks[0].at.cell.column}:${c.blocks[0].at.cell.row}` : '')));
};

describe('.xlsx', () => {
  it('gives one table per visible sheet, cells as shown (results, rich text, links, dates, line breaks), each located', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Layanan');
      ws.addRow(['Kode', 'Nama layanan', 'Persyaratan', 'Biaya', 'Ditetapkan']);
      ws.addRow(['DUK-KTP', 'Penerbitan KTP-el', '1. Kartu Keluarga\n2. Surat pengantar RT/RW', 0, new Date(Date.UTC(2026, 0, 5))]);
      ws.addRow(['DUK-KK', { richText: [{ text: 'Kartu ' }, { font: { bold: true }, text: 'Keluarga' }] }, { text: 'lihat situs', hyperlink: 'https://contoh.go.id/kk' }, { formula: 'D2+350000', result: 350000 }, '']);
      ws.addRow([]);
      ws.addRow(['DUK-AKTA', 'Akta kelahiran', 'Surat keterangan lahir', 'Gratis', '']);
      const notes = wb.addWorksheet('Catatan');
      notes.getCell('B2').value = 'Diisi oleh bagian umum';
      const hidden = wb.addWorksheet('Pilihan', { state: 'hidden' });
      hidden.addRow(['tatap_muka', 'daring']);
    });
    const doc = await readXlsx('layanan.xlsx', bytes, { lang: 'id' });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'table']);
    expect(tableText(doc.blocks[0])).toEqual([
      ['Kode', 'Nama layanan', 'Persyaratan', 'Biaya', 'Ditetapkan'],
      ['DUK-KTP', 'Penerbitan KTP-el', '1. Kartu Keluarga\n2. Surat pengantar RT/RW', '0', '2026-01-05'],
      ['DUK-KK', 'Kartu Keluarga', 'lihat situs', '350000', ''],
      ['DUK-AKTA', 'Akta kelahiran', 'Surat keterangan lahir', 'Gratis', ''],
    ]);
    expect(cellsOf(doc.blocks[0])[3]).toEqual(['Layanan!1:5', 'Layanan!2:5', 'Layanan!3:5', 'Layanan!4:5', '']);
    expect(doc.blocks[1]).toMatchObject({ at: { cell: { sheet: 'Catatan', row: 2, column: 2 } } });
    expect(tableText(doc.blocks[1])).toEqual([['Diisi oleh bagian umum']]);
    expect(doc.problems.map((p) => [p.severity, p.message])).toEqual([['info', 'Lembar kerja "Pilihan" disembunyikan, sehingga tidak dibaca.']]);
  });

  it('merged cells keep their spans; broken formulas are located problems, printed as the spreadsheet names the cell', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 'STANDAR PELAYANAN DISDUKCAPIL';
      ws.mergeCells('A1:C1');
      ws.getRow(2).values = ['Kode', 'Nama', 'Waktu'];
      ws.getRow(3).values = ['DUK-1', 'KTP-el', { formula: 'X99/0', result: { error: '#DIV/0!' } }];
      ws.getRow(4).values = ['DUK-2', 'KK', { formula: 'SUM(A1:A2)' } as ExcelJS.CellFormulaValue];
    });
    const doc = await readXlsx('tanggapan.xlsx', bytes, { lang: 'en' });
    const [table] = doc.blocks;
    expect(table).toMatchObject({ kind: 'table' });
    if (table?.kind !== 'table') return;
    expect(table.rows.map((r) => r.map((c) => [c.text, c.colspan, c.rowspan]))).toEqual([
      [['STANDAR PELAYANAN DISDUKCAPIL', 3, 1]],
      [['Kode', 1, 1], ['Nama', 1, 1], ['Waktu', 1, 1]],
      [['DUK-1', 1, 1], ['KTP-el', 1, 1], ['', 1, 1]],
      [['DUK-2', 1, 1], ['KK', 1, 1], ['', 1, 1]],
    ]);
    expect(doc.problems.map((p) => [locationLabel(p), p.rule, p.severity, p.message])).toEqual([
      ['tanggapan.xlsx: Sheet1!C3', 'impor', 'warning', 'This cell holds the formula error #DIV/0!; its value was not read.'],
      ['tanggapan.xlsx: Sheet1!C4', 'impor', 'warning', 'This cell holds a formula (=SUM(A1:A2)) with no saved result; its value was not read.'],
    ]);
  });

  it('a damaged workbook is refused', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('A').addRow(['x']));
    const doc = await readXlsx('rusak.xlsx', bytes.subarray(0, 200), { lang: 'id' });
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'berkas', severity: 'error' }]);
    expect(doc.problems[0]!.message).toMatch(/^"rusak\.xlsx" tidak dapat dibaca sebagai lembar kerja Excel/);
  });
});

describe('.csv', () => {
  it('UTF-8 with a byte-order mark, ";" as Indonesian Excel saves it, quoted fields with separators, quotes and line breaks', async () => {
    const text = '\uFEFFKode;Nama layanan;Persyaratan\r\nDUK-KTP;"Penerbitan KTP-el; baru";"1. KK\r\n2. Surat ""pengantar"" RT"\r\n\r\nDUK-KK;Kartu Keluarga;\r\n';
    const doc = await readCsv('layanan.csv', Buffer.from(text), { lang: 'id' });
    expect(doc.problems).toEqual([]);
    expect(tableText(doc.blocks[0])).toEqual([
      ['Kode', 'Nama layanan', 'Persyaratan'],
      ['DUK-KTP', 'Penerbitan KTP-el; baru', '1. KK\n2. Surat "pengantar" RT'],
      ['DUK-KK', 'Kartu Keluarga', ''],
    ]);
    expect(cellsOf(doc.blocks[0])[2]).toEqual(['layanan!1:4', 'layanan!2:4', '']);
  });

  it('"," without a mark, and a file in Windows encoding read as such with a note', async () => {
    const comma = await readCsv('a.csv', Buffer.from('Kode,Biaya\nDUK-1,"Rp 350.000,00"\n'), { lang: 'id' });
    expect(tableText(comma.blocks[0])).toEqual([['Kode', 'Biaya'], ['DUK-1', 'Rp 350.000,00']]);
    const windows = await readCsv('b.csv', Buffer.from('Nama;Keterangan\nSétiawan;Senin\x96Jumat\n', 'latin1'), { lang: 'id' });
    expect(tableText(windows.blocks[0])).toEqual([['Nama', 'Keterangan'], ['Sétiawan', 'Senin–Jumat']]);
    expect(windows.problems).toMatchObject([{ severity: 'info', rule: 'impor' }]);
  });

  it('a quotation mark never closed is located where it opened', async () => {
    const doc = await readCsv('c.csv', Buffer.from('Kode;Nama\nDUK-1;"KTP-el\nDUK-2;KK\n'), { lang: 'id' });
    expect(doc.problems.map((p) => [p.line, p.column, p.severity, p.message])).toEqual([[2, 7, 'warning', 'Tanda kutip yang dibuka di sini tidak pernah ditutup; sisa berkas dibaca sebagai satu sel.']]);
    expect(tableText(doc.blocks[0])).toEqual([['Kode', 'Nama'], ['DUK-1', 'KTP-el\nDUK-2;KK']]);
  });
});
