import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostics.js';
import { CsvParser } from '../files/csv.js';
import { StreamTextDecoder } from '../files/decode.js';
import { fileProblemMessage, fileProblemRule } from '../files/messages.js';
import { streamFound } from '../files/read.js';
import { isCompoundFile, isZip } from '../files/sniff.js';
import { makeDiagnostic, FILE_START } from '../load/source.js';
import type { Lang } from '../i18n/index.js';
import type { CellValue } from './cells.js';
import { skmProblem } from './messages.js';

/**
 * The rows of a responses file, streamed: a CSV file through the shared parser, an .xlsx workbook
 * through exceljs's streaming reader (sheet by sheet, row by row), so a file of any length is read
 * in the same memory. The content decides the format, not the name. Rows come as the sheet numbers
 * them; empty cells are undefined. What cannot be read is said through `report`.
 */

export interface SheetRow {
  sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  /** By column, 0-based: `cells[5]` is column F. */
  cells: (CellValue | undefined)[];
  /** The workbook counts its day numbers from 1904 (old Excel for Mac), not 1900. */
  date1904?: true;
}

/** Responses are streamed; this only keeps out what is no table at all (a disk image, a video). */
const SIZE_LIMIT = 2 * 1024 * 1024 * 1024;

const isUtf16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** The first bytes of a stream, and a stream that still gives them. */
async function head(stream: Readable): Promise<{ first: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const bytes = first.done ? new Uint8Array(0) : first.value;
  async function* rest() {
    if (!first.done) yield bytes;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first: bytes, rest: rest() };
}

export async function* readRows(path: string, shown: string, lang: Lang, report: (d: Diagnostic) => void): AsyncGenerator<SheetRow> {
  const opened = streamFound(path, { limit: SIZE_LIMIT });
  if (!opened.ok) {
    const { def, params } = fileProblemMessage(opened, { path: shown }, lang);
    report(makeDiagnostic(shown, FILE_START, '', { rule: fileProblemRule(opened), def, params }, lang));
    return;
  }
  const { stream } = opened;
  try {
    const { first, rest } = await head(stream);
    if (isCompoundFile(first)) report(skmProblem(shown, 'oldExcel', lang, {}, {}));
    else if (isZip(first)) yield* xlsxRows(rest, shown, lang, report);
    else if (!isUtf16(first) && first.subarray(0, 8192).includes(0)) report(skmProblem(shown, 'notTable', lang, {}, {}));
    else yield* csvRows(rest, shown, lang, report);
  } finally {
    stream.destroy();
  }
}

async function* csvRows(chunks: AsyncIterable<Uint8Array>, shown: string, lang: Lang, report: (d: Diagnostic) => void): AsyncGenerator<SheetRow> {
  const sheet = basename(shown, extname(shown));
  const decoder = new StreamTextDecoder();
  const parser = new CsvParser();
  function* rows(records: ReturnType<CsvParser['push']>): Generator<SheetRow> {
    for (const { row, fields } of records) {
      let empty = true;
      const cells: (string | undefined)[] = fields;
      for (let i = 0; i < cells.length; i++) {
        if (cells[i] === '') cells[i] = undefined;
        else empty = false;
      }
      if (!empty) yield { sheet, row, cells };
    }
  }
  for await (const chunk of chunks) yield* rows(parser.push(decoder.write(chunk)));
  const last = parser.push(decoder.end());
  const { records, openQuote } = parser.finish();
  yield* rows([...last, ...records]);
  if (decoder.guessed) report(skmProblem(shown, 'notUtf8', lang, { charset: decoder.guessed }, {}, 'info'));
  if (openQuote) report(skmProblem(shown, 'csvOpenQuote', lang, {}, openQuote, 'warning'));
}

/** What a cell shows: a formula's saved result, rich text joined, a link's text, a date as a date. */
function cellValue(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const { result, formula } = value as ExcelJS.CellFormulaValue;
    return result === undefined || result === null ? { formula: formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula } : cellValue(result);
  }
  if ('hyperlink' in value) return cellValue(((value as { text?: unknown }).text ?? value.hyperlink) as ExcelJS.CellValue);
  return undefined;
}

async function* xlsxRows(chunks: AsyncIterable<Uint8Array>, shown: string, lang: Lang, report: (d: Diagnostic) => void): AsyncGenerator<SheetRow> {
  // Loaded when a workbook is read: a CSV run, and the library's root, never pay for exceljs.
  const { default: ExcelJS } = await import('exceljs');
  // Styles are not read (a fifth of the reading time): a date cell comes as its day number, which
  // the date column reads as a date; hyperlinks and comments are not needed either.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  const date1904 = () => (workbook as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904 === true;
  try {
    for await (const worksheet of workbook) {
      const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
      const hidden = sheet.state !== undefined && sheet.state !== 'visible';
      for await (const row of sheet) {
        if (hidden) continue;
        const cells: (CellValue | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const value = cellValue(cell.value);
          if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) cells[column - 1] = value;
        });
        if (cells.length > 0) yield { sheet: sheet.name, row: row.number, cells, ...(date1904() ? { date1904: true as const } : {}) };
      }
    }
  } catch (err) {
    report(skmProblem(shown, 'xlsxUnreadable', lang, { detail: err instanceof Error ? err.message : String(err) }, {}));
  }
}
