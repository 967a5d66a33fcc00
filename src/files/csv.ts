/**
 * CSV as offices save it, read piece by piece so a file of any length takes the same memory: the
 * separator is the one the header line uses most outside quotes (Indonesian Excel writes ";",
 * others ","; tabs too), quoted fields may hold separators, doubled quotes and line breaks, lines
 * end at LF, CR LF or a lone CR. Every field is trimmed and located by the line and column where it
 * starts; records are numbered as a spreadsheet numbers its rows (a quoted line break does not start
 * a new one).
 */

export interface CsvField {
  text: string;
  line: number;
  column: number;
}

export interface CsvRecord {
  /** 1-based, counting every record, blank ones too: the row Excel shows for it. */
  row: number;
  fields: CsvField[];
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

/** A header line longer than this is decided on what has come, so an endless first line cannot fill memory. */
const HEADER_LIMIT = 1024 * 1024;

export class CsvParser {
  private separator: string | undefined;
  /** Text that came before the separator was known. */
  private pending = '';
  /** A last character whose meaning depends on the next one (CR before LF, a quote before a quote). */
  private held = '';
  private fields: CsvField[] = [];
  private field = '';
  private row = 1;
  private line = 1;
  private column = 1;
  private fieldStart = { line: 1, column: 1 };
  private openQuote: { line: number; column: number } | undefined;
  private prev = '';

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

  private endField(): void {
    this.fields.push({ text: this.field.replace(/\r\n?/g, '\n').trim(), ...this.fieldStart });
    this.field = '';
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    out.push({ row: this.row, fields: this.fields });
    this.fields = [];
    this.row++;
  }

  /**
   * Read `text` into records; unless `final`, a CR or quote at its very end waits for the next
   * piece, which says what it means. Returns where the reading stopped.
   */
  private scan(text: string, out: CsvRecord[], final: boolean): number {
    const sep = this.separator!;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (!final && i === text.length - 1 && (ch === '\r' || ch === '"')) return i;
      const next = text[i + 1];
      const prev = this.prev;
      this.prev = ch;
      if (this.field === '' && this.openQuote === undefined && ch === '"' && (prev === '' || prev === sep || prev === '\n' || prev === '\r')) {
        this.openQuote = { line: this.line, column: this.column };
        this.fieldStart = { line: this.line, column: this.column };
        this.column++;
        continue;
      }
      if (this.openQuote) {
        if (ch === '"' && next === '"') {
          this.field += '"';
          i++;
          this.prev = '"';
          this.column += 2;
          continue;
        }
        if (ch === '"') {
          this.openQuote = undefined;
          this.column++;
          continue;
        }
        this.field += ch;
        if (ch === '\n' || (ch === '\r' && next !== '\n')) {
          this.line++;
          this.column = 1;
        } else this.column++;
        continue;
      }
      if (ch === sep) {
        this.endField();
        this.column++;
        this.fieldStart = { line: this.line, column: this.column };
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && next === '\n') {
          i++;
          this.prev = '\n';
        }
        this.endRecord(out);
        this.line++;
        this.column = 1;
        this.fieldStart = { line: this.line, column: this.column };
      } else {
        if (this.field === '') this.fieldStart = { line: this.line, column: this.column };
        this.field += ch;
        this.column++;
      }
    }
    return text.length;
  }
}

/** A whole text at once: every record, and where a quotation mark was left open. */
export function parseCsv(text: string): { records: CsvRecord[]; openQuote?: { line: number; column: number } } {
  const parser = new CsvParser();
  const first = parser.push(text);
  const rest = parser.finish();
  return { ...rest, records: [...first, ...rest.records] };
}
