import ExcelJS from 'exceljs';
import { FIXED_TIME, withFixedTimes } from '../../files/zip.js';
import type { Cell, CellKind, Table } from './table.js';

/**
 * Tables as an Excel workbook, one sheet each, laid out for reading and filtering: a bold header
 * row that stays in view and carries the filter buttons, long texts wrapped at the top of their
 * cells, amounts in rupiah and dates as Excel's own numbers. exceljs writes it (a maintained
 * writer of real .xlsx, read back by the importer with the same library); every time inside it is
 * fixed, so the same input gives the same bytes.
 */

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = { rupiah: '"Rp"#,##0', date: 'dd/mm/yyyy', number: '0' };

/** Widths in characters: wide enough for a column's longest line, within bounds that keep a sheet readable. */
const WIDTH_BOUNDS: Record<CellKind, [number, number]> = { text: [8, 40], long: [20, 70], number: [8, 14], rupiah: [12, 18], date: [12, 14] };

function widthOf(header: string, kind: CellKind, values: readonly Cell[]): number {
  const longest = values.reduce<number>((n, v) => (typeof v === 'string' ? Math.max(n, ...v.split('\n').map((l) => l.length)) : n), 0);
  const [min, max] = WIDTH_BOUNDS[kind];
  return Math.min(max, Math.max(min, header.length + 2, longest + 2));
}

export async function workbookBytes(tables: readonly Table[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'standar-pelayanan';
  wb.lastModifiedBy = 'standar-pelayanan';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = table.columns.map((c, i) => ({
      header: c.header,
      width: widthOf(c.header, c.kind, table.rows.map((r) => r[i])),
      style: { alignment: { vertical: 'top', wrapText: c.kind === 'long' || c.kind === 'text' }, ...(NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {}) },
    }));
    for (const row of table.rows) ws.addRow(row.map((v) => v ?? null));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return withFixedTimes(new Uint8Array(buffer));
}
