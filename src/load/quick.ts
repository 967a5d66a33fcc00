import jsYaml from 'js-yaml';
import type { Position } from '../diagnostics.js';
import { readFound } from '../files/read.js';
import type { Lang } from '../i18n/index.js';
import { DEFAULT_MAX_FILE_SIZE, DIGITS_AS_TEXT, MAX_DEPTH, parseSource, readSource, type ParseResult, type ReadOptions, type SourceFile } from './source.js';

/**
 * The common case, fast: most files have nothing to report, and for them the position-carrying
 * parse (yaml's Document, ten times slower than js-yaml) is wasted. `quickData` reads a file's
 * plain data with js-yaml, reading scalars exactly as `parseSource` does, and answers undefined
 * whenever the two parsers might disagree or `parseSource` might have something to say: the
 * caller then parses the file whole. Read quickly, a file's positions are parsed only when a
 * problem needs one (tests/check/quick.slow.test.ts compares both readings).
 */

/** The scalars of yaml's core schema, tried in yaml's order, digits that must stay text first. */
const SCALARS: { test: RegExp; value: (s: string) => unknown }[] = [
  { test: DIGITS_AS_TEXT, value: (s) => s },
  { test: /^(?:~|[Nn]ull|NULL)?$/, value: () => null },
  { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, value: (s) => s[0] === 't' || s[0] === 'T' },
  { test: /^0o[0-7]+$/, value: (s) => parseInt(s.substring(2), 8) },
  { test: /^[-+]?[0-9]+$/, value: (s) => parseInt(s, 10) },
  { test: /^0x[0-9a-fA-F]+$/, value: (s) => parseInt(s.substring(2), 16) },
  { test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, value: (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, value: (s) => parseFloat(s) },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, value: (s) => parseFloat(s) },
];

/** Whether a plain scalar is any of them: one test, as most plain scalars are words. */
const ANY_SCALAR = new RegExp(SCALARS.map(({ test }) => `(?:${test.source})`).join('|'));

const SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:standar-pelayanan,quick:scalar', {
      kind: 'scalar',
      resolve: (s: string) => ANY_SCALAR.test(s),
      construct: (s: string) => SCALARS.find(({ test }) => test.test(s))!.value(s),
    }),
  ],
});

/**
 * Text the quick reader leaves to the full parse: what js-yaml and yaml may read differently or
 * what yaml warns about (tabs, a lone CR or other line breaks, a BOM inside, document markers and
 * directives, anchors, aliases, tags and reserved indicators, explicit and collection keys, a
 * flow collection closed at its parent's indentation). Prose that merely looks like these (" & ")
 * only costs the full parse.
 */
// Each branch starts with the character it is about (what came before is a lookbehind): one fast scan.
const UNSURE = /[\t\uFEFF\x85\u2028\u2029]|\r(?!\n)|^(?:---|\.\.\.|%)|[&*!@`%](?<=(?:^|[\s[\]{},]).)|\?(?<=(?:^|[\s[{,])\?)(?=\s|$)|[\]}](?:[ ]*:(?=\s|$)|(?<=^[ ]*.))/m;

/** Keys yaml and js-yaml turn into different property names (a null key), or that yaml treats apart. */
const UNSURE_KEYS = new Set(['', 'null', '<<', '__proto__']);
/** yaml refuses longer implicit keys. */
const MAX_KEY_LENGTH = 1000;

/**
 * Whether every key is plain and nothing nests deeper than `parseSource` allows. js-yaml's own
 * depth limit bounds the recursion.
 */
function plainShape(value: unknown, depth = 1): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => plainShape(item, depth + 1));
  for (const key of Object.keys(value)) {
    if (UNSURE_KEYS.has(key) || key.length > MAX_KEY_LENGTH || !plainShape((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text without its byte-order mark, or undefined when it is not UTF-8 (the full path says where). */
export function quickText(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The file's data as `parseSource` would give it, when sure that `parseSource` would report nothing. */
export function quickData(text: string): Record<string, unknown> | undefined {
  if (UNSURE.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, {
      schema: SCHEMA,
      maxDepth: MAX_DEPTH,
      onWarning: (warning) => {
        throw warning;
      },
    });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !plainShape(data)) return undefined;
  return data as Record<string, unknown>;
}

/**
 * JSON the quick reader is sure of: only printable characters outside ASCII's controls (a
 * surrogate, a line or paragraph separator and a BOM inside are left to yaml), line breaks LF or
 * CR LF, no tab, and no `\u` escape (which may name what yaml reads apart). What the tool writes
 * (`skm hitung --format json`, pretty-printed) passes.
 */
const UNSURE_JSON = /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|\r(?!\n)|\\u/;
/** Every string of JSON text, a key when a colon follows: strings hold no bare quote, so the scan keeps in step. */
const JSON_STRINGS = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/** The keys of every mapping below `value`, counted; false where a number might read apart (16 digits or more: yaml keeps them as text). */
function jsonKeys(value: unknown): number | false {
  if (typeof value === 'number') return Math.abs(value) < 1e15 ? 0 : false;
  if (typeof value !== 'object' || value === null) return 0;
  let count = Array.isArray(value) ? 0 : Object.keys(value).length;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const inner = jsonKeys(item);
    if (inner === false) return false;
    count += inner;
  }
  return count;
}

/**
 * A JSON file's data as `parseSource` would give it, when sure that `parseSource` would report
 * nothing (JSON is YAML, read by yaml with positions ten times slower than JSON.parse): undefined
 * for anything else, and the caller parses the file whole. A key written twice, which JSON.parse
 * keeps quiet about and yaml reports, shows as more keys in the text than in the data.
 */
export function quickJsonData(text: string): Record<string, unknown> | undefined {
  if (UNSURE_JSON.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !plainShape(data)) return undefined;
  const keys = jsonKeys(data);
  if (keys === false) return undefined;
  let written = 0;
  for (const m of text.matchAll(JSON_STRINGS)) if (m[1] !== undefined) written++;
  return written === keys ? (data as Record<string, unknown>) : undefined;
}

/** Where a line may start, as `^` in a multiline pattern sees it. */
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);
/** Per key: its plain value on the line that starts at `lastIndex`. */
const plainValues = new Map<string, RegExp>();

/**
 * Where the plain scalar `value` of the top-level `key` stands, as `locate` would give it: only
 * when the text has one line for that key, written plainly (else undefined, and the full path).
 * Every clean file asks this twice: the key's lines are found with indexOf, not a pattern over
 * the whole text.
 */
export function topLevelValueAt(text: string, key: string, value: string): Position | undefined {
  let start = -1;
  for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + 1)) {
    if (i > 0 && !LINE_BREAKS.has(text[i - 1]!)) continue;
    let colon = i + key.length;
    while (text[colon] === ' ') colon++;
    if (text[colon] !== ':') continue;
    if (start !== -1) return undefined;
    start = i;
  }
  if (start === -1) return undefined;
  let plain = plainValues.get(key);
  if (!plain) plainValues.set(key, (plain = new RegExp(`^${key}:[ ]+([^\\s#'"][^\\r\\n]*?)[ ]*(?:[ ]#[^\\r\\n]*)?\\r?$`, 'my')));
  plain.lastIndex = start;
  const m = plain.exec(text);
  if (!m || m[1] !== value) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  const column = m[0].indexOf(value, key.length + 1) + 1;
  return { line, column, endLine: line, endColumn: column + value.length };
}

/**
 * A source read from text a quick reader (`quickData`, `quickJsonData`) accepted: its positions
 * are parsed when first asked for, and that parse has nothing to report and gives the same data.
 */
export function quickSource(path: string, text: string, data: unknown): SourceFile {
  let parsed: SourceFile | undefined;
  const positions = () => (parsed ??= parseSource(path, text, 'en').source!);
  return {
    path,
    text,
    data,
    get doc() {
      return positions().doc;
    },
    get lineCounter() {
      return positions().lineCounter;
    },
  };
}

export interface StandardRead extends ParseResult {
  /** Read by js-yaml: its positions are not parsed yet. */
  quick?: true;
}

/**
 * `parseSource`, quickly when `reader` is sure of the text: the same diagnostics and data, with
 * the positions parsed only when a finding asks for one.
 */
export function parseQuickly(path: string, bytes: Uint8Array, lang: Lang, reader: (text: string) => Record<string, unknown> | undefined): StandardRead {
  const text = quickText(bytes);
  const data = text === undefined ? undefined : reader(text);
  if (text === undefined || !data) return parseSource(path, bytes, lang);
  return { source: quickSource(path, text, data), diagnostics: [], quick: true };
}

/**
 * `readSource`, quickly when sure: the same diagnostics and data, with a source read by js-yaml
 * whenever `quickData` accepts the text.
 */
export async function readStandard(absolutePath: string, options: ReadOptions): Promise<StandardRead> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const path = options.displayPath ?? absolutePath;
  const read = options.bytes ? undefined : readFound(absolutePath, { limit });
  const bytes = options.bytes ?? (read?.ok ? read.bytes : undefined);
  // Unreadable, too large, not an ordinary file: readSource says why.
  if (!bytes || bytes.length > limit) return readSource(absolutePath, options);
  return parseQuickly(path, bytes, options.lang, quickData);
}
