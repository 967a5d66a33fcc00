import { Paragraph, Tab, TextRun, type ParagraphChild, type Table } from 'docx';
import type { TextBlock } from '../../../model/format.js';
import { Gap, Teks } from '../../../render/view/read.js';
import { COLOR, LIST_INDENT, LIST_LEVELS, listStyleId, NUMBERING_REF } from './styles.js';

export type Block = Paragraph | Table;

/** How a piece of text is set: the classes of the HTML page, as Word run properties. */
export interface Format {
  bold?: boolean;
  italics?: boolean;
  /** Set in grey, as the page sets a `keterangan` or a note. */
  muted?: boolean;
  /** Shown in capitals, written as the document writes it (the page's `text-transform`). */
  caps?: boolean;
  underline?: boolean;
}

export function run(text: string, f: Format = {}): TextRun {
  return new TextRun({
    text,
    ...(f.bold ? { bold: true } : {}),
    ...(f.italics ? { italics: true } : {}),
    ...(f.muted ? { color: COLOR.muted } : {}),
    ...(f.caps ? { allCaps: true } : {}),
    ...(f.underline ? { underline: {} } : {}),
  });
}

/** A value that is not there, said as the page says it: "Belum diisi", "Tidak dinyatakan dalam dokumen: …". */
export const gapRun = (g: Gap) => run(String(g), { italics: true, muted: true });

/** A line of a flow: one paragraph; `marked` when it starts with the document's own list marker. */
interface Line {
  runs: ParagraphChild[];
  marked?: boolean;
}

/** A nested list or table, made when the list depth it sits at is known. */
type Deferred = (depth: number) => Block[];

/**
 * Content as the HTML page lays it out, line by line: inline text joins the current line; a
 * block (a paragraph, a note, an address on its own line) starts a new one; a nested list or a
 * table sits between lines. A flow becomes paragraphs in a table cell, in the body, or as one
 * item of a numbered list, its first line carrying the number and the others continuing it.
 */
export class Flow {
  private readonly parts: (Line | Deferred)[] = [];
  private open = false;

  add(...runs: ParagraphChild[]): this {
    if (!this.open) {
      this.parts.push({ runs: [] });
      this.open = true;
    }
    (this.parts.at(-1) as Line).runs.push(...runs);
    return this;
  }

  text(text: string, f?: Format): this {
    return this.add(run(text, f));
  }

  /** What follows starts a new paragraph. */
  line(): this {
    this.open = false;
    return this;
  }

  /** A line that starts with the document's own marker ("a.", "(1)"), its text hanging after it. */
  marked(marker: string, text: string): this {
    this.parts.push({ runs: [new TextRun({ children: [marker, new Tab(), text] })], marked: true });
    this.open = false;
    return this;
  }

  block(deferred: Deferred): this {
    this.parts.push(deferred);
    this.open = false;
    return this;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /**
   * The paragraphs and tables of this flow. `depth` is the list level it sits at (-1: not in a
   * list); `number`, the list instance whose item this flow is, puts the number on its first line.
   */
  render(depth: number, base: string | undefined, number?: { ordered: boolean; instance: number }): Block[] {
    const level = Math.min(depth, LIST_LEVELS - 1);
    const parts = number && typeof this.parts[0] !== 'object' ? [{ runs: [] }, ...this.parts] : this.parts;
    return parts.flatMap((part, i): Block[] => {
      if (typeof part === 'function') return part(depth + 1);
      if (i === 0 && number) {
        const reference = number.ordered ? NUMBERING_REF.ordered : NUMBERING_REF.bullet;
        return [new Paragraph({ style: listStyleId(number.ordered ? 'ListNumber' : 'ListBullet', level), numbering: { reference, level, instance: number.instance }, children: part.runs })];
      }
      const style = depth >= 0 ? listStyleId('ListContinue', level) : base;
      const left = LIST_INDENT * (level + 1);
      const indent = part.marked ? { indent: { left: depth >= 0 ? left + LIST_INDENT : LIST_INDENT, hanging: LIST_INDENT } } : {};
      return [new Paragraph({ ...(style ? { style } : {}), ...indent, children: part.runs })];
    });
  }
}

/**
 * Numbers the lists of one document: each list is its own instance of the numbering, so it
 * starts again at 1, as each `<ol>` of the page does.
 */
export class ListCounter {
  private count = 0;

  /** A list of items at the depth its flow puts it. */
  list(ordered: boolean, items: readonly Flow[]): Deferred {
    return (depth) => {
      if (items.length === 0) return [];
      const instance = ++this.count;
      return items.flatMap((item) => item.render(depth, undefined, { ordered, instance }));
    };
  }
}

/** Paragraphs and lists of a free text (the `blok` partial); an ordered list keeps the document's own markers. */
export function freeText(flow: Flow, blocks: readonly TextBlock[], lists: ListCounter): Flow {
  for (const b of blocks) {
    if ('paragraf' in b) flow.line().text(b.paragraf).line();
    else if (b.daftar.berurut) for (const item of b.daftar.butir) flow.marked(item.penanda ?? '', item.teks);
    else flow.block(lists.list(false, b.daftar.butir.map((item) => new Flow().text(item.teks))));
  }
  return flow.line();
}

/** A text in running content (the `teks` partial): a gap, paragraphs and lists, or one line. */
export function inline(flow: Flow, v: Teks | Gap | string | undefined, lists: ListCounter, f?: Format): Flow {
  if (v === undefined) return flow;
  if (v instanceof Gap) return flow.add(gapRun(v));
  if (v instanceof Teks && v.blok) return freeText(flow.line(), v.blok, lists);
  return flow.text(String(v), f);
}

/** A text as a block of its own (the `paragraf` partial). */
export function paragraph(flow: Flow, v: Teks | Gap | string | undefined, lists: ListCounter, f?: Format): Flow {
  if (v === undefined) return flow;
  return inline(flow.line(), v, lists, f).line();
}

/** A note (the `catatan` partial): on its own line, after "Catatan:". */
export function note(flow: Flow, catatan: Teks | undefined, label: string, lists: ListCounter): Flow {
  if (!catatan) return flow;
  flow.line().text(`${label}:`, { italics: true, muted: true });
  if (catatan.blok) return freeText(flow, catatan.blok, lists);
  return flow.text(` ${catatan.teks}`, { muted: true }).line();
}
