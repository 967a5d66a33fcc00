import { posix } from 'node:path';
import { read } from 'node:fs';
import { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import type { CellValue } from './cells.js';
import { SheetScanner } from './sheet-xml.js';

/**
 * The rows of an .xlsx workbook, streamed: the archive is read from its central directory (yauzl,
 * on the file already opened and checked), its small parts and the shared strings parsed with
 * saxes, then each visible sheet's XML read as it inflates (sheet-xml.ts), one row at a time. Memory holds the shared
 * strings (one copy of each distinct text) and one row, whatever the number of rows. Styles are
 * not read: a date cell comes as its day number, with the workbook's date system, which the date
 * column reads as a date.
 */

export interface WorkbookRow {
  sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  /** By column, 0-based; empty cells are undefined. */
  cells: (CellValue | undefined)[];
}

export interface Workbook {
  /** Day numbers count from 1904 (old Excel for Mac), not 1900. */
  date1904: boolean;
  rows(): AsyncGenerator<WorkbookRow>;
  close(): void;
}

/** A damaged or foreign archive: what is wrong, for the message. */
export class WorkbookError extends Error {}

/** The parts of a workbook (ECMA-376): where the workbook is, and what its relationships point at. */
const OFFICE_DOCUMENT = /\/officeDocument$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const WORKSHEET = /\/worksheet$/;
/** A part read whole (relationships, the workbook's sheet list) never needs more than this. */
const SMALL_PART = 16 * 1024 * 1024;

/**
 * The archive's bytes by offset, from a file the caller opened and closes: yauzl's own reader of
 * a descriptor closes it when the archive is closed.
 */
class FdReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const fd = this.fd;
    let position = start;
    return new Readable({
      highWaterMark: 256 * 1024,
      read(size) {
        const length = Math.min(size, end - position);
        if (length <= 0) {
          this.push(null);
          return;
        }
        read(fd, Buffer.allocUnsafe(length), 0, length, position, (err, bytes, buffer) => {
          if (err) this.destroy(err);
          else if (bytes === 0) this.destroy(new WorkbookError('the file ends early'));
          else {
            position += bytes;
            this.push(buffer.subarray(0, bytes));
          }
        });
      },
    });
  }
}

function openArchive(fd: number, size: number): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(new FdReader(fd), size, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(new WorkbookError(err.message)) : resolve(zip)));
  });
}

/** Every entry of the archive by name. */
function entriesOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (err: Error) => reject(new WorkbookError(err.message)));
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err ? reject(new WorkbookError(err.message)) : resolve(stream)));
  });
}

/** An entry's text, piece by piece as it inflates; a damaged entry is a WorkbookError naming it. */
async function* entryText(zip: yauzl.ZipFile, entry: yauzl.Entry): AsyncGenerator<string> {
  const stream = await openEntry(zip, entry);
  stream.setEncoding('utf8');
  try {
    yield* stream as AsyncIterable<string>;
  } catch (err) {
    throw err instanceof WorkbookError ? err : new WorkbookError(`${entry.fileName}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    stream.destroy();
  }
}

/** Parse a part's XML as it inflates, handing each element's start, text and end to `handler`. */
async function parseEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('opentag', handler.open);
  if (handler.text) parser.on('text', handler.text);
  if (handler.close) parser.on('closetag', handler.close);
  for await (const piece of entryText(zip, entry)) {
    parser.write(piece);
    if (failure) break;
  }
  if (!failure) parser.close();
  if (failure) throw new WorkbookError(`${entry.fileName}: ${failure.message}`);
}

interface XmlHandler {
  open(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close?(tag: SaxesTagPlain): void;
}

/** An element's local name: "x:row" and "row" are the same element (some writers prefix the main namespace). */
const local = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Read a small part whole, for its elements' attributes. */
async function attributesOf(zip: yauzl.ZipFile, entry: yauzl.Entry, names: ReadonlySet<string>): Promise<{ name: string; attributes: Record<string, string> }[]> {
  if (entry.uncompressedSize > SMALL_PART) throw new WorkbookError(`${entry.fileName} is too large`);
  const found: { name: string; attributes: Record<string, string> }[] = [];
  const open = (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (names.has(name)) found.push({ name, attributes: tag.attributes });
  };
  await parseEntry(zip, entry, { open });
  return found;
}

/** A part named relative to the part that names it ("worksheets/sheet1.xml" from "xl/workbook.xml"), or absolute ("/xl/…"). */
function partPath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), target));
}

/** The relationships of a part: id → target part and type. */
async function relationships(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>, part: string): Promise<Map<string, { target: string; type: string }>> {
  const relsPath = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const entry = entries.get(relsPath);
  const out = new Map<string, { target: string; type: string }>();
  if (!entry) return out;
  for (const { attributes } of await attributesOf(zip, entry, new Set(['Relationship']))) {
    const { Id, Target, Type, TargetMode } = attributes;
    if (Id && Target && TargetMode !== 'External') out.set(Id, { target: partPath(part, Target), type: Type ?? '' });
  }
  return out;
}

/** The distinct texts cells refer to by index: each `<si>` joined from its runs, phonetic guides left out. */
async function sharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  const handler: XmlHandler = {
    open(tag) {
      const name = local(tag.name);
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
    close(tag) {
      const name = local(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      }
    },
  };
  await parseEntry(zip, entry, handler);
  return strings;
}

/** "AB12" → column 27 (0-based), or undefined without letters. */
function columnOf(ref: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  return i === 0 ? undefined : column - 1;
}

/** An ISO date or date-time as Excel's strict format writes a date cell (t="d"). */
function isoCell(text: string): Date | string {
  const d = new Date(/T|Z|[+-]\d\d:\d\d$/.test(text) ? text : `${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? text : d;
}

/** What a cell shows, from its type, its saved value and its formula: a formula without a saved value is said as such. */
function cellValue(type: string, value: string | undefined, formula: string | undefined, inline: string | undefined, strings: readonly string[]): CellValue | undefined {
  if (type === 'inlineStr') return inline ?? (formula !== undefined ? { formula } : undefined);
  if (value === undefined) return formula !== undefined ? { formula } : undefined;
  switch (type) {
    case 's': {
      const text = strings[Number(value)];
      return text ?? undefined;
    }
    case 'str':
      return value;
    case 'b':
      return value === '1' || value.toLowerCase() === 'true';
    case 'e':
      return { error: value };
    case 'd':
      return isoCell(value);
    default: {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
  }
}

/** The rows of one sheet, each yielded once its `</row>` is read. */
async function* sheetRows(zip: yauzl.ZipFile, entry: yauzl.Entry, sheet: string, strings: readonly string[]): AsyncGenerator<WorkbookRow> {
  const ready: WorkbookRow[] = [];
  let rowNumber = 0;
  let cells: (CellValue | undefined)[] = [];
  let column = -1;
  let type = 'n';
  // Parts of the cell being read: its saved value, its formula, its inline text.
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  const scanner = new SheetScanner({
    row(number) {
      rowNumber = number !== undefined && Number.isInteger(number) && number > 0 ? number : rowNumber + 1;
      cells = [];
      column = -1;
    },
    cell(ref, t) {
      const at = ref === undefined ? undefined : columnOf(ref);
      column = at ?? column + 1;
      type = t ?? 'n';
      value = formula = inline = undefined;
    },
    value(text) {
      value = text;
    },
    formula(text) {
      formula = text;
    },
    inline(text) {
      inline = (inline ?? '') + text;
    },
    cellEnd() {
      const shown = cellValue(type, value, formula, inline, strings);
      if (shown !== undefined && !(typeof shown === 'string' && shown.trim() === '')) cells[column] = shown;
    },
    rowEnd() {
      if (cells.length > 0) ready.push({ sheet, row: rowNumber, cells });
      cells = [];
    },
  });
  try {
    for await (const piece of entryText(zip, entry)) {
      scanner.write(piece);
      yield* ready;
      ready.length = 0;
    }
    scanner.end();
  } catch (err) {
    throw err instanceof WorkbookError ? err : new WorkbookError(`${entry.fileName}: ${err instanceof Error ? err.message : String(err)}`);
  }
  yield* ready;
}

/** Open the workbook in the archive of `size` bytes at `fd` (which stays open: the caller closes it). */
export async function openWorkbook(fd: number, size: number): Promise<Workbook> {
  const zip = await openArchive(fd, size);
  try {
    const entries = await entriesOf(zip);
    const root = await relationships(zip, entries, '');
    const workbookPart = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
    const workbookEntry = entries.get(workbookPart);
    if (!workbookEntry) throw new WorkbookError('no workbook in the archive');
    const parts = await relationships(zip, entries, workbookPart);
    const listed = await attributesOf(zip, workbookEntry, new Set(['sheet', 'workbookPr']));
    const pr = listed.find((e) => e.name === 'workbookPr')?.attributes.date1904;
    const date1904 = pr === '1' || pr === 'true';
    const sheets = listed
      .filter((e) => e.name === 'sheet')
      .map(({ attributes }) => ({ name: attributes.name ?? '', state: attributes.state ?? 'visible', part: parts.get(attributes['r:id'] ?? Object.entries(attributes).find(([k]) => local(k) === 'id')?.[1] ?? '') }))
      .filter((s) => s.part && WORKSHEET.test(s.part.type));
    const stringsPart = [...parts.values()].find((r) => SHARED_STRINGS.test(r.type))?.target;
    const stringsEntry = stringsPart ? entries.get(stringsPart) : undefined;
    const strings = stringsEntry ? await sharedStrings(zip, stringsEntry) : [];
    return {
      date1904,
      async *rows() {
        for (const sheet of sheets) {
          // Hidden sheets hold lists and sums, not responses.
          if (sheet.state !== 'visible') continue;
          const entry = entries.get(sheet.part!.target);
          if (!entry) throw new WorkbookError(`${sheet.part!.target} is missing`);
          yield* sheetRows(zip, entry, sheet.name, strings);
        }
      },
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw err instanceof WorkbookError ? err : new WorkbookError(err instanceof Error ? err.message : String(err));
  }
}
