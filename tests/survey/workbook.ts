import ExcelJS from 'exceljs';

/** A cell as a test writes it: anything exceljs stores (numbers, text, dates, formulas, errors). */
export type TestCell = ExcelJS.CellValue;

/** An .xlsx workbook from sheets of rows, as Excel would save it; `hidden` sheets are hidden. */
export async function workbook(sheets: Record<string, TestCell[][]>, hidden: readonly string[] = []): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name, { state: hidden.includes(name) ? 'hidden' : 'visible' });
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === undefined || value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      }),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The agreed data-entry layout's header row. */
export const HEADER = ['No', 'Kode Layanan', 'Tanggal', 'Jenis Kelamin', 'Usia', 'Pendidikan', 'Pekerjaan', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

/** CSV text from rows, separated as Indonesian Excel saves it. */
export const csv = (rows: (string | number)[][], separator = ';') => rows.map((r) => r.join(separator)).join('\r\n') + '\r\n';
