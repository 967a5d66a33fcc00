/**
 * HTML rendering throughput, against a baseline measured in the same run:
 * - pages: `renderDocument` over N generated standards (realistic, all 14 components), the public
 *   page and the full standard of each: view model, templates, stylesheet, CSP and JSON-LD;
 * - site: `buildSite` of the same unit (catalogue, 2 pages per service, maklumat, contacts,
 *   site map), in pages per second;
 * - baseline: the least any HTML page of the same data costs: one Handlebars template that
 *   escapes the service's data as a whole, so the ratio shows what the real pages add.
 * Target on the project's 2-core machine: ≥ 1,000 pages/s.
 * Run: `npm run bench:render-html` (option: --services 1000).
 */
import Handlebars from 'handlebars';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadUnits } from '../src/check/load-units.js';
import { buildSite, prepareUnit, renderDocument } from '../src/render/index.js';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const i = process.argv.indexOf('--services');
const SERVICES = i >= 0 ? Number(process.argv[i + 1]) : 1000;
const TARGET = 1000;

function best(runs: number, fn: () => number): number {
  let top = 0;
  for (let r = 0; r < runs; r++) top = Math.max(top, fn());
  return top;
}

const dir = await writeCorpus(join(ROOT, `bench/.data/corpus-${SERVICES}`), SERVICES);
const { units } = await loadUnits([dir], { cwd: dir });
const { unit } = await prepareUnit(units[0]!, 'id');
const services = unit.services;

// Warm up: templates compiled, code paths optimised.
for (const s of services.slice(0, 50)) renderDocument('publik', unit, s), renderDocument('lengkap', unit, s);

let bytes = 0;
const pagesPerSecond = best(3, () => {
  bytes = 0;
  const t = performance.now();
  for (const s of services) bytes += renderDocument('publik', unit, s).length + renderDocument('lengkap', unit, s).length;
  return (services.length * 2) / ((performance.now() - t) / 1000);
});

let sitePages = 0;
const sitePagesPerSecond = best(3, () => {
  const t = performance.now();
  const site = buildSite(unit);
  sitePages = [...site.files.keys()].filter((p) => p.endsWith('.html')).length;
  return sitePages / ((performance.now() - t) / 1000);
});

const bare = Handlebars.compile('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{{nama}}</title></head><body><main><h1>{{nama}}</h1><pre>{{data}}</pre></main></body></html>');
const baselinePerSecond = best(3, () => {
  const t = performance.now();
  for (const s of services) for (let k = 0; k < 2; k++) bare({ nama: s.nama, data: JSON.stringify(s.komponen) });
  return (services.length * 2) / ((performance.now() - t) / 1000);
});

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`HTML rendering, ${fmt(services.length)} services (${fmt(services.length * 2)} pages, ${(bytes / services.length / 2 / 1024).toFixed(1)} KiB per page)`);
console.log(`  renderDocument (publik + lengkap): ${fmt(pagesPerSecond)} pages/s  target ≥ ${fmt(TARGET)}  ${pagesPerSecond >= TARGET ? 'OK' : 'BELOW TARGET'}`);
console.log(`  buildSite (${fmt(sitePages)} pages):        ${fmt(sitePagesPerSecond)} pages/s`);
console.log(`  baseline (bare escaped template):  ${fmt(baselinePerSecond)} pages/s  → real pages cost ${(baselinePerSecond / pagesPerSecond).toFixed(1)}× the baseline`);
process.exitCode = pagesPerSecond >= TARGET ? 0 : 1;
