import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { linesOf, outsideFile } from '../fuzz/lib/inside.js';
import { TEST_REGISTRY } from './helpers.js';

/**
 * tests/fixtures/defects: one schema-valid unit per typical defect, with the rules that must fire
 * (expected.json). Each fixture fires exactly its rules, on both clocks the fixtures were written for.
 */
const ROOT = fileURLToPath(new URL('../fixtures/defects/', import.meta.url));
const expected = JSON.parse(readFileSync(new URL('expected.json', `file://${ROOT}`), 'utf8')) as { fixtures: Record<string, string[]>; usulan?: Record<string, string[]> };
const cases = Object.entries({ ...expected.fixtures, ...expected.usulan });

describe('defect fixtures', () => {
  it.each(cases)('%s fires %j and nothing else', async (name, rules) => {
    for (const now of ['2026-06-01T00:00:00Z', '2026-11-22T00:00:00Z']) {
      const { diagnostics } = await validate([name], { cwd: ROOT, now, workers: 0, configFile: false, baseline: false, registry: TEST_REGISTRY });
      expect(diagnostics.filter((d) => d.rule === 'skema' || d.rule === 'yaml'), 'the fixture is valid').toEqual([]);
      expect([...new Set(diagnostics.map((d) => d.rule))].sort(), now).toEqual([...rules].sort());
      for (const d of diagnostics) expect(outsideFile(d, linesOf(readFileSync(join(ROOT, d.file)))), JSON.stringify(d)).toBeUndefined();
    }
  });
});
