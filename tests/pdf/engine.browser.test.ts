import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfEngine } from '../../src/pdf/engine.js';
import { describePdfError } from '../../src/pdf/errors.js';
import { inspectPdf } from '../../src/pdf/inspect.js';
import { COMPONENTS } from '../../src/model/components.js';
import { renderDocument } from '../../src/render/index.js';
import { EXAMPLES, loadRenderUnit } from '../render/units.js';
import { twoPageStandardHtml } from './fixtures/two-page-standard.js';
import { pdffonts, pdfFile, pdfinfo, pdftotext } from './poppler.js';

const engine = new PdfEngine();
afterAll(() => engine.close());

async function printed(html: string, options = {}): Promise<Uint8Array> {
  const result = await engine.print(html, options);
  if (!result.ok) throw new Error(describePdfError(result.error, 'en').message);
  return result.pdf;
}

describe('printing a service standard in Chromium', () => {
  let path: string;
  beforeAll(async () => {
    path = pdfFile(await printed(twoPageStandardHtml(3)));
  });

  it('keeps every component label, the fees and the signer in the text', () => {
    const text = pdftotext(path).replace(/\s+/g, ' ');
    for (const c of COMPONENTS) expect(text).toContain(c.label.id);
    expect(text).toContain('Rp150.000,00');
    expect(text).toContain('Rp350.000,00');
    expect(text).toContain('Dra. Siti Aminah, M.Si.');
    expect(text).toContain('NIP 197805122005011003');
  });

  it('numbers pages from the @page margin boxes', () => {
    const pages = Number(pdfinfo(path).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdftotext(path, { first: 1 })).toContain(`Halaman 1 dari ${pages}`);
    expect(pdftotext(path, { first: pages })).toContain(`Halaman ${pages} dari ${pages}`);
  });

  it('is a tagged A4 PDF with the title and language of the document', async () => {
    const info = pdfinfo(path);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('(A4)');
    expect(info.Title).toBe('Standar Pelayanan Penerbitan KTP Elektronik 3');
    const facts = await inspectPdf(await import('node:fs').then((fs) => fs.readFileSync(path)));
    expect(facts.lang).toBe('id');
  });

  it('embeds every font, and they are the shipped Noto fonts', () => {
    const fonts = pdffonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    for (const f of fonts) expect(f.name).toMatch(/\+Noto(Sans|Serif)-/);
  });
});

describe('what a document may do', () => {
  let server: Server;
  const hits: string[] = [];
  let origin: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    // Not even a connection: Chromium's preconnect for navigations is switched off too.
    server.on('connection', () => hits.push('connection'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('makes no request, opens no connection and runs no script', async () => {
    const html = `<!doctype html><html lang="id"><head><title>Asli</title>
      <link rel="stylesheet" href="${origin}/gaya.css"><style>@import url(${origin}/impor.css); body { background: url(${origin}/latar.png) }</style>
      <meta http-equiv="refresh" content="0;url=${origin}/alih"></head>
      <body><p>Isi asli</p><img src="${origin}/logo.png" alt="logo"><iframe src="${origin}/bingkai"></iframe>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
      <script>document.title = 'DIRETAS'; document.body.append('DIRETAS');</script>
      <img src="x" onerror="document.body.append('DIRETAS')"></body></html>`;
    const result = await engine.print(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await new Promise((r) => setTimeout(r, 300));
    expect(hits).toEqual([]);
    expect(result.blocked).toEqual(expect.arrayContaining([`${origin}/logo.png`, `${origin}/gaya.css`]));
    expect(result.blocked.some((u) => u.startsWith('data:'))).toBe(false);
    const path = pdfFile(result.pdf);
    expect(pdftotext(path)).toContain('Isi asli');
    expect(pdftotext(path)).not.toContain('DIRETAS');
    expect(pdfinfo(path).Title).toBe('Asli');
  });
});

describe('the browser and its pages', () => {
  it('starts Chromium only when a PDF is asked for', async () => {
    const lazy = new PdfEngine();
    expect(lazy.started).toBe(false);
    await lazy.close();
    expect(lazy.stats.browsers).toBe(0);
  });

  it("prints the text of a fresh browser's first documents: the print fonts are loaded before printing", async () => {
    const unit = await loadRenderUnit(join(EXAMPLES, 'disdukcapil-sukamaju'));
    const pages = unit.services.slice(0, 2).flatMap((s) => (['lengkap', 'publik'] as const).map((kind) => renderDocument(kind, unit, s, { media: 'print' })));
    // It went wrong about one document in four, on a browser just started: three fresh browsers.
    for (let round = 0; round < 3; round++) {
      const fresh = new PdfEngine({ poolSize: 4 });
      try {
        for (const result of await Promise.all(pages.map((html) => fresh.print(html)))) {
          if (!result.ok) throw new Error(describePdfError(result.error, 'en').message);
          const path = pdfFile(result.pdf);
          expect(pdffonts(path).length).toBeGreaterThan(0);
          expect(pdftotext(path)).toContain('Dinas Kependudukan dan Pencatatan Sipil');
        }
      } finally {
        await fresh.close();
      }
    }
  });

  it('reuses pages and replaces each after its quota of documents', async () => {
    const recycling = new PdfEngine({ poolSize: 1, recycleAfter: 2 });
    try {
      for (let i = 0; i < 5; i++) expect((await recycling.print(`<!doctype html><title>${i}</title><p>${i}</p>`)).ok).toBe(true);
      expect(recycling.stats).toEqual({ browsers: 1, pages: 3, documents: 5 });
    } finally {
      await recycling.close();
    }
  });

  it('gives up on a document that takes too long and goes on with the next', async () => {
    const rows = '<tr><td>baris</td><td>isi yang panjang</td></tr>'.repeat(40_000);
    const slow = await engine.print(`<!doctype html><table>${rows}</table>`, { timeoutMs: 150 });
    expect(slow.ok).toBe(false);
    if (!slow.ok) {
      expect(slow.error.kind).toBe('timeout');
      expect(slow.error.fatal).toBe(false);
      expect(describePdfError(slow.error, 'id').message).toBe('Dokumen tidak selesai dicetak dalam 0.2 detik.');
    }
    expect((await engine.print('<!doctype html><title>sesudah</title><p>sesudah</p>')).ok).toBe(true);
  });

  it("starts each document afresh: an earlier page's Content-Security-Policy does not block the next page's styles", async () => {
    const { contentSecurityPolicy } = await import('../../src/render/engine/styles.js');
    const page = (size: string) => {
      const css = `@page { size: ${size}; }`;
      return `<!doctype html><html lang="id"><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([css])}"><style>${css}</style><title>${size}</title></head><body><p>${size}</p></body></html>`;
    };
    const single = new PdfEngine({ poolSize: 1 });
    try {
      const sizes = [];
      for (const size of ['A4', 'A3 landscape', 'A5']) {
        const result = await single.print(page(size));
        if (result.ok) sizes.push(pdfinfo(pdfFile(result.pdf))['Page size']);
      }
      expect(sizes).toEqual([expect.stringContaining('(A4)'), expect.stringContaining('(A3)'), expect.stringContaining('(A5)')]);
    } finally {
      await single.close();
    }
  });

  it('reports a missing browser as a fatal result, not an exception', async () => {
    const none = new PdfEngine({ configured: '/tidak/ada/chromium', configuredBy: '--chromium' });
    const result = await none.print('<p>x</p>');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ kind: 'chromiumBadPath', fatal: true });
    }
    await none.close();
  });

  it('starts Chromium once more when its first start fails, as it sometimes does on a busy machine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standar-chromium-'));
    const wrapper = join(dir, 'chromium');
    // Fails the first time it is run, then is the real browser.
    writeFileSync(wrapper, `#!/bin/sh\nif [ ! -e "${dir}/sekali" ]; then touch "${dir}/sekali"; exit 1; fi\nexec /usr/bin/chromium "$@"\n`, { mode: 0o755 });
    const flaky = new PdfEngine({ configured: wrapper, configuredBy: '--chromium', poolSize: 1 });
    try {
      expect((await flaky.print('<p>satu</p>')).ok).toBe(true);
      expect(existsSync(join(dir, 'sekali'))).toBe(true);
      expect(flaky.stats.browsers).toBe(1);
    } finally {
      await flaky.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints again on a fresh browser when Chromium dies', async () => {
    const fragile = new PdfEngine({ poolSize: 1 });
    try {
      expect((await fragile.print('<p>satu</p>')).ok).toBe(true);
      process.kill(fragile.browserPid!, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 200));
      expect((await fragile.print('<p>dua</p>')).ok).toBe(true);
      expect(fragile.stats.browsers).toBe(2);
    } finally {
      await fragile.close();
    }
  });
});
