import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type ScalarTag, type YAMLError } from 'yaml';
import type { Diagnostic, Position, Severity } from '../diagnostics.js';
import { fileProblemMessage, fileProblemRule, formatSize } from '../files/messages.js';
import { readFound } from '../files/read.js';
import { localize, type Lang, type MessageDef, type Params } from '../i18n/index.js';
import { FILE_MESSAGES, YAML_MESSAGES } from './messages.js';
import { parsePointer } from './pointer.js';
import { firstInvalidUtf8 } from './utf8.js';

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

function positionOf(lc: LineCounter, start: number, end: number): Position {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(end, start));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The position of a character offset in `text`. */
export function offsetPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** Which parser error most likely caused the others around it. */
const ROOT_CAUSE_ORDER = ['TAB_AS_INDENT', 'BAD_INDENT', 'MULTIPLE_DOCS', 'MISSING_CHAR', 'BAD_DQ_ESCAPE', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'];
const rank = (code: string) => (ROOT_CAUSE_ORDER.includes(code) ? ROOT_CAUSE_ORDER.indexOf(code) : ROOT_CAUSE_ORDER.length);

/**
 * One slip (a tab, a bad indent) makes the parser report several errors on the lines around it.
 * Errors within two lines of each other are one cluster, reported once by its likely cause;
 * duplicate keys are independent and always kept.
 */
function rootCauses(errors: readonly YAMLError[], lc: LineCounter): YAMLError[] {
  const kept: YAMLError[] = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const syntax = errors.filter((e) => e.code !== 'DUPLICATE_KEY').map((e) => ({ e, line: lc.linePos(e.pos[0]).line })).sort((a, b) => a.line - b.line);
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
  return kept.sort((a, b) => a.pos[0] - b.pos[0]);
}

export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Parse YAML bytes into a located document; every problem comes back as a diagnostic. */
export function parseSource(path: string, input: Uint8Array | string, lang: Lang): ParseResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) {
      const prefix = Buffer.from(input.subarray(0, bad)).toString('utf8');
      return { diagnostics: [makeDiagnostic(path, offsetPosition(prefix, prefix.length), '', { rule: 'berkas', def: FILE_MESSAGES.notUtf8 }, lang)] };
    }
    text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, customTags: (tags) => [digitsAsText, ...tags], prettyErrors: false, keepSourceTokens: false });
  const diagnostics: Diagnostic[] = [];
  for (const err of [...rootCauses(doc.errors, lineCounter), ...doc.warnings]) {
    const def = YAML_MESSAGES[err.code] ?? YAML_MESSAGES.OTHER!;
    const [start, end] = err.pos;
    let params: Params = { code: err.code };
    if (err.code === 'DUPLICATE_KEY') params = { key: text.slice(start).split(/:(?:\s|$)|\n/)[0]!.trim().replace(/^['"]|['"]$/g, '') };
    diagnostics.push(makeDiagnostic(path, positionOf(lineCounter, start, end), '', { rule: 'yaml', def, params, severity: err.name === 'YAMLWarning' ? 'warning' : 'error' }, lang));
  }
  if (doc.errors.length > 0) return { diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const firstAlias = text.search(/\*[^\s,\]}]/);
    const pos = firstAlias >= 0 ? positionOf(lineCounter, firstAlias, firstAlias + 1) : FILE_START;
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
}

/**
 * Read and parse a file; I/O problems become diagnostics too. A file over the cap is never read,
 * and a FIFO, device or folder with a standard's name is refused before it is opened.
 */
export async function readSource(absolutePath: string, options: ReadOptions): Promise<ParseResult> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const path = options.displayPath ?? absolutePath;
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
  return isAlias(node) ? node.resolve(doc) : node;
}

/**
 * Where the node at `pointer` stands. `key` asks for the key of a mapping entry (for an unknown
 * key). A pointer that goes past the document stops at the deepest node that exists, so a missing
 * key is reported on its parent mapping.
 */
export function locate(source: SourceFile, pointer: string, target: LocateTarget = 'value'): Position {
  const { doc, lineCounter } = source;
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of parsePointer(pointer)) {
    node = resolve(node, doc);
    let next: unknown;
    if (isMap(node)) {
      const found = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
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
  return positionOf(lineCounter, range[0], range[1]);
}
