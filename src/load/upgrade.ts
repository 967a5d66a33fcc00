import type { Document, Node, Pair, Scalar } from 'yaml';
import { deprecationOf, type Deprecation } from '../model/deprecations.js';
import { isRecord } from './guards.js';
import { joinPointer, walkData } from './pointer.js';
import { yaml } from './yaml-lib.js';

/** A deprecated form in a parsed document: the scalar written in the old form, and the pair it is the value of. */
interface OldNode {
  pointer: string;
  pair: Pair;
  node: Scalar;
  deprecation: Deprecation;
}

/**
 * Every deprecated form in a yaml Document, in source order. An alias is never followed: a form
 * reached only through one is not the document's own writing (and expanding aliases is how a
 * hostile file explodes).
 */
function* oldNodes(node: unknown, pointer: string): Generator<OldNode> {
  const { isMap, isScalar, isSeq } = yaml();
  if (isSeq(node)) for (const [i, item] of node.items.entries()) yield* oldNodes(item, joinPointer(pointer, i));
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const at = joinPointer(pointer, key);
    const value = isScalar(pair.value) ? pair.value : undefined;
    const deprecation = value ? deprecationOf(key, value.value) : undefined;
    if (value && deprecation) yield { pointer: at, pair, node: value, deprecation };
    else yield* oldNodes(pair.value, at);
  }
}

/**
 * Rewrite every deprecated form in a parsed standard (layanan or penyelenggara) to its new form,
 * in place on the yaml Document so comments and layout around it stay. The meaning is unchanged.
 * Returns the JSON pointers of the values rewritten.
 */
export function upgradeDocument(doc: Document): string[] {
  const found = [...oldNodes(doc.contents, '')];
  for (const { pair, node, deprecation } of found) {
    const replacement = doc.createNode(deprecation.upgrade(node.value)) as Node;
    if (yaml().isSeq(replacement)) replacement.flow = true;
    replacement.comment = node.comment;
    replacement.commentBefore = node.commentBefore;
    replacement.spaceBefore = node.spaceBefore;
    // An alias to the old value now reads the new one, as it does in the rewritten text.
    if (node.anchor) replacement.anchor = node.anchor;
    pair.value = replacement;
  }
  return found.map((f) => f.pointer);
}

/** One deprecated form rewritten: the source text from `from` to `to` replaced by `text`. */
export interface TextEdit {
  pointer: string;
  from: number;
  to: number;
  text: string;
}

/** A block scalar's header comment (`>- # note`), which its source range includes. */
const BLOCK_HEADER_COMMENT = /^[|>][0-9+-]*[ \t]+(#.*)$/;

/**
 * The same rewrite as `upgradeDocument`, as edits of the document's source text (in source
 * order): each old value is replaced where it stands by its new form written on one line,
 * flow-style, so every other byte of the file (comments, anchors, layout) stays as written.
 */
export function upgradeEdits(doc: Document.Parsed, text: string): TextEdit[] {
  return [...oldNodes(doc.contents, '')].map(({ pointer, node, deprecation }) => {
    const [from, to] = node.range ?? [0, 0];
    const written = yaml().stringify(deprecation.upgrade(node.value), { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
    const source = text.slice(from, to);
    if (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL') return { pointer, from, to, text: written };
    const comment = BLOCK_HEADER_COMMENT.exec(source.split('\n')[0]!.trimEnd())?.[1];
    return { pointer, from, to, text: `${written}${comment ? ` ${comment}` : ''}${source.endsWith('\n') ? '\n' : ''}` };
  });
}

/** Every deprecated form in data as read from a file, with its pointer. */
export function deprecatedForms(value: unknown): { pointer: string; deprecation: Deprecation }[] {
  const out: { pointer: string; deprecation: Deprecation }[] = [];
  walkData(value, (v, place) => {
    const deprecation = typeof place.key === 'string' ? deprecationOf(place.key, v) : undefined;
    if (!deprecation) return;
    out.push({ pointer: place.pointer(), deprecation });
    return false;
  });
  return out;
}

/** Data as read from a file, with every deprecated form in its new form: what an upgraded file reads as. Unchanged parts are the same objects. */
export function upgradeData(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(upgradeData);
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  if (!isRecord(value)) return value;
  const entries = Object.entries(value).map(([key, v]): [string, unknown] => {
    const deprecation = deprecationOf(key, v);
    return [key, deprecation ? deprecation.upgrade(v) : upgradeData(v)];
  });
  return entries.some(([key, v]) => v !== value[key]) ? Object.fromEntries(entries) : value;
}
