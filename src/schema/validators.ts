import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

/** Which schema a YAML file is checked against. */
export type DocumentKind = 'layanan' | 'penyelenggara';

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
export const SCHEMA_FILES: Record<DocumentKind, string> = {
  layanan: 'layanan.schema.json',
  penyelenggara: 'penyelenggara.schema.json',
};
/**
 * standar.config.yaml's schema. Compiled with the same ajv set-up as the standards' (it uses none
 * of the formats or editor keywords that set-up adds) but apart: its definitions are not a
 * standard's, and only a run with a configuration loads its code.
 */
export const CONFIG_SCHEMA_FILE = 'standar.config.schema.json';
/** The survey results a unit keeps (skm/hasil-*.json), read by every validate of such a unit: compiling it at run time cost ~200 ms of a one-file run. */
export const SURVEY_RESULTS_SCHEMA_FILE = 'skm-hasil.schema.json';

/** What the build precompiles, besides the standards' kinds. */
type CompiledKind = DocumentKind | 'konfigurasi' | 'hasilSkm';

/** Keywords editors read (VS Code's YAML extension) that a validator must accept and ignore. */
const EDITOR_KEYWORDS = ['defaultSnippets', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'doNotSuggest', 'errorMessage', 'patternErrorMessage'];

// ajv itself is loaded only when the schemas must be compiled: a precompiled run never needs it.
const require = createRequire(import.meta.url);

export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

/** Identifies the schema files a compiled module was made from. */
export function schemasHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(new URL(file, SCHEMA_DIR)));
  return hash.digest('hex');
}

type Compiled<K extends string> = Record<K, ValidateFunction>;

/**
 * What `npm run build` (scripts/compile-schemas.mjs) writes next to this module in dist/: each
 * module's validators, by the names of `createAjv`'s ids, and the schema files they are made from.
 */
export const COMPILED_MODULES = {
  standards: { url: new URL('./compiled-schemas.cjs', import.meta.url), files: Object.values(SCHEMA_FILES), kinds: ['layanan', 'penyelenggara'] },
  config: { url: new URL('./compiled-config.cjs', import.meta.url), files: [CONFIG_SCHEMA_FILE], kinds: ['konfigurasi'] },
  survey: { url: new URL('./compiled-skm-hasil.cjs', import.meta.url), files: [SURVEY_RESULTS_SCHEMA_FILE], kinds: ['hasilSkm'] },
} as const;

function configuredAjv(extra: { code?: { source: boolean } } = {}): Ajv {
  // verbose: the translator needs the failing schema and data to write a useful message.
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as (ajv: Ajv, formats: string[]) => Ajv;
  const ajv = new AjvClass({ allErrors: true, verbose: true, allowUnionTypes: true, strictRequired: false, messages: false, ...extra });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword(keyword);
  return ajv;
}

/** The one ajv configuration, for run-time compiling and for the build's standalone code. */
export function createAjv(extra: { code?: { source: boolean } } = {}): { ajv: Ajv; ids: Record<CompiledKind, string> } {
  const ajv = configuredAjv(extra);
  const ids = {} as Record<CompiledKind, string>;
  for (const [kind, file] of [...Object.entries(SCHEMA_FILES), ['konfigurasi', CONFIG_SCHEMA_FILE], ['hasilSkm', SURVEY_RESULTS_SCHEMA_FILE]] as [CompiledKind, string][]) {
    const schema = readSchema(file);
    ajv.addSchema(schema);
    ids[kind] = schema.$id as string;
  }
  return { ajv, ids };
}

/**
 * A schema of another file the tool reads (a column mapping), compiled on first use with the same
 * configuration, so its errors translate like a standard's.
 */
export function compileSchemaFile(file: string): ValidateFunction {
  return configuredAjv().compile(readSchema(file));
}

/**
 * Compiling the schemas takes ~100 ms, a third of a one-file run, so the build ships them
 * precompiled; a module made from other schema files than these is ignored, and they are
 * compiled here, once per process (or worker): compiling costs far more than validating.
 */
function loadValidators<K extends CompiledKind>({ url, files, kinds }: { url: URL; files: readonly string[]; kinds: readonly K[] }): Compiled<K> {
  if (existsSync(url)) {
    const compiled = require(url.pathname) as Compiled<K> & { schemasHash?: string };
    if (compiled.schemasHash === schemasHash(files)) return compiled;
  }
  const { ajv, ids } = createAjv();
  return Object.fromEntries(kinds.map((kind) => [kind, ajv.getSchema(ids[kind])!])) as Compiled<K>;
}

let standards: Compiled<DocumentKind> | undefined;
let config: Compiled<'konfigurasi'> | undefined;
let survey: Compiled<'hasilSkm'> | undefined;

export const getValidator = (kind: DocumentKind): ValidateFunction => (standards ??= loadValidators(COMPILED_MODULES.standards))[kind];

/** The validator of standar.config.yaml. */
export const configValidator = (): ValidateFunction => (config ??= loadValidators(COMPILED_MODULES.config)).konfigurasi;

/** The validator of a unit's survey results (skm/hasil-*.json). */
export const surveyResultsValidator = (): ValidateFunction => (survey ??= loadValidators(COMPILED_MODULES.survey)).hasilSkm;

export function validateAgainstSchema(kind: DocumentKind, data: unknown): ErrorObject[] {
  const validate = getValidator(kind);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

let definitionsByName: Map<string, Record<string, unknown>> | undefined;
let definitionsByShape: Map<string, string> | undefined;

/** Every definition of both schema files, by name. */
function definitions(): Map<string, Record<string, unknown>> {
  if (!definitionsByName) {
    definitionsByName = new Map();
    for (const file of Object.values(SCHEMA_FILES)) {
      for (const [name, def] of Object.entries((readSchema(file).definitions ?? {}) as Record<string, Record<string, unknown>>)) definitionsByName.set(name, def);
    }
  }
  return definitionsByName;
}

/** The definition a `$ref` names ("#/definitions/telepon", "layanan.schema.json#/definitions/telepon"). */
export function definitionOf(ref: string): Record<string, unknown> | undefined {
  const name = /\/definitions\/([^/]+)$/.exec(ref)?.[1];
  return name ? definitions().get(name) : undefined;
}

/**
 * The definition a failing schema node came from ("nip", "telepon", ...). ajv's schemaPath is
 * relative to each referenced definition and precompiled code holds copies of the schema, so
 * the node is recognised by its content.
 */
export function definitionName(schemaNode: unknown): string | undefined {
  if (!schemaNode || typeof schemaNode !== 'object') return undefined;
  if (!definitionsByShape) {
    definitionsByShape = new Map();
    for (const [name, def] of definitions()) definitionsByShape.set(JSON.stringify(def), name);
  }
  return definitionsByShape.get(JSON.stringify(schemaNode));
}
