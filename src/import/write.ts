import { Document, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { SchemaGuide, type SchemaLocation } from '../schema/key-order.js';
import type { Lang } from '../i18n/index.js';
import type { DocumentKind } from '../schema/validators.js';
import type { Path, Recorder } from './map/record.js';

/**
 * A draft as YAML in the project's key order, with a `# periksa: …` line before each value the
 * importer was unsure of and `# asal: …` with the document's own words where the value does not
 * carry them all (a label, a "(Asli dan Fotocopy)" turned into bentuk).
 */

let guide: SchemaGuide | undefined;

function ordered(value: unknown, at: SchemaLocation | undefined, g: SchemaGuide): unknown {
  if (Array.isArray(value)) {
    const loc = g.fit(at, 'seq');
    return value.map((v) => ordered(v, g.items(loc), g));
  }
  if (value === null || typeof value !== 'object') return value;
  const loc = g.fit(at, 'map');
  const order = g.keyOrder(loc);
  const keys = Object.keys(value).sort((a, b) => (order.indexOf(a) + 1 || 1e6) - (order.indexOf(b) + 1 || 1e6));
  return Object.fromEntries(keys.map((k) => [k, ordered((value as Record<string, unknown>)[k], g.property(loc, k), g)]));
}

const WORD = /[\p{L}\p{N}]{2,}/gu;

/** Words of `source` the value does not hold (case ignored): what a comment must keep. */
export function missingWords(source: string, value: unknown): string[] {
  // Whole words: "Foto kopi" rewritten as "fotokopi" is a rewording the comment must keep.
  const hay = new Set([...(typeof value === 'string' ? value : JSON.stringify(value) ?? '').toLowerCase().matchAll(WORD)].map((m) => m[0]));
  return [...source.matchAll(WORD)].map((m) => m[0]).filter((w) => !hay.has(w.toLowerCase()));
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

/** The node a comment goes before: the key of a mapping entry, an item of a sequence; the nearest that exists. */
function anchor(doc: Document, path: Path): Node | undefined {
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const seg = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p: Pair) => isScalar(p.key) && p.key.value === seg);
      if (pair && isScalar(pair.key)) return pair.key;
    } else if (isSeq(parent) && typeof seg === 'number' && parent.items[seg]) return parent.items[seg] as Node;
  }
  return undefined;
}

function addComment(node: Node, line: string): void {
  const text = ' ' + line.replace(/\s*\n\s*/g, ' / ');
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
}

/**
 * The draft, laid out as fmt lays out a file: yaml's own layout with the keys in schema order
 * is already fmt's (tests/import checks every draft is tidy), so fmt's verification, the slow
 * part of fmt, is not run on each import.
 */
export function draftYaml(data: unknown, rec: Recorder, kind: DocumentKind, header: string[], lang: Lang): string {
  guide ??= new SchemaGuide();
  const doc = new Document(ordered(data, guide.root(kind), guide));
  for (const o of rec.origins) {
    const value = valueAt(data, o.path);
    if (o.source.trim() === '' || missingWords(o.source, value).length === 0) continue;
    const node = anchor(doc, o.path);
    if (node) addComment(node, `asal: ${JSON.stringify(o.source.replace(/\s*\n\s*/g, ' / '))}`);
  }
  for (const c of rec.checks) {
    const node = anchor(doc, c.path);
    if (node) addComment(node, `periksa: ${c.text[lang]}`);
  }
  doc.commentBefore = header.map((h) => ' ' + h).join('\n');
  return doc.toString({ lineWidth: 0 });
}

