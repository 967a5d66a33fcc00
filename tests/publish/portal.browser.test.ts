import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPortal } from '../../src/publish/portal.js';
import { sharedBrowser } from '../render/browser.js';
import { EXAMPLES } from '../render/units.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['index.html', 'katalog.html', 'mpp.html', 'kontak.html', 'peta-situs.html'];
const SPLIT_PAGES = ['terbagi/katalog.html', 'terbagi/katalog/kategori-pendaftaran-penduduk-hal-2.html', 'terbagi/katalog/peristiwa-perjalanan.html'];

const browser = sharedBrowser();
let out: string;
/** The same portal with its catalogue split: past 5 services, pages of at most 3. */
let split: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'standar-portal-browser-'));
  split = join(out, 'terbagi');
  expect((await publishPortal({ inputs: [EXAMPLES], outDir: split, shownOut: 'portal/', lang: 'id', cwd: out, catalogue: { onePage: 5, perPage: 3 } })).stop).toBeUndefined();
  const outcome = await publishPortal({ inputs: [EXAMPLES], outDir: out, shownOut: 'portal/', lang: 'id', cwd: out, pages: [{ path: 'audit/index.html', judul: { id: 'Kesiapan dokumen', en: 'Document readiness' }, content: '<!DOCTYPE html><html lang="id"><head><title>Audit</title></head><body><main><h1>Audit</h1></main></body></html>' }] });
  expect(outcome.stop).toBeUndefined();
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

/** The portal's page as a reader opens it from disk: file:// keeps relative links and the page's own policy. */
async function open(page: Page, name: string): Promise<void> {
  await page.goto(`file://${join(out, name)}`, { waitUntil: 'load' });
}

function visible(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.daftar-layanan > .layanan'))
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => el.querySelector('h2')?.textContent?.trim() ?? ''),
  );
}

async function filePage(javaScript: boolean): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser().newPage();
  await page.setJavaScriptEnabled(javaScript);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => errors.push(`${m.type()}: ${m.text()}`));
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

describe('the portal catalogue with JavaScript off', () => {
  it('hides the search box and narrows the list by office, category, free, online and life event with the filters alone', async () => {
    const { page, requests } = await filePage(false);
    await open(page, 'katalog.html');
    expect(await page.$eval('.cari', (el) => getComputedStyle(el).display)).toBe('none');
    const all = await visible(page);
    expect(all.length).toBe(11);
    await page.select('#saring-kantor', 'u2');
    const kanim = await visible(page);
    expect(kanim.length).toBe(3);
    expect(kanim.every((n) => /paspor/i.test(n))).toBe(true);
    await page.select('#saring-kantor', '');
    await page.click('label[for="saring-gratis"]');
    const free = await visible(page);
    expect(free.length).toBe(6);
    await page.click('label[for="saring-gratis"]');
    const categories = await page.$$eval('#saring-kategori option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.select('#saring-kategori', categories[0]!);
    const one = await visible(page);
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(all.length);
    await page.select('#saring-kategori', '');
    // A birth takes the birth certificate and the child's identity card, from the one office.
    await page.select('#saring-peristiwa', 'kelahiran');
    expect((await visible(page)).sort()).toEqual(['Penerbitan Kartu Identitas Anak (KIA)', 'Penerbitan Kutipan Akta Kelahiran']);
    await page.select('#saring-peristiwa', 'kesehatan');
    expect((await visible(page)).length).toBe(2);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the portal catalogue with JavaScript on', () => {
  it('runs its search under its own policy (no error, nothing fetched) and shows only what the query finds, with the filters still applying', async () => {
    const { page, errors, requests } = await filePage(true);
    await open(page, 'katalog.html');
    expect(await page.$eval('.cari', (el) => (el as HTMLElement).hidden)).toBe(false);
    await page.type('#cari-kata', 'akta');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.daftar-layanan > .layanan')).filter((el) => !(el as HTMLElement).hidden).length < 11);
    const akta = await visible(page);
    expect(akta.length).toBe(2);
    expect(akta.every((n) => /akta/i.test(n))).toBe(true);
    // A typo still finds it: the index is fuzzy.
    await page.$eval('#cari-kata', (el) => ((el as HTMLInputElement).value = ''));
    await page.type('#cari-kata', 'pasport');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.daftar-layanan > .layanan')).filter((el) => !(el as HTMLElement).hidden).length === 3);
    await page.select('#saring-kantor', 'u1');
    expect(await visible(page)).toEqual([]);
    await page.$eval('#cari-kata', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input'));
    });
    expect((await visible(page)).length).toBe(6);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('a catalogue split into pages', () => {
  it('with JavaScript off, leads from its front page to every service through its category and life-event pages, each with its filters', async () => {
    const { page, requests } = await filePage(false);
    await open(page, 'terbagi/katalog.html');
    expect(await page.$eval('.cari', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('.hasil-cari', (el) => getComputedStyle(el).display)).toBe('none');
    const categories = await page.$$eval('#judul-kategori + ul a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const found: string[] = [];
    for (const first of categories) {
      await page.goto(first);
      const parts = await page.$$eval('.bagian-katalog a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const part of parts.length > 0 ? parts : [first]) {
        await page.goto(part);
        found.push(...(await visible(page)));
      }
    }
    expect(found.length).toBe(11);
    expect(new Set(found).size).toBe(11);
    await open(page, 'terbagi/katalog/peristiwa-perjalanan.html');
    expect((await visible(page)).length).toBe(3);
    await page.click('label[for="saring-gratis"]');
    expect((await visible(page)).length).toBeLessThan(3);
    // The trail leads back to the front page.
    await page.click('.remah a');
    expect(page.url()).toMatch(/terbagi\/katalog\.html$/);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);

  it('with JavaScript on, searches every service from its front page and one list on its other pages, under their policy', async () => {
    const { page, errors, requests } = await filePage(true);
    await open(page, 'terbagi/katalog.html');
    await page.type('#cari-kata', 'pasport');
    await page.waitForFunction(() => document.querySelectorAll('.daftar-hasil a').length === 3);
    const answers = await page.$$eval('.daftar-hasil a', (as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    expect(answers.every(([name]) => /paspor/i.test(name!))).toBe(true);
    expect(await page.$eval('.jumlah-hasil', (el) => el.textContent)).toBe('3 layanan ditemukan.');
    await page.goto(answers[0]![1]!);
    expect(await page.$eval('h1', (el) => el.textContent)).toMatch(/paspor/i);

    await open(page, 'terbagi/katalog/kategori-pendaftaran-penduduk.html');
    await page.type('#cari-kata', 'keluarga');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.daftar-layanan > .layanan')).filter((el) => !(el as HTMLElement).hidden).length === 1);
    expect(await visible(page)).toEqual(['Penerbitan Kartu Keluarga (KK)']);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('WCAG 2.1 AA: the portal of examples/', () => {
  it('has no axe violation on any portal page, and reflows to 320 CSS pixels without sideways scrolling', async () => {
    const failures: string[] = [];
    // Scripts on and the page's policy bypassed only so axe can run in it.
    const page = await browser().newPage();
    await page.setBypassCSP(true);
    for (const name of [...PAGES, ...SPLIT_PAGES]) {
      for (const width of [320, 1280]) {
        await page.setViewport({ width, height: 900 });
        await open(page, name);
        // The split catalogue's front page with its search's answers shown.
        if (name === 'terbagi/katalog.html') {
          await page.type('#cari-kata', 'akta');
          await page.waitForSelector('.daftar-hasil a');
        }
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id} (${v.help}) ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
        });
        for (const v of violations) failures.push(`${name} @${width}px: ${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${name} @${width}px: ${overflow}px wider than the window`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);

  it('links the extra pages it was given (the audit dashboard) from the home page and the menu', async () => {
    const { page } = await filePage(false);
    await open(page, 'index.html');
    const links = await page.$$eval('a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
    expect(links).toContainEqual(['audit/index.html', 'Kesiapan dokumen']);
    await page.close();
  }, 60_000);
});
