import { Writer, type Quad } from 'n3';
import { PREFIXES, compact } from './vocabulary.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/**
 * The triples as Turtle: the fixed prefixes, each node's triples together in the order the
 * JSON-LD lists the nodes, its type first and its properties by their prefixed name; the same graph gives the
 * same bytes.
 */
export function turtle(quads: readonly Quad[], nodeOrder: readonly string[]): Promise<string> {
  const rank = new Map(nodeOrder.map((iri, i) => [iri, i]));
  const predicate = (q: Quad) => (q.predicate.value === RDF_TYPE ? '' : compact(q.predicate.value));
  const sorted = quads
    .map((q, i) => ({ q, i }))
    .sort((a, b) => {
      const ra = rank.get(a.q.subject.value) ?? rank.size;
      const rb = rank.get(b.q.subject.value) ?? rank.size;
      if (ra !== rb) return ra - rb;
      if (a.q.subject.value !== b.q.subject.value) return a.q.subject.value < b.q.subject.value ? -1 : 1;
      const pa = predicate(a.q);
      const pb = predicate(b.q);
      return pa < pb ? -1 : pa > pb ? 1 : a.i - b.i;
    })
    .map(({ q }) => q);
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(sorted);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
