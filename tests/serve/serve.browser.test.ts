import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { basename, dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/pdf/chromium.js';
import { CHROMIUM_FLAGS } from '../../src/pdf/engine.js';
import { BUILTIN_TEMPLATE_DIR } from '../../src/render/index.js';
import { startPreview, type Preview } from '../../src/serve/server.js';
import { run, tempTree } from '../helpers.js';

const WAIT = { timeout: 20_000, polling: 100 };
const SERVICE = 'layanan/permohonan-informasi-publik.yaml';
const FULL_PAGE = 'layanan/informasi-publik/standar.html';

let browser: Browser;
let preview: Preview | undefined;
let dir: string;
let templates: string;
const consoleLines: string[] = [];

/** Save a change; `atomic` saves the way vim and many editors do: a new file renamed over the old one. */
async function edit(path: string, from: string | RegExp, to: string, atomic = false): Promise<void> {
  const text = await readFile(join(dir, path), 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path}: ${String(from)}`).not.toBe(text);
  if (!atomic) return writeFile(join(dir, path), next);
  const tmp = join(dir, dirname(path), `.${basename(path)}.tmp`);
  await writeFile(tmp, next);
  await rename(tmp, join(dir, path));
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);
const waitForText = (page: Page, needle: string) => page.waitForFunction((n) => document.body.innerText.includes(n), WAIT, needle);

beforeAll(async () => {
  const root = await tempTree({});
  dir = join(root, 'unit');
  expect((await run(['init', 'unit', '--nama', 'Dinas Komunikasi dan Informatika', '--wilayah', 'Kota Sukamaju', '--kepala', 'Budi Santoso, S.Kom.'], root)).code).toBe(0);
  templates = join(root, 'templat');
  await mkdir(templates);
  await cp(join(BUILTIN_TEMPLATE_DIR, 'lengkap.hbs'), join(templates, 'lengkap.hbs'));
  const chromium = findChromium();
  if (!chromium.ok) throw new Error('Chromium not found');
  browser = await puppeteer.launch({ executablePath: chromium.path, headless: true, args: CHROMIUM_FLAGS });
  preview = await startPreview({ unitDir: dir, cwd: dir, lang: 'id', port: 0, templateDir: templates, debounceMs: 50 });
});

afterAll(async () => {
  await preview?.close();
  await browser?.close();
});

describe('standar serve in a real browser', () => {
  it('shows the unit, then each saved change of YAML, rules and templates, without a manual reload', async () => {
    const page = await browser.newPage();
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    try {
      await page.goto(preview!.url + FULL_PAGE, { waitUntil: 'load', timeout: 20_000 });
      expect(await text(page)).toContain('10 (sepuluh) hari kerja');
      // The scaffold's "[isi: ...]" values are pointed out, with their place in penyelenggara.yaml.
      expect(await page.$eval('details.pratinjau-panel summary', (e) => e.textContent)).toMatch(/Pratinjau · 13 peringatan, 1 info/);
      expect(await page.$eval('details.pratinjau-panel', (e) => e.textContent)).toMatch(/penyelenggara\.yaml:\d+:\d+ Isian contoh belum diganti/);

      // A value changes: the open page reloads by itself and shows it.
      await edit(SERVICE, 'nilai: 10\n    satuan: hari_kerja', 'nilai: 7\n    satuan: hari_kerja', true);
      await waitForText(page, '7 (tujuh) hari kerja');

      // A rule fires: the problem sits next to the component, with file:line, and in the panel.
      await edit(SERVICE, '  # jumlah_pelaksana: belum ditulis.', '  jumlah_pelaksana:\n    total: 5\n    rincian:\n      - { peran: PPID, jumlah: 3 }\n  # jumlah_pelaksana: belum ditulis.', true);
      await page.waitForSelector('#komponen-jumlah_pelaksana .pratinjau-catatan', WAIT);
      const note = await page.$eval('#komponen-jumlah_pelaksana .pratinjau-catatan', (e) => (e as HTMLElement).innerText);
      expect(note).toMatch(/layanan\/permohonan-informasi-publik\.yaml:\d+:\d+/);
      expect(await page.$eval('details.pratinjau-panel summary', (e) => e.textContent)).toMatch(/\d+ (galat|peringatan)/);

      // Broken YAML: the service's page is gone, the preview says where the file breaks.
      await edit(SERVICE, 'nama: Permohonan Informasi Publik', 'nama: [Permohonan Informasi Publik');
      await waitForText(page, 'Halaman tidak ditemukan');
      expect(await text(page)).toMatch(/layanan\/permohonan-informasi-publik\.yaml:\d+:\d+/);
      await edit(SERVICE, 'nama: [Permohonan Informasi Publik', 'nama: Permohonan Informasi Publik');
      await waitForText(page, '7 (tujuh) hari kerja');

      // A template is saved: the page is rendered with it.
      const template = await readFile(join(templates, 'lengkap.hbs'), 'utf8');
      await writeFile(join(templates, 'lengkap.hbs'), template.replace('<article class="dokumen dokumen-lengkap">', '<article class="dokumen dokumen-lengkap"><p>Templat uji disimpan</p>'));
      await waitForText(page, 'Templat uji disimpan');

      // The configuration is saved: a mistake in it is shown, and a rule switched off takes its problem away.
      await writeFile(join(dir, 'standar.config.yaml'), 'extends: recommended\nrules:\n  jumlah-pelaksana: "off"\n');
      await page.waitForFunction(() => /standar\.config\.yaml:\d+:\d+/.test(document.body.innerText), WAIT);
      await writeFile(join(dir, 'standar.config.yaml'), 'extends: recommended\nrules:\n  jumlah-pelaksana-tidak-cocok: "off"\n');
      await waitForText(page, '7 (tujuh) hari kerja');
      expect(await page.$('#komponen-jumlah_pelaksana .pratinjau-catatan')).toBeNull();
    } finally {
      await page.close();
    }
    expect(consoleLines.filter((l) => /Content Security Policy|Refused/.test(l))).toEqual([]);
  });

  it('serves only this machine, and keeps published pages free of the preview script', async () => {
    // A page of another site that reaches 127.0.0.1 under its own name (DNS rebinding) is turned away.
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const req = request({ host: '127.0.0.1', port: preview!.port, path: '/', headers: { Host: host } }, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    expect(await status('penyerang.example:80')).toBe(421);
    expect(await status(`localhost:${preview!.port}`)).toBe(200);
    expect(new URL(preview!.url).hostname).toBe('127.0.0.1');
    const served = await (await fetch(preview!.url + FULL_PAGE)).text();
    expect(served).toContain('EventSource');
    const built = await run(['build', dir, '-o', join(dir, '..', 'situs')], dir);
    // The scaffold's placeholders are still there: the site is written, its pages marked as a draft.
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^✔ Situs 1 layanan ditulis ke .+ \(1 bertanda DRAF/);
    const published = await readFile(join(dir, '..', 'situs', FULL_PAGE), 'utf8');
    expect(published).not.toContain('EventSource');
    expect(published).not.toContain('pratinjau');
    expect(published.match(/<script(?![^>]*application\/ld\+json)/g)).toBeNull();
  });
});
