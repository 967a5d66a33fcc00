import type { Quad } from 'n3';

/** An RDF/JS term, whichever library made it (the SHACL engine makes its own). */
interface Term {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

/** A term as RDF/JS compares terms: its kind, value, and a literal's language and datatype. */
function termKey(t: Term): string {
  return t.termType === 'Literal' ? `"${t.value}"@${t.language ?? ''}^^${t.datatype?.value ?? ''}` : `${t.termType.charAt(0)}${t.value}`;
}

const same = (a: Term, b: Term) => a.value === b.value && a.termType === b.termType && (a.termType !== 'Literal' || termKey(a) === termKey(b));

type Part = 'subject' | 'predicate' | 'object';

/**
 * The graph SHACL checks, as an RDF/JS DatasetCore indexed by subject, predicate and object, each
 * index made when first asked. The SHACL engine only asks for the quads of a subject, a predicate
 * or an object and reads through them; a general store (n3's Store) spends more on numbering every
 * term and building its result streams than the whole check takes, for a unit of 500 services.
 * Literals, long texts most of them and never looked up by the engine, are left out of the object
 * index: a match on one reads the other parts' quads. The triples are in the default graph. A
 * match is a dataset of its own, indexed only if asked.
 */
export class QuadIndex {
  private readonly indexes = new Map<Part, Map<string, Quad[]>>();

  /** The quads are read, never changed: `add` and `delete` put a new list in their place. */
  constructor(private quads: readonly Quad[]) {}

  get size(): number {
    return this.quads.length;
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.quads[Symbol.iterator]();
  }

  private index(part: Part): Map<string, Quad[]> {
    let index = this.indexes.get(part);
    if (!index) {
      index = new Map();
      for (const q of this.quads) {
        if (q[part].termType === 'Literal') continue;
        const key = termKey(q[part]);
        const list = index.get(key);
        if (list) list.push(q);
        else index.set(key, [q]);
      }
      this.indexes.set(part, index);
    }
    return index;
  }

  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): QuadIndex {
    if (graph && graph.termType !== 'DefaultGraph') return new QuadIndex([]);
    // The engine asks this for every property of every node: a lookup and a filter, little more.
    const given: [Part, Term][] = [];
    if (subject) given.push(['subject', subject]);
    if (predicate) given.push(['predicate', predicate]);
    if (object) given.push(['object', object]);
    let fewest: readonly Quad[] | undefined;
    for (const [part, term] of given) {
      if (term.termType === 'Literal') continue;
      const found = this.index(part).get(termKey(term)) ?? [];
      if (!fewest || found.length < fewest.length) fewest = found;
    }
    if (given.length === 0 || (given.length === 1 && fewest)) return new QuadIndex(fewest ?? this.quads);
    return new QuadIndex((fewest ?? this.quads).filter((q) => given.every(([part, term]) => same(q[part], term))));
  }

  has(quad: Quad): boolean {
    return quad.graph.termType === 'DefaultGraph' && this.match(quad.subject, quad.predicate, quad.object).size > 0;
  }

  add(quad: Quad): this {
    if (!this.has(quad)) {
      this.quads = [...this.quads, quad];
      this.indexes.clear();
    }
    return this;
  }

  delete(quad: Quad): this {
    if (this.has(quad)) {
      const key = [quad.subject, quad.predicate, quad.object].map(termKey).join(' ');
      this.quads = this.quads.filter((q) => [q.subject, q.predicate, q.object].map(termKey).join(' ') !== key);
      this.indexes.clear();
    }
    return this;
  }
}
