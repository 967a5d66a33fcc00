import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { loadUnits } from '../../../src/check/load-units.js';
import { readPdf } from '../../../src/import/readers/pdf.js';
import { describePdfError, PdfEngine } from '../../../src/pdf/index.js';
import { gate, prepareUnit, renderDocument } from '../../../src/render/index.js';
import { expectInOrder, only, tableText, texts } from './helpers.js';

/** PDFs printed here from HTML by the project's own Chromium engine, read back by pdftotext. */

const engine = new PdfEngine();
afterAll(() => engine.close());

async function printed(html: string): Promise<Uint8Array> {
  const result = await engine.print(html);
  if (!result.ok) throw new Error(describePdfError(result.error, 'en').message);
  return result.pdf;
}

const page = (body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>
body { font: 11pt/1.4 sans-serif; } table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; } h1 { font-size: 18pt; }
</style></head><body>${body}</body></html>`;

const read = (bytes: Uint8Array, file = 'lampiran.pdf') => readPdf(file, bytes, { lang: 'id' });

describe('PDF printed from a decree attachment', () => {
  it('keeps the letterhead, the heading and both tables with their rows, cells, line breaks and an empty component', async () => {
    const doc = await read(
      await printed(
        page(`<p>PEMERINTAH KABUPATEN CONTOH<br>KECAMATAN CONTOH BARAT</p>
<h1>STANDAR PELAYANAN SURAT KETERANGAN PINDAH</h1>
<p>A. Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan</p>
<table><thead><tr><th>NO</th><th>KOMPONEN</th><th>URAIAN</th></tr></thead><tbody>
<tr><td>1.</td><td>Persyaratan</td><td>1. Surat Pengantar Desa<br>2. KTP dan KK (Asli dan Fotocopy) yang masih berlaku dan sudah dilegalisir oleh pejabat yang berwenang di kecamatan</td></tr>
<tr><td>2.</td><td>Waktu pelayanan</td><td>Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.<br>Proses 1 Minggu</td></tr>
<tr><td>3.</td><td>Biaya/tarif</td><td>Gratis</td></tr>
<tr><td>4.</td><td>Produk layanan</td><td></td></tr>
</tbody></table>
<p>B. Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi</p>
<table><tr><th>NO</th><th>KOMPONEN</th><th>URAIAN</th></tr>
<tr><td>1.</td><td>Jumlah pelaksana</td><td>5 (lima) orang</td></tr></table>`),
      ),
    );
    expect(doc.problems).toEqual([]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'table', 'paragraph', 'table']);
    expect(doc.blocks[0]).toMatchObject({ text: 'PEMERINTAH KABUPATEN CONTOH\nKECAMATAN CONTOH BARAT', at: { page: 1 } });
    expect(doc.blocks[1]).toMatchObject({ kind: 'heading', level: 1, text: 'STANDAR PELAYANAN SURAT KETERANGAN PINDAH' });
    const [a, b] = only(doc.blocks, 'table');
    expect(tableText(a)).toEqual([
      ['NO', 'KOMPONEN', 'URAIAN'],
      ['1.', 'Persyaratan', '1. Surat Pengantar Desa\n2. KTP dan KK (Asli dan Fotocopy) yang masih berlaku dan sudah dilegalisir oleh pejabat yang berwenang di kecamatan'],
      ['2.', 'Waktu pelayanan', 'Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.\nProses 1 Minggu'],
      ['3.', 'Biaya/tarif', 'Gratis'],
      ['4.', 'Produk layanan', ''],
    ]);
    expect(tableText(b)).toEqual([['NO', 'KOMPONEN', 'URAIAN'], ['1.', 'Jumlah pelaksana', '5 (lima) orang']]);
  });

  it('a component whose text goes on over a page break stays one row of one table, its header row printed again left out', async () => {
    const items = Array.from({ length: 60 }, (_, i) => `${i + 1}. Peraturan nomor ${i + 1} tentang pelayanan administrasi kependudukan`);
    const doc = await read(
      await printed(
        page(`<table><thead><tr><th>NO</th><th>KOMPONEN</th><th>URAIAN</th></tr></thead><tbody>
<tr><td>1.</td><td>Dasar hukum</td><td>${items.map((t) => `<p style="margin:0 0 4px">${t}</p>`).join('')}</td></tr>
<tr><td>2.</td><td>Biaya/tarif</td><td>Gratis</td></tr></tbody></table>`),
      ),
    );
    const tables = only(doc.blocks, 'table');
    expect(tables).toHaveLength(1);
    const rows = tableText(tables[0]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([['NO', 'KOMPONEN'], ['1.', 'Dasar hukum'], ['2.', 'Biaya/tarif']]);
    expect(rows[1]![2]!.split('\n')).toEqual(items);
    const pages = new Set(tables[0]!.rows[1]![2]!.blocks.map((b) => b.at.page));
    expect(pages.size).toBeGreaterThan(1);
  });

  it('numbered lines are lists: a note under an item is its own, a list further in is nested, a wrapped item stays one', async () => {
    const doc = await read(
      await printed(
        page(`<table><colgroup><col style="width:10%"><col style="width:25%"><col></colgroup><tr><td>1.</td><td>Persyaratan</td><td><p style="margin:0">Permohonan baru</p>
<ol style="margin:0"><li>Surat pengantar RT/RW<div>Catatan: dari RT tempat tinggal sekarang.</div></li>
<li>Formulir permohonan yang diisi dan ditandatangani pemohon beserta saksi yang mengenal pemohon di Undang-Undang lingkungan tempat tinggalnya
<ol type="a" style="margin:0"><li>saksi pertama</li><li>saksi kedua</li></ol></li></ol>
<p style="margin:0">Catatan: berkas diserahkan sekaligus.</p></td></tr>
<tr><td>2.</td><td>Biaya/tarif</td><td>Tidak dipungut biaya</td></tr></table>
<p>Kami berjanji:</p><ol><li>Melayani dengan cepat.</li><li>Melayani dengan ramah.</li></ol><p>1. Satu baris bernomor saja</p>`),
      ),
    );
    const [table] = only(doc.blocks, 'table');
    const cell = table!.rows[0]![2]!.blocks;
    expect(cell.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = cell[1] as Extract<(typeof cell)[number], { kind: 'list' }>;
    expect(list.items.map((i) => [i.marker, i.text])).toEqual([
      ['1.', 'Surat pengantar RT/RW'],
      ['2.', 'Formulir permohonan yang diisi dan ditandatangani pemohon beserta saksi yang mengenal pemohon di Undang-Undang lingkungan tempat tinggalnya'],
    ]);
    expect(texts(list.items[0]!.children)).toEqual(['Catatan: dari RT tempat tinggal sekarang.']);
    expect(texts(list.items[1]!.children)).toEqual(['a. saksi pertama', 'b. saksi kedua']);
    expect(texts(cell.slice(2))).toEqual(['Catatan: berkas diserahkan sekaligus.']);
    const after = doc.blocks.slice(doc.blocks.indexOf(table!) + 1);
    expect(after.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(texts(after)).toEqual(['Kami berjanji:', '1. Melayani dengan cepat.', '2. Melayani dengan ramah.', '1. Satu baris bernomor saja']);
  });
});

describe('PDFs that cannot be read, or only in part', () => {
  it('a scan (pages of images, no text) is refused with what to do', async () => {
    const square = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#888"/><circle cx="200" cy="150" r="80" fill="#222"/></svg>`;
    const doc = await read(await printed(page(`<img alt="" src="data:image/svg+xml;base64,${Buffer.from(square).toString('base64')}">`)), 'pindaian.pdf');
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'berkas', severity: 'error', message: '"pindaian.pdf" tidak memuat teks (1 halaman berisi gambar saja): kemungkinan hasil pindaian.' }]);
    expect(doc.problems[0]!.hint).toContain('OCR');
  });

  it('a page without text among readable pages is named', async () => {
    const doc = await read(await printed(page(`<p>Halaman pertama berisi teks.</p><div style="break-before: page; height: 200px; background: #000"></div><p style="break-before: page">Halaman ketiga berisi teks.</p>`)));
    expect(texts(doc.blocks)).toEqual(['Halaman pertama berisi teks.', 'Halaman ketiga berisi teks.']);
    expect(doc.problems.map((p) => [p.severity, p.message])).toEqual([['warning', 'Halaman 2 "lampiran.pdf" tidak memuat teks (gambar atau pindaian), sehingga isinya tidak terbaca.']]);
  });

  it('a password-protected PDF is refused', async () => {
    const doc = await read(encryptedPdf(), 'rahasia.pdf');
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'berkas', severity: 'error', message: '"rahasia.pdf" dilindungi kata sandi, sehingga isinya tidak dapat dibaca.' }]);
  });

  it('a damaged PDF is refused', async () => {
    const whole = await printed(page('<p>Teks</p>'));
    const doc = await read(whole.subarray(0, 400), 'rusak.pdf');
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'berkas', severity: 'error' }]);
    expect(doc.problems[0]!.message).toMatch(/^"rusak\.pdf" (tidak dapat dibaca sebagai PDF|tidak memuat teks)/);
  });
});

/**
 * A PDF under the standard security handler whose user password is not empty: readers must ask
 * for it. Its content needs no real encryption, since no reader gets past the password check.
 */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>',
    `<</Filter/Standard/V 1/R 2/O<${'ab'.repeat(32)}>/U<${'cd'.repeat(32)}>/P -4>>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R/Encrypt 4 0 R/ID[<${'01'.repeat(16)}><${'01'.repeat(16)}>]>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Every text of the page's <main> that is printed: not scripts, styles or drawings, nor what the page hides (action labels) or leaves to screen readers. */
function pageTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (node: T.ParentNode, inside: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if (inside && (child as T.TextNode).value.trim() !== '') out.push((child as T.TextNode).value);
      } else if ('tagName' in child && !['script', 'style', 'svg', 'head'].includes(child.tagName) && !child.attrs.some((a) => a.name === 'class' && a.value.split(' ').some((c) => c === 'aksi-label' || c === 'sr-only'))) {
        walk(child, inside || child.tagName === 'main');
      }
    }
  };
  walk(parse(html), false);
  return out;
}

/** Print turns some titles to capitals and wraps words at hyphens: compared without case or spaces. */
const flat = (s: string) => s.toLowerCase().replace(/\s+/g, '');

describe('PDF: the full standard this project prints, read back', () => {
  const examples = readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const keepsEveryText = async (name: string) => {
    const dir = join(EXAMPLES, name);
    const { unit } = await prepareUnit(gate(await loadUnits([dir], { cwd: dir, lang: 'id' }), 'id').units[0]!, 'id');
    for (const service of unit.services) {
      const html = renderDocument('lengkap', unit, service);
      const doc = await read(await printed(html), `${service.kode}.pdf`);
      expect(doc.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      const all = flat(texts(doc.blocks).join(''));
      let from = 0;
      const missing = pageTexts(html).filter((text) => {
        const at = all.indexOf(flat(text), from);
        if (at >= 0) from = at + flat(text).length;
        return at < 0;
      });
      expect(missing, service.kode).toEqual([]);
    }
  };
  it.each(examples)('keeps every text of every page of %s, in order', keepsEveryText);
});
