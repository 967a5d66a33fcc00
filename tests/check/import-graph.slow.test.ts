import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * What a program loads for checking: `standar-pelayanan/validate`, and `standar validate` on one
 * file, load neither the renderer, its templates (Handlebars), the import readers (mammoth,
 * exceljs, parse5) nor Chromium's driver
 * (puppeteer-core); the root export leaves the driver until a browser starts, and loads none of the
 * libraries that only some work needs (the template engine, the QR encoder, the XML parsers, the
 * spreadsheet and PDF libraries, the CLI's parser) until that work asks for them. Seen from a child
 * process (the built package, as users run it) through a module resolution hook that reports
 * every module resolved. The build bundles the entry points (scripts/bundle.mjs): a file of dist/
 * counts as the modules it holds, which esbuild names in a comment before each.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);

const HOOKS = `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const found = await next(specifier, context);
  port.postMessage(found.url);
  return found;
}`;

/** Every module URL resolved while `body` runs in a fresh Node process started in the repository. */
async function resolvedBy(body: string): Promise<string[]> {
  const script = `import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (url) => urls.push(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), import.meta.url, { data: { port: port2 }, transferList: [port2] });
${body}
await new Promise((resolve) => setTimeout(resolve, 200));
port1.close();
process.stdout.write(JSON.stringify(urls));`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env });
  const urls = JSON.parse(stdout) as string[];
  return [...urls, ...urls.filter((u) => u.startsWith(DIST) && u.endsWith('.js')).flatMap(bundled)];
}

const DIST = pathToFileURL(`${ROOT}dist/`).href;

/** The modules of dist/ a bundled file holds. */
function bundled(url: string): string[] {
  return [...readFileSync(fileURLToPath(url), 'utf8').matchAll(/^\/\/ (dist\/\S+\.js)$/gm)].map((m) => pathToFileURL(ROOT + m[1]!).href);
}

const heavy = (urls: readonly string[], patterns: readonly RegExp[]) => urls.filter((u) => patterns.some((p) => p.test(u)));
const DRIVER = /\/node_modules\/puppeteer-core\//;
const RENDERING = [DRIVER, /\/node_modules\/handlebars\//, /\/dist\/render\//, /\/dist\/pdf\//, /\/dist\/serve\//];
/** The import readers and what they read with: loaded only when a file is imported. */
const IMPORTING = [/\/node_modules\/(?:mammoth|exceljs|parse5|fast-xml-parser)\//, /\/dist\/import\/readers\//];

describe('what checking loads', () => {
  it('standar-pelayanan/validate loads no renderer, template engine or Chromium driver', { timeout: 60_000 }, async () => {
    const urls = await resolvedBy(`const lib = await import('standar-pelayanan/validate'); if (typeof lib.validate !== 'function') throw new Error('no validate');`);
    expect(urls.some((u) => u.endsWith('/dist/validate.js'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/dist/check/validate.js'))).toBe(true);
    expect(heavy(urls, RENDERING)).toEqual([]);
    expect(heavy(urls, IMPORTING)).toEqual([]);
  });

  it('standar validate on one clean file loads none of them either, nor yaml: its positions are parsed only for a problem', { timeout: 60_000 }, async () => {
    // A unit that keeps no survey results: a unit's skm/hasil-*.json is read with positions, through yaml.
    const file = 'examples/kanim-sukamaju/layanan/paspor-biasa.yaml';
    // CommonJS modules loaded by require() pass no resolution hook: they are listed from require's cache.
    const urls = await resolvedBy(`const { main } = await import('./dist/cli/main.js');
const code = await main({ argv: ['validate', ${JSON.stringify(file)}], stdout: { write() {} }, stderr: { write() {} }, isTTY: false });
if (code !== 0) throw new Error('exit ' + code);
const { createRequire } = await import('node:module');
const { pathToFileURL } = await import('node:url');
for (const path of Object.keys(createRequire(import.meta.url).cache)) urls.push(pathToFileURL(path).href);`);
    expect(urls.some((u) => u.endsWith('/dist/cli/commands/validate.js'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/node_modules/js-yaml/dist/js-yaml.mjs'))).toBe(true);
    expect(heavy(urls, RENDERING)).toEqual([]);
    expect(heavy(urls, IMPORTING)).toEqual([]);
    expect(heavy(urls, [/\/node_modules\/yaml\//])).toEqual([]);
  });

  it('standar audit with a text or JSON report loads neither Chromium\'s driver, pdf-lib, the template engine nor the QR code', { timeout: 60_000 }, async () => {
    const urls = await resolvedBy(`const { main } = await import('./dist/cli/main.js');
const code = await main({ argv: ['audit', 'examples/kanim-sukamaju', '-f', 'json'], stdout: { write() {} }, stderr: { write() {} }, isTTY: false });
if (code > 1) throw new Error('exit ' + code);
const { createRequire } = await import('node:module');
const { pathToFileURL } = await import('node:url');
for (const path of Object.keys(createRequire(import.meta.url).cache)) urls.push(pathToFileURL(path).href);`);
    expect(urls.some((u) => u.endsWith('/dist/cli/commands/audit.js'))).toBe(true);
    expect(heavy(urls, [DRIVER, /\/node_modules\/(?:pdf-lib|@pdf-lib|handlebars|qrcode|pngjs)\//])).toEqual([]);
  });

  it('the root export and the subpaths render and pdf leave Chromium\'s driver until a browser starts', { timeout: 60_000 }, async () => {
    const urls = await resolvedBy(`const [root, render, pdf] = await Promise.all([import('standar-pelayanan'), import('standar-pelayanan/render'), import('standar-pelayanan/pdf')]);
if (typeof root.renderDocument !== 'function' || typeof render.buildSite !== 'function' || typeof pdf.PdfEngine !== 'function') throw new Error('missing exports');`);
    expect(urls.some((u) => u.endsWith('/dist/render/index.js'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/dist/pdf/index.js'))).toBe(true);
    expect(heavy(urls, [DRIVER])).toEqual([]);
  });

  it('the root export loads none of the libraries only some work needs, and each loads with that work', { timeout: 60_000 }, async () => {
    const LIBRARIES = /\/node_modules\/(exceljs|pdf-lib|handlebars|qrcode|fast-xml-parser|mammoth|docx|n3|rdf-validate-shacl|commander|saxes|yauzl)\//;
    const loaded = (urls: readonly string[]) => [...new Set(urls.flatMap((u) => LIBRARIES.exec(u)?.[1] ?? []))].sort();
    const listCommonJs = `{ const { createRequire } = await import('node:module');
const { pathToFileURL } = await import('node:url');
for (const path of Object.keys(createRequire(import.meta.url).cache)) urls.push(pathToFileURL(path).href); }`;
    const atImport = await resolvedBy(`const root = await import('standar-pelayanan');
if (typeof root.validate !== 'function') throw new Error('no validate');
${listCommonJs}`);
    expect(loaded(atImport)).toEqual([]);
    expect(heavy(atImport, [DRIVER])).toEqual([]);

    // A QR code, a logo checked, the page templates, a survey template, a PDF read, the CLI run: each library as its work asks for it.
    const atWork = await resolvedBy(`const root = await import('standar-pelayanan');
if (await root.main({ argv: ['--version'], stdout: { write() {} }, stderr: { write() {} }, isTTY: false }) !== 0) throw new Error('the CLI did not run');
if (!root.qrSvg('https://contoh.go.id', 'QR').includes('<svg')) throw new Error('no QR code');
const { sanitizeSvg } = await import('./dist/render/svg.js');
if (!sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>').ok) throw new Error('logo refused');
if (!root.loadTemplates(undefined, 'id').templates) throw new Error('no templates');
const { xlsx } = await root.responseTemplate({ unit: 'Unit', services: [{ kode: 'A', nama: 'Layanan A' }], lang: 'id' });
const { PDFDocument } = await import('pdf-lib');
const doc = await PDFDocument.create();
doc.addPage();
if ((await root.inspectPdf(await doc.save())).pages !== 1 || xlsx.length === 0) throw new Error('no workbook or PDF');
${listCommonJs}`);
    expect(loaded(atWork)).toEqual(['commander', 'exceljs', 'fast-xml-parser', 'handlebars', 'pdf-lib', 'qrcode']);
  });
});
