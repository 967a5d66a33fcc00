import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellRef, Diagnostic } from '../../diagnostics.js';
import { parseCsv } from '../../files/csv.js';
import type { Block, ReadDocument, SourceRef, TableCell } from '../blocks.js';
import { readerProblem } from './messages.js';
import { decodeText, refused, type ReaderOptions } from './reader.js';
import { cellBlocks } from './text.js';

/**
 * Spreadsheets (.xlsx through exceljs, .csv through files/csv.ts) as one table per sheet, in the layout
 * `standar ekspor --ke xlsx|sipp` writes (a header row, then one row per service) or any other:
 * the reader gives the grid, the mapping decides what it means. Each non-empty cell holds its
 * lines as the text reader reads a table cell (numbered lines as lists, the rest as paragraphs),
 * every block's `at.cell` the cell ("Sheet1!F12"), so every later message can point at it; fully
 * empty rows are left out, merged cells keep their spans.
 */

type Grid = { cells: { text: string; at: SourceRef; colspan: number; rowspan: number }[]; row: number }[];

function tableOf(grid: Grid, at: SourceRef): Block {
  const rows: TableCell[][] = grid.map(({ cells }) => cells.map((c) => ({ text: c.text, blocks: c.text === '' ? [] : cellBlocks(c.text, c.at), colspan: c.colspan, rowspan: c.rowspan })));
  return { kind: 'table', rows, at };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as people write it in a form: "2026-01-05", with the time only when it has one. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() === 0 ? '' : ` ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return day + time;
}

type CellOutcome = { text: string } | { error: string } | { formula: string };

/** What a cell shows: a formula's saved result, rich text joined, a link's text, a date as a date. */
function cellValue(value: ExcelJS.CellValue): CellOutcome {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value !== 'object') return { text: String(value) };
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { formula: (value as ExcelJS.CellFormulaValue).formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula };
    return cellValue(result);
  }
  if ('hyperlink' in value) {
    const text = (value).text as unknown;
    return cellValue((text ?? value.hyperlink) as ExcelJS.CellValue);
  }
  return { text: '' };
}

/** "B2:D3" as 1-based rows and columns. */
function rangeOf(range: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return undefined;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]!), bottom: Number(m[4]), right: col(m[3]!) };
}

export async function readXlsx(file: string, bytes: Uint8Array, { lang }: ReaderOptions): Promise<ReadDocument> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer is its own interface; Node's Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (err) {
    return refused(file, 'xlsx', readerProblem(file, 'sheetUnreadable', lang, { detail: err instanceof Error ? err.message : String(err) }));
  }
  const blocks: Block[] = [];
  const problems: Diagnostic[] = [];
  for (const sheet of workbook.worksheets) {
    const used = sheet.dimensions as unknown as { top: number; left: number; bottom: number; right: number };
    if (sheet.state !== 'visible') {
      if (sheet.actualRowCount > 0) problems.push(readerProblem(file, 'sheetHidden', lang, { sheet: sheet.name }, { severity: 'info', at: { file, cell: { sheet: sheet.name, row: 1, column: 1 } } }));
      continue;
    }
    if (!used || sheet.actualRowCount === 0) continue;
    const spans = new Map<string, { colspan: number; rowspan: number }>();
    const covered = new Set<string>();
    for (const merge of (sheet.model as { merges?: string[] }).merges ?? []) {
      const r = rangeOf(merge);
      if (!r) continue;
      spans.set(`${r.top}:${r.left}`, { colspan: r.right - r.left + 1, rowspan: r.bottom - r.top + 1 });
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(`${row}:${col}`);
    }
    const grid: Grid = [];
    for (let row = used.top; row <= used.bottom; row++) {
      const cells: Grid[number]['cells'] = [];
      for (let col = used.left; col <= used.right; col++) {
        if (covered.has(`${row}:${col}`)) continue;
        const cell: CellRef = { sheet: sheet.name, row, column: col };
        const at: SourceRef = { file, cell };
        const outcome = cellValue(sheet.getCell(row, col).value);
        if ('error' in outcome) problems.push(readerProblem(file, 'sheetErrorValue', lang, { value: outcome.error }, { severity: 'warning', at }));
        if ('formula' in outcome) problems.push(readerProblem(file, 'sheetFormulaWithoutValue', lang, { formula: `=${outcome.formula}` }, { severity: 'warning', at }));
        const text = 'text' in outcome ? outcome.text.replace(/\r\n?/g, '\n').trim() : '';
        cells.push({ text, at, ...(spans.get(`${row}:${col}`) ?? { colspan: 1, rowspan: 1 }) });
      }
      if (cells.some((c) => c.text !== '' || c.colspan > 1 || c.rowspan > 1)) grid.push({ cells, row });
    }
    if (grid.length > 0) blocks.push(tableOf(grid, { file, cell: { sheet: sheet.name, row: used.top, column: used.left } }));
  }
  if (blocks.length === 0 && !problems.some((p) => p.severity !== 'info')) problems.push(readerProblem(file, 'noText', lang));
  return { file, format: 'xlsx', blocks, problems };
}

/** "'- Kartu Keluarga": the apostrophe that keeps a spreadsheet from reading a text as a formula (`standar ekspor --ke csv` writes it) is not part of the text. */
const withoutFormulaGuard = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

export async function readCsv(file: string, bytes: Uint8Array, { lang }: ReaderOptions): Promise<ReadDocument> {
  const decoded = decodeText(bytes);
  const problems: Diagnostic[] = [];
  if (decoded.guessed) problems.push(readerProblem(file, 'notUtf8', lang, { charset: decoded.guessed }, { severity: 'info' }));
  const sheet = basename(file, extname(file));
  const { records, openQuote } = parseCsv(decoded.text);
  const grid: Grid = records
    .filter((r) => r.fields.some((f) => f !== ''))
    .map(({ row, fields, starts }) => ({ row, cells: fields.map((text, i) => ({ text: withoutFormulaGuard(text), at: { file, line: starts[2 * i]!, column: starts[2 * i + 1]!, cell: { sheet, row, column: i + 1 } }, colspan: 1, rowspan: 1 })) }));
  if (openQuote) problems.push(readerProblem(file, 'csvOpenQuote', lang, {}, { severity: 'warning', at: { file, ...openQuote } }));
  const blocks: Block[] = grid.length > 0 ? [tableOf(grid, { file, line: 1, column: 1, cell: { sheet, row: grid[0]!.row, column: 1 } })] : [];
  if (blocks.length === 0) problems.push(readerProblem(file, 'noText', lang));
  return { file, format: 'csv', blocks, problems };
}
