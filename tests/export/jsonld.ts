import jsonld from 'jsonld';
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import { semicContext } from '../../src/export/targets/cpsv-ap/semic.js';
import { SEMIC_CONTEXT } from '../../src/export/targets/cpsv-ap/vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

interface RawTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

interface RawQuad {
  subject: RawTerm;
  predicate: RawTerm;
  object: RawTerm;
}

/** Only the context the export names is loaded, from the package: a test never reaches the network. */
async function documentLoader(url: string) {
  if (url !== SEMIC_CONTEXT) throw new Error(`${url}: only the vendored CPSV-AP context is read`);
  return { contextUrl: undefined, documentUrl: url, document: semicContext() };
}

/** The export never makes blank nodes, so every subject is an IRI and every object an IRI or a literal. */
const term = (t: RawTerm) => (t.termType === 'Literal' ? literal(t.value, t.language || namedNode(t.datatype!.value)) : namedNode(t.value));

/**
 * The triples of a JSON-LD document as the reference processor (jsonld.js) reads it: what a
 * consumer of the .jsonld file gets. Safe mode makes a term the context does not define an error
 * instead of a triple silently dropped.
 */
export async function readJsonLd(document: object): Promise<Quad[]> {
  const raw = (await jsonld.toRDF(document, { documentLoader, safe: true } as jsonld.Options.ToRdf)) as unknown as RawQuad[];
  return raw.map((q) => quad(term(q.subject) as Quad_Subject, namedNode(q.predicate.value), term(q.object) as Quad_Object));
}
