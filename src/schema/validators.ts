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
 * standar.config.yaml's schema. Compiled with the standards' (the same ajv set-up: it uses none
 * of the formats or editor keywords that set-up adds) but not one of them: its definitions are
 * not a standard's.
 */
export const CONFIG_SCHEMA_FILE = 'standar.config.schema.json';
/** Written by `npm run build` (scripts/compile-schemas.mjs) next to this module in dist/. */
export const COMPILED_MODULE = new URL('./compiled-schemas.cjs', import.meta.url);

/** Keywords editors read (VS Code's YAML extension) that a validator must accept and ignore. */
const EDITOR_KEYWORDS = ['defaultSnippets', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'doNotSuggest', 'errorMessage', 'patternErrorMessage'];

// ajv itself is loaded only when the schemas must be compiled: a precompiled run never needs it.
const require = createRequire(import.meta.url);

export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

/** Identifies the schema files a compiled module was made from. */
export function schemasHash(): string {
  const hash = createHash('sha256');
  for (const file of [...Object.values(SCHEMA_FILES), CONFIG_SCHEMA_FILE]) hash.update(readFileSync(new URL(file, SCHEMA_DIR)));
  return hash.digest('hex');
}

/** What the compiled module holds: a validator per standard, and the configuration's. */
type Compiled = Record<DocumentKind | 'konfigurasi', ValidateFunction>;

/** The one ajv configuration, for run-time compiling and for the build's standalone code. */
export function createAjv(extra: { code?: { source: boolean } } = {}): { ajv: Ajv; ids: Record<keyof Compiled, string> } {
  // verbose: the translator needs the failing schema and data to write a useful message.
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as (ajv: Ajv, formats: string[]) => Ajv;
  const ajv = new AjvClass({ allErrors: true, verbose: true, allowUnionTypes: true, strictRequired: false, messages: false, ...extra });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword(keyword);
  const ids = {} as Record<keyof Compiled, string>;
  for (const [kind, file] of [...Object.entries(SCHEMA_FILES), ['konfigurasi', CONFIG_SCHEMA_FILE]] as [keyof Compiled, string][]) {
    const schema = readSchema(file);
    ajv.addSchema(schema);
    ids[kind] = schema.$id as string;
  }
  return { ajv, ids };
}

let validators: Compiled | undefined;

/**
 * Compiling the schemas takes ~100 ms, a third of a one-file run, so the build ships them
 * precompiled; a module made from other schema files than these is ignored.
 */
function loadCompiled(): Compiled | undefined {
  if (!existsSync(COMPILED_MODULE)) return undefined;
  const compiled = require(COMPILED_MODULE.pathname) as Compiled & { schemasHash?: string };
  return compiled.schemasHash === schemasHash() ? compiled : undefined;
}

/** Compiled once per process (or worker): compiling costs far more than validating. */
function compiledValidator(kind: keyof Compiled): ValidateFunction {
  if (!validators) {
    validators = loadCompiled();
    if (!validators) {
      const { ajv, ids } = createAjv();
      validators = { layanan: ajv.getSchema(ids.layanan)!, penyelenggara: ajv.getSchema(ids.penyelenggara)!, konfigurasi: ajv.getSchema(ids.konfigurasi)! };
    }
  }
  return validators[kind];
}

export const getValidator = (kind: DocumentKind): ValidateFunction => compiledValidator(kind);

/** The validator of standar.config.yaml. */
export const configValidator = (): ValidateFunction => compiledValidator('konfigurasi');

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
