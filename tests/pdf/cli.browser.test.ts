import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../src/model/components.js';
import { inspectPdf } from '../../src/pdf/inspect.js';
import { labels } from '../../src/render/labels.js';
import { run, type RunResult } from '../helpers.js';
import { pdffonts, pdfinfo, pdftoppm, pdftotext } from './poppler.js';

const ROOT = join(import.meta.dirname, '../..');
// jsqr is CommonJS with an ES-style default export in its types.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Every PDF shipped: fonts embedded, tagged, titled, in the document's language. */
async function expectPrintReady(path: string, title: RegExp): Promise<void> {
  const info = pdfinfo(path);
  expect(info.Tagged).toBe('yes');
  expect(info.Title).toMatch(title);
  expect(Number(info.Pages)).toBeGreaterThan(0);
  const fonts = pdffonts(path);
  // No font at all is text printed invisible, not a clean result.
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  for (const f of fonts) expect(f.name).toMatch(/\+Noto(Sans|Serif)-/);
  expect((await inspectPdf(readFileSync(path))).lang).toBe('id');
}

describe('standar render --to pdf on the examples', () => {
  let out: string;
  let result: RunResult;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'standar-pdf-cli-'));
    result = await run(['render', 'examples/kanim-sukamaju', '--to', 'pdf', '--varian', 'lengkap,publik,maklumat', '--buku', '--ukuran', 'A3', '--orientasi', 'lanskap', '--out', out], ROOT);
  });

  it('writes every document, one line per file off a terminal', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'imi-paspor-biasa.lengkap.pdf',
      'imi-paspor-biasa.publik.pdf',
      'imi-paspor-hilang-rusak.lengkap.pdf',
      'imi-paspor-hilang-rusak.publik.pdf',
      'imi-percepatan-paspor.lengkap.pdf',
      'imi-percepatan-paspor.publik.pdf',
      'kanim-sukamaju.buku.pdf',
      'kanim-sukamaju.maklumat.pdf',
    ]);
    expect(result.stdout).toMatch(/^✓ \[1\/8\] .+\.pdf \(\d+ KB\)$/m);
    expect(result.stdout).toMatch(/^✓ \[8\/8\] /m);
    expect(result.stdout).toContain('✔ 8 PDF ditulis ke');
  });

  it('prints the full standard with all 14 components, the fees and the signer, numbered "Halaman n dari m"', async () => {
    const path = join(out, 'imi-paspor-biasa.lengkap.pdf');
    const text = flat(pdftotext(path));
    for (const c of COMPONENTS) expect(text).toContain(c.label.id);
    expect(text).not.toContain('DRAF');
    expect(text).toContain('Rp650.000,00');
    expect(text).toContain('Rp350.000,00');
    expect(text).toContain('Hendra Prasetya Nugraha, S.H., M.H.');
    const pages = Number(pdfinfo(path).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(flat(pdftotext(path, { first: pages }))).toContain(`Halaman ${pages} dari ${pages}`);
    await expectPrintReady(path, /^Standar pelayanan: Penerbitan Paspor Biasa/);
  });

  it('prints the public sheet with the six components citizens need and none of the internal ones', async () => {
    const path = join(out, 'imi-paspor-biasa.publik.pdf');
    const text = flat(pdftotext(path));
    const l = labels('id');
    for (const heading of [l.requirementsPlain, l.procedurePlain, l.durationPlain, l.feePlain, l.productPlain, l.complaintPlain]) expect(text).toContain(heading);
    expect(text).toContain('Rp350.000,00');
    // Management components stay in the decree; the fee's legal basis and the facilities for
    // vulnerable groups are told to citizens in their own words.
    for (const c of COMPONENTS.filter((c) => c.group === 'B' && c.key !== 'dasar_hukum' && c.key !== 'sarana_prasarana')) expect(text).not.toContain(c.label.id);
    await expectPrintReady(path, /Paspor Biasa/);
  });

  it('prints the maklumat as a one-page A3 landscape poster whose QR code scans to the unit website', async () => {
    const path = join(out, 'kanim-sukamaju.maklumat.pdf');
    const info = pdfinfo(path);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toContain('(A3)');
    expect(Number(info['Page size']!.split(' ')[0])).toBeGreaterThan(Number(info['Page size']!.split(' ')[2]));
    const text = flat(pdftotext(path));
    expect(text).toContain('MAKLUMAT PELAYANAN');
    expect(text).toContain('Hendra Prasetya Nugraha, S.H., M.H.');
    expect(text).toContain('Pindai untuk melihat standar pelayanan kami');
    const png = PNG.sync.read(readFileSync(pdftoppm(path, 1, 72)));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe('https://sukamaju.imigrasi.go.id');
    await expectPrintReady(path, /^Maklumat pelayanan/);
  });

  it('prints the booklet whose contents point at the pages each part starts on, with a bookmark per service', async () => {
    const path = join(out, 'kanim-sukamaju.buku.pdf');
    await expectPrintReady(path, /^Buku Standar Pelayanan/);
    const pages = Number(pdfinfo(path).Pages);
    const contents = pdftotext(path, { first: 2 });
    expect(contents).toContain('Daftar Isi');
    // pdftotext puts each title and each number on its own line: read both in order.
    const titles = [...contents.matchAll(/^(Standar Pelayanan [^\n]+?|Maklumat Pelayanan)\s*$/gm)].map((m) => m[1]!.trim());
    const numbers = [...contents.matchAll(/^\s*(\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(titles).toHaveLength(4);
    expect(numbers).toHaveLength(4);
    const facts = await inspectPdf(readFileSync(path));
    for (const [i, title] of titles.entries()) {
      const page = numbers[i]!;
      expect(page).toBeGreaterThan(2);
      expect(page).toBeLessThanOrEqual(pages);
      const onPage = flat(pdftotext(path, { first: page }));
      const name = title.replace(/^Standar Pelayanan /, '').toUpperCase();
      expect(onPage.toUpperCase()).toContain(name === 'MAKLUMAT PELAYANAN' ? 'MAKLUMAT PELAYANAN' : name);
      expect(onPage).toContain(`Halaman ${page} dari ${pages}`);
      if (i > 0) expect(page).toBeGreaterThan(numbers[i - 1]!);
    }
    const bookmarks = facts.outline.filter((o) => o.title.startsWith('STANDAR PELAYANAN'));
    expect(bookmarks.map((b) => b.page)).toEqual(numbers.slice(0, 3));
    expect(facts.outline.find((o) => o.title === 'MAKLUMAT PELAYANAN')?.page).toBe(numbers[3]);
  });
});

describe('standar render --to pdf when something is wrong', () => {
  it('names the fix when there is no Chromium, with exit code 2', async () => {
    const out = await mkdtemp(join(tmpdir(), 'standar-pdf-cli-'));
    const result = await run(['render', 'examples/kanim-sukamaju/layanan/paspor-biasa.yaml', '--to', 'pdf', '--out', out], ROOT, { PUPPETEER_EXECUTABLE_PATH: '/tidak/ada/chromium' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Chromium yang ditunjuk PUPPETEER_EXECUTABLE_PATH tidak ada atau tidak dapat dijalankan: /tidak/ada/chromium.');
    expect(result.stderr).toContain('sudo apt-get install -y chromium');
    expect(readdirSync(out)).toEqual([]);
    const en = await run(['render', 'examples/kanim-sukamaju/layanan/paspor-biasa.yaml', '--to', 'pdf', '--chromium', '/no/chrome', '--out', out, '--lang', 'en'], ROOT);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('The Chromium named by --chromium does not exist or cannot be run: /no/chrome.');
  });

  it('takes Chromium from standar.config.yaml (pdf.chromium), and says where a wrong one is named', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standar-pdf-config-'));
    cpSync(join(ROOT, 'examples/kanim-sukamaju'), join(dir, 'unit'), { recursive: true });
    writeFileSync(join(dir, 'standar.config.yaml'), 'pdf:\n  chromium: ./bukan-chromium\n  batas_waktu: 30\n');
    const result = await run(['render', 'unit/layanan/paspor-biasa.yaml', '--to', 'pdf', '--out', 'keluaran'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^standar\.config\.yaml:2:13\s+galat\s+Chromium yang ditunjuk pdf\.chromium tidak ada: .*\/bukan-chromium\.\s+konfigurasi$/m);
    writeFileSync(join(dir, 'standar.config.yaml'), 'pdf:\n  chromium: /usr/bin/chromium\n');
    const fine = await run(['render', 'unit/layanan/paspor-biasa.yaml', '--to', 'pdf', '--out', 'keluaran'], dir);
    expect(fine.code).toBe(0);
    expect(readdirSync(join(dir, 'keluaran'))).toEqual(['imi-paspor-biasa.lengkap.pdf']);
  });

  it('reports each document that fails and goes on, with exit code 1', async () => {
    const out = await mkdtemp(join(tmpdir(), 'standar-pdf-cli-'));
    const result = await run(['render', 'examples/kanim-sukamaju', '--to', 'pdf', '--timeout', '0.001', '--out', out], ROOT);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/^✗ \[\d\/3\] .+: Dokumen tidak selesai dicetak dalam 0 detik\./gm)).toHaveLength(3);
    expect(result.stdout).toContain('✔ 0 PDF ditulis ke');
    expect(readdirSync(out)).toEqual([]);
  });

  it('draws a progress bar on a terminal instead of a line per file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'standar-pdf-cli-'));
    let stdout = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main({ argv: ['render', 'examples/kanim-sukamaju', '--to', 'pdf', '--out', out], cwd: ROOT, env: { NO_COLOR: '1' }, isTTY: true, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    expect(stdout).toContain('\r\x1b[K[');
    expect(stdout).toMatch(/█+\] 3\/3 · [\d.]+ dok\/dtk/);
    expect(stdout).not.toContain('✓ [1/3]');
  });

  it('refuses --buku without --to pdf', async () => {
    const result = await run(['render', 'examples/kanim-sukamaju', '--buku', '--out', 'x'], ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--to pdf');
  });
});
