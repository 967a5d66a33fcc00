import ExcelJS from 'exceljs';

/** A cell as a test writes it: anything exceljs stores (numbers, text, dates, formulas, errors). */
export type TestCell = ExcelJS.CellValue;

/** An .xlsx workbook from sheets of rows, as Excel would save it; `hidden` sheets are hidden; `date1904` as old Excel for Mac counts days. */
export async function workbook(sheets: Record<string, TestCell[][]>, { hidden = [], date1904 = false }: { hidden?: readonly string[]; date1904?: boolean } = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
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
export const csv = (rows: readonly (readonly TestCell[])[], separator = ';') => rows.map((r) => r.map((v) => (v === undefined || v === null ? '' : String(v))).join(separator)).join('\r\n') + '\r\n';
