import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from '../../src/pdf/chromium.js';
import { CHROMIUM_FLAGS } from '../../src/pdf/engine.js';

/** The same Chromium and flags the PDF engine uses; puppeteer never downloads a browser here. */
export function launchBrowser(): Promise<Browser> {
  const found = findChromium();
  if (!found.ok) throw new Error(`Chromium not found: ${JSON.stringify(found.error)}`);
  return puppeteer.launch({ executablePath: found.path, headless: true, args: CHROMIUM_FLAGS });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface PageWatch {
  /** Every request the page made (the document itself is loaded with setContent, not requested). */
  requests: string[];
  dialogs: string[];
  console: string[];
  errors: string[];
}

/** A fresh page that records requests, dialogs, console messages and page errors. */
export async function watchedPage(browser: Browser, options: { javaScript: boolean; bypassCsp?: boolean }): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage();
  const watch: PageWatch = { requests: [], dialogs: [], console: [], errors: [] };
  await page.setJavaScriptEnabled(options.javaScript);
  if (options.bypassCsp) await page.setBypassCSP(true);
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    watch.requests.push(req.url());
    void (req.url().startsWith('data:') ? req.continue() : req.abort());
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => watch.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  return { page, watch };
}
