import { extname } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import type { Lang, Text } from '../../i18n/index.js';
import type { ImportFormat } from '../blocks.js';
import { readerProblem, type ReaderMessage } from './messages.js';
import { isCompoundFile, isZip } from '../../files/sniff.js';
import { readZip, ZipError } from '../../files/zip.js';

const FORMAT_NAMES: Record<ImportFormat, Text> = {
  docx: { id: 'dokumen Word (.docx)', en: 'a Word document (.docx)' },
  odt: { id: 'dokumen OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' },
  html: { id: 'halaman web (HTML)', en: 'a web page (HTML)' },
  pdf: { id: 'PDF', en: 'a PDF' },
  txt: { id: 'teks biasa', en: 'plain text' },
  md: { id: 'teks Markdown', en: 'Markdown text' },
  xlsx: { id: 'lembar kerja Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  csv: { id: 'tabel CSV', en: 'a CSV table' },
};

/** What a file's name says it is; .doc and .xls too, since Word and SIPP save web pages under them. */
const BY_EXTENSION: Record<string, ImportFormat> = {
  '.docx': 'docx', '.docm': 'docx', '.dotx': 'docx', '.doc': 'docx',
  '.odt': 'odt',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.pdf': 'pdf',
  '.txt': 'txt', '.text': 'txt',
  '.md': 'md', '.markdown': 'md',
  '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.xls': 'xlsx',
  '.csv': 'csv',
};

const IMAGES: readonly [string, (b: Uint8Array) => boolean][] = [
  ['PNG', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['JPEG', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['GIF', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['TIFF', (b) => ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*'],
  ['WebP', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['BMP', (b) => ascii(b, 0, 2) === 'BM' && b.length > 26 && b[14] !== undefined && b[14] >= 12 && b[15] === 0],
];

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** An encrypted .docx/.xlsx is a compound file holding a stream named "EncryptionInfo" (UTF-16 in its directory). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Markup that only a web page starts with, after a byte-order mark, white space and comments. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).replace(/^(?:\uFEFF|ï»¿|\s|<!--[\s\S]*?-->)+/, '').toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<meta[\s>]/.test(head)) return true;
  return head.startsWith('<?xml') && /<html[\s>]/.test(head);
}

/** Text rather than some binary format: no NUL bytes, unless it is UTF-16 with its mark. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return !bytes.subarray(0, 8192).includes(0);
}

/** The formats read from a file's content, the text reader's two included. */
/** The format a file's name promises, case ignored; undefined for a type the importer does not know. */
export function formatOf(file: string): ImportFormat | undefined {
  const ext = extname(file).toLowerCase();
  return Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

export type ReadableFormat = Exclude<ImportFormat, 'odt'>;

export type FormatChoice = { ok: true; format: ReadableFormat; notes: Diagnostic[] } | { ok: false; problem: Diagnostic };

/**
 * What a file is, from its content first and its name second: a .docx that is really a saved web
 * page is read as HTML, a renamed PDF as PDF (with a note), and what cannot be read (an image, an
 * old .doc, a password-protected or damaged file, an OpenDocument) is refused with a message
 * that says what to do. Text files are `txt` or `md` by name, read by the text reader.
 */
export function chooseFormat(file: string, bytes: Uint8Array, lang: Lang): FormatChoice {
  const ext = extname(file).toLowerCase();
  const named = formatOf(file);
  const refuse = (key: ReaderMessage, params: Record<string, string> = {}): FormatChoice => ({ ok: false, problem: readerProblem(file, key, lang, params) });
  const take = (format: ReadableFormat): FormatChoice => {
    const textual = (f: ImportFormat) => f === 'txt' || f === 'md' || f === 'csv';
    const renamed = named !== undefined && named !== format && !(textual(named) && textual(format));
    const notes = renamed ? [readerProblem(file, 'renamed', lang, { ext: ext.slice(1), actual: FORMAT_NAMES[format][lang] }, { severity: 'info' })] : [];
    return { ok: true, format, notes };
  };

  if (ascii(bytes, 0, 1024).includes('%PDF-')) return take('pdf');
  if (isZip(bytes)) {
    let entries: ReturnType<typeof readZip>;
    try {
      entries = readZip(bytes);
    } catch (err) {
      if (!(err instanceof ZipError)) throw err;
      return refuse('brokenZip', { ext: named === 'docx' || named === 'xlsx' ? ext.slice(1) : 'zip', detail: err.message });
    }
    if (entries.has('word/document.xml')) return take('docx');
    if (entries.has('xl/workbook.xml')) return take('xlsx');
    let mimetype = '';
    try {
      mimetype = entries.get('mimetype')?.read(200).toString('latin1') ?? '';
    } catch (err) {
      if (!(err instanceof ZipError)) throw err;
    }
    if (mimetype.includes('opendocument.text')) return refuse('openDocument', { kind: '.odt', target: lang === 'id' ? 'Dokumen Word 2007-365 (.docx)' : 'Word 2007-365 (.docx)' });
    if (mimetype.includes('opendocument.spreadsheet')) return refuse('openDocument', { kind: '.ods', target: 'Excel 2007-365 (.xlsx)' });
    return refuse('otherZip', { kind: entries.has('ppt/presentation.xml') ? 'PowerPoint' : mimetype.includes('opendocument') ? 'OpenDocument' : 'ZIP' });
  }
  if (isCompoundFile(bytes)) return refuse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO) ? 'encryptedOffice' : 'legacyOffice');
  if (ascii(bytes, 0, 5) === '{\\rtf') return refuse('rtf');
  const image = IMAGES.find(([, test]) => test(bytes));
  if (image) return refuse('image', { kind: image[0] });
  if (!looksLikeText(bytes)) return refuse('unknownFormat');
  // A web page saved under an Office name (SIPP and Word both do it) may start straight with its table.
  const officeNamed = named === 'docx' || named === 'xlsx';
  if (looksLikeHtml(bytes) || named === 'html' || (officeNamed && /^\s*<(?:table|div|style|title|p)[\s>]/i.test(ascii(bytes, 0, 512).replace(/^\uFEFF|^ï»¿/, '')))) return take('html');
  if (named === 'csv' || named === 'md') return take(named);
  return take('txt');
}
