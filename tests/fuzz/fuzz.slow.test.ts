import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fuzzer, saveFailure } from './lib/harness.js';

/**
 * A short run of the fuzz harness on every `npm test` (the long one is `npm run fuzz`, see
 * tests/fuzz/README.md). The seed is fixed: a failure here fails the same way on every machine.
 */
const SEED = 20260911;

describe('fuzzing: mutated examples and fixtures', () => {
  it('no exception, every diagnostic inside its file, no hang, no pollution, the same in workers, a clean CLI', { timeout: 240_000 }, async () => {
    const report = await new Fuzzer({ seed: SEED, count: 300, validateEvery: 3, cliEvery: 20, subprocessEvery: 300, workersEvery: 300, workersBatch: 40 }).run();
    expect(report.documents).toBe(300);
    const out = report.failures.length > 0 ? mkdtempSync(join(tmpdir(), 'standar-fuzz-failures-')) : '';
    const found = report.failures.map((f) => `${f.class} in ${f.call} (document ${f.index}, ${saveFailure(out, SEED, f)}): ${f.detail.split('\n')[0]}`);
    expect(found).toEqual([]);
  });
});
