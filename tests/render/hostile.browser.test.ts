import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser.js';
import { allPages, FIXTURES } from './units.js';

const HOSTILE = join(FIXTURES, 'hostile');

const browser = sharedBrowser();
let pages: Map<string, string>;
beforeAll(async () => {
  pages = await allPages(HOSTILE);
});

/** What the page holds once loaded: anything here that is not inert text would be a hole. */
interface Inspection {
  pwned: unknown;
  scripts: number;
  handlers: string[];
  hrefs: string[];
  dangerous: string[];
  styles: number;
  text: string;
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Relative links are the site's own pages and PDFs.
const ALLOWED_HREF = /^(?:#[\w-]*|https:\/\/[^\s"<>]+|tel:\+?\d+|mailto:[^\s"<>:]+@[^\s"<>]+|(?:\.\.\/)*[\w./-]+\.(?:html|pdf))$/;

/**
 * A unit whose every string is an attack (script tags, event handlers, javascript: and data:
 * links, CSS and HTML injection, JSON-LD break-outs, a logo with script and a remote image,
 * bidi overrides) renders into pages in which Chromium, with JavaScript ON, runs nothing, opens
 * no dialog and requests nothing. The second pass bypasses the CSP: escaping alone must hold.
 */
describe.each([
  ['with the pages\' own CSP', false],
  ['with the CSP bypassed (escaping alone)', true],
])('hostile content in a real browser, %s', (_label, bypassCsp) => {
  it('runs no script, opens no dialog, makes no request, and shows the attacks as text', async () => {
    expect(pages.size).toBeGreaterThanOrEqual(8);
    for (const [name, html] of pages) {
      const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp });
      await page.setContent(html, { waitUntil: 'load' });
      // Give autofocus, autoplay, meta refresh and lazy handlers a moment to fire if they could.
      await new Promise((r) => setTimeout(r, 150));
      await page.focus('a.lewati');
      const found: Inspection = await page.evaluate(() => {
        const all = Array.from(document.querySelectorAll('*'));
        return {
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
          handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
          hrefs: all.flatMap((el) => ['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href'].map((n) => el.getAttribute(n)).filter((v): v is string => v !== null && !v.startsWith('data:'))),
          dangerous: Array.from(document.querySelectorAll('iframe, object, embed, form, base, link, video, audio, input, button, marquee, details, noscript, meta[http-equiv="refresh"], foreignObject')).map((el) => el.tagName),
          styles: document.querySelectorAll('style').length,
          text: document.body.innerText,
        };
      });
      const where = `${name} (${bypassCsp ? 'no CSP' : 'CSP'})`;
      expect(watch.dialogs, where).toEqual([]);
      expect(watch.errors, where).toEqual([]);
      expect(watch.requests.filter((u) => !u.startsWith('data:')), where).toEqual([]);
      expect(watch.console.filter((m) => /Content Security Policy|Refused/i.test(m)), where).toEqual([]);
      expect(found.pwned, where).toBeUndefined();
      expect(found.scripts, where).toBe(0);
      expect(found.handlers, where).toEqual([]);
      expect(found.dangerous.filter((t) => t !== 'INPUT'), where).toEqual([]);
      expect(found.hrefs.filter((h) => !ALLOWED_HREF.test(h)), where).toEqual([]);
      // The shared stylesheet and the page's own (print footer), nothing from the data.
      expect(found.styles, where).toBeLessThanOrEqual(2);
      expect(BIDI.test(found.text), where).toBe(false);
      // The attacks are printed, as text, where the author wrote them.
      expect(found.text, where).toMatch(/<script>|<img src=x|<svg|<a href/);
      await page.close();
    }
  }, 180_000);
});

it('the harness notices a script, a dialog and a request when a page has them', async () => {
  const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
  await page.setContent('<!DOCTYPE html><html><body><img src="https://evil.example/x.png"><script>window.__pwned = 1; alert(1)</script></body></html>', { waitUntil: 'load' });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(1);
  expect(watch.dialogs).toEqual(['1']);
  expect(watch.requests).toContain('https://evil.example/x.png');
  await page.close();
}, 60_000);

describe('hostile content in the markup', () => {
  it('escapes every string and keeps links to the allowlist', () => {
    const publik = pages.get('JAHAT-1.publik.html')!;
    expect(publik).not.toMatch(/<script>alert/);
    expect(publik).not.toMatch(/href="(?:javascript|data):/i);
    expect(publik).toContain('&lt;script&gt;alert(&#x27;pelaksana&#x27;)&lt;/script&gt;');
    // A media_sosial "address" of javascript:... stays text.
    expect(publik).toMatch(/<span class="kanal-alamat">javascript:alert\(&#x27;media-sosial&#x27;\)<\/span>/);
    // JSON-LD cannot be closed from inside.
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(publik)![1]!;
    expect(jsonLd).not.toContain('<');
    expect(JSON.parse(jsonLd).name).toBe("</script><script>alert('nama-layanan');window.__pwned='jsonld'</script>");
  });

  it('strips bidi controls and keeps the visible characters', () => {
    const maklumat = pages.get('maklumat.html')!;
    expect(maklumat).not.toMatch(BIDI);
    expect(maklumat).toContain('gnirednep');
  });
});
