import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { asRecord, isRecord } from '../../src/load/guards.js';
import { planBooklet } from '../../src/render/print/booklet.js';
import { renderPoster } from '../../src/render/print/poster.js';
import { gate } from '../../src/render/gate.js';
import { prepareUnit, renderDocument, type RenderUnit } from '../../src/render/index.js';
import { run } from '../helpers.js';
import { asPublishedUnits, EXAMPLES } from '../render/units.js';
import { expectGolden, expectNoStrayGoldens, readableGolden, withoutTempPath } from './golden.js';

const GOLDEN = join(import.meta.dirname, 'pages');

/** The example every page kind is shown of, and the one service whose pages stand for all. */
const EXAMPLE = 'disdukcapil-sukamaju';
const EXAMPLE_DIR = join(EXAMPLES, EXAMPLE);
const SERVICE_SLUG = 'duk-ktp-el';
const BASE_URL = 'https://layanan.sukamajukota.go.id';

/** What `standar build` writes that a reader or a crawler gets; the other services' pages are made by the same templates. */
const SITE_FILES = [
  'index.html',
  'kontak.html',
  'peta-situs.html',
  'maklumat.html',
  `layanan/${SERVICE_SLUG}/index.html`,
  `layanan/${SERVICE_SLUG}/standar.html`,
  'sitemap.xml',
  'robots.txt',
  '.standar-situs.json',
];

/** The print frames the PDFs are printed from (their HTML; the PDF bytes are Chromium's). */
const PRINT_FILES = ['poster.html', 'buku.html'];

/** The survey questionnaire as `standar skm kuesioner --to pdf` prints it, the one service standing for all. */
const QUESTIONNAIRE = `kuesioner/kuesioner-${SERVICE_SLUG}.html`;

/** Every service of every fixture written the way real documents are published (a new fixture folder is picked up without touching this file). */
const AS_PUBLISHED = asPublishedUnits().map((dir) => ({ name: basename(dir), dir }));

const readable = (path: string, content: string) => (path.endsWith('.html') ? readableGolden(content) : content);

async function printUnit(): Promise<RenderUnit> {
  const loaded = await loadUnits([EXAMPLE_DIR], { cwd: EXAMPLE_DIR, lang: 'id' });
  return (await prepareUnit(gate(loaded, 'id').units[0]!, 'id', { media: 'print' })).unit;
}

/**
 * Golden pages. After an intended change, review the difference and run
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden/pages.slow.test.ts`.
 */
describe(`golden site of ${EXAMPLE}, as standar build writes it`, () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'standar-golden-'));
    const r = await run(['build', EXAMPLE_DIR, '-o', out, '--base-url', BASE_URL], out);
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it.each(SITE_FILES)('%s', async (file) => {
    const content = await readFile(join(out, file), 'utf8');
    expectGolden(join(GOLDEN, EXAMPLE, 'situs', file), withoutTempPath(readable(file, content), out));
  });
});

describe(`golden print frames of ${EXAMPLE}`, () => {
  let unit: RenderUnit;
  beforeAll(async () => {
    unit = await printUnit();
  });

  it('poster.html: the maklumat poster, A4 portrait, its QR code leading to the site', () => {
    expectGolden(join(GOLDEN, EXAMPLE, 'cetak', 'poster.html'), readableGolden(renderPoster(unit, { format: { size: 'A4', orientation: 'portrait' }, qr: BASE_URL })));
  });

  it('buku.html: the booklet frame (cover, numbered contents, parts), each part\'s content left out', async () => {
    const { compose, anchors } = planBooklet(unit);
    const html = await compose(new Map(anchors.map((id, i) => [id, 3 + i * 4])));
    // Each part is a full standard or the maklumat, whose content is golden as a page already.
    const frame = html.replace(/(<section class="buku-bagian" id="[^"]+">)[\s\S]*?(?=<section class="buku-bagian"|<\/body>)/g, '$1\n…\n</section>\n');
    expectGolden(join(GOLDEN, EXAMPLE, 'cetak', 'buku.html'), readableGolden(frame));
  });
});

describe(`golden questionnaire of ${EXAMPLE}`, () => {
  it(`${QUESTIONNAIRE}: one A4 page, its QR code leading to the unit's online form`, async () => {
    const unit = await printUnit();
    unit.provider = { ...unit.provider!, skm: { formulir: 'https://survei.sukamajukota.go.id/skm' } };
    const service = unit.services.find((s) => String(s.kode).toLowerCase() === SERVICE_SLUG)!;
    expectGolden(join(GOLDEN, EXAMPLE, QUESTIONNAIRE), readableGolden(renderDocument('kuesioner', unit, service, { media: 'print' })));
  });
});

/**
 * The full standard, the public page and the maklumat of the as-published fixtures, as `standar
 * render` makes them (checked first, so the draft mark is there when the standard has errors or
 * "[isi: …]" values).
 */
describe.each(AS_PUBLISHED)('golden pages of $name', ({ name, dir }) => {
  it('are the pages a reviewer approved', async () => {
    const loaded = await loadUnits([dir], { cwd: dir, lang: 'id' });
    const { unit } = await prepareUnit(gate(loaded, 'id').units[0]!, 'id');
    const pages: Record<string, string> = {};
    for (const service of unit.services) {
      pages[`${service.kode}.lengkap.html`] = renderDocument('lengkap', unit, service);
      pages[`${service.kode}.publik.html`] = renderDocument('publik', unit, service);
    }
    if (isRecord(asRecord(unit.provider).maklumat)) pages['maklumat.html'] = renderDocument('maklumat', unit);
    expect(Object.keys(pages).length).toBeGreaterThan(0);
    for (const [file, html] of Object.entries(pages)) expectGolden(join(GOLDEN, name, file), readableGolden(html));
    expectNoStrayGoldens(join(GOLDEN, name), Object.keys(pages));
  });
});

it('has no golden folder or file that no case makes', () => {
  const example = [...SITE_FILES.map((f) => `${EXAMPLE}/situs/${f}`), ...PRINT_FILES.map((f) => `${EXAMPLE}/cetak/${f}`), `${EXAMPLE}/${QUESTIONNAIRE}`];
  // Each as-published folder is checked file by file with its unit; here only folders of fixtures that are gone.
  expectNoStrayGoldens(GOLDEN, [...example, ...AS_PUBLISHED.map((u) => `${u.name}/`)]);
});
