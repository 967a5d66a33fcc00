import { readFile } from 'node:fs/promises';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const SCHEMAS = new URL('../schemas/', import.meta.url);
export const TYPES_FILE = new URL('../src/types/schema.ts', import.meta.url);

/**
 * Draft-07 ignores the siblings of $ref (the descriptions there are for editors' hover help), and
 * an anyOf of bare `required` lists only says "one of these keys"; both would otherwise come out as
 * duplicate or empty types.
 */
function forTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forTypes);
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === 'string') return { $ref: obj.$ref };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'anyOf' && Array.isArray(value) && value.every((b) => Object.keys(b as object).join() === 'required')) continue;
    out[key] = forTypes(value);
  }
  return out;
}

async function load(name: string): Promise<JSONSchema> {
  return forTypes(JSON.parse(await readFile(new URL(name, SCHEMAS), 'utf8'))) as JSONSchema;
}

/**
 * Both schemas merged into one, so the definitions penyelenggara.schema.json borrows from
 * layanan.schema.json are declared once.
 */
export async function generateSchemaTypes(): Promise<string> {
  const layanan = await load('layanan.schema.json');
  const penyelenggara = await load('penyelenggara.schema.json');
  const crossFile: JSONSchema = JSON.parse(JSON.stringify(penyelenggara).replaceAll('"layanan.schema.json#/definitions/', '"#/definitions/'));
  const root = (schema: JSONSchema): JSONSchema => {
    const { definitions: _d, $id: _i, $schema: _s, ...rest } = schema;
    return rest;
  };
  const merged: JSONSchema = {
    title: 'Skema',
    type: 'object',
    additionalProperties: false,
    properties: { layanan: { $ref: '#/definitions/standar_pelayanan' }, penyelenggara: { $ref: '#/definitions/penyelenggara_pelayanan' } },
    definitions: { ...layanan.definitions, ...crossFile.definitions, standar_pelayanan: root(layanan), penyelenggara_pelayanan: root(crossFile) },
  };
  const ts = await compile(merged, 'Skema', {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const withoutWrapper = ts.replace(/(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)?export interface Skema \{[\s\S]*?\n\}\n/, '');
  return '/* Generated from schemas/ by `npm run gen:types`. Do not edit by hand. */\n\n' + withoutWrapper.trim() + '\n';
}
