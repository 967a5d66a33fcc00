import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** examples/ is what staff copy: it must pass every check and already be in canonical form. */
describe('examples/', () => {
  it('passes validate with every rule, at a fixed date', async () => {
    expect(await run(['validate', 'examples/'], ROOT, { STANDAR_NOW: '2026-11-22' })).toEqual({ code: 0, stdout: '✔ 14 berkas diperiksa, tidak ada masalah.\n', stderr: '' });
  });

  it('is formatted as standar fmt writes it', async () => {
    const r = await run(['fmt', '--check', 'examples/'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 14 berkas sudah rapi.');
  });
});
