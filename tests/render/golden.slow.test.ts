import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { gate } from '../../src/render/gate.js';
import { asRecord, isRecord } from '../../src/load/guards.js';
import { prepareUnit, renderDocument } from '../../src/render/index.js';
import { asPublishedUnits, EXAMPLES } from './units.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * One service of one example unit, and every service of every fixture written the way real
 * documents are published (a new fixture folder is picked up without touching this file).
 */
const CASES: { name: string; dir: string; kode?: string }[] = [
  { name: 'disdukcapil-sukamaju', dir: join(EXAMPLES, 'disdukcapil-sukamaju'), kode: 'DUK-KTP-EL' },
  ...asPublishedUnits().map((dir) => ({ name: basename(dir), dir })),
];

/**
 * What a reader gets of a page, in a form a reviewer can read in a diff: the title, the content
 * (the shared stylesheet and the logo's bytes left out) and the JSON-LD, pretty-printed.
 */
function readableGolden(html: string): string {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)![1];
  const main = /<main\b[\s\S]*<\/main>/.exec(html)![0].replace(/src="data:[^"]+"/g, 'src="data:…"');
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return [`<title>${title}</title>`, main, ...(jsonLd ? [`<script type="application/ld+json">\n${JSON.stringify(JSON.parse(jsonLd), null, 2)}\n</script>`] : [])].join('\n') + '\n';
}

/**
 * Golden pages: the full standard, the public page and the maklumat, as the CLI makes them (checked
 * first, so the draft mark is there when the standard has errors or "[isi: …]" values). After an
 * intended change, review the difference and run `UPDATE_GOLDEN=1 npx vitest run tests/render/golden.slow.test.ts`.
 */
describe.each(CASES)('golden pages of $name', ({ name, dir, kode }) => {
  it('are the pages a reviewer approved', async () => {
    const loaded = await loadUnits([dir], { cwd: dir, lang: 'id' });
    const { unit } = await prepareUnit(gate(loaded, 'id').units[0]!, 'id');
    const pages: Record<string, string> = {};
    for (const service of unit.services.filter((s) => kode === undefined || s.kode === kode)) {
      pages[`${service.kode}.lengkap.html`] = renderDocument('lengkap', unit, service);
      pages[`${service.kode}.publik.html`] = renderDocument('publik', unit, service);
    }
    if (isRecord(asRecord(unit.provider).maklumat)) pages['maklumat.html'] = renderDocument('maklumat', unit);
    expect(Object.keys(pages).length).toBeGreaterThan(0);
    mkdirSync(join(GOLDEN, name), { recursive: true });
    for (const [file, html] of Object.entries(pages)) {
      const path = join(GOLDEN, name, file);
      const actual = readableGolden(html);
      if (UPDATE) writeFileSync(path, actual);
      expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
      expect(actual, `${name}/${file} differs from its golden file (UPDATE_GOLDEN=1 after review)`).toBe(readFileSync(path, 'utf8'));
    }
  }, 60_000);
});
