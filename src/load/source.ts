import type { Document, LineCounter, Node, Pair, ScalarTag, YAMLError, YAMLMap } from 'yaml';
import type { Diagnostic, Position, Severity } from '../diagnostics.js';
import { fileProblemMessage, fileProblemRule, formatSize } from '../files/messages.js';
import { readFound } from '../files/read.js';
import { describeValue } from '../i18n/describe.js';
import { localize, type Lang, type MessageDef, type Params } from '../i18n/index.js';
import { FILE_MESSAGES, YAML_MESSAGES } from './messages.js';
import { parsePointer } from './pointer.js';
import { firstInvalidUtf8 } from './utf8.js';
import { yaml } from './yaml-lib.js';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;

/** A parsed YAML file that can answer "where is this pointer?". */
export interface SourceFile {
  path: string;
  text: string;
  doc: Document.Parsed;
  data: unknown;
  lineCounter: LineCounter;
}

export interface ParseResult {
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

/**
 * Identifiers written as bare digits must stay text: a NIP has 18 digits (beyond a double's
 * precision) and phone numbers and postal codes may start with 0, which YAML would drop.
 */
export const DIGITS_AS_TEXT = /^(?:0[0-9]+|[0-9]{16,})$/;

const digitsAsText: ScalarTag = {
  identify: (v) => typeof v === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  test: DIGITS_AS_TEXT,
  resolve: (s) => s,
};

export interface DiagnosticSpec {
  rule: string;
  severity?: Severity;
  def: MessageDef;
  params?: Params;
}

export function makeDiagnostic(file: string, pos: Position, pointer: string, spec: DiagnosticSpec, lang: Lang): Diagnostic {
  const { message, hint } = localize(spec.def, lang, spec.params);
  const d: Diagnostic = { file, ...pos, pointer, rule: spec.rule, severity: spec.severity ?? 'error', message };
  if (hint) d.hint = hint;
  return d;
}

/**
 * Where the lines of the text start, as editors count them: after a LF, a CR LF or a lone CR.
 * Counted from the text itself: the parser's own counter misses line breaks inside some tokens.
 */
function lineStartsOf(text: string): LineCounter {
  const lines = new (yaml().LineCounter)();
  lines.addNewLine(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines.addNewLine(i + 1);
  }
  return lines;
}

/**
 * Line and column of a character offset as an editor shows them. The parser reports some errors
 * one past the end of the text, and an offset on the LF of a CR LF is the end of that line, where
 * the CR stands.
 */
function pointAt(text: string, lc: LineCounter, offset: number): { line: number; col: number } {
  let at = Math.min(Math.max(offset, 0), text.length);
  if (text.charCodeAt(at) === 0x0a && text.charCodeAt(at - 1) === 0x0d) at--;
  const { line, col } = lc.linePos(at);
  return line === 0 ? { line: 1, col: at + 1 } : { line, col };
}

function positionOf(text: string, lc: LineCounter, start: number, end: number): Position {
  const a = pointAt(text, lc, start);
  const b = pointAt(text, lc, Math.max(end, start));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The position of the character at `offset` in `text`, as editors count lines. */
export function offsetPosition(text: string, offset: number): Position {
  const { line, col } = pointAt(text, lineStartsOf(text), offset);
  return { line, column: col, endLine: line, endColumn: col + 1 };
}

/** Which parser error most likely caused the others around it. */
const ROOT_CAUSE_ORDER = ['TAB_AS_INDENT', 'BAD_INDENT', 'MULTIPLE_DOCS', 'MISSING_CHAR', 'BAD_DQ_ESCAPE', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'];
const rank = (code: string) => (ROOT_CAUSE_ORDER.includes(code) ? ROOT_CAUSE_ORDER.indexOf(code) : ROOT_CAUSE_ORDER.length);

/**
 * One slip (a tab, a bad indent) makes the parser report several errors on the lines around it.
 * Errors within two lines of each other are one cluster, reported once by its likely cause.
 */
function rootCauses(errors: readonly YAMLError[], lc: LineCounter): YAMLError[] {
  const kept: YAMLError[] = [];
  const syntax = errors.map((e) => ({ e, line: lc.linePos(e.pos[0]).line })).sort((a, b) => a.line - b.line);
  let cluster: typeof syntax = [];
  const flush = () => {
    if (cluster.length > 0) kept.push(cluster.reduce((best, c) => (rank(c.e.code) < rank(best.e.code) ? c : best)).e);
    cluster = [];
  };
  for (const item of syntax) {
    if (cluster.length > 0 && item.line - cluster[cluster.length - 1]!.line > 2) flush();
    cluster.push(item);
  }
  flush();
  return kept;
}

/** Tags for values that are not plain data (bytes, sets, ordered maps, dates, merge markers). */
const FOREIGN_TAGS = new Set(['binary', 'set', 'omap', 'pairs', 'timestamp', 'merge'].map((name) => `tag:yaml.org,2002:${name}`));

/**
 * Deeper than any standard needs (about 8 levels). The parser itself gives up where the stack
 * ends, which differs between the main thread and a worker: below this limit, a file reads the
 * same in both, and nothing after the parser recurses deep.
 */
export const MAX_DEPTH = 64;

interface StructureProblem {
  code: 'DUPLICATE_KEY' | 'COMPLEX_KEY' | 'FOREIGN_TAG' | 'ALIAS_CYCLE' | 'TOO_DEEP';
  range: readonly [number, number, ...number[]];
  params?: Params;
}

/** Thrown by `parseYaml` where the parser holds too many open nodes. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep');
  }
}

/**
 * yaml's parseDocument, with the parser's open nodes counted. The parser unwinds them by
 * recursion, and garbled text (a flow mapping broken over lines, unclosed brackets) can leave
 * thousands open: past twice MAX_DEPTH it stops, where the first node deeper than MAX_DEPTH was
 * opened, before any recursion could outgrow a thread's stack.
 */
function parseYaml(text: string): { doc: Document.Parsed } | { tooDeepAt: number } {
  const { Composer, Lexer, Parser, YAMLParseError } = yaml();
  const parser = new Parser();
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      if (parser.stack.length > 2 * MAX_DEPTH) throw new TooDeep(parser.stack[MAX_DEPTH + 1]!.offset);
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  // uniqueKeys: duplicates are found in structureProblems, in linear time. logLevel: the core never prints.
  const composer = new Composer({ customTags: (tags) => [digitsAsText, ...tags], keepSourceTokens: false, uniqueKeys: false, logLevel: 'error' });
  let doc: Document.Parsed | undefined;
  try {
    for (const next of composer.compose(tokens(), true, text.length)) {
      if (doc) {
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
        break;
      }
      doc = next;
    }
  } catch (err) {
    if (err instanceof TooDeep) return { tooDeepAt: err.offset };
    throw err;
  }
  return { doc: doc! };
}

/** Where the tag written before a node stands (a node's range starts after its tag and anchor). */
function tagRange(text: string, nodeStart: number): [number, number] | undefined {
  const from = Math.max(0, nodeStart - 200);
  const m = /(!\S*)(?:\s+&\S+)?\s*$/.exec(text.slice(from, nodeStart));
  return m ? [from + m.index, from + m.index + m[1]!.length] : undefined;
}

/**
 * What YAML allows but a standard, which is plain data, cannot hold: a key written twice (found
 * here with one lookup per key; yaml's own check compares each key with every earlier one), a key
 * that is a list or a mapping, a tag for bytes, sets or dates, an alias inside the very node it
 * names (whose data would never end), and nesting deeper than MAX_DEPTH. One pass, without
 * recursion.
 */
function structureProblems(doc: Document.Parsed, text: string): StructureProblem[] {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yaml();
  const out: StructureProblem[] = [];
  // An alias names the latest node with its anchor before it, the node it stands in included.
  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  const stack: { node: unknown; depth: number; done?: true }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth, done } = stack.pop()!;
    if (done) {
      open.delete(node);
      continue;
    }
    if (isAlias(node)) {
      if (open.has(anchors.get(node.source)) && node.range) out.push({ code: 'ALIAS_CYCLE', range: node.range, params: { name: node.source } });
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (node.tag && FOREIGN_TAGS.has(node.tag) && node.range) {
      out.push({ code: 'FOREIGN_TAG', range: tagRange(text, node.range[0]) ?? node.range, params: { tag: '!!' + node.tag.slice(node.tag.lastIndexOf(':') + 1) } });
      continue;
    }
    if (isScalar(node)) continue;
    // Alone: past this depth the parser's other findings depend on the thread's stack.
    // Only where it starts: how far the node reaches depends on where the parser gave up, which
    // differs between the main thread and a worker.
    if (depth > MAX_DEPTH && node.range) return [{ code: 'TOO_DEEP', range: [node.range[0], node.range[0] + 1], params: { limit: MAX_DEPTH } }];
    open.add(node);
    stack.push({ node, depth, done: true });
    const children: unknown[] = [];
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key: unknown = pair.key;
        if ((isCollection(key) || isAlias(key)) && key.range) out.push({ code: 'COMPLEX_KEY', range: key.range });
        else if (isScalar(key) && key.range) {
          if (keys.has(key.value)) out.push({ code: 'DUPLICATE_KEY', range: key.range, params: { key: describeValue(key.value ?? '') } });
          keys.add(key.value);
        }
        children.push(key, pair.value);
      }
    } else if (isSeq(node)) children.push(...node.items);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  return out;
}

export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Parse YAML bytes into a located document; every problem comes back as a diagnostic. */
export function parseSource(path: string, input: Uint8Array | string, lang: Lang): ParseResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) {
      const prefix = Buffer.from(input.subarray(0, bad)).toString('utf8').replace(/^\uFEFF/, '');
      return { diagnostics: [makeDiagnostic(path, offsetPosition(prefix, prefix.length), '', { rule: 'berkas', def: FILE_MESSAGES.notUtf8 }, lang)] };
    }
    text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lineCounter = lineStartsOf(text);
  const at = (start: number, end: number) => positionOf(text, lineCounter, start, end);
  const tooDeep = (start: number, end: number): ParseResult => ({ diagnostics: [makeDiagnostic(path, at(start, end), '', { rule: 'yaml', def: YAML_MESSAGES.TOO_DEEP!, params: { limit: MAX_DEPTH } }, lang)] });
  const parsed = parseYaml(text);
  if ('tooDeepAt' in parsed) return tooDeep(parsed.tooDeepAt, parsed.tooDeepAt + 1);
  const { doc } = parsed;
  const structure = structureProblems(doc, text);
  // With a syntax error, deep nesting is most likely its echo: the error is what to fix.
  const deep = structure.find((p) => p.code === 'TOO_DEEP');
  if (deep && doc.errors.length === 0) return tooDeep(deep.range[0], deep.range[1]);
  // Around a syntax error the parser's tree is a guess: only a key written twice is still sure.
  const problems = structure.filter((p) => doc.errors.length === 0 || p.code === 'DUPLICATE_KEY');
  const found: { offset: number; d: Diagnostic }[] = [];
  for (const err of [...rootCauses(doc.errors, lineCounter), ...doc.warnings]) {
    const def = YAML_MESSAGES[err.code] ?? YAML_MESSAGES.OTHER!;
    const d = makeDiagnostic(path, at(err.pos[0], err.pos[1]), '', { rule: 'yaml', def, params: { code: err.code }, severity: err.name === 'YAMLWarning' ? 'warning' : 'error' }, lang);
    found.push({ offset: err.pos[0], d });
  }
  for (const p of problems) found.push({ offset: p.range[0], d: makeDiagnostic(path, at(p.range[0], p.range[1]), '', { rule: 'yaml', def: YAML_MESSAGES[p.code]!, params: p.params }, lang) });
  const diagnostics = found.sort((a, b) => a.offset - b.offset).map((f) => f.d);
  if (doc.errors.length > 0 || problems.length > 0) return { diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const firstAlias = text.search(/\*[^\s,\]}]/);
    const pos = firstAlias >= 0 ? at(firstAlias, firstAlias + 1) : FILE_START;
    return { diagnostics: [...diagnostics, makeDiagnostic(path, pos, '', { rule: 'yaml', def: FILE_MESSAGES.aliasBomb }, lang)] };
  }
  if (data === null || data === undefined) {
    return { diagnostics: [...diagnostics, makeDiagnostic(path, FILE_START, '', { rule: 'berkas', def: FILE_MESSAGES.empty }, lang)] };
  }
  return { source: { path, text, doc, data, lineCounter }, diagnostics };
}

export interface ReadOptions {
  lang: Lang;
  maxFileSize?: number;
  /** The name diagnostics give the file (defaults to `path`). */
  displayPath?: string;
  /** The content, already read (standard input): the path is only its name. */
  bytes?: Uint8Array;
}

/**
 * Read and parse a file; I/O problems become diagnostics too. A file over the cap is never read,
 * and a FIFO, device or folder with a standard's name is refused before it is opened.
 */
export async function readSource(absolutePath: string, options: ReadOptions): Promise<ParseResult> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const path = options.displayPath ?? absolutePath;
  if (options.bytes) {
    if (options.bytes.length <= limit) return parseSource(path, options.bytes, options.lang);
    return { diagnostics: [makeDiagnostic(path, FILE_START, '', { rule: 'berkas', def: FILE_MESSAGES.stdinTooLarge, params: { limit: formatSize(limit) } }, options.lang)] };
  }
  // Synchronous on purpose: standards are a few KB, and the async round trips cost more CPU than the reading.
  const read = readFound(absolutePath, { limit });
  if (read.ok) return parseSource(path, read.bytes, options.lang);
  if (read.reason === 'too-large') {
    return { diagnostics: [makeDiagnostic(path, FILE_START, '', { rule: 'berkas', def: FILE_MESSAGES.tooLarge, params: { size: formatSize(read.size), limit: formatSize(limit) } }, options.lang)] };
  }
  const { def, params } = fileProblemMessage(read, { path }, options.lang);
  return { diagnostics: [makeDiagnostic(path, FILE_START, '', { rule: fileProblemRule(read), def, params }, options.lang)] };
}

export type LocateTarget = 'value' | 'key';

function resolve(node: unknown, doc: Document.Parsed): unknown {
  return yaml().isAlias(node) ? node.resolve(doc) : node;
}

/** A scalar key as the property name yaml gives it in the data. */
const propertyName = (pair: Pair): string | undefined => {
  if (!yaml().isScalar(pair.key)) return undefined;
  const value = pair.key.value;
  return value === null ? '' : typeof value === 'object' ? undefined : String(value);
};

// Built on a mapping's first lookup, so locating every problem of a large mapping stays linear.
// Documents are not changed after parsing; the first of duplicate keys (an error) is kept.
const entriesByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function entryOf(map: YAMLMap, key: string): Pair | undefined {
  let entries = entriesByKey.get(map);
  if (!entries) {
    entries = new Map();
    for (const pair of map.items) {
      const name = propertyName(pair);
      if (name !== undefined && !entries.has(name)) entries.set(name, pair);
    }
    entriesByKey.set(map, entries);
  }
  return entries.get(key);
}

/**
 * Where the node at `pointer` stands. `key` asks for the key of a mapping entry (for an unknown
 * key). A pointer that goes past the document stops at the deepest node that exists, so a missing
 * key is reported on its parent mapping.
 */
export function locate(source: SourceFile, pointer: string, target: LocateTarget = 'value'): Position {
  const { isMap, isPair, isSeq } = yaml();
  const { doc, lineCounter, text } = source;
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of parsePointer(pointer)) {
    node = resolve(node, doc);
    let next: unknown;
    if (isMap(node)) {
      const found = entryOf(node, segment);
      if (found) {
        pair = found;
        next = found.value ?? found.key;
      }
    } else if (isSeq(node)) {
      next = node.items[Number(segment)];
      pair = undefined;
    }
    if (next === undefined || next === null) break;
    node = next;
  }
  const chosen = (target === 'key' && pair && isPair(pair) ? pair.key : node) as Node | null;
  const range = chosen?.range;
  if (!range) return FILE_START;
  return positionOf(text, lineCounter, range[0], range[1]);
}
