import { Document, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { parseSource } from '../load/source.js';
import type { DocumentKind } from '../schema/validators.js';
import { SchemaGuide, type NodeShape, type SchemaLocation } from './key-order.js';

export interface FormatResult {
  /** The formatted text (the input unchanged when it cannot be parsed). */
  text: string;
  changed: boolean;
  /** Parser problems: a file with errors is left as it is. */
  diagnostics: Diagnostic[];
  /** 1-based line of the first difference, when changed. */
  firstChange?: number;
}

/** Identifiers that YAML tools other than ours would read as numbers (NIP, phone numbers with a leading 0). */
const NUMBER_LOOKING_TEXT = /^(?:0[0-9]+|[0-9]{16,})$/;

let guide: SchemaGuide | undefined;

const keyName = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

function shapeOf(node: unknown): NodeShape {
  return isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar';
}

/**
 * Sort a mapping's keys into schema order. Comments and blank lines travel with their key; the
 * comment above the first key belongs to the mapping in yaml's model, so it is handed to the key
 * it was written above before that key moves.
 */
function sortMap(map: YAMLMap, order: readonly string[]): void {
  if (order.length === 0 || map.items.length < 2) return;
  const rank = (p: Pair) => {
    const i = order.indexOf(keyName(p));
    return i < 0 ? order.length : i;
  };
  const before = map.items[0]!;
  const sorted = [...map.items].sort((a, b) => rank(a) - rank(b));
  if (sorted.every((p, i) => p === map.items[i])) return;
  const after = sorted[0]!;
  if (after !== before && !map.flow) {
    const oldKey = before.key as Node;
    const newKey = after.key as Node;
    const lead = [map.commentBefore, oldKey.commentBefore].filter(Boolean).join('\n');
    if (lead && isScalar(oldKey) && isScalar(newKey)) {
      // Above a blank line the comment heads the whole mapping (a file header, a group title) and
      // stays on top; below it, it belongs to the key it was written above.
      const split = lead.lastIndexOf('\n\n');
      const header = split < 0 ? undefined : lead.slice(0, split);
      const own = split < 0 ? lead : lead.slice(split + 2);
      map.commentBefore = undefined;
      oldKey.commentBefore = own || undefined;
      if (header) newKey.commentBefore = newKey.commentBefore ? `${header}\n\n${newKey.commentBefore}` : `${header}\n`;
    }
    // The blank line that opened the mapping stays at the top.
    if (isScalar(oldKey) && isScalar(newKey)) [oldKey.spaceBefore, newKey.spaceBefore] = [newKey.spaceBefore, oldKey.spaceBefore];
  }
  map.items = sorted;
}

function visit(node: unknown, schema: SchemaLocation | undefined, g: SchemaGuide): void {
  if (isPair(node)) return visit(node.value, schema, g);
  const fitted = g.fit(schema, shapeOf(node));
  if (isMap(node)) {
    sortMap(node, g.keyOrder(fitted));
    for (const pair of node.items) visit(pair.value, g.property(fitted, keyName(pair)), g);
  } else if (isSeq(node)) {
    const items = g.items(fitted);
    for (const item of node.items) visit(item, items, g);
  } else if (isScalar(node) && typeof node.value === 'string' && node.type === Scalar.PLAIN && NUMBER_LOOKING_TEXT.test(node.value)) {
    node.type = Scalar.QUOTE_DOUBLE;
  }
}

interface Anchor {
  offset: number;
  column: number;
  /** The node whose commentBefore/spaceBefore print above this key or list item. */
  node: Node;
}

const leadingSpaces = (line: string) => line.length - line.trimStart().length;

/**
 * yaml gives every comment line after the last entry of a block collection to that collection,
 * whatever its indentation, so a comment written above the next outer key would be printed
 * indented inside the previous block. Lines indented less than the collection are handed to the
 * next key or list item at their indentation, as the author wrote them.
 */
function rehomeTrailingComments(doc: Document, text: string): void {
  const anchors: Anchor[] = [];
  type Block = { node: YAMLMap | YAMLSeq; column: number };
  const trailing: (Block & { from: number; to: number; ancestors: Block[] })[] = [];
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const collect = (node: unknown, ancestors: Block[]): void => {
    if (!isMap(node) && !isSeq(node)) return;
    let inner = ancestors;
    if (!node.flow && node.range && node.items.length > 0) {
      let column = -1;
      for (const item of node.items) {
        const target = (isPair(item) ? item.key : item) as Node | null;
        let offset = target?.range?.[0];
        if (offset === undefined || !target) continue;
        if (isSeq(node)) offset = text.lastIndexOf('-', offset);
        const col = offset - lineStart(offset);
        if (column < 0) column = col;
        anchors.push({ offset, column: col, node: target });
      }
      if (column >= 0) {
        if (node.comment) trailing.push({ node, column, from: node.range[1], to: node.range[2], ancestors });
        inner = [...ancestors, { node, column }];
      }
    }
    for (const item of node.items) collect(isPair(item) ? item.value : item, inner);
  };
  collect(doc.contents, []);
  anchors.sort((a, b) => a.offset - b.offset);
  const asComment = (ls: string[]) => ls.map((l) => (l.trim() === '' ? '' : l.trim().slice(1))).join('\n');
  const isBlank = (l: string) => l.trim() === '';

  for (const t of trailing) {
    const start = lineStart(t.from) === t.from ? t.from : text.indexOf('\n', t.from) + 1;
    if (start <= 0 || start >= t.to) continue;
    const lines = text.slice(start, t.to).split('\n');
    const found = lines.findIndex((l) => l.trim().startsWith('#') && leadingSpaces(l) < t.column);
    const escape = found < 0 ? lines.length : found;
    const kept = lines.slice(0, escape);
    const moved = lines.slice(escape);
    while (moved.length > 0 && isBlank(moved[moved.length - 1]!)) moved.pop();
    // yaml's own text for the kept part (its first N comment lines, N counted in the source), and
    // the blank line above it, which yaml would otherwise drop.
    let keep = kept.filter((l) => !isBlank(l)).length;
    const own = (t.node.comment ?? '').split('\n');
    const cut = keep === 0 ? 0 : own.findIndex((l) => !isBlank(l) && --keep === 0) + 1;
    const leadingBlank = kept.findIndex((l) => !isBlank(l)) > 0;
    t.node.comment = cut > 0 ? (leadingBlank ? '\n' : '') + own.slice(0, cut).join('\n') : undefined;
    if (moved.length === 0) continue;

    const blankBefore = kept.length > 0 && isBlank(kept[kept.length - 1]!);
    const column = leadingSpaces(moved[0]!);
    const comment = asComment(moved);
    const next = anchors.find((a) => a.offset >= t.to && a.column <= column);
    const owner = [...t.ancestors].reverse().find((a) => a.column <= column);
    if (next) {
      next.node.commentBefore = next.node.commentBefore ? `${comment}\n${next.node.commentBefore}` : comment;
      if (blankBefore) next.node.spaceBefore = true;
    } else if (owner) {
      owner.node.comment = (owner.node.comment ? `${owner.node.comment}\n` : '') + (blankBefore ? '\n' : '') + comment;
    } else doc.comment = doc.comment ? `${comment}\n${doc.comment}` : comment;
  }
}

const KEEP_TOKEN = (i: number) => `fmt-keep-${i}-7f3a`;

/**
 * Two things yaml would print differently from how people write them: text the author wrapped
 * over several lines (plain, quoted or folded), which yaml joins or re-wraps, and short flow lists,
 * written `[a, b]` (yaml pads them as `[ a, b ]`, which is right for `{ a: 1 }` only). Each is
 * swapped for a token while yaml prints, then its text comes back.
 */
function holdVerbatim(doc: Document, text: string): string[] {
  const held: string[] = [];
  const token = (content: string) => {
    held.push(content);
    return new Scalar(KEEP_TOKEN(held.length - 1));
  };
  const replacement = (node: unknown): Scalar | undefined => {
    if (isSeq(node) && node.flow && !node.comment && node.items.every((i) => isScalar(i) && !i.comment && !i.commentBefore)) {
      const printed = new Document(node).toString({ flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
      return printed.includes('\n') ? undefined : token(printed);
    }
    if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
    const source = text.slice(node.range[0], node.range[1]).replace(/\s+$/, '');
    const wrapped = node.type === Scalar.BLOCK_FOLDED || (node.type !== Scalar.BLOCK_LITERAL && source.includes('\n'));
    if (!wrapped) return undefined;
    const t = token(source);
    t.comment = node.comment;
    return t;
  };
  const walk = (node: unknown): void => {
    if (!isMap(node) && !isSeq(node)) return;
    node.items.forEach((item, i) => {
      if (isPair(item)) {
        const r = replacement(item.value);
        if (r) item.value = r;
        else walk(item.value);
      } else {
        const r = replacement(item);
        if (r) (node.items as unknown[])[i] = r;
        else walk(item);
      }
    });
  };
  walk(doc.contents);
  return held;
}

function restoreVerbatim(out: string, held: readonly string[]): string {
  return out.replace(/^(.*?)fmt-keep-(\d+)-7f3a(.*)$/gm, (_line, head: string, index: string, tail: string) => {
    const [first = '', ...rest] = held[Number(index)]!.split('\n');
    const margin = Math.min(...rest.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
    // Continuation lines go deeper than the key they belong to (or than the "- " of a list item).
    const content = head.length - head.replace(/^[ -]*/, '').length;
    const indent = ' '.repeat(/^[ -]*$/.test(head) ? content : content + 2);
    return head + first + rest.map((l) => '\n' + (l.trim() === '' ? '' : indent + l.slice(margin))).join('') + tail;
  });
}

/** The canonical text of a parsed document: schema key order, 2-space indentation, the author's line breaks. */
export function canonicalText(doc: Document, kind: DocumentKind, sourceText?: string): string {
  guide ??= new SchemaGuide();
  visit(doc.contents, guide.root(kind), guide);
  const held = sourceText === undefined ? [] : holdVerbatim(doc, sourceText);
  const out = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 });
  return held.length > 0 ? restoreVerbatim(out, held) : out;
}

function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return i + 1;
}

/**
 * Format one YAML file: keys in the order of the schema, the layout yaml writes, every comment
 * kept. Formatting a formatted file changes nothing.
 */
export function formatYaml(path: string, text: string, kind: DocumentKind, lang: Lang): FormatResult {
  const parsed = parseSource(path, text, lang);
  if (!parsed.source) return { text, changed: false, diagnostics: parsed.diagnostics };
  rehomeTrailingComments(parsed.source.doc, parsed.source.text);
  const out = canonicalText(parsed.source.doc, kind, parsed.source.text);
  const changed = out !== text;
  return { text: out, changed, diagnostics: parsed.diagnostics, ...(changed ? { firstChange: firstDifferentLine(text.replace(/^\uFEFF/, ''), out) } : {}) };
}
