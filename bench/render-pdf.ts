/**
 * PDF throughput and Chromium memory, against a baseline measured in the same run, on the full
 * 14-component standards of the benchmark corpus (bench/corpus.ts) as the renderer prints them:
 * - pooled: the engine (one browser, a pool of reused pages) prints N service standards and
 *   writes them atomically, browser start included;
 * - naive: the same documents, a browser launched and closed per document (same flags, same
 *   locked-down page), which is what printing without an engine looks like;
 * - memory: the engine over 1,000 documents, the summed RSS of Chromium's processes (/proc)
 *   sampled throughout; pages are recycled, so it must stay flat.
 * Targets on the project's 2-core machine: pooled ≥ 12 docs/s and ≥ 12× naive, memory < 900 MB.
 * Run: `npm run bench:render-pdf` (options: --docs 100 --naive 100 --memory-docs 1000).
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/files/write.js';
import { printBatch, type PdfJob } from '../src/pdf/batch.js';
import puppeteer from 'puppeteer-core';
import { BASE_FLAGS, CHROMIUM_FLAGS, PdfEngine } from '../src/pdf/engine.js';
import { inspectPdf } from '../src/pdf/inspect.js';
import { treeRss } from '../src/pdf/processes.js';
import { loadUnits } from '../src/check/load-units.js';
import { prepareUnit, renderDocument } from '../src/render/index.js';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/.data/pdf');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const DOCS = option('docs', 100);
const NAIVE = option('naive', DOCS);
const MEMORY_DOCS = option('memory-docs', 1000);

interface Doc {
  name: string;
  /** Built when printed, so 1,000 pages of print HTML are never all in memory. */
  html: () => string;
}

/** The full standards of n corpus services, rendered for print. */
async function documents(n: number): Promise<Doc[]> {
  const dir = await writeCorpus(join(ROOT, `bench/.data/pdf-corpus-${n}`), n);
  const { units } = await loadUnits([dir], { lang: 'id' });
  const { unit } = await prepareUnit(units[0]!, 'id');
  return unit.services.map((service) => ({ name: service.kode.toLowerCase(), html: () => renderDocument('lengkap', unit, service, { media: 'print' }) }));
}

function jobsFor(docs: Doc[], dir: string): PdfJob[] {
  return docs.map((d) => ({ label: d.name, out: join(dir, `${d.name}.pdf`), html: d.html, outline: true }));
}

async function pooled(docs: Doc[]): Promise<number> {
  const dir = join(OUT, 'pooled');
  const engine = new PdfEngine();
  const t = performance.now();
  const batch = await printBatch(engine, jobsFor(docs, dir), { write: writeFileAtomic });
  const seconds = (performance.now() - t) / 1000;
  await engine.close();
  const failed = batch.results.filter((r) => !r.ok).length + batch.skipped.length;
  if (failed > 0) throw new Error(`pooled run: ${failed} documents failed`);
  return docs.length / seconds;
}

/**
 * What printing looks like without an engine: for each document, launch Chromium with the
 * project's usual flags (and puppeteer's defaults: one process per page), print, close.
 * `flags` = the engine's own flags instead, to show what pooling alone is worth.
 */
async function naive(docs: Doc[], flags: readonly string[]): Promise<number> {
  const dir = join(OUT, 'naive');
  const t = performance.now();
  for (const doc of docs) {
    const userDataDir = await mkdtemp(join(tmpdir(), 'standar-naive-'));
    const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...flags], userDataDir });
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setContent(doc.html(), { waitUntil: 'load' });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
    await writeFileAtomic(join(dir, `${doc.name}.pdf`), pdf);
  }
  return docs.length / ((performance.now() - t) / 1000);
}

async function memory(docs: Doc[]): Promise<{ peakMb: number; lastMb: number; docsPerSecond: number }> {
  const dir = join(OUT, 'memory');
  const engine = new PdfEngine();
  let peak = 0;
  let last = 0;
  const sample = () => {
    const pid = engine.browserPid;
    if (pid === undefined) return;
    last = treeRss(pid);
    peak = Math.max(peak, last);
  };
  const timer = setInterval(sample, 100);
  const t = performance.now();
  const batch = await printBatch(engine, jobsFor(docs, dir), { write: writeFileAtomic, onResult: sample });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  await engine.close();
  if (batch.results.some((r) => !r.ok)) throw new Error('memory run: some documents failed');
  return { peakMb: peak / 2 ** 20, lastMb: last / 2 ** 20, docsPerSecond: docs.length / seconds };
}

const mark = (ok: boolean) => (ok ? 'OK  ' : 'GAGAL');

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const docs = await documents(Math.max(DOCS, NAIVE));
const pooledRate = await pooled(docs.slice(0, DOCS));
const naiveRate = await naive(docs.slice(0, NAIVE), BASE_FLAGS);
const naiveSameFlagsRate = await naive(docs.slice(0, NAIVE), CHROMIUM_FLAGS);
const ratio = pooledRate / naiveRate;
const mem = await memory(await documents(MEMORY_DOCS));
const { pages } = await inspectPdf(await readFile(join(OUT, 'pooled', `${docs[0]!.name}.pdf`)));
await rm(OUT, { recursive: true, force: true });

console.log(`PDF, ${DOCS} standar pelayanan lengkap (${pages} halaman A4 masing-masing; naive: ${NAIVE}), ${new PdfEngine().poolSize} halaman Chromium bersamaan`);
console.log(`  pooled  ${pooledRate.toFixed(1)} dok/s`);
console.log(`  naive   ${naiveRate.toFixed(2)} dok/s (satu browser per dokumen, satu proses per halaman)`);
console.log(`  naive   ${naiveSameFlagsRate.toFixed(2)} dok/s (satu browser per dokumen, dengan flag mesin ini: ${(pooledRate / naiveSameFlagsRate).toFixed(1)}×)`);
console.log(`  ${mark(pooledRate >= 12)} ≥ 12 dok/s: ${pooledRate.toFixed(1)}`);
console.log(`  ${mark(ratio >= 12)} ≥ 12× naive: ${ratio.toFixed(1)}×`);
console.log(`Memori Chromium, ${MEMORY_DOCS} dokumen (${mem.docsPerSecond.toFixed(1)} dok/s): puncak ${mem.peakMb.toFixed(0)} MB, akhir ${mem.lastMb.toFixed(0)} MB`);
console.log(`  ${mark(mem.peakMb < 900)} < 900 MB: ${mem.peakMb.toFixed(0)} MB`);
process.exitCode = pooledRate >= 12 && ratio >= 12 && mem.peakMb < 900 ? 0 : 1;
