/**
 * CSV as offices save it, read piece by piece so a file of any length takes the same memory: the
 * separator is the one the header line uses most outside quotes (Indonesian Excel writes ";",
 * others ","; tabs too), quoted fields may hold separators, doubled quotes and line breaks, lines
 * end at LF, CR LF or a lone CR. Every field is trimmed and located by the line and column where it
 * starts; records are numbered as a spreadsheet numbers its rows (a quoted line break does not start
 * a new one).
 */

export interface CsvRecord {
  /** 1-based, counting every record, blank ones too: the row Excel shows for it. */
  row: number;
  fields: string[];
  /** Where each field starts, two numbers per field: `starts[2i]` its line, `starts[2i + 1]` its column. */
  starts: number[];
}

/** The separator the header line uses most, outside quotes; undefined while that line has not ended. */
function separatorOf(text: string, final: boolean): string | undefined {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  let ended = final;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      ended = true;
      break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return ended ? [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0] : undefined;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const NONE = -1;

/** A header line longer than this is decided on what has come, so an endless first line cannot fill memory. */
const HEADER_LIMIT = 1024 * 1024;

export class CsvParser {
  private separator: string | undefined;
  /** Text that came before the separator was known. */
  private pending = '';
  /** A last character whose meaning depends on the next one (CR before LF, a quote before a quote). */
  private held = '';
  private fields: string[] = [];
  private starts: number[] = [];
  private field = '';
  private row = 1;
  private line = 1;
  private column = 1;
  private fieldLine = 1;
  private fieldColumn = 1;
  private openQuote: { line: number; column: number } | undefined;
  /** The character before the one being read (NONE at the start of the file). */
  private prev = NONE;

  /** The records completed by this piece of text. */
  push(text: string): CsvRecord[] {
    if (this.separator === undefined) {
      this.pending += text;
      this.separator = separatorOf(this.pending, this.pending.length > HEADER_LIMIT);
      if (this.separator === undefined) return [];
      text = this.pending;
      this.pending = '';
    }
    const out: CsvRecord[] = [];
    text = this.held + text;
    this.held = text.slice(this.scan(text, out, false));
    return out;
  }

  /** The last records, and where a quotation mark was opened and never closed, if one was. */
  finish(): { records: CsvRecord[]; openQuote?: { line: number; column: number } } {
    const out: CsvRecord[] = [];
    if (this.separator === undefined) {
      this.separator = separatorOf(this.pending, true);
      this.held = this.pending;
      this.pending = '';
    }
    this.scan(this.held, out, true);
    this.held = '';
    const openQuote = this.openQuote;
    if (this.field !== '' || this.fields.length > 0) this.endRecord(out);
    return openQuote ? { records: out, openQuote } : { records: out };
  }

  private startField(): void {
    this.fieldLine = this.line;
    this.fieldColumn = this.column;
  }

  private endField(): void {
    const field = this.field.includes('\r') ? this.field.replace(/\r\n?/g, '\n') : this.field;
    this.fields.push(field.trim());
    this.starts.push(this.fieldLine, this.fieldColumn);
    this.field = '';
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    out.push({ row: this.row, fields: this.fields, starts: this.starts });
    this.fields = [];
    this.starts = [];
    this.row++;
  }

  /**
   * Read `text` into records; unless `final`, a CR or quote at its very end waits for the next
   * piece, which says what it means. Returns where the reading stopped. Runs of ordinary
   * characters are taken as one slice: a file of 100,000 rows is millions of characters.
   */
  private scan(text: string, out: CsvRecord[], final: boolean): number {
    const sep = this.separator!.charCodeAt(0);
    const end = text.length;
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!final && i === end - 1 && (c === CR || c === QUOTE)) return i;
      if (this.openQuote) {
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            this.field += '"';
            i++;
            this.column += 2;
            this.prev = QUOTE;
          } else {
            this.openQuote = undefined;
            this.column++;
            this.prev = QUOTE;
          }
          continue;
        }
        // Up to the next quote (or a CR the next piece must explain), counting lines on the way.
        let j = text.indexOf('"', i);
        if (j < 0) j = !final && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        for (let k = i; k < j; k++) {
          const d = text.charCodeAt(k);
          if (d === LF || (d === CR && (k + 1 < end ? text.charCodeAt(k + 1) !== LF : true))) {
            this.line++;
            this.column = 1;
          } else this.column++;
        }
        this.field += text.slice(i, j);
        this.prev = text.charCodeAt(j - 1);
        i = j - 1;
        continue;
      }
      if (c === QUOTE && this.field === '' && (this.prev === NONE || this.prev === sep || this.prev === LF || this.prev === CR)) {
        this.openQuote = { line: this.line, column: this.column };
        this.startField();
        this.column++;
        this.prev = QUOTE;
      } else if (c === sep) {
        this.endField();
        this.column++;
        this.startField();
        this.prev = c;
      } else if (c === LF || c === CR) {
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        this.endRecord(out);
        this.line++;
        this.column = 1;
        this.startField();
        this.prev = text.charCodeAt(i);
      } else {
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if (d === sep || d === LF || d === CR || d === QUOTE) break;
          j++;
        }
        if (this.field === '') this.startField();
        this.field += text.slice(i, j);
        this.column += j - i;
        this.prev = text.charCodeAt(j - 1);
        i = j - 1;
      }
    }
    return end;
  }
}

/** A whole text at once: every record, and where a quotation mark was left open. */
export function parseCsv(text: string): { records: CsvRecord[]; openQuote?: { line: number; column: number } } {
  const parser = new CsvParser();
  const first = parser.push(text);
  const rest = parser.finish();
  return { ...rest, records: [...first, ...rest.records] };
}

/**
 * A text that starts like a formula (=, +, -, @, a tab or CR) is one to a spreadsheet, which would
 * show "#NAME?" for a bulleted list or run a formula a document smuggled in; a leading apostrophe
 * makes it text, and the importer takes it off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | Date | undefined, separator = ','): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
