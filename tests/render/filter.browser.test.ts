import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser.js';
import { EXAMPLES, siteOf } from './units.js';

const browser = sharedBrowser();

/** Names of the services the reader can see now (CDP evaluation works with page scripts off). */
function visibleServices(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.layanan'))
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => el.querySelector('h2')?.textContent?.trim() ?? ''),
  );
}

/** "6 layanan ditampilkan" as the accessibility tree has it: the CSS counter, then the words. */
async function shownCount(page: Page): Promise<string> {
  const texts: string[] = [];
  const walk = (node: { name?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.name) texts.push(node.name);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  const at = texts.indexOf(' layanan ditampilkan');
  return at > 0 ? `${texts[at - 1]}${texts[at]}` : '';
}

describe('the catalogue filter, with JavaScript off', () => {
  it('narrows the list by category, by free services and by online channel', async () => {
    const site = await siteOf(join(EXAMPLES, 'disdukcapil-sukamaju'));
    const { page, watch } = await watchedPage(browser(), { javaScript: false });
    await page.setViewport({ width: 1200, height: 900 });
    await page.setContent(site.files.get('index.html')!, { waitUntil: 'load' });
    const all = await visibleServices(page);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(await shownCount(page)).toBe(`${all.length} layanan ditampilkan`);

    await page.click('label[for="kat-k1"]');
    const category = await visibleServices(page);
    expect(category.length).toBeGreaterThan(0);
    expect(category.length).toBeLessThan(all.length);
    expect(await shownCount(page)).toBe(`${category.length} layanan ditampilkan`);

    await page.click('label[for="kat-semua"]');
    expect(await visibleServices(page)).toEqual(all);

    // The keyboard works too: Tab to the checkbox, Space to tick it.
    await page.focus('#saring-daring');
    await page.keyboard.press('Space');
    const online = await visibleServices(page);
    expect(online.length).toBeGreaterThan(0);
    expect(online.length).toBeLessThanOrEqual(all.length);
    expect(watch.requests.filter((u) => !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);

  it('hides paid services when "Layanan gratis" is ticked', async () => {
    const site = await siteOf(join(EXAMPLES, 'kanim-sukamaju'));
    const { page } = await watchedPage(browser(), { javaScript: false });
    await page.setContent(site.files.get('index.html')!, { waitUntil: 'load' });
    const all = await visibleServices(page);
    await page.click('label[for="saring-gratis"]');
    const free = await visibleServices(page);
    expect(free.length).toBeLessThan(all.length);
    await page.close();
  }, 60_000);
});
