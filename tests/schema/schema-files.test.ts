import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes, TYPES_FILE } from '../../scripts/schema-types.js';
import { readSchema, SCHEMA_FILES } from '../../src/schema/validators.js';

/** Every property schema reachable below `node`, with its path. */
function* properties(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* properties(n, `${path}/${i}`);
    return;
  }
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    // Conditions (if/then) restate properties documented where they are declared.
    if (key === 'if' || key === 'then') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, prop] of Object.entries(value)) yield [`${path}/properties/${name}`, prop as Record<string, unknown>];
    }
    yield* properties(value, `${path}/${key}`);
  }
}

describe('schemas', () => {
  for (const file of Object.values(SCHEMA_FILES)) {
    it(`${file} is draft-07 with a stable $id and an Indonesian description on every property`, () => {
      const schema = readSchema(file);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`https://standar-pelayanan.id/schema/v1/${file}`);
      const definitions = { ...(readSchema('layanan.schema.json').definitions as object), ...(schema.definitions as object) } as Record<string, Record<string, unknown>>;
      // A bare $ref shows the description of the definition it points to.
      const describe = (p: Record<string, unknown>) => (typeof p.$ref === 'string' ? (p.description ?? definitions[p.$ref.split('/').pop()!]?.description) : p.description);
      const missing = [...properties(schema, '#')].filter(([, p]) => { const d = describe(p); return typeof d !== 'string' || d.length < 5; }).map(([path]) => path);
      expect(missing).toEqual([]);
    });
  }

  it('src/types/schema.ts is what the schemas generate (run `npm run gen:types` after editing a schema)', async () => {
    expect(await readFile(TYPES_FILE, 'utf8')).toBe(await generateSchemaTypes());
  });
});
