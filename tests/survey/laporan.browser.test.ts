import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/inspect.js';
import { run, type RunResult } from '../helpers.js';
import { pdffonts, pdfinfo } from '../pdf/poppler.js';
import { sharedBrowser, watchedPage } from '../render/browser.js';
import { PLAN, surveyFolder } from './laporan-fixture.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The text in the order it was printed, on one line. */
const printedText = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

let cwd: string;
let printed: RunResult;
beforeAll(async () => {
  cwd = await surveyFolder({ 'laporan-skm/tindak-lanjut.yaml': PLAN });
  const earlier = await run(['skm', 'hitung', 'tanggapan-2025-s2.csv', '--unit', 'unit', '--periode', '2025-S2', '--format', 'json', '-o', 'hasil-2025-S2.json'], cwd);
  expect(earlier.code).toBe(0);
  printed = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--populasi', '1200', '--sebelumnya', 'hasil-2025-S2.json', '--to', 'html,pdf'], cwd);
  await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--out', 'tanpa-rencana'], cwd);
}, 300_000);

describe('standar skm laporan --to html,pdf', () => {
  const out = () => join(cwd, 'laporan-skm');
  const pdf = () => join(out(), 'laporan-skm-2026-S1.pdf');

  it('writes the page, the A4 PDF and the results beside them', () => {
    expect(printed.stderr).toBe('');
    expect(printed.code).toBe(0);
    expect(readdirSync(out()).sort()).toEqual(['hasil-2026-S1.csv', 'hasil-2026-S1.json', 'laporan-skm-2026-S1.html', 'laporan-skm-2026-S1.pdf', 'tindak-lanjut.yaml']);
    expect(printed.stdout).toContain('✔ 1 PDF ditulis ke laporan-skm/');
  });

  it('prints A4 pages, tagged, in Indonesian, with the shipped fonts embedded', async () => {
    const info = pdfinfo(pdf());
    expect(info['Page size']).toContain('(A4)');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3);
    expect(Number(info.Pages)).toBeLessThanOrEqual(6);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Laporan Survei Kepuasan Masyarakat 2026-S1 – Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju');
    expect((await inspectPdf(readFileSync(pdf()))).lang).toBe('id');
    const fonts = pdffonts(pdf());
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    for (const f of fonts) expect(f.name).toMatch(/\+Noto(Sans|Serif)-/);
  });

  it('holds what agencies publish: the letterhead, the tables, the charts\' words, the summary, the follow-up plan', () => {
    const text = printedText(pdf());
    for (const expected of [
      'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SUKAMAJU',
      'LAPORAN SURVEI KEPUASAN MASYARAKAT',
      'Periode 2026-S1 (1 Januari 2026 s.d. 30 Juni 2026)',
      'Tabel 1. Nilai rata-rata (NRR) per unsur pelayanan',
      'U3 Waktu penyelesaian (terlemah) 8 2,88 0,3194 71,88 C',
      'Jumlah NRR tertimbang (IKM) 3,3981',
      'IKM × 25 (nilai konversi) 84,95',
      'Gambar 1. Nilai konversi per unsur terhadap batas mutu A, B, C dan D',
      'IKM 84,95',
      'Tabel 3. NRR per unsur per layanan',
      'Gambar 2. Nilai konversi IKM per periode',
      'Dibanding periode 2025-S2 (73,15), IKM naik 11,80 poin.',
      'Jenis kelamin',
      '60 ke atas 1 12,5%',
      'kurang dari sampel minimum 291',
      'Tabel 5. Rencana tindak lanjut hasil survei',
      'Kepala Bidang Pelayanan Pendaftaran Penduduk',
      '88,31–100,00 A sangat baik',
    ]) expect(text, expected).toContain(expected);
    // Every page's foot names the report and counts the pages.
    expect(text).toContain('Laporan SKM 2026-S1 Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju');
    expect(text).toMatch(/Halaman 1 dari \d/);
  });
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('the report page in Chromium', () => {
  const browser = sharedBrowser();
  const pages = () => [readFileSync(join(cwd, 'laporan-skm', 'laporan-skm-2026-S1.html'), 'utf8'), readFileSync(join(cwd, 'tanpa-rencana', 'laporan-skm.html'), 'utf8')];

  it('has no axe violation (WCAG 2.1 AA) and reflows to 320 CSS pixels, with and without the trend and the plan', async () => {
    const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
    const failures: string[] = [];
    for (const [i, html] of pages().entries()) {
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
    // Self-contained: nothing but the page's own data: images is asked for.
    expect(watch.requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
  }, 120_000);

  it('draws each chart as an image with its title and description, its bars told from every grade band in grayscale', async () => {
    const { page } = await watchedPage(browser(), { javaScript: true });
    await page.setContent(pages()[0]!, { waitUntil: 'load' });
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure svg')).map((svg) => {
        const ids: string[] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
        return { role: svg.getAttribute('role'), named: ids.map((id) => document.getElementById(id)?.tagName.toLowerCase()), bars: svg.querySelectorAll('.batang').length };
      }),
    );
    expect(charts).toEqual([
      { role: 'img', named: ['title', 'desc'], bars: 9 },
      { role: 'img', named: ['title', 'desc'], bars: 0 },
    ]);
    // What a grayscale printer keeps of a colour is its luminance.
    const fills = await page.evaluate(() => {
      const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
      return { bar: fill('.batang'), bands: ['.pita-D', '.pita-C', '.pita-B', '.pita-A'].map(fill), line: fill('.titik-tren') };
    });
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const band of fills.bands) {
      expect(contrast(fills.bar, band), band).toBeGreaterThanOrEqual(3);
      expect(contrast(fills.line, band), band).toBeGreaterThanOrEqual(3);
    }
    // Each band lighter than the next better one, so the order reads without colour.
    const levels = fills.bands.map(luminance);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeLessThan(levels[i - 1]! - 0.05);
    await page.close();
  }, 60_000);
});

afterAll(() => rm(cwd, { recursive: true, force: true }));
