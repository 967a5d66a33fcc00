import { CST } from 'yaml';
import { DIGITS_AS_TEXT } from '../load/source.js';
import type { DocumentKind } from '../schema/validators.js';
import { anchorUses, collectTokens, headerOf, isBlockText, isProp, join, keyName, leadingSpaces, Tree, Unsupported, type AnchorUse, type Block, type Entry, type Leaf, type LayoutProblem, type SourceComment, type Trivia } from './fmt-tree.js';
import { SchemaGuide, type SchemaLocation } from '../schema/key-order.js';

/**
 * The canonical layout of a YAML file, printed from yaml's concrete syntax tree, which holds every
 * byte of the source. Keys, list dashes and comment lines are re-indented and keys put in schema
 * order; every value is printed from its own source text (continuation lines re-indented only
 * where YAML ignores indentation), so nothing is ever re-serialised, and every comment is a line
 * the printer places explicitly. What it cannot print safely it reports instead (see fmt-tree.ts).
 */

export interface Layout {
  text: string;
  /** For each output line, the source offset it was printed from (to locate problems found in the output). */
  origins: number[];
  /** Every comment of the text laid out, in order. */
  comments: SourceComment[];
}

export type LayoutResult = { layout: Layout; problem?: undefined } | { problem: LayoutProblem; layout?: undefined };

const pad = (n: number) => ' '.repeat(Math.max(0, n));

let sharedGuide: SchemaGuide | undefined;

/** Keys in schema order, each mapping sorted stably (unknown keys after the known ones, as written). */
function sortTree(tree: Tree, kind: DocumentKind): void {
  const guide = (sharedGuide ??= new SchemaGuide());
  const visit = (value: Block | Leaf | undefined, at: SchemaLocation | undefined): void => {
    if (!value) return;
    if (!('entries' in value)) {
      value.schema = at;
      return;
    }
    const fitted = guide.fit(at, value.kind === 'map' ? 'map' : 'seq');
    if (value.kind === 'map') sortEntries(value, guide.keyOrder(fitted));
    for (const e of value.entries) visit(e.value, value.kind === 'map' ? guide.property(fitted, e.key!.name) : guide.items(fitted));
  };
  visit(tree.docEntry.value, guide.root(kind));
}

function rankIn(order: readonly string[]) {
  return (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
}

function sortEntries(map: Block, order: readonly string[]): void {
  if (order.length === 0 || map.entries.length < 2) return;
  const rank = rankIn(order);
  const before = map.entries[0]!;
  map.entries = [...map.entries].sort((a, b) => rank(a.key!.name) - rank(b.key!.name));
  const after = map.entries[0]!;
  // The first key never opens with a blank line; one that moves there leaves its blank line to the key it displaced.
  if (after !== before && after.leading[0]?.comment === undefined && after.leading.length > 0) {
    before.leading.unshift(after.leading.shift()!);
  }
}

class Printer {
  readonly lines: string[] = [];
  readonly origins: number[] = [];
  readonly uses: AnchorUse[] = [];
  /** No blank line here: the top of the file or of a block, or after a block scalar that keeps its trailing newlines. */
  private quiet = true;

  constructor(private readonly tree: Tree) {}

  private emit(text: string, origin: number): void {
    this.lines.push(text);
    this.origins.push(origin);
    this.quiet = false;
  }

  private trivia(list: readonly Trivia[], indent: number): void {
    for (const t of list) {
      if (t.comment !== undefined) this.emit(pad(indent) + t.comment, t.offset);
      else if (!this.quiet && this.lines[this.lines.length - 1] !== '') {
        this.lines.push('');
        this.origins.push(t.offset);
      }
    }
  }

  print(): void {
    const { tree } = this;
    const verbatim = (from: number, to: number) => {
      for (const line of tree.text.slice(from, to).trimEnd().split('\n')) this.emit(line.trimEnd(), from);
    };
    if (tree.preludeEnd > 0) verbatim(0, tree.preludeEnd);
    this.quiet = true;
    this.entry(tree.docEntry, -2);
    this.trivia(tree.docBlock.trailing, 0);
    if (tree.postludeStart < tree.text.length) verbatim(tree.postludeStart, tree.text.length);
  }

  private block(block: Block, indent: number): void {
    this.quiet = true;
    this.trivia(block.header, indent);
    for (const e of block.entries) this.entry(e, indent);
    this.trivia(block.trailing, indent);
  }

  private entry(e: Entry, indent: number): void {
    this.trivia(e.leading, indent);
    for (const p of e.key?.props ?? []) this.note(p, e.pointer);
    for (const p of e.props) this.note(p, e.pointer);
    const head = e.kind === 'pair' ? `${e.key!.text}:` : e.kind === 'item' ? '-' : '';
    const props = e.props.map((p) => p.source).join(' ');
    const value = e.value;
    if (value && 'entries' in value) {
      const eol = e.eol ?? (e.kind === 'item' && !props ? dashComment(value) : undefined);
      if (e.kind === 'item' && !props && eol === undefined) {
        // `- key: value` / `- - item`: the first line of the block goes on the dash line.
        const at = this.lines.length;
        this.block(value, indent + 2);
        this.lines[at] = pad(indent) + '- ' + this.lines[at]!.slice(indent + 2);
      } else {
        const line = join(head, props, eol);
        if (line) this.emit(pad(indent) + line, Math.max(0, e.start));
        this.block(value, indent + 2);
      }
    } else if (value) {
      const [first = '', ...rest] = this.leaf(value, e, indent);
      if (e.eol !== undefined || e.between.some((t) => t.comment !== undefined)) {
        const line = join(head, e.eol);
        if (line) this.emit(pad(indent) + line, Math.max(0, e.start));
        this.quiet = true;
        this.trivia(e.between, indent + 2);
        this.emit(pad(indent + 2) + join(props, first), value.start);
      } else {
        this.emit(pad(indent) + join(head, props, first), e.kind === 'doc' ? value.start : e.start);
      }
      for (const line of rest) this.emit(line, value.start);
      if (value.token.type === 'block-scalar' && headerOf(value.token).includes('+')) this.quiet = true;
    } else {
      const line = join(head, props, e.eol);
      if (line) this.emit(pad(indent) + line, Math.max(0, e.start));
    }
    this.trivia(e.after, indent + 2);
  }

  private note(token: CST.Token, pointer: string): void {
    for (const use of anchorUses(token, pointer)) this.uses.push(use);
  }

  /** A value's lines: the first without indentation, the others with theirs. */
  private leaf(leaf: Leaf, owner: Entry, indent: number): string[] {
    const { text, lines } = this.tree;
    const t = leaf.token;
    const source = text.slice(leaf.start, leaf.end);
    let out: string[];
    if (t.type === 'flow-collection') {
      const uses: AnchorUse[] = [];
      const canonical = flowText(t, leaf.schema, owner.pointer, uses);
      if (canonical !== undefined) {
        out = [canonical];
        this.uses.push(...uses);
      } else {
        this.note(t, owner.pointer);
        const delta = indent - owner.column;
        out = source.split('\n').map((line, i) => (i === 0 ? line : line.trim() === '' ? '' : shift(line, delta)));
      }
    } else if (t.type === 'block-scalar') {
      const headerEnd = lines.lineEnd(leaf.start);
      const header = text.slice(leaf.start, Math.min(headerEnd, leaf.end)).trimEnd();
      const content = leaf.end > headerEnd ? text.slice(headerEnd + 1, leaf.end).split('\n') : [];
      // With a number in the header the content stays that far from its key; otherwise it goes two deeper.
      const delta = /\d/.test(headerOf(t)) ? indent - owner.column : deeper(indent) - (leaf.contentIndent ?? 0);
      out = [header, ...content.map((l) => (isBlockText(l, leaf.contentIndent) ? shift(l, delta) : ''))];
    } else {
      this.note(t, owner.pointer);
      const raw = source.split('\n');
      const plain = t.type === 'scalar';
      if (raw.length === 1) out = [plain && !owner.props.some((p) => p.type === 'tag') ? quoteDigits(raw[0]!) : raw[0]!];
      else {
        // Inside plain and quoted text, line breaks fold and leading spaces are not content: continuation lines sit two deeper than their key.
        out = raw.map((line, i) => {
          if (i === 0) return plain ? line.trimEnd() : line;
          const body = plain ? line.trim() : line.replace(/^[ \t]+/, '');
          return body === '' ? '' : pad(deeper(indent)) + body;
        });
      }
    }
    if (leaf.comment !== undefined) out[out.length - 1] += ' ' + leaf.comment;
    return out;
  }
}

/**
 * The first comment written between a list dash and the block that follows it goes on the dash
 * line (`- # note`), as yaml writes it, rather than leaving the dash alone on its line.
 */
function dashComment(block: Block): string | undefined {
  for (const list of [block.header, block.entries[0]!.leading]) {
    while (list.length > 0 && list[0]!.comment === undefined) list.shift();
    if (list.length > 0) return list.shift()!.comment;
  }
  return undefined;
}

/**
 * Where the lines of a value go: two deeper than its key or dash; at the top of the document
 * still two in, so a line of text never reads as a `---` or `...` marker.
 */
const deeper = (indent: number) => Math.max(indent, 0) + 2;

/** Move a line right (positive) or left, never into its text. */
function shift(line: string, delta: number): string {
  return delta >= 0 ? pad(delta) + line : line.slice(Math.min(leadingSpaces(line), -delta));
}

/** Identifiers written as bare digits (an 18-digit NIP, a phone number with its leading 0) get quotes, so other YAML tools read them as text too. */
function quoteDigits(plain: string): string {
  return DIGITS_AS_TEXT.test(plain) ? `"${plain}"` : plain;
}

/**
 * A flow collection on one line: `[a, b]`, `{ a: 1, b: 2 }` with keys in schema order. Only when
 * it holds no comment and no multi-line scalar; otherwise it is printed as written.
 */
function flowText(token: CST.FlowCollection, at: SchemaLocation | undefined, pointer: string, uses: AnchorUse[]): string | undefined {
  if (collectTokens(token, []).some((t) => t.type === 'comment')) return undefined;
  const guide = (sharedGuide ??= new SchemaGuide());
  const isMap = token.start.source === '{';
  const fitted = guide.fit(at, isMap ? 'map' : 'seq');
  const parts: { name: string; text: string; uses: AnchorUse[] }[] = [];
  for (const item of token.items) {
    const own: AnchorUse[] = [];
    const startProps = item.start.filter(isProp);
    const sepProps = (item.sep ?? []).filter(isProp);
    const colon = item.sep?.some((t) => t.type === 'map-value-ind') ?? false;
    const key = item.key as CST.FlowScalar | null | undefined;
    for (const p of startProps) own.push(...anchorUses(p, pointer));
    if (!key && !colon) {
      // A plain list item: the props in front of it are its own.
      if (!item.value) {
        if (startProps.length > 0) return undefined;
        continue;
      }
      const value = flowValue(item.value, guide.items(fitted), startProps, pointer, own);
      if (value === undefined) return undefined;
      parts.push({ name: '', text: join(...startProps.map((p) => p.source), value), uses: own });
      continue;
    }
    if (!key || key.source.includes('\n')) return undefined;
    const name = keyName(key);
    for (const p of sepProps) own.push(...anchorUses(p, pointer));
    const value = item.value ? flowValue(item.value, isMap ? guide.property(fitted, name) : undefined, sepProps, pointer, own) : undefined;
    if (item.value && value === undefined) return undefined;
    const rhs = join(...sepProps.map((p) => p.source), value);
    parts.push({ name, text: join(...startProps.map((p) => p.source), key.source) + (colon ? ':' + (rhs ? ' ' + rhs : '') : ''), uses: own });
  }
  if (isMap) {
    const rank = rankIn(guide.keyOrder(fitted));
    parts.sort((a, b) => rank(a.name) - rank(b.name));
  }
  for (const p of parts) uses.push(...p.uses);
  const items = parts.map((p) => p.text).join(', ');
  return isMap ? (items ? `{ ${items} }` : '{}') : `[${items}]`;
}

function flowValue(token: CST.Token, at: SchemaLocation | undefined, props: readonly CST.SourceToken[], pointer: string, uses: AnchorUse[]): string | undefined {
  if (token.type === 'flow-collection') return flowText(token, at, pointer, uses);
  if (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar' && token.type !== 'alias') return undefined;
  if (token.source.includes('\n')) return undefined;
  uses.push(...anchorUses(token, pointer));
  return token.type === 'scalar' && !props.some((p) => p.type === 'tag') ? quoteDigits(token.source) : token.source;
}

/** The first alias that, in printed order, would no longer refer to the anchor it refers to in the source. */
function misplacedAlias(printed: readonly AnchorUse[]): AnchorUse | undefined {
  const bind = (uses: readonly AnchorUse[]) => {
    const latest = new Map<string, number>();
    const target = new Map<number, number | undefined>();
    for (const u of uses) {
      if (u.alias) target.set(u.offset, latest.get(u.name));
      else latest.set(u.name, u.offset);
    }
    return target;
  };
  const source = bind([...printed].sort((a, b) => a.offset - b.offset));
  const output = bind(printed);
  return printed.find((u) => u.alias && source.get(u.offset) !== output.get(u.offset));
}

/**
 * Lay out a YAML text (one document that parses, LF line ends, no byte order mark) in the
 * canonical form: keys in schema order, two spaces per level, lists indented under their key,
 * one blank line at most, every comment kept. Pure: the same text gives the same result.
 */
export function layoutYaml(text: string, kind: DocumentKind): LayoutResult {
  try {
    const tree = new Tree(text);
    sortTree(tree, kind);
    const printer = new Printer(tree);
    printer.print();
    const alias = misplacedAlias(printer.uses);
    if (alias) return { problem: { reason: 'aliasOrder', offset: alias.offset, pointer: alias.pointer, params: { name: alias.name } } };
    const comments = tree.comments.map((c) => ({ offset: c.offset, text: c.source.trimEnd() }));
    return { layout: { text: printer.lines.join('\n') + '\n', origins: printer.origins, comments } };
  } catch (err) {
    if (err instanceof Unsupported) return { problem: err.problem };
    throw err;
  }
}
