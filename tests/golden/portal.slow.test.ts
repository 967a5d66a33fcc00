import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { EXAMPLES } from '../render/units.js';
import { expectGolden, expectNoStrayGoldens, readableGolden, withoutTempPath } from './golden.js';

const GOLDEN = join(import.meta.dirname, 'portal');
const BASE_URL = 'https://mpp.sukamajukota.go.id';

/** The portal's own pages; each unit's site inside it is the one tests/golden/pages.slow.test.ts shows. */
const PORTAL_FILES = ['index.html', 'katalog.html', 'mpp.html', 'kontak.html', 'peta-situs.html', 'sitemap.xml', 'sitemap-portal.xml', 'robots.txt'];

/**
 * Golden portal of examples/ (the MPP of Kota Sukamaju, examples/portal.yaml), as `standar build
 * examples --out portal` writes it. After an intended change, review the difference and run
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden/portal.slow.test.ts`.
 */
describe('golden portal of examples/', () => {
  let out: string;
  let stdout: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'standar-golden-portal-'));
    const r = await run(['build', EXAMPLES, '-o', join(out, 'portal'), '--base-url', BASE_URL], out);
    expect(r.code, r.stderr).toBe(0);
    stdout = r.stdout;
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('says what it wrote', () => {
    expectGolden(join(GOLDEN, 'stdout.txt'), withoutTempPath(stdout, out));
  });

  it.each(PORTAL_FILES)('%s', async (file) => {
    const content = await readFile(join(out, 'portal', file), 'utf8');
    expectGolden(join(GOLDEN, file), file.endsWith('.html') ? readableGolden(content) : content);
  });

  it('has no golden file that no case makes', () => {
    expectNoStrayGoldens(GOLDEN, [...PORTAL_FILES, 'stdout.txt']);
  });
});
