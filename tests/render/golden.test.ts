import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { gate } from '../../src/render/gate.js';
import { prepareUnit, renderDocument } from '../../src/render/index.js';
import { EXAMPLES } from './units.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const AS_PUBLISHED = join(import.meta.dirname, '..', 'fixtures', 'as-published');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** One example unit and the fixtures written the way real documents are published. */
const CASES = [
  { name: 'disdukcapil-sukamaju', dir: join(EXAMPLES, 'disdukcapil-sukamaju'), kode: 'DUK-KTP-EL' },
  { name: 'kecamatan-halaman-publik', dir: join(AS_PUBLISHED, 'kecamatan-halaman-publik'), kode: 'KEC-SKD' },
  { name: 'isian-belum-diganti', dir: join(AS_PUBLISHED, 'isian-belum-diganti'), kode: 'DPMPTSP-REKLAME' },
  { name: 'ktp-el-tabel-ab', dir: join(AS_PUBLISHED, 'ktp-el-tabel-ab'), kode: 'LS-KTP-EL' },
  { name: 'kk-baru-berlampiran', dir: join(AS_PUBLISHED, 'kk-baru-berlampiran'), kode: 'PB-KK-BARU' },
  { name: 'pindah-kecamatan-bagan', dir: join(AS_PUBLISHED, 'pindah-kecamatan-bagan'), kode: 'SRP-PINDAH-KELUAR' },
  { name: 'kelahiran-gratis-perbup', dir: join(AS_PUBLISHED, 'kelahiran-gratis-perbup'), kode: 'NW-AKTA-LAHIR' },
  { name: 'pbg-masih-imb', dir: join(AS_PUBLISHED, 'pbg-masih-imb'), kode: 'TL-PBG' },
  { name: 'pertanahan-rujukan-keliru', dir: join(AS_PUBLISHED, 'pertanahan-rujukan-keliru'), kode: 'RJ-CEK-SERTIPIKAT' },
  { name: 'pengakuan-anak-kutipan', dir: join(AS_PUBLISHED, 'pengakuan-anak-kutipan'), kode: 'SH-PENGAKUAN-ANAK' },
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
 * intended change, review the difference and run `UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts`.
 */
describe.each(CASES)('golden pages of $name', ({ name, dir, kode }) => {
  it('are the pages a reviewer approved', async () => {
    const loaded = await loadUnits([dir], { cwd: dir, lang: 'id' });
    const { unit } = await prepareUnit(gate(loaded, 'id').units[0]!, 'id');
    const service = unit.services.find((s) => s.kode === kode)!;
    const pages = { [`${kode}.lengkap.html`]: renderDocument('lengkap', unit, service), [`${kode}.publik.html`]: renderDocument('publik', unit, service), 'maklumat.html': renderDocument('maklumat', unit) };
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
