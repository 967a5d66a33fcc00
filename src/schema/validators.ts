import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** Which schema a YAML file is checked against. */
export type DocumentKind = 'layanan' | 'penyelenggara';

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
export const SCHEMA_FILES: Record<DocumentKind, string> = {
  layanan: 'layanan.schema.json',
  penyelenggara: 'penyelenggara.schema.json',
};

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv, formats: string[]) => Ajv;

export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

let validators: Record<DocumentKind, ValidateFunction> | undefined;
const definitionNames = new WeakMap<object, string>();

/**
 * The definition a failing schema node came from ("nip", "telepon", ...). ajv's schemaPath is
 * relative to each referenced definition, so the messages find it by the node's identity.
 */
export function definitionName(schemaNode: unknown): string | undefined {
  return schemaNode && typeof schemaNode === 'object' ? definitionNames.get(schemaNode) : undefined;
}

/** Compiled once per process (or worker): compiling costs far more than validating. */
export function getValidator(kind: DocumentKind): ValidateFunction {
  if (!validators) {
    // verbose: the translator needs the failing schema and data to write a useful message.
    const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, strictRequired: false, messages: false });
    addFormats(ajv, ['date', 'email', 'uri']);
    const ids = {} as Record<DocumentKind, string>;
    for (const [k, file] of Object.entries(SCHEMA_FILES) as [DocumentKind, string][]) {
      const schema = readSchema(file);
      for (const [name, def] of Object.entries((schema.definitions ?? {}) as Record<string, object>)) definitionNames.set(def, name);
      ajv.addSchema(schema);
      ids[k] = schema.$id as string;
    }
    validators = { layanan: ajv.getSchema(ids.layanan)!, penyelenggara: ajv.getSchema(ids.penyelenggara)! };
  }
  return validators[kind];
}

export function validateAgainstSchema(kind: DocumentKind, data: unknown): ErrorObject[] {
  const validate = getValidator(kind);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
