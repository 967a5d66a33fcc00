import { closeSync, createReadStream, readSync, type ReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { CsvParser } from '../files/csv.js';
import { StreamTextDecoder } from '../files/decode.js';
import { fileProblemMessage, fileProblemRule } from '../files/messages.js';
import { openFound } from '../files/read.js';
import { isCompoundFile, isZip } from '../files/sniff.js';
import { makeDiagnostic, FILE_START } from '../load/source.js';
import type { Lang } from '../i18n/index.js';
import type { CellValue } from './cells.js';
import { skmProblem } from './messages.js';
import type { Workbook } from './xlsx.js';

/**
 * The rows of a responses file, streamed: a CSV file through the shared parser, an .xlsx workbook
 * through `openWorkbook` (xlsx.ts: the archive read by offset, each sheet's XML parsed as it
 * inflates), so a file of any length is read in the same memory. The content decides the format,
 * not the name. Rows come as the sheet numbers them; empty cells are undefined. What cannot be
 * read is said through `report`.
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

/** How much of the file's start decides what it is. */
const SNIFF = 8192;

export async function* readRows(path: string, shown: string, lang: Lang, report: (d: Diagnostic) => void): AsyncGenerator<SheetRow> {
  const opened = openFound(path, { limit: SIZE_LIMIT });
  if (!opened.ok) {
    const { def, params } = fileProblemMessage(opened, { path: shown }, lang);
    report(makeDiagnostic(shown, FILE_START, '', { rule: fileProblemRule(opened), def, params }, lang));
    return;
  }
  const { fd } = opened;
  // A CSV file's stream closes the file itself, when it ends or its reader stops.
  let streamed = false;
  try {
    const start = Buffer.alloc(SNIFF);
    const first = start.subarray(0, readSync(fd, start, 0, SNIFF, 0));
    if (isCompoundFile(first)) report(skmProblem(shown, 'oldExcel', lang, {}, {}));
    else if (isZip(first)) yield* xlsxRows(fd, opened.size, shown, lang, report);
    else if (!isUtf16(first) && first.includes(0)) report(skmProblem(shown, 'notTable', lang, {}, {}));
    else {
      streamed = true;
      yield* csvRows(createReadStream('', { fd, start: 0, highWaterMark: 256 * 1024 }), shown, lang, report);
    }
  } finally {
    if (!streamed) closeSync(fd);
  }
}

async function* csvRows(chunks: ReadStream, shown: string, lang: Lang, report: (d: Diagnostic) => void): AsyncGenerator<SheetRow> {
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
  try {
    for await (const chunk of chunks as AsyncIterable<Buffer>) yield* rows(parser.push(decoder.write(chunk)));
  } finally {
    chunks.destroy();
  }
  const last = parser.push(decoder.end());
  const { records, openQuote } = parser.finish();
  yield* rows([...last, ...records]);
  if (decoder.guessed) report(skmProblem(shown, 'notUtf8', lang, { charset: decoder.guessed }, {}, 'info'));
  if (openQuote) report(skmProblem(shown, 'csvOpenQuote', lang, {}, openQuote, 'warning'));
}

async function* xlsxRows(fd: number, size: number, shown: string, lang: Lang, report: (d: Diagnostic) => void): AsyncGenerator<SheetRow> {
  let workbook: Workbook | undefined;
  try {
    // The workbook reader (yauzl, saxes) loads with the first .xlsx: CSV files and the library's import do without it.
    const { openWorkbook } = await import('./xlsx.js');
    workbook = await openWorkbook(fd, size);
    const date1904 = workbook.date1904 ? { date1904: true as const } : {};
    for await (const row of workbook.rows()) yield { ...row, ...date1904 };
  } catch (err) {
    report(skmProblem(shown, 'xlsxUnreadable', lang, { detail: err instanceof Error ? err.message : String(err) }, {}));
  } finally {
    workbook?.close();
  }
}
