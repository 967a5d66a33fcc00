import { extname } from 'node:path';
import type { ImportFormat, ReadDocument } from '../blocks.js';
import type { Lang } from '../../i18n/index.js';
import { FILE_START, makeDiagnostic } from '../../load/source.js';
import { READER_MESSAGES } from './messages.js';
import { readText } from './text.js';

/** Reads one file's bytes into blocks; problems go into the document, never thrown. */
export type Reader = (file: string, bytes: Uint8Array, options: { lang: Lang }) => Promise<ReadDocument>;

const FORMAT_NAMES: Record<ImportFormat, string> = { docx: 'Word (.docx)', odt: 'OpenDocument (.odt)', html: 'HTML', pdf: 'PDF', txt: 'teks (.txt)', md: 'Markdown (.md)', xlsx: 'Excel (.xlsx)', csv: 'CSV' };

/** A format whose reader is not in this build: one located, bilingual error, and no blocks. */
const notYet =
  (format: ImportFormat): Reader =>
  async (file, _bytes, { lang }) => ({
    file,
    format,
    blocks: [],
    problems: [makeDiagnostic(file, FILE_START, '', { rule: 'berkas', def: READER_MESSAGES.unsupported, params: { format: FORMAT_NAMES[format] } }, lang)],
  });

/** One reader per format; the mapping reads only what they return. */
export const READERS: Record<ImportFormat, Reader> = {
  txt: readText,
  md: readText,
  docx: notYet('docx'),
  odt: notYet('odt'),
  html: notYet('html'),
  pdf: notYet('pdf'),
  xlsx: notYet('xlsx'),
  csv: notYet('csv'),
};

const EXTENSIONS: Record<string, ImportFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.odt': 'odt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
};

/** The format of a file by its extension, case ignored; undefined for a type the importer does not know. */
export function formatOf(path: string): ImportFormat | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}
