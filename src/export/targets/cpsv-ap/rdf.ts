import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import type { JsonLdNode } from './graph.js';
import { semicContext } from './semic.js';
import { expand, PREFIXES, RDF_TYPE } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

const TYPE = namedNode(RDF_TYPE);
const XSD_STRING = namedNode(`${PREFIXES.xsd}string`);
const XSD_DOUBLE = `${PREFIXES.xsd}double`;
const XSD_INTEGER = `${PREFIXES.xsd}integer`;

const types = new Map<string, NamedNode>();

/** A class by its term in SEMIC's context ("PublicService"), as that context defines it. */
function typeIri(term: string): NamedNode {
  let iri = types.get(term);
  if (!iri) {
    const def = (semicContext() as { '@context': Record<string, unknown> })['@context'][term];
    const id = typeof def === 'string' ? def : (def as { '@id'?: unknown } | undefined)?.['@id'];
    if (typeof id !== 'string') throw new Error(`${term}: not a class of the CPSV-AP context`);
    types.set(term, (iri = namedNode(id)));
  }
  return iri;
}

/**
 * A value object as JSON-LD reads it into RDF: a number typed xsd:double in the canonical form
 * ("6.5E5"), another number as an integer, a language tag in lower case, a plain string as xsd:string.
 */
function literalOf(value: string | number, language: string | undefined, datatype: string | undefined): Literal {
  if (typeof value === 'number') {
    const double = datatype === XSD_DOUBLE || !Number.isInteger(value);
    return literal(double ? value.toExponential(15).replace(/(\d)0*e\+?/, '$1E') : value.toFixed(0), namedNode(datatype ?? (double ? XSD_DOUBLE : XSD_INTEGER)));
  }
  if (language !== undefined) return literal(value, language.toLowerCase());
  return literal(value, datatype === undefined ? XSD_STRING : namedNode(datatype));
}

/**
 * The triples of the graph's nodes, exactly those a JSON-LD processor reads from the document
 * they are written in (tests/export/cpsv-ap.test.ts reads the written file with the reference
 * processor and finds the same): made here from the nodes, so an export never pays for expanding
 * its own document. Node by node, its type first, then its properties and their values in the
 * order set, a value repeated under one property said once.
 */
export function graphQuads(nodes: readonly JsonLdNode[]): Quad[] {
  const quads: Quad[] = [];
  for (const node of nodes) {
    const subject = namedNode(node['@id']);
    quads.push(quad(subject, TYPE, typeIri(node['@type'])));
    for (const [property, values] of Object.entries(node)) {
      if (property === '@id' || property === '@type') continue;
      const predicate = namedNode(expand(property));
      const seen = new Set<string>();
      for (const v of Array.isArray(values) ? values : [values]) {
        const object = typeof v === 'string' ? literal(v, XSD_STRING) : '@id' in v ? namedNode(v['@id']) : literalOf(v['@value'], v['@language'], v['@type'] === undefined ? undefined : expand(v['@type']));
        if (seen.has(object.id)) continue;
        seen.add(object.id);
        quads.push(quad(subject, predicate, object));
      }
    }
  }
  return quads;
}
