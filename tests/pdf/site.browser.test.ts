import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/inspect.js';
import { publishedServiceView } from '../../src/render/document.js';
import { labels } from '../../src/render/labels.js';
import type { RenderUnit } from '../../src/render/types.js';
import type { ComplaintChannelView, FeeView, FlowView } from '../../src/render/view/components.js';
import { run, type RunResult } from '../helpers.js';
import { EXAMPLES, loadRenderUnit } from '../render/units.js';
import { pdffonts, pdfinfo, pdftotext } from './poppler.js';

const ROOT = join(import.meta.dirname, '../..');
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Text without any white space: a URL that wraps mid-way in the PDF still matches. */
const squash = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe.each(['disdukcapil-sukamaju', 'kanim-sukamaju'])('standar build --to pdf on examples/%s', (name) => {
  let out: string;
  let result: RunResult;
  let unit: RenderUnit;
  let pdfs: string[];
  const slugOf = (kode: string) => kode.toLowerCase();
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'standar-pdf-site-'));
    result = await run(['build', join('examples', name), '--to', 'pdf', '--out', out], ROOT);
    unit = await loadRenderUnit(join(EXAMPLES, name));
    pdfs = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).sort();
  });

  it('builds the site with every PDF and nothing to report', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Per service the public sheet and the full standard; the maklumat poster and the booklet.
    expect(pdfs).toHaveLength(unit.services.length * 2 + 2);
  });

  it('embeds only the shipped Noto fonts, in every PDF (the letterhead logo brings none of the machine)', () => {
    for (const pdf of pdfs) {
      const fonts = pdffonts(join(out, pdf));
      expect(fonts.length, pdf).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded || !/^[A-Z]{6}\+Noto(Sans|Serif)-/.test(f.name)).map((f) => `${pdf}: ${f.name}`)).toEqual([]);
    }
  });

  it("prints each service's public sheet on at most two A4 pages: six headings, fee, complaint channels, the steps once", () => {
    const l = labels('id');
    for (const service of unit.services) {
      const path = join(out, 'layanan', slugOf(service.kode), 'publik.pdf');
      const info = pdfinfo(path);
      expect(Number(info.Pages), service.kode).toBeLessThanOrEqual(2);
      expect(info['Page size']).toContain('(A4)');
      const text = flat(pdftotext(path));
      for (const heading of [l.requirementsPlain, l.procedurePlain, l.durationPlain, l.feePlain, l.productPlain, l.complaintPlain]) expect(text, service.kode).toContain(heading);
      const view = publishedServiceView(service, unit, 'id');
      const tight = squash(text);
      expect(tight).toContain(squash(view.ringkasan.biaya!));
      for (const tarif of (view.komponen.biaya!.tarif ?? []) as FeeView[]) expect(tight).toContain(squash(String(tarif.jumlah)));
      const channels = view.komponen.pengaduan!.kanal as ComplaintChannelView[];
      expect(channels.length).toBeGreaterThan(0);
      for (const k of channels) expect(tight, `${service.kode} ${k.label}`).toContain(squash(`${k.label}${k.nama ?? ''}${k.alamat ?? ''}`));
      // The procedure once: the numbered steps, not the flowchart drawing them again.
      const first = (view.komponen.sistem_mekanisme_prosedur!.alur as FlowView[])[0]!.langkah[0]!;
      expect(occurrences(tight, squash(String(first.uraian))), service.kode).toBe(1);
    }
  });

  it("links each public sheet from the service's public page and lists it in the manifest", () => {
    const manifest = JSON.parse(readFileSync(join(out, '.standar-situs.json'), 'utf8')) as { berkas: string[] };
    expect([...manifest.berkas].sort()).toEqual(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|pdf)$/.test(f)).sort());
    for (const service of unit.services) {
      const dir = `layanan/${slugOf(service.kode)}`;
      expect(manifest.berkas).toContain(`${dir}/publik.pdf`);
      const page = readFileSync(join(out, dir, 'index.html'), 'utf8');
      expect(page).toContain('<a href="publik.pdf">Unduh PDF: Lembar informasi layanan (6 komponen)</a>');
      expect(page).toContain('<a href="standar.pdf">Unduh PDF: Standar pelayanan lengkap (14 komponen)</a>');
    }
  });

  it('names every bookmark with its words apart, where a heading wraps too', async () => {
    const booklet = join(out, 'buku-standar-pelayanan.pdf');
    const unitName = unit.provider!.nama.toUpperCase();
    const expected = unit.services.map((s) => `STANDAR PELAYANAN ${s.nama.toUpperCase()} ${unitName}`);
    const { outline } = await inspectPdf(readFileSync(booklet));
    expect(outline.map((o) => o.title).filter((t) => t.startsWith('STANDAR PELAYANAN'))).toEqual(expected);
    const text = flat(pdftotext(booklet));
    for (const title of expected) expect(text).toContain(title);
    for (const service of unit.services) {
      const sheet = await inspectPdf(readFileSync(join(out, 'layanan', slugOf(service.kode), 'publik.pdf')));
      expect(sheet.outline[0]?.title).toBe(service.nama);
    }
  });
});
