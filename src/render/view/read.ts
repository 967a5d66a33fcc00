import type { Lang } from '../../i18n/index.js';
import { isNotStated } from '../../model/absence.js';
import { textBlocks, type TextBlock } from '../../model/format.js';
import { labels } from '../labels.js';

/**
 * Reading a document for a page. The data may not match the schema (a page is made of whatever
 * a file holds, the check stage says what is wrong), so the views read it only through these:
 * a missing or mistyped value is a gap on the page, never an exception and never a made-up value.
 */

/** A value printed on one line: a text with its line breaks made spaces, or a number as written. */
export function line(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/[ \t\r\n]+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/**
 * A free text as a page prints it: `teks` on one line, and `blok` (paragraphs and lists, see
 * `textBlocks`) when it has more than one paragraph or a list. Templates print it with the
 * partials `teks` (inline) and `paragraf`; a template that prints `{{x}}` gets the one line.
 */
export class Teks {
  readonly teks: string;
  readonly blok?: TextBlock[];

  constructor(text: string) {
    this.teks = text.replace(/[ \t\r\n]+/g, ' ').trim();
    const blocks = textBlocks(text);
    if (blocks.length > 1 || (blocks[0] !== undefined && 'daftar' in blocks[0])) this.blok = blocks;
  }

  toString(): string {
    return this.teks;
  }
}

export function text(v: unknown): Teks | undefined {
  const s = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : undefined;
  return s !== undefined && s.trim() !== '' ? new Teks(s) : undefined;
}

/**
 * Why something a page would show is not there: not filled in (absent or empty), stated by the
 * document not to be given (`{ tidak_dinyatakan: true, alasan }`), or outside what the document
 * declares it covers (`cakupan`). Printed plainly in the layout's own style, never hidden.
 */
export type GapKind = 'belum_diisi' | 'tidak_dinyatakan' | 'di_luar_cakupan';

export class Gap {
  readonly kosong = true;

  constructor(
    readonly jenis: GapKind,
    readonly teks: string,
    readonly alasan?: string,
  ) {}

  toString(): string {
    return this.alasan ? `${this.teks}: ${this.alasan}` : this.teks;
  }
}

/** The gap for a value that is missing: "Belum diisi", or "Tidak dinyatakan dalam dokumen: <alasan>". */
export function gapFor(v: unknown, lang: Lang): Gap {
  const l = labels(lang);
  if (isNotStated(v)) return new Gap('tidak_dinyatakan', l.notStated, line((v as { alasan?: unknown }).alasan));
  return new Gap('belum_diisi', l.notFilled);
}

/** The value on one line, or the gap that says why it is not there. */
export function lineOrGap(v: unknown, lang: Lang): string | Gap {
  return (isNotStated(v) ? undefined : line(v)) ?? gapFor(v, lang);
}

/** The free text, or the gap that says why it is not there. */
export function textOrGap(v: unknown, lang: Lang): Teks | Gap {
  return (isNotStated(v) ? undefined : text(v)) ?? gapFor(v, lang);
}
