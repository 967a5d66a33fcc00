import { CST, Parser } from 'yaml';
import type { Params } from '../i18n/index.js';
import { joinPointer } from '../load/pointer.js';
import type { SchemaLocation } from '../schema/key-order.js';

/**
 * A YAML file read from yaml's concrete syntax tree (which holds every byte of the source) into
 * what the formatter moves: mapping entries and list items, each with the comment and blank
 * lines that belong to it, and values kept as source ranges. Comment lines are given to entries
 * and blocks by their indentation; what cannot be placed safely is reported, never guessed.
 */

/** A comment on a line of its own, or (without `comment`) a blank line. */
export interface Trivia {
  offset: number;
  comment?: string;
}

type LeafToken = CST.FlowScalar | CST.BlockScalar | CST.FlowCollection;

/** A value printed from its source text: a scalar, an alias, a block scalar or a flow collection. */
export interface Leaf {
  token: LeafToken;
  /** Source range of the value itself, without its end-of-line comment. */
  start: number;
  end: number;
  /** The comment after the value on its last line. */
  comment?: string;
  schema?: SchemaLocation;
  /** A block scalar's content indentation, when it has a line of text. */
  contentIndent?: number;
}

/** A mapping entry, a list item, or the document itself (which holds the root value). */
export interface Entry {
  kind: 'pair' | 'item' | 'doc';
  start: number;
  column: number;
  pointer: string;
  key?: { text: string; name: string; props: CST.SourceToken[] };
  /** Anchor and tag of the value. */
  props: CST.SourceToken[];
  /** The comment at the end of the entry's first line (after `key:` or `-`). */
  eol?: string;
  /** Comment and blank lines above the entry; they move with it. */
  leading: Trivia[];
  /** Comment lines between the entry's first line and a value written on a later line. */
  between: Trivia[];
  /** Comment lines below a scalar (or empty) value, indented deeper than the entry. */
  after: Trivia[];
  value?: Block | Leaf;
  parent: Block;
}

export interface Block {
  kind: 'map' | 'seq' | 'doc';
  column: number;
  /** Comment lines after the last entry indented at least this much stay in the block. */
  threshold: number;
  entries: Entry[];
  /** Comment lines on top of a mapping, separated from its first key by a blank line: they stay on top when keys move. */
  header: Trivia[];
  trailing: Trivia[];
  owner?: Entry;
}

export type LayoutProblemReason = 'complexKey' | 'aliasOrder' | 'docStartContent' | 'commentPlace' | 'construct';

/** Something the layout cannot print without risk, at a source offset. */
export interface LayoutProblem {
  reason: LayoutProblemReason;
  offset: number;
  pointer: string;
  params: Params;
}

export class Unsupported extends Error {
  constructor(readonly problem: LayoutProblem) {
    super(problem.reason);
  }
}

const fail = (reason: LayoutProblemReason, offset: number, pointer: string, params: Params = {}): never => {
  throw new Unsupported({ reason, offset, pointer, params });
};

/** The `|`, `>-`, `|2+` of a block scalar. */
export const headerOf = (t: CST.BlockScalar) => t.props.find((p): p is CST.SourceToken => p.type === 'block-scalar-header')?.source ?? '';
export const isProp = (t: CST.Token): t is CST.SourceToken => t.type === 'anchor' || t.type === 'tag';
const SIMPLE_KEYS = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar']);
/** Words joined by single spaces, empty ones left out: `key: &anchor value # comment`. */
export const join = (...parts: (string | undefined)[]) => parts.filter((p) => p).join(' ');

/** Every source token under `token` (scalar values excluded), appended to `out` in source order. */
export function collectTokens(token: CST.Token, out: CST.SourceToken[]): CST.SourceToken[] {
  switch (token.type) {
    case 'document':
      out.push(...token.start);
      if (token.value) collectTokens(token.value, out);
      if (token.end) out.push(...token.end);
      break;
    case 'doc-end':
      if (token.end) out.push(...token.end);
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      if (token.type === 'flow-collection') out.push(token.start);
      for (const item of token.items as CST.CollectionItem[]) {
        out.push(...item.start);
        if (item.key) collectTokens(item.key, out);
        if (item.sep) out.push(...item.sep);
        if (item.value) collectTokens(item.value, out);
      }
      if (token.type === 'flow-collection') out.push(...token.end);
      break;
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'alias':
      if (token.end) out.push(...token.end);
      break;
    case 'block-scalar':
      for (const p of token.props) collectTokens(p, out);
      break;
    case 'directive':
    case 'error':
      break;
    default:
      out.push(token);
  }
  return out;
}

export interface SourceComment {
  offset: number;
  /** Without trailing blanks. */
  text: string;
}

/** Every comment of a text, in order, as yaml reads it (a `#` inside a scalar is text). */
export function commentsOf(text: string): SourceComment[] {
  const all: CST.SourceToken[] = [];
  for (const t of new Parser().parse(text)) collectTokens(t, all);
  return all.filter((t) => t.type === 'comment').map((c) => ({ offset: c.offset, text: c.source.trimEnd() }));
}

export interface AnchorUse {
  alias: boolean;
  name: string;
  offset: number;
  pointer: string;
}

/** Anchors and aliases under `token`, in source order. */
export function* anchorUses(token: CST.Token, pointer: string): Generator<AnchorUse> {
  if (token.type === 'anchor') yield { alias: false, name: token.source.slice(1), offset: token.offset, pointer };
  else if (token.type === 'alias') yield { alias: true, name: token.source.slice(1), offset: token.offset, pointer };
  if (token.type === 'flow-collection') {
    for (const item of token.items) {
      for (const t of item.start) yield* anchorUses(t, pointer);
      if (item.key) yield* anchorUses(item.key, pointer);
      for (const t of item.sep ?? []) yield* anchorUses(t, pointer);
      if (item.value) yield* anchorUses(item.value, pointer);
    }
  }
}

/** The source split into lines, with offsets, for locating and column arithmetic. */
export class Lines {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  column(offset: number): number {
    return offset - this.starts[this.line(offset)]!;
  }

  lineEnd(offset: number): number {
    const i = this.text.indexOf('\n', offset);
    return i < 0 ? this.text.length : i;
  }
}

/** The CST read into entries and blocks, with every comment and blank line given a place. */
export class Tree {
  readonly lines: Lines;
  /** Entries in source order (the document first). */
  readonly entries: Entry[] = [];
  readonly leaves: Leaf[] = [];
  readonly maps: Block[] = [];
  readonly comments: CST.SourceToken[];
  readonly docEntry: Entry;
  readonly docBlock: Block;
  /** Directives and the `---` line, kept as written. */
  preludeEnd = 0;
  /** The `...` line and what follows it, kept as written. */
  postludeStart: number;

  constructor(readonly text: string) {
    this.lines = new Lines(text);
    this.postludeStart = text.length;
    this.docBlock = { kind: 'doc', column: -2, threshold: -1, entries: [], header: [], trailing: [] };
    this.docEntry = { kind: 'doc', start: -1, column: -2, pointer: '', props: [], leading: [], between: [], after: [], parent: this.docBlock };
    this.docBlock.entries.push(this.docEntry);
    this.entries.push(this.docEntry);

    const tokens = [...new Parser().parse(text)];
    const all: CST.SourceToken[] = [];
    for (const t of tokens) collectTokens(t, all);
    this.comments = all.filter((t) => t.type === 'comment');
    const endOfLine = (offset: number) => Math.min(this.text.length, this.lines.lineEnd(offset) + 1);
    const doc = tokens.find((t): t is CST.Document => t.type === 'document');
    for (const t of tokens) {
      if (t.type === 'directive') this.preludeEnd = Math.max(this.preludeEnd, endOfLine(t.offset));
      if (t.type === 'doc-end') this.postludeStart = Math.min(this.postludeStart, this.lines.starts[this.lines.line(t.offset)]!);
    }
    if (doc) {
      const marker = doc.start.find((t) => t.type === 'doc-start');
      if (marker) this.preludeEnd = Math.max(this.preludeEnd, endOfLine(marker.offset));
      this.docEntry.props = doc.start.filter((t) => isProp(t) && t.offset >= this.preludeEnd);
      const first = this.docEntry.props[0]?.offset ?? doc.value?.offset;
      if (first !== undefined && first < this.preludeEnd && doc.value) fail('docStartContent', first, '');
      this.docEntry.value = this.value(doc.value, this.docEntry);
    }
    this.placeComments();
    for (const map of this.maps) this.splitHeader(map);
  }

  private value(token: CST.Token | undefined, owner: Entry): Block | Leaf | undefined {
    if (!token) return undefined;
    switch (token.type) {
      case 'block-map':
      case 'block-seq':
        return this.block(token, owner);
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'alias':
        return this.leaf(token, token.offset, token.offset + token.source.length);
      case 'flow-collection': {
        this.checkFlowKeys(token, owner.pointer);
        const close = token.end.find((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
        if (!close) return fail('construct', token.offset, owner.pointer);
        return this.leaf(token, token.offset, close.offset + 1);
      }
      case 'block-scalar':
        return this.blockScalar(token);
      default:
        return fail('construct', token.offset, owner.pointer);
    }
  }

  private leaf(token: LeafToken, start: number, end: number): Leaf {
    const leaf: Leaf = { token, start, end };
    this.leaves.push(leaf);
    return leaf;
  }

  /**
   * A block scalar ends at its last line of text; blank lines after it are layout (unless kept
   * with `+`). As yaml reads it: a tab is text, and so are spaces beyond the content's
   * indentation (the number in the header, or the first line of text).
   */
  private blockScalar(token: CST.BlockScalar): Leaf {
    const start = token.props[0]?.offset ?? token.offset;
    const contentStart = this.lines.lineEnd(start) + 1;
    const lines = token.source.split('\n');
    const first = lines.find(hasText);
    const digit = /\d/.exec(headerOf(token))?.[0];
    const contentIndent = first === undefined ? undefined : digit ? token.indent + Number(digit) : leadingSpaces(first);
    let end = this.lines.lineEnd(start);
    if (headerOf(token).includes('+')) {
      if (token.source) end = contentStart + token.source.replace(/\n$/, '').length;
    } else {
      let at = contentStart;
      for (const line of lines) {
        if (isBlockText(line, contentIndent)) end = at + line.length;
        at += line.length + 1;
      }
    }
    const leaf = this.leaf(token, start, end);
    leaf.contentIndent = contentIndent;
    return leaf;
  }

  private block(token: CST.BlockMap | CST.BlockSequence, owner: Entry): Block {
    const block: Block = { kind: token.type === 'block-map' ? 'map' : 'seq', column: 0, threshold: 0, entries: [], header: [], trailing: [], owner };
    for (const item of token.items as CST.CollectionItem[]) {
      let entry: Entry;
      if (block.kind === 'map') {
        const explicit = item.start.find((t) => t.type === 'explicit-key-ind');
        if (explicit) fail('complexKey', explicit.offset, owner.pointer, { construct: 'explicit' });
        if (!item.key && !item.sep) continue;
        const key = item.key;
        const keyProps = item.start.filter(isProp);
        const at = keyProps[0]?.offset ?? key?.offset ?? item.sep?.[0]?.offset ?? 0;
        if (!isSimpleKey(key)) fail('complexKey', at, owner.pointer, { construct: complexKind(key) });
        const k = key as CST.FlowScalar;
        const name = keyName(k);
        entry = this.entry(block, 'pair', at, joinPointer(owner.pointer, name), item.sep?.filter(isProp) ?? []);
        entry.key = { text: join(...keyProps.map((p) => p.source), k.source), name, props: keyProps };
      } else {
        const dash = item.start.find((t) => t.type === 'seq-item-ind');
        if (!dash) continue;
        entry = this.entry(block, 'item', dash.offset, joinPointer(owner.pointer, block.entries.length), item.start.filter(isProp));
      }
      block.entries.push(entry);
      entry.value = this.value(item.value, entry);
    }
    block.column = block.entries[0] ? this.lines.column(block.entries[0].start) : 0;
    // A list written level with its key (`key:` then `- a` below it) leaves comments at that column to the key's mapping.
    block.threshold = block.kind === 'seq' && block.column === owner.column ? block.column + 1 : block.column;
    if (block.kind === 'map') this.maps.push(block);
    return block;
  }

  private entry(parent: Block, kind: 'pair' | 'item', start: number, pointer: string, props: CST.SourceToken[]): Entry {
    const entry: Entry = { kind, start, column: this.lines.column(start), pointer, props, leading: [], between: [], after: [], parent };
    this.entries.push(entry);
    return entry;
  }

  private checkFlowKeys(token: CST.FlowCollection, pointer: string): void {
    for (const item of token.items) {
      const explicit = item.start.find((t) => t.type === 'explicit-key-ind');
      if (explicit) fail('complexKey', explicit.offset, pointer, { construct: 'explicit' });
      const colon = item.sep?.find((t) => t.type === 'map-value-ind');
      if (item.key || colon) {
        const key = item.key;
        if (!isSimpleKey(key)) fail('complexKey', key?.offset ?? colon!.offset, pointer, { construct: complexKind(key) });
      }
      for (const t of [item.key, item.value]) if (t?.type === 'flow-collection') this.checkFlowKeys(t, pointer);
    }
  }

  /**
   * Comments inside a multi-line value stay in it; a comment after a value on its line belongs
   * to it; one after `key:` or `-` to that entry. Comment lines and blank lines are then given
   * to the entry or block they were written for (see `attach`).
   */
  private placeComments(): void {
    const { lines, text } = this;
    const covered = new Set<number>();
    for (const leaf of this.leaves) for (let l = lines.line(leaf.start) + 1; l <= lines.line(leaf.end); l++) covered.add(l);
    const byEnd = new Map<number, Leaf>();
    for (const leaf of this.leaves) byEnd.set(lines.line(leaf.end), leaf);

    const trivia: Trivia[] = [];
    const comments = this.comments.filter((t) => t.offset >= this.preludeEnd && t.offset < this.postludeStart);
    let leafIndex = 0;
    let entryIndex = 0;
    for (const c of comments) {
      while (leafIndex < this.leaves.length && this.leaves[leafIndex]!.end <= c.offset) leafIndex++;
      const inside = this.leaves[leafIndex];
      if (inside && inside.start < c.offset) continue;
      const line = lines.line(c.offset);
      const comment = c.source.trimEnd();
      const before = text.slice(lines.starts[line], c.offset);
      if (before.trim() === '') {
        trivia.push({ offset: c.offset, comment });
        continue;
      }
      const leaf = byEnd.get(line);
      if (leaf && leaf.end <= c.offset && text.slice(leaf.end, c.offset).trim() === '') {
        leaf.comment = comment;
        continue;
      }
      while (entryIndex + 1 < this.entries.length && this.entries[entryIndex + 1]!.start < c.offset) entryIndex++;
      const owner = this.entries[entryIndex]!;
      if (owner.eol !== undefined) fail('commentPlace', c.offset, owner.pointer);
      owner.eol = comment;
    }
    const firstLine = lines.line(this.preludeEnd) + (this.preludeEnd > 0 && text[this.preludeEnd - 1] !== '\n' ? 1 : 0);
    const lastLine = lines.line(this.postludeStart) - (this.postludeStart < text.length ? 1 : 0);
    for (let l = firstLine; l <= lastLine; l++) {
      const from = lines.starts[l]!;
      if (from >= text.length || covered.has(l) || from < this.preludeEnd) continue;
      if (text.slice(from, lines.lineEnd(from)).trim() === '') trivia.push({ offset: from });
    }
    trivia.sort((a, b) => a.offset - b.offset);
    this.attach(trivia);
  }

  /**
   * A run of comment and blank lines sits after the content of some entry P and before the
   * next entry N. Lines before P's value (written below `key:`) stay between them; lines before
   * the first entry of P's own block go above that entry. Otherwise the run closes blocks: each
   * comment stays in the deepest block its indentation still reaches (below a scalar: with P),
   * down to the lines above N, never climbing back; blank lines go with the comment after them.
   */
  private attach(trivia: Trivia[]): void {
    let p = 0;
    for (let i = 0; i < trivia.length; ) {
      while (p + 1 < this.entries.length && this.entries[p + 1]!.start < trivia[i]!.offset) p++;
      const P = this.entries[p]!;
      const N = this.entries[p + 1];
      let j = i;
      while (j < trivia.length && (!N || trivia[j]!.offset < N.start)) j++;
      const run = trivia.slice(i, j);
      i = j;
      const value = P.value;
      if (value && !('entries' in value) && value.start > run[0]!.offset) {
        const before = run.filter((t) => t.offset < value.start);
        P.between.push(...before);
        if (before.length === run.length) continue;
        run.splice(0, before.length);
      }
      if (N && N.parent.owner === P) {
        N.leading.push(...run);
        continue;
      }
      const levels: { threshold: number; target: Trivia[] }[] = [];
      // Below a block scalar, a deeper comment would read as part of its text.
      const flat = !value || (!('entries' in value) && value.token.type !== 'block-scalar');
      if (P.kind !== 'doc' && flat) levels.push({ threshold: P.column + 1, target: P.after });
      let block = P.parent;
      while (block.owner && block !== N?.parent) {
        levels.push({ threshold: block.threshold, target: block.trailing });
        block = block.owner.parent;
      }
      const last = N ? N.leading : block.trailing;
      let level = 0;
      let pending: Trivia[] = [];
      for (const t of run) {
        if (t.comment === undefined) {
          pending.push(t);
          continue;
        }
        const column = this.lines.column(t.offset);
        while (level < levels.length && column < levels[level]!.threshold) level++;
        (levels[level]?.target ?? last).push(...pending, t);
        pending = [];
      }
      if (N) N.leading.push(...pending);
    }
  }

  /** Above a blank line, the comments over a mapping's first key head the mapping; below it, they belong to the key. */
  private splitHeader(map: Block): void {
    const first = map.entries[0];
    if (!first) return;
    let blank = -1;
    first.leading.forEach((t, i) => {
      if (t.comment === undefined) blank = i;
    });
    map.header = first.leading.slice(0, blank + 1);
    first.leading = first.leading.slice(blank + 1);
  }
}

/** A key fmt can sort and print: plain or quoted text on one line. */
function isSimpleKey(key: CST.Token | null | undefined): key is CST.FlowScalar {
  return !!key && SIMPLE_KEYS.has(key.type) && !(key as CST.FlowScalar).source.includes('\n');
}

/** The text of a key, as the schema names it (a plain key on one line is its own text). */
export const keyName = (key: CST.FlowScalar) => (key.type === 'scalar' ? key.source : (CST.resolveAsScalar(key)?.value ?? key.source));

function complexKind(key: CST.Token | null | undefined): string {
  if (!key) return 'empty';
  if (key.type === 'alias') return 'alias';
  if (key.type === 'block-map' || key.type === 'block-seq' || key.type === 'flow-collection') return 'collection';
  return 'multiline';
}

export const leadingSpaces = (line: string) => line.length - line.replace(/^ +/, '').length;
const hasText = (line: string) => leadingSpaces(line) < line.length;
/** Whether a line of a block scalar is text (rather than an empty line) for yaml. */
export const isBlockText = (line: string, contentIndent: number | undefined) => hasText(line) || (contentIndent !== undefined && line.length > contentIndent);
