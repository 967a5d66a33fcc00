import { Writer, type Quad } from 'n3';
import { PREFIXES, RDF_TYPE, compact } from './vocabulary.js';

/**
 * The triples as Turtle: the fixed prefixes, each node's triples together in the order the
 * JSON-LD lists the nodes, its type first and its properties by their prefixed name; the same graph gives the
 * same bytes.
 */
export function turtle(quads: readonly Quad[], nodeOrder: readonly string[]): Promise<string> {
  const rank = new Map(nodeOrder.map((iri, i) => [iri, i]));
  // Each sort key once per quad, not once per comparison: a unit of 500 services has 80 000 triples.
  const names = new Map<string, string>();
  const predicate = (iri: string) => {
    let name = names.get(iri);
    if (name === undefined) names.set(iri, (name = iri === RDF_TYPE ? '' : compact(iri)));
    return name;
  };
  const sorted = quads
    .map((q, i) => ({ q, i, rank: rank.get(q.subject.value) ?? rank.size, predicate: predicate(q.predicate.value) }))
    .sort((a, b) => {
      if (a.rank !== b.rank) return a.rank - b.rank;
      if (a.q.subject.value !== b.q.subject.value) return a.q.subject.value < b.q.subject.value ? -1 : 1;
      return a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : a.i - b.i;
    })
    .map(({ q }) => q);
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(sorted);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
