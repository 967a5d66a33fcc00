import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { importFiles } from '../../src/import/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/impor/', import.meta.url));

/** The source documents among the fixtures (not their expected YAML). */
export const SOURCES = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();

/** What importing one fixture gives, as data: each draft by its target path. */
export async function importedData(file: string): Promise<Record<string, unknown>> {
  const r = await importFiles([FIXTURES + file], { cwd: FIXTURES, lang: 'id', dryRun: true });
  const out: Record<string, unknown> = {};
  for (const s of r.services) out[s.target] = parse(s.text);
  if (r.provider) out[r.provider.target] = parse(r.provider.text);
  return out;
}
