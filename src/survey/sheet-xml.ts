/**
 * A worksheet's XML (`<sheetData>`: rows, cells, their values), read piece by piece as it
 * inflates. The general XML parser (saxes) reads the small parts; a sheet of 100,000 rows is
 * 50 MB of the same few elements, which this scanner reads several times faster by looking only
 * for them: `row`, `c` with its `r` and `t`, `v`, `f`, and the `t` of inline strings (outside
 * phonetic runs). Everything else (columns, merged cells, comments, processing instructions) is
 * passed over. Text is decoded as XML says (the five named entities, character references, CDATA).
 */

export interface SheetEvents {
  row(number: number | undefined): void;
  /** A cell starts: its reference ("B12") and type (`t`), when written. */
  cell(ref: string | undefined, type: string | undefined): void;
  /** Text of the cell's saved value, formula or inline string, whole. */
  value(text: string): void;
  formula(text: string): void;
  inline(text: string): void;
  cellEnd(): void;
  rowEnd(): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its references replaced; throws on a reference XML does not know. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}

const LOOSE_ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value in the start tag between `start` and `end`, decoded; undefined when absent. */
function attributeAt(xml: string, start: number, end: number, name: string): string | undefined {
  const tag = xml.slice(start, end);
  // As every writer seen writes it: ` r="B12"`.
  const quick = tag.indexOf(` ${name}="`);
  if (quick >= 0) {
    const from = quick + name.length + 3;
    const to = tag.indexOf('"', from);
    if (to >= 0) return decodeXmlText(tag.slice(from, to));
  }
  if (!tag.includes(name)) return undefined;
  // Any other spacing or quoting XML allows.
  let loose = LOOSE_ATTRIBUTES.get(name);
  if (!loose) LOOSE_ATTRIBUTES.set(name, (loose = new RegExp(`[\\s:]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = loose.exec(tag);
  return match ? decodeXmlText(match[1] ?? match[2]!) : undefined;
}

/** The local name of the element whose name starts at `start` ("x:row" → "row"). */
function nameAt(xml: string, start: number, end: number): string {
  let stop = start;
  let colon = -1;
  for (; stop < end; stop++) {
    const c = xml.charCodeAt(stop);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    if (c === 58) colon = stop;
  }
  return xml.slice(colon < 0 ? start : colon + 1, stop);
}

export class SheetScanner {
  private rest = '';
  /** What the text being read belongs to, and the text so far. */
  private into: 'v' | 'f' | 't' | undefined;
  private text = '';
  private phonetic = 0;

  constructor(private readonly on: SheetEvents) {}

  /** A piece of the XML; what a piece leaves unfinished (a tag cut in two) waits for the next. */
  write(piece: string): void {
    const xml = this.rest + piece;
    let at = 0;
    for (;;) {
      const open = xml.indexOf('<', at);
      if (open < 0) {
        if (this.into) this.text += xml.slice(at);
        at = xml.length;
        break;
      }
      if (open > at && this.into) this.text += xml.slice(at, open);
      const next = xml.charCodeAt(open + 1);
      if (next === 33) {
        // <![CDATA[…]]> (text), <!-- … --> and <!DOCTYPE …>: each with its own end.
        const cdata = xml.startsWith('<![CDATA[', open);
        const endMark = cdata ? ']]>' : xml.startsWith('<!--', open) ? '-->' : '>';
        const end = xml.indexOf(endMark, open + 2);
        if (end < 0) {
          at = open;
          break;
        }
        if (cdata && this.into) this.text += xml.slice(open + 9, end);
        at = end + endMark.length;
        continue;
      }
      const close = xml.indexOf('>', open);
      if (close < 0) {
        at = open;
        break;
      }
      // The saved value as most cells hold it, "<v>3</v>", read in one step.
      if (next === 118 && close === open + 2 && this.phonetic === 0) {
        const end = xml.indexOf('</v>', close);
        if (end >= 0 && xml.indexOf('<', close + 1) === end) {
          this.on.value(decodeXmlText(xml.slice(close + 1, end)));
          at = end + 4;
          continue;
        }
      }
      if (next !== 63) this.tag(xml, open + 1, close);
      at = close + 1;
    }
    this.rest = xml.slice(at);
  }

  /** The end of the XML: nothing may be left open. */
  end(): void {
    if (this.rest.trim() !== '') throw new Error('the sheet ends inside a tag');
  }

  /** The tag between `<` (excluded, at `start`) and `>` (at `end`). */
  private tag(xml: string, start: number, end: number): void {
    if (xml.charCodeAt(start) === 47) {
      this.endTag(nameAt(xml, start + 1, end));
      return;
    }
    const name = nameAt(xml, start, end);
    const empty = xml.charCodeAt(end - 1) === 47;
    switch (name) {
      case 'row': {
        const r = attributeAt(xml, start, end, 'r');
        this.on.row(r === undefined ? undefined : Number(r));
        if (empty) this.on.rowEnd();
        break;
      }
      case 'c':
        this.on.cell(attributeAt(xml, start, end, 'r'), attributeAt(xml, start, end, 't'));
        if (empty) this.on.cellEnd();
        break;
      case 'v':
      case 'f':
        if (empty) {
          if (name === 'f') this.on.formula('');
          else this.on.value('');
        } else {
          this.into = name;
          this.text = '';
        }
        break;
      case 'rPh':
        if (!empty) this.phonetic++;
        break;
      case 't':
        if (this.phonetic === 0) {
          if (empty) this.on.inline('');
          else {
            this.into = 't';
            this.text = '';
          }
        }
        break;
    }
  }

  private endTag(name: string): void {
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        if (this.into === name) {
          const text = decodeXmlText(this.text);
          if (name === 'v') this.on.value(text);
          else if (name === 'f') this.on.formula(text);
          else this.on.inline(text);
          this.into = undefined;
        }
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        this.on.cellEnd();
        break;
      case 'row':
        this.on.rowEnd();
        break;
    }
  }
}
