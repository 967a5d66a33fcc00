import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser.js';
import { allPages, asPublishedUnits, exampleUnits } from './units.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const browser = sharedBrowser();

async function axeViolations(page: import('puppeteer-core').Page, html: string): Promise<AxeViolation[]> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

it('the harness finds violations when there are some', async () => {
  const { page } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
  const ids = (await axeViolations(page, '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb">faint</p></main></body></html>')).map((v) => v.id);
  await page.close();
  expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
}, 60_000);

/**
 * axe-core in real Chromium over every page built from examples/ and from the fixtures written
 * as real documents are published (draft mark, gaps, lettered lists): the catalogue site and the
 * stand-alone documents. JavaScript is enabled in these test pages only so axe can run; the CSP
 * is bypassed for the same reason (the pages themselves forbid every script).
 */
describe.each([...exampleUnits(), ...asPublishedUnits()].map((dir) => [basename(dir), dir]))('WCAG 2.1 AA: %s', (_name, dir) => {
  it('has no axe violation on any page, and reflows to 320 CSS pixels without sideways scrolling', async () => {
    const pages = await allPages(dir);
    expect(pages.size).toBeGreaterThan(5);
    const failures: string[] = [];
    const { page } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
    for (const [name, html] of pages) {
      for (const width of [320, 1280]) {
        await page.setViewport({ width, height: 900 });
        const violations = await axeViolations(page, html);
        for (const v of violations) failures.push(`${name} @${width}px: ${v.id} (${v.help}) ${JSON.stringify(v.nodes)}`);
        // WCAG 1.4.10 Reflow: at 320 CSS pixels nothing may need horizontal scrolling.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${name} @${width}px: ${overflow}px wider than the window`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
