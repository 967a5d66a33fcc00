import { ownEntry } from '../../../load/guards.js';

/** The extension namespace: what CPSV-AP has no term for (schemas/sp.ttl defines every term). */
export const SP = 'https://standar-pelayanan.id/ns/sp#';

/**
 * Every namespace the export writes, by the prefix both formats use, in the order the Turtle
 * declares them: fixed, so the same input gives the same bytes.
 */
export const PREFIXES = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  adms: 'http://www.w3.org/ns/adms#',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  time: 'http://www.w3.org/2006/time#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  sp: SP,
} as const;

export type Prefix = keyof typeof PREFIXES;

/** `rdf:type`, which Turtle writes as "a" and the graph's nodes as `@type`. */
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** A compact IRI the export writes ("dct:title"), as the full IRI SHACL reports. */
export function expand(compact: string): string {
  const colon = compact.indexOf(':');
  const ns = colon > 0 && Object.hasOwn(PREFIXES, compact.slice(0, colon)) ? PREFIXES[compact.slice(0, colon) as Prefix] : undefined;
  return ns ? ns + compact.slice(colon + 1) : compact;
}

/** "cpsv:PublicService" for an IRI in one of the export's namespaces, else the IRI. */
export function compact(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}

/** Where SEMIC publishes the CPSV-AP 3.2.0 JSON-LD context; the export names it and reads the vendored copy. */
export const SEMIC_CONTEXT = 'https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

/** The Publications Office's authority tables that CPSV-AP recommends for currency and language. */
export const CURRENCY_IDR = 'http://publications.europa.eu/resource/authority/currency/IDR';
const LANGUAGE_TABLE = 'http://publications.europa.eu/resource/authority/language/';

/**
 * BCP 47 primary language subtags (what `bahasa` holds) and their code in the Publications
 * Office's language table, for the languages standards are written in. Another language keeps
 * its tag on every text but gets no `dct:language`: the table's code is not guessed.
 */
const LANGUAGES: Record<string, string> = { id: 'IND', en: 'ENG', jv: 'JAV', su: 'SUN', ms: 'MSA' };

export function languageIri(tag: string): string | undefined {
  const code = ownEntry(LANGUAGES, tag.split('-')[0]!.toLowerCase());
  return code ? LANGUAGE_TABLE + code : undefined;
}
