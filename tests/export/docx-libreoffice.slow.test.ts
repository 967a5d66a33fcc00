import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRecord } from '../../src/load/guards.js';
import { renderDocument } from '../../src/render/index.js';
import { run } from '../helpers.js';
import { pdfinfo, pdftotext } from '../pdf/poppler.js';
import { exampleUnits } from '../render/units.js';
import { exportUnit, htmlDocumentText } from './docx-text.js';

/** LibreOffice's command, when it is installed (scripts/setup.sh installs libreoffice-writer-nogui). */
const SOFFICE = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0);
const WHY = 'LibreOffice (soffice) is not installed: run scripts/setup.sh or apt-get install --no-install-recommends libreoffice-writer-nogui';
if (!SOFFICE) console.warn(`docx-libreoffice.slow.test.ts skipped: ${WHY}`);

/**
 * The words of a text, for finding each of the page's words in the PDF whatever way LibreOffice
 * broke its lines and read its table columns: lower case (the letterhead and the decree block are
 * shown in capitals), split where a line may break or a table's cell ends (spaces, slashes, dashes
 * and the hyphens a PDF writes for them, the decree block's colons).
 */
const words = (text: string) => text.toLowerCase().split(/[\s/:\-\u00ad\u2010\u2011–—]+/).filter(Boolean);

/**
 * The PDF's text in the order it was written, lines kept as they end: the default reading order
 * joins a word hyphenated at a line's end ("Undang-" / "Undang" becomes "UndangUndang").
 */
const rawText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });

/** The words of `expected` the PDF lacks, each as many times as it lacks it. */
function missing(expected: readonly string[], actual: readonly string[]): string[] {
  const have = new Map<string, number>();
  for (const w of actual) have.set(w, (have.get(w) ?? 0) + 1);
  return expected.filter((w) => {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    return n === 0;
  });
}

/** The stem `standar ekspor` names a unit's files with: its provider's code in lower case. */
const stemOf = (dir: string) => async () => String(asRecord((await exportUnit(dir)).unit.provider).kode).toLowerCase();

describe.skipIf(!SOFFICE)(`the Word files open in LibreOffice and print every word of the full standard${SOFFICE ? '' : ` (skipped: ${WHY})`}`, () => {
  let root: string;
  /** Converts the Word files of a folder into PDFs in another, with a profile of its own so a LibreOffice already open neither serves nor blocks it. */
  const convert = (from: string, to: string) => {
    const files = readdirSync(from).filter((f) => f.endsWith('.docx')).map((f) => join(from, f));
    execFileSync(SOFFICE!, [`-env:UserInstallation=${pathToFileURL(join(root, 'profil')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', to, ...files], { stdio: 'ignore', timeout: 240_000 });
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'standar-docx-lo-'));
    for (const [out, flags] of [
      ['per-layanan', []],
      ['satu-berkas', ['--satu-berkas']],
    ] as const) {
      const r = await run(['ekspor', ...exampleUnits(), '--ke', 'docx', '-o', out, ...flags], root);
      expect(r.code, r.stderr).toBe(0);
    }
    for (const unit of readdirSync(join(root, 'per-layanan'))) convert(join(root, 'per-layanan', unit), join(root, 'pdf', unit));
    convert(join(root, 'satu-berkas'), join(root, 'pdf'));
  }, 600_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each(exampleUnits().map((dir) => [basename(dir), dir]))('%s: each service and the maklumat, A4, numbered "Halaman n dari m"', async (_name, dir) => {
    const unit = await exportUnit(dir);
    const folder = join(root, 'pdf', await stemOf(dir)());
    for (const service of unit.unit.services) {
      const file = join(folder, `${String(asRecord(service).kode).toLowerCase()}.pdf`);
      const text = pdftotext(file);
      expect(missing(words(htmlDocumentText(renderDocument('lengkap', unit.unit, service))), words(rawText(file))), file).toEqual([]);
      const info = pdfinfo(file);
      expect(info['Page size'], file).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
      const pages = Number(info.Pages);
      expect(text).toContain(`Halaman 1 dari ${pages}`);
      expect(text).toContain(`Halaman ${pages} dari ${pages}`);
      expect(text).not.toContain('DRAF');
    }
    expect(missing(words(htmlDocumentText(renderDocument('maklumat', unit.unit))), words(rawText(join(folder, 'maklumat.pdf'))))).toEqual([]);
  });

  it.each(exampleUnits().map((dir) => [basename(dir), dir]))('%s --satu-berkas: every service and the maklumat in one file, each starting on a new page', async (_name, dir) => {
    const unit = await exportUnit(dir);
    const file = join(root, 'pdf', `${await stemOf(dir)()}.pdf`);
    const text = pdftotext(file);
    const documents = [...unit.unit.services.map((s) => renderDocument('lengkap', unit.unit, s)), renderDocument('maklumat', unit.unit)];
    expect(missing(documents.flatMap((html) => words(htmlDocumentText(html))), words(rawText(file)))).toEqual([]);
    // A page break before each service and the maklumat: so many pages open with the letterhead (its first line, which may wrap).
    const kop = String(asRecord(unit.unit.provider).pemerintah).toLowerCase();
    const firstLines = text.split('\f').map((page) => page.split('\n').find((l) => l.trim() !== '')?.trim().toLowerCase() ?? '');
    const letterheads = firstLines.filter((first) => first !== '' && kop.startsWith(first));
    expect(letterheads).toHaveLength(documents.length);
  });
});
