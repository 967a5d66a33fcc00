import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, SKM_UNSUR } from '../../src/model/skm.js';
import { PdfEngine } from '../../src/pdf/engine.js';
import { describePdfError } from '../../src/pdf/errors.js';
import { inspectPdf } from '../../src/pdf/inspect.js';
import { renderDocument } from '../../src/render/index.js';
import { run, type RunResult } from '../helpers.js';
import { pdffonts, pdfFile, pdfinfo, pdftoppm } from '../pdf/poppler.js';
import { sharedBrowser, watchedPage } from '../render/browser.js';
import { asPublishedUnits, EXAMPLES, exampleUnits, loadRenderUnit } from '../render/units.js';

// jsqr is CommonJS with an ES-style default export in its types.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The text in the order it was printed (an option wrapped over two lines stays whole), on one line. */
const printedText = (path: string) => flat(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
const FORM = 'https://survei.sukamajukota.go.id/skm/disdukcapil';

describe('standar skm kuesioner --to pdf on the example unit', () => {
  let out: string;
  let result: RunResult;
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-kuesioner-'));
    cpSync(join(EXAMPLES, 'disdukcapil-sukamaju'), join(root, 'unit'), { recursive: true });
    const provider = join(root, 'unit', 'penyelenggara.yaml');
    writeFileSync(provider, readFileSync(provider, 'utf8').replace('\nbawaan:\n', `\nskm:\n  formulir: ${FORM}\n\nbawaan:\n`));
    out = join(root, 'keluaran');
    result = await run(['skm', 'kuesioner', 'unit', '--to', 'pdf', '--out', out], root);
  }, 300_000);

  it('prints one questionnaire per service and writes the data-entry template', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'kuesioner-duk-akta-lahir.pdf',
      'kuesioner-duk-akta-mati.pdf',
      'kuesioner-duk-kia.pdf',
      'kuesioner-duk-kk.pdf',
      'kuesioner-duk-ktp-el.pdf',
      'kuesioner-duk-skpwni.pdf',
      'tanggapan-dukcapil-sukamaju.csv',
      'tanggapan-dukcapil-sukamaju.xlsx',
    ]);
    expect(result.stdout).toContain('✔ 6 PDF ditulis ke');
    expect(result.stdout).toContain('✔ Templat isian tanggapan ditulis: tanggapan-dukcapil-sukamaju.xlsx, tanggapan-dukcapil-sukamaju.csv');
  });

  it('fits each on one A4 page, with the nine questions, their four options and the respondent profile', async () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.pdf'))) {
      const path = join(out, file);
      const info = pdfinfo(path);
      expect(info.Pages, file).toBe('1');
      expect(info['Page size'], file).toContain('(A4)');
      expect(info.Tagged).toBe('yes');
      expect(info.Title).toMatch(/^Kuesioner survei kepuasan masyarakat: /);
      expect((await inspectPdf(readFileSync(path))).lang).toBe('id');
      const text = printedText(path);
      expect(text).toContain('KUESIONER SURVEI KEPUASAN MASYARAKAT');
      expect(text).toContain('DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SUKAMAJU');
      for (const u of SKM_UNSUR) {
        expect(text, `${file} ${u.kode}`).toContain(u.pertanyaan.id);
        // Each option with the number staff type for it.
        u.pilihan.forEach((p, i) => expect(text, `${file} ${u.kode}`).toContain(`${p.id} ${i + 1}`));
      }
      for (const f of PROFILE_FIELDS) for (const p of f.pilihan) expect(text, file).toContain(p.label.id);
      const fonts = pdffonts(path);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      for (const f of fonts) expect(f.name).toMatch(/\+Noto(Sans|Serif)-/);
    }
    expect(printedText(join(out, 'kuesioner-duk-ktp-el.pdf'))).toContain('Layanan yang diterima: Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el) (DUK-KTP-EL)');
  });

  it('carries a QR code that a phone reads as the unit\'s online form', () => {
    const png = PNG.sync.read(readFileSync(pdftoppm(join(out, 'kuesioner-duk-kk.pdf'), 1, 150)));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(FORM);
  });
});

describe('every questionnaire of every example and as-published fixture fits one A4 page', () => {
  const engine = new PdfEngine();
  afterAll(() => engine.close());

  it.each([...exampleUnits(), ...asPublishedUnits()].map((dir) => [basename(dir), dir]))('%s', async (_name, dir) => {
    const unit = await loadRenderUnit(dir);
    // With the QR code, the widest the header gets.
    unit.provider = { ...unit.provider!, skm: { formulir: `${FORM}/survei-kepuasan-masyarakat-tahun-2026` } };
    for (const service of unit.services) {
      const printed = await engine.print(renderDocument('kuesioner', unit, service, { media: 'print' }));
      if (!printed.ok) throw new Error(describePdfError(printed.error, 'en').message);
      expect(pdfinfo(pdfFile(printed.pdf)).Pages, String(service.kode)).toBe('1');
    }
  }, 120_000);
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('the questionnaire page, WCAG 2.1 AA in Chromium', () => {
  const browser = sharedBrowser();

  it('has no axe violation and reflows to 320 CSS pixels, with and without the QR code', async () => {
    const unit = await loadRenderUnit(join(EXAMPLES, 'disdukcapil-sukamaju'));
    const withForm = { ...unit, provider: { ...unit.provider!, skm: { formulir: FORM } } };
    const pages = [renderDocument('kuesioner', unit, unit.services[0]), renderDocument('kuesioner', withForm, unit.services[1])];
    const { page } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
    const failures: string[] = [];
    for (const [i, html] of pages.entries()) {
      for (const width of [320, 1280]) {
        await page.setViewport({ width, height: 900 });
        await page.setContent(html, { waitUntil: 'load' });
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
          const found = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
          return found.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
        });
        for (const v of violations) failures.push(`page ${i} @${width}px: ${v.id} (${v.help}) ${JSON.stringify(v.nodes)}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`page ${i} @${width}px: ${overflow}px wider than the window`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 120_000);
});
