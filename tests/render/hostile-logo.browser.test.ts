import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfEngine } from '../../src/pdf/engine.js';
import { describePdfError } from '../../src/pdf/errors.js';
import { renderDocument, type RenderUnit } from '../../src/render/index.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';
import { sharedBrowser, watchedPage } from './browser.js';
import { loadRenderUnit } from './units.js';

/** Every way an SVG can run script, link, or load something, around a drawing that must survive. */
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64" width="64" height="64" onload="window.__pwned = 'onload'">
  <script>window.__pwned = 'script'; alert('logo')</script>
  <style>@import url("https://evil.example/gaya.css"); .x { fill: url(https://evil.example/p.svg#g) }</style>
  <rect width="64" height="64" fill="#0b4f8a" style="stroke: url(https://evil.example/s.svg#s)"/>
  <a xlink:href="https://evil.example/tautan"><rect x="8" y="8" width="48" height="48" fill="#f2c230"/></a>
  <a href="javascript:window.__pwned='link'"><circle cx="32" cy="32" r="8" fill="#fff"/></a>
  <image href="https://evil.example/pelacak.png" width="64" height="64"/>
  <image href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" width="64" height="64"/>
  <use xlink:href="https://evil.example/sprite.svg#ikon"/>
  <foreignObject width="64" height="64"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/bingkai"></iframe><img src="x" onerror="window.__pwned='fo'"/></div></foreignObject>
  <set attributeName="href" to="javascript:window.__pwned='set'"/>
  <animate attributeName="xlink:href" values="https://evil.example/a"/>
  <filter id="f"><feImage href="https://evil.example/filter.png"/></filter>
  <iframe src="https://evil.example/iframe"/>
</svg>`;

const EVIL = /evil\.example|javascript:/;

const browser = sharedBrowser();
const engine = new PdfEngine();
afterAll(() => engine.close());

let unit: RenderUnit;
let logoSvg: string;
beforeAll(async () => {
  const dir = await tempTree({ 'penyelenggara.yaml': `${PROVIDER_YAML}logo: logo.svg\n`, 'logo.svg': HOSTILE_SVG, 'layanan/kk.yaml': SERVICE_YAML });
  unit = await loadRenderUnit(dir);
  logoSvg = Buffer.from(unit.logo!.split(',')[1]!, 'base64').toString('utf8');
});

/** Links and scripts a PDF carries: URI actions (with their address), and any JavaScript or Launch action. */
async function pdfActions(pdf: Uint8Array): Promise<{ uris: string[]; scripts: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const uris: string[] = [];
  let scripts = 0;
  const seen = new Set<PDFObject>();
  const visit = (obj: PDFObject | undefined): void => {
    if (!obj || seen.has(obj)) return;
    seen.add(obj);
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
    if (dict) {
      const kind = dict.get(PDFName.of('S'));
      if (kind instanceof PDFName && kind.asString() === '/URI') {
        const uri = dict.get(PDFName.of('URI'));
        uris.push(uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : String(uri));
      }
      if ((kind instanceof PDFName && ['/JavaScript', '/Launch'].includes(kind.asString())) || dict.has(PDFName.of('JS'))) scripts++;
      for (const [, value] of dict.entries()) visit(value);
    } else if (obj instanceof PDFArray) for (let i = 0; i < obj.size(); i++) visit(obj.get(i));
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) visit(obj);
  return { uris, scripts };
}

async function printed(html: string): Promise<Uint8Array> {
  const result = await engine.print(html);
  if (!result.ok) throw new Error(describePdfError(result.error, 'en').message);
  return result.pdf;
}

const inlinePage = (svg: string) => `<!DOCTYPE html><html lang="id"><head><title>Logo</title></head><body><p>Logo:</p>${svg}</body></html>`;

describe('a hostile SVG logo in a real browser', () => {
  it('is kept as its drawing only: no script, handler, link, external reference or embedded document', () => {
    expect(logoSvg).toContain('fill="#0b4f8a"');
    expect(logoSvg).toContain('<rect x="8" y="8" width="48" height="48" fill="#f2c230"/>');
    expect(logoSvg).not.toMatch(/script|onload|onerror|<a[\s>]|foreignObject|iframe|<set|<animate|feImage|<image|<use|@import|url\(|evil|javascript|text\/html/);
  });

  it.each([false, true])('on the rendered page (CSP bypassed: %s), with JavaScript ON, runs nothing and requests nothing', async (bypassCsp) => {
    const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp });
    await page.setContent(renderDocument('lengkap', unit, unit.services[0]), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 150));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$eval('img.kop-logo', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests.filter((u) => !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);

  it('even opened as a document of its own, or pasted into a page as markup, runs nothing and requests nothing', async () => {
    for (const open of [
      (p: import('puppeteer-core').Page) => p.goto(unit.logo!, { waitUntil: 'load' }),
      (p: import('puppeteer-core').Page) => p.setContent(inlinePage(logoSvg), { waitUntil: 'load' }),
    ]) {
      const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
      await open(page);
      await new Promise((r) => setTimeout(r, 150));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('a, script, foreignObject, iframe').length)).toBe(0);
      expect(watch.dialogs).toEqual([]);
      expect(watch.requests.filter((u) => !u.startsWith('data:'))).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('the harness notices the original SVG running script and making requests', async () => {
    const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
    await page.setContent(inlinePage(HOSTILE_SVG), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 150));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeDefined();
    expect(watch.requests.some((u) => u.includes('evil.example'))).toBe(true);
    await page.close();
  }, 60_000);
});

describe('a hostile SVG logo in a printed PDF', () => {
  it('brings no link annotation and no script into the PDF, printed on the page or pasted in as markup', async () => {
    for (const html of [renderDocument('lengkap', unit, unit.services[0], { media: 'print' }), inlinePage(logoSvg)]) {
      const { uris, scripts } = await pdfActions(await printed(html));
      expect(uris.filter((u) => EVIL.test(u))).toEqual([]);
      expect(scripts).toBe(0);
    }
  }, 120_000);

  it('the check notices the link the original SVG would have put there', async () => {
    const { uris } = await pdfActions(await printed(inlinePage(HOSTILE_SVG)));
    expect(uris).toContain('https://evil.example/tautan');
  }, 60_000);
});
