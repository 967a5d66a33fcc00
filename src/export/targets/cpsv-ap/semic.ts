import { readFileSync } from 'node:fs';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { PREFIXES } from './vocabulary.js';

/** SEMIC's files of CPSV-AP 3.2.0 as shipped in the package; vendor/semic/cpsv-ap-3.2.0/README.md says where they come from. */
const VENDOR = new URL('../../../../vendor/semic/cpsv-ap-3.2.0/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, VENDOR), 'utf8');

let context: unknown;
let shapes: Store | undefined;
let hierarchy: Quad[] | undefined;
let validator: SHACLValidator | undefined;

/** The CPSV-AP JSON-LD context, read once: the export names SEMIC's address, this copy answers it. */
export const semicContext = (): unknown => (context ??= JSON.parse(read('cpsv-ap.jsonld')));

/** The CPSV-AP SHACL shapes, parsed once per process. */
export const semicShapes = (): Store => (shapes ??= new Store(new Parser().parse(read('cpsv-ap-SHACL.ttl'))));

/**
 * A SHACL validator of those shapes, made once per process: making one costs more than checking a
 * unit. It can be reused: each validation starts a new report, and runs without a pause once the
 * graph is given, so two units never mix. Its guard against cyclic shapes (counting the checks of
 * each node and shape under a key made by JSON.stringify) took most of the time; these shapes refer
 * to no other shape (sh:class, sh:datatype and counts only), so there is no cycle to guard against.
 */
export const semicValidator = (): SHACLValidator => (validator ??= new SHACLValidator(semicShapes(), { maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1]));

/**
 * The vocabulary's subclasses (a public organisation is an organisation, which is an agent). SHACL
 * finds a class's instances through the subclasses stated in the data graph, so they join the graph
 * that is checked, never the file that is written.
 */
export const classHierarchy = (): Quad[] => (hierarchy ??= new Parser().parse(read('cpsv-ap.ttl')).filter((q) => q.predicate.value === `${PREFIXES.rdfs}subClassOf`));
