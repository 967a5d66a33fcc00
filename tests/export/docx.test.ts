import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportResult } from '../../src/export/index.js';
import { docx } from '../../src/export/targets/docx.js';
import { readZip } from '../../src/files/zip.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';
import { AS_PUBLISHED, EXAMPLES } from '../render/units.js';
import { exportUnit } from './docx-text.js';

const OPTIONS = { lang: 'id' as const, format: 'docx', oneFile: false, cwd: process.cwd() };

/** The parts of a .docx by name, as text. */
function parts(bytes: Uint8Array): Map<string, string> {
  return new Map([...readZip(bytes)].map(([name, entry]) => [name, entry.read().toString('utf8')]));
}

/** The words of a part, its runs joined. */
const words = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&(quot|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', lt: '<', gt: '>', amp: '&' })[e]!);

/** The date and time of every entry's local header (DOS format), read straight from the zip. */
function entryTimes(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const times: string[] = [];
  for (let at = buf.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = buf.indexOf('PK\x03\x04', at + 4, 'latin1')) times.push(`${buf.readUInt16LE(at + 12)}/${buf.readUInt16LE(at + 10)}`);
  return times;
}

const UNIT = { 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML };

/** The immigration office example, exported once for the tests that read it: ready to publish, with an SVG logo. */
let kanim: Promise<ExportResult> | undefined;
const kanimFiles = () => (kanim ??= exportUnit(join(EXAMPLES, 'kanim-sukamaju')).then((unit) => docx.export([unit], OPTIONS)));

afterEach(() => {
  vi.useRealTimers();
});

describe('standar ekspor --ke docx', () => {
  it('writes a Word file per service and the maklumat, the same bytes whenever it runs, no time of the run inside', async () => {
    const root = await tempTree(UNIT);
    const first = await run(['ekspor', '.', '--ke', 'docx', '-o', 'satu'], root);
    expect(first.stdout).toContain('✔ 2 berkas docx ditulis ke satu/');
    expect(first.code, first.stderr).toBe(0);
    vi.useFakeTimers({ now: new Date('2031-07-09T13:37:00Z'), toFake: ['Date'] });
    const later = await run(['ekspor', '.', '--ke', 'docx', '-o', 'dua'], root);
    expect(later.code, later.stderr).toBe(0);
    for (const file of ['dukcapil-uji/duk-kk.docx', 'dukcapil-uji/maklumat.docx']) {
      const bytes = await readFile(join(root, 'satu', file));
      expect(Buffer.compare(bytes, await readFile(join(root, 'dua', file))), file).toBe(0);
      expect(new Set(entryTimes(bytes))).toEqual(new Set(['33/0']));
      const core = parts(bytes).get('docProps/core.xml')!;
      expect(core).not.toMatch(/dcterms:(created|modified)/);
      expect(core).toContain('<dc:creator>Dinas Kependudukan dan Pencatatan Sipil</dc:creator>');
      expect(core).toContain('<dc:language>id-ID</dc:language>');
    }
  });

  it('--satu-berkas: one file per unit, each service and the maklumat in a section of its own, on new pages, with its own header and footer', async () => {
    const root = await tempTree({ ...UNIT, 'layanan/kk2.yaml': SERVICE_YAML.replace('DUK-KK', 'DUK-KK-UBAH').replace('Penerbitan Kartu Keluarga', 'Perubahan Kartu Keluarga') });
    const r = await run(['ekspor', '.', '--ke', 'docx', '--satu-berkas', '-o', 'out'], root);
    expect(r.code, r.stderr).toBe(0);
    const docxParts = parts(await readFile(join(root, 'out', 'dukcapil-uji.docx')));
    const body = docxParts.get('word/document.xml')!;
    expect(body.match(/<w:sectPr\b/g)).toHaveLength(3);
    expect(body.match(/<w:headerReference\b/g)).toHaveLength(3);
    expect(body.match(/<w:footerReference\b/g)).toHaveLength(3);
    expect(body.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
    expect(body).not.toMatch(/<w:type w:val="(continuous|evenPage|oddPage)"\/>/);
    const footers = [...docxParts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.map(words).sort()).toEqual(['Maklumat pelayanan Dinas Kependudukan dan Pencatatan SipilHalaman  dari ', 'Standar pelayanan Penerbitan Kartu KeluargaHalaman  dari ', 'Standar pelayanan Perubahan Kartu KeluargaHalaman  dari '].sort());
    // In one unit's file each section counts its own pages.
    for (const footer of footers) expect(footer).toMatch(/SECTIONPAGES/);
  });

  it('is a Word document staff edit: A4, Arial, Heading and List styles, lists on real numbering, ruled tables with a repeated header row, page numbers in the footer', async () => {
    const { files } = await kanimFiles();
    const docxParts = parts(files.find((f) => f.path === 'unit/imi-paspor-biasa.docx')!.content as Uint8Array);
    const body = docxParts.get('word/document.xml')!;
    const styles = docxParts.get('word/styles.xml')!;
    const numbering = docxParts.get('word/numbering.xml')!;
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(styles).toMatch(/<w:rFonts w:ascii="Arial" [^>]*w:hAnsi="Arial"/);
    for (const name of ['Heading 1', 'Heading 2', 'List Number', 'List Number 2', 'List Bullet', 'List Continue']) expect(styles, name).toContain(`<w:name w:val="${name}"/>`);
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">A\. Komponen/);
    // Every numbered paragraph points at a list of its own (w:num) of a real numbering definition.
    const numIds = [...body.matchAll(/<w:pStyle w:val="ListNumber"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds.length).toBeGreaterThan(10);
    for (const id of new Set(numIds)) expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`));
    expect(numbering).toContain('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>');
    expect(body.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(3);
    expect(words(body)).toContain('NOKOMPONENURAIAN1.Persyaratan');
    const footer = [...docxParts].find(([name]) => name.startsWith('word/footer'))![1];
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
    expect(words(footer)).toBe('Standar pelayanan Penerbitan Paspor BiasaHalaman  dari ');
  });

  it('marks a draft with DRAF in the header of every page and at the top of the first; a document ready to publish has an empty header', async () => {
    const { files } = await docx.export([await exportUnit(join(AS_PUBLISHED, 'mpp-paspor-kutipan'))], OPTIONS);
    const draft = parts(files[0]!.content as Uint8Array);
    expect(files[0]!.draft).toBe(true);
    expect(words([...draft].find(([name]) => name.startsWith('word/header'))![1])).toBe('DRAF: belum layak terbit (1 galat)');
    expect(words(draft.get('word/document.xml')!)).toMatch(/^DRAF: belum layak terbit, masih ada 1 galat\. Periksa dengan "standar validate" sebelum diterbitkan\./);
    const clean = await kanimFiles();
    for (const file of clean.files) {
      expect(file.draft, file.path).toBe(false);
      expect(words([...parts(file.content as Uint8Array)].find(([name]) => name.startsWith('word/header'))![1])).toBe('');
    }
  });

  it('puts the SVG logo in the letterhead as an SVG picture with a bitmap for older readers; a WebP logo is left out with a located warning', async () => {
    const { files, diagnostics } = await kanimFiles();
    expect(diagnostics).toEqual([]);
    const logo = parts(files[0]!.content as Uint8Array);
    const media = [...logo.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.map((m) => m.slice(m.lastIndexOf('.'))).sort()).toEqual(['.png', '.svg']);
    // The bitmap older readers show instead is see-through: an empty frame, never another picture.
    const bitmap = PNG.sync.read(readZip(files[0]!.content as Uint8Array).get(media.find((m) => m.endsWith('.png'))!)!.read());
    expect(bitmap.data.every((byte, i) => i % 4 !== 3 || byte === 0)).toBe(true);
    expect(logo.get('word/document.xml')).toMatch(/<wp:docPr id="1" name="logo-1" descr="Logo Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia"\/>/);

    // A 1×1 WebP picture: the letterhead goes without it.
    const webp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
    const root = await tempTree({ ...UNIT, 'penyelenggara.yaml': PROVIDER_YAML.replace('wilayah:', 'logo: logo.webp\nwilayah:'), 'logo.webp': webp });
    const r = await run(['ekspor', '.', '--ke', 'docx', '-o', 'out'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/penyelenggara\.yaml:\d+:\d+.*Logo unit berupa WebP, yang tidak dapat ditampilkan Word; berkas Word dibuat tanpa logo di kop\./);
    expect([...parts(await readFile(join(root, 'out', 'dukcapil-uji', 'duk-kk.docx'))).keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });
});
