import type { Block, SourceRef } from '../blocks.js';

/**
 * The blocks of any reader as one tree of lines: a heading, a paragraph, a list item or a table
 * row is an Item with the document's own marker and what stands under it. The mapping reads only
 * this, so a Word list, an HTML list and typed "1." lines are the same thing to it.
 */
export interface Item {
  text: string;
  marker?: string;
  children: Item[];
  at: SourceRef;
  heading?: boolean;
  /** A table's rows, each cell's content as items. */
  rows?: { text: string; items: Item[] }[][];
}

export function itemsOf(blocks: readonly Block[]): Item[] {
  const out: Item[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push({ text: b.text, children: [], at: b.at, heading: true });
    else if (b.kind === 'paragraph') out.push(...b.text.split('\n').filter((t) => t.trim() !== '').map((t) => ({ text: t.trim(), children: [], at: b.at })));
    else if (b.kind === 'list') {
      for (const it of b.items) out.push({ text: it.text, marker: it.marker, children: itemsOf(it.children), at: b.at });
    } else out.push({ text: '', children: [], at: b.at, rows: b.rows.map((r) => r.map((c) => ({ text: c.text, items: c.blocks.length > 0 ? itemsOf(c.blocks) : textItems(c.text, b.at) }))) });
  }
  return out;
}

const textItems = (text: string, at: SourceRef): Item[] =>
  text
    .split('\n')
    .filter((t) => t.trim() !== '')
    .map((t) => ({ text: t.trim(), children: [], at }));

/** The item as written: its marker and text. */
export const written = (item: Item) => (item.marker ? `${item.marker} ${item.text}` : item.text).trim();

/** Every line under the items, depth first, as written (markers kept); table cells row by row. */
export function linesOf(items: readonly Item[], depth = 0): string[] {
  const out: string[] = [];
  for (const it of items) {
    if (it.rows) for (const row of it.rows) out.push(row.map((c) => c.text.replace(/\n/g, ' ')).join(' | '));
    else if (written(it)) out.push('  '.repeat(depth) + written(it));
    out.push(...linesOf(it.children, depth + 1));
  }
  return out;
}

/** Every item, depth first. */
export function* walk(items: readonly Item[]): Generator<Item> {
  for (const it of items) {
    yield it;
    yield* walk(it.children);
  }
}

/**
 * "1. Surat keterangan 2. KTP-el orang tua 3. Kartu Keluarga" typed on one line (or in one cell):
 * split into the items it numbers, when the numbers follow each other from the item's own. The
 * numbers must run on ("2." after "1."), so "Nomor 2. Tahun" in a sentence stays whole.
 */
export function splitInline(item: Item): Item[] {
  const first = item.marker ? /^\(?(\d{1,3}|[a-z])[.)]$/.exec(item.marker) : null;
  if (!first) return [item];
  const numeric = /\d/.test(first[1]!);
  const start = numeric ? Number(first[1]) : first[1]!.charCodeAt(0);
  const close = item.marker!.slice(-1);
  const parts: Item[] = [];
  let rest = item.text;
  let marker = item.marker!;
  for (let n = start + 1; ; n++) {
    const label = numeric ? String(n) : String.fromCharCode(n);
    const re = new RegExp(`(?:^|\\s)(\\(?${label}\\${close})\\s+(?=\\S)`);
    const m = re.exec(rest);
    if (!m || m.index === 0) break;
    parts.push({ ...item, marker, text: rest.slice(0, m.index).trim(), children: [] });
    marker = m[1]!;
    rest = rest.slice(m.index + m[0].length);
  }
  if (parts.length === 0) return [item];
  parts.push({ ...item, marker, text: rest.trim() });
  return parts;
}

/** Splits every item of a list that runs several numbered items together. */
export const splitAll = (items: readonly Item[]): Item[] => items.flatMap((it) => splitInline({ ...it, children: splitAll(it.children) }));

/** "PENERBITAN KARTU KELUARGA BARU" → "Penerbitan Kartu Keluarga Baru"; short capitals (KTP, SIM, NIB) and mixed case kept. */
export function titleCase(text: string): string {
  const l = text.replace(/[^A-Za-z]/g, '');
  if (l !== l.toUpperCase()) return text;
  const small = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'bagi', 'yang', 'dengan', 'pada', 'oleh', 'serta', 'tentang', 'dalam', 'atas']);
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => {
      if (/^\s+$/.test(w) || (i > 0 && small.has(w))) return w;
      const bare = w.replace(/[^a-z]/g, '');
      const original = text.split(/(\s+)/)[i]!;
      if (bare.length > 0 && bare.length <= 3 && !['dan', 'anak', 'akta', 'kartu'].includes(bare)) return original;
      return w.replace(/[a-z]/, (c) => c.toUpperCase());
    })
    .join('');
}

const NOTE = /^(?:catatan|keterangan|ket\.)\s*:\s*(.*)$/i;

/** "Catatan: …" starting a line: the note's own text (empty when the note goes on in the lines after it). */
export const noteText = (text: string): string | undefined => NOTE.exec(text.trim())?.[1]?.trim();

/**
 * An item's note: "Catatan: …" written under it (and the unnumbered paragraphs that go on with
 * it); the item without it.
 */
export function withNote(item: Item): { item: Item; catatan?: string } {
  const at = item.children.findIndex((c) => !c.marker && !c.rows && noteText(c.text) !== undefined);
  if (at < 0) return { item };
  let end = at + 1;
  while (end < item.children.length && !item.children[end]!.marker && !item.children[end]!.rows && item.children[end]!.children.length === 0) end++;
  const parts = [noteText(item.children[at]!.text)!, ...item.children.slice(at + 1, end).map((c) => c.text)].filter((t) => t !== '');
  const rest = [...item.children.slice(0, at), ...item.children.slice(end)];
  return parts.length > 0 ? { item: { ...item, children: rest }, catatan: parts.join('\n\n') } : { item };
}

/** Trims what a cell or line carries around a value: ":" or ";" at the ends, closing punctuation. */
export const tidy = (text: string) => text.replace(/^[\s:;,.–-]+/, '').replace(/[\s:;,]+$/, '').trim();

/**
 * "Kartu Keluarga (asli) Catatan: Ditarik oleh petugas.": an item and the note printed after it,
 * as a page writes an item's note. Only the page's own word, capitalised, is taken: "lihat
 * catatan: …" inside a sentence stays the sentence.
 */
export function splitNote(text: string): { text: string; catatan?: string } {
  const m = /\s+Catatan\s*:\s+(\S[\s\S]*)$/.exec(text);
  return m && m.index > 0 ? { text: text.slice(0, m.index).trim(), catatan: m[1]!.trim() } : { text };
}

/** "Catatan: …" on an unmarked line of its own: the note's text, or undefined (also for a label with nothing after it). */
export const noteLine = (item: Item): string | undefined => (item.marker ? undefined : noteText(item.text) || undefined);
