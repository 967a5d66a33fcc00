import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { deprecationOf } from '../model/deprecations.js';
import { joinPointer } from './pointer.js';

/**
 * Rewrite every deprecated form in a parsed standard (layanan or penyelenggara) to its new form,
 * in place on the yaml Document so comments and layout around it stay. The meaning is unchanged.
 * Returns the JSON pointers of the values rewritten.
 */
export function upgradeDocument(doc: Document): string[] {
  const changed: string[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, joinPointer(pointer, i)));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const at = joinPointer(pointer, key);
      const old = isScalar(pair.value) ? pair.value : undefined;
      const deprecation = old ? deprecationOf(key, old.value) : undefined;
      if (!old || !deprecation) {
        walk(pair.value, at);
        continue;
      }
      const replacement = doc.createNode(deprecation.upgrade(old.value)) as Node;
      if (isSeq(replacement)) replacement.flow = true;
      replacement.comment = old.comment;
      replacement.commentBefore = old.commentBefore;
      replacement.spaceBefore = old.spaceBefore;
      pair.value = replacement;
      changed.push(at);
    }
  };
  walk(doc.contents, '');
  return changed;
}
