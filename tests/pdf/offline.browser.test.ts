import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookletJob, pageJobs } from '../../src/publish/pdf.js';
import { writeFileAtomic } from '../../src/files/write.js';
import { printBatch, type PdfJob } from '../../src/pdf/batch.js';
import { planBooklet } from '../../src/render/print/booklet.js';
import { findChromium } from '../../src/pdf/chromium.js';
import { CHROMIUM_FLAGS, PdfEngine } from '../../src/pdf/engine.js';
import { renderPoster } from '../../src/render/print/poster.js';
import { renderDocument } from '../../src/render/index.js';
import { exampleUnits, loadRenderUnit } from '../render/units.js';

/**
 * A loopback HTTP proxy that is Chromium's only way out: it writes down every request and every
 * CONNECT and lets none through.
 */
async function startProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** Every address through the proxy, loopback too (Chromium bypasses loopback unless told not to). */
const throughProxy = (port: number) => [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'];

/** What `standar build --to pdf` prints for the examples: both sheets of every service, the posters, a booklet. */
async function exampleJobs(out: string): Promise<PdfJob[]> {
  const jobs: PdfJob[] = [];
  for (const dir of exampleUnits()) {
    const unit = await loadRenderUnit(dir);
    const name = unit.provider!.kode.toLowerCase();
    const pages = unit.services.flatMap((s) => (['lengkap', 'publik'] as const).map((kind) => ({ name: `${name}.${s.kode}.${kind}`, html: renderDocument(kind, unit, s, { media: 'print' }) })));
    pages.push({ name: `${name}.maklumat`, html: renderPoster(unit, { format: { size: 'A3', orientation: 'landscape' } }) });
    jobs.push(...pageJobs(pages, out));
    // One booklet is enough (each is printed twice, to number its contents).
    if (unit.services.length <= 3) jobs.push(bookletJob(`${name}.buku`, join(out, `${name}.buku.pdf`), planBooklet(unit)));
  }
  return jobs;
}

describe('printing on a machine with no network', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  beforeAll(async () => {
    proxy = await startProxy();
  });
  afterAll(() => {
    proxy.server.closeAllConnections();
    return new Promise<void>((resolve) => proxy.server.close(() => resolve()));
  });

  it('routes what Chromium asks for through the test proxy (so its silence below means something)', async () => {
    const found = findChromium();
    if (!found.ok) throw new Error(found.error.kind);
    const userDataDir = mkdtempSync(join(tmpdir(), 'standar-offline-'));
    const browser = await puppeteer.launch({ executablePath: found.path, headless: true, pipe: true, userDataDir, args: [...CHROMIUM_FLAGS, ...throughProxy(proxy.port)] });
    try {
      const page = await browser.newPage();
      await page.goto('http://standar.invalid/').catch(() => {});
    } finally {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
    expect(proxy.seen).toContain('GET http://standar.invalid/');
    proxy.seen.length = 0;
  });

  it('sends nothing while printing the examples and idling afterwards: no time, update or account check', async () => {
    const out = mkdtempSync(join(tmpdir(), 'standar-offline-'));
    const jobs = await exampleJobs(out);
    const engine = new PdfEngine({ chromiumArgs: throughProxy(proxy.port) });
    try {
      const batch = await printBatch(engine, jobs, { write: writeFileAtomic });
      expect(batch.results.filter((r) => !r.ok).map((r) => r.job.label)).toEqual([]);
      expect(batch.results).toHaveLength(jobs.length);
      // Chromium's own checks come seconds after its start, and retry with back-off.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    } finally {
      await engine.close();
    }
    expect(proxy.seen).toEqual([]);
  }, 90_000);
});
