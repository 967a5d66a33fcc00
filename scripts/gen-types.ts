/**
 * Derives the TypeScript types from schemas/ so the schema stays the single source of truth.
 * `npm run gen:types` rewrites src/types/schema.ts; tests/schema/types-drift.test.ts fails when
 * the committed file no longer matches the schemas.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateSchemaTypes, TYPES_FILE } from './schema-types.js';

const out = await generateSchemaTypes();
await writeFile(fileURLToPath(TYPES_FILE), out);
console.log(`ditulis: ${fileURLToPath(TYPES_FILE)}`);
