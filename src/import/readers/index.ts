import type { ReadableFormat } from './detect.js';
import type { Reader } from './reader.js';

export { chooseFormat, formatOf, type FormatChoice, type ReadableFormat } from './detect.js';
export type { Reader, ReaderOptions } from './reader.js';

/**
 * The readers by format, each loaded when a file of its format is read: checking standards never
 * loads mammoth, exceljs or parse5. An .odt is refused by `chooseFormat` with the way to save it
 * as .docx, so it has no reader.
 */
export const READERS: Record<ReadableFormat, () => Promise<Reader>> = {
  txt: () => import('./text.js').then((m) => m.readText),
  md: () => import('./text.js').then((m) => m.readText),
  html: () => import('./html.js').then((m) => m.readHtml),
  docx: () => import('./docx.js').then((m) => m.readDocx),
  pdf: () => import('./pdf.js').then((m) => m.readPdf),
  xlsx: () => import('./spreadsheet.js').then((m) => m.readXlsx),
  csv: () => import('./spreadsheet.js').then((m) => m.readCsv),
};
