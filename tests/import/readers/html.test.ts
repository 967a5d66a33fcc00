import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../../src/check/load-units.js';
import { readHtml } from '../../../src/import/readers/html.js';
import { gate, prepareUnit, renderDocument } from '../../../src/render/index.js';
import { expectInOrder, only, tableText, texts } from './helpers.js';

const read = (html: string | Uint8Array, file = 'layanan.html') => readHtml(file, typeof html === 'string' ? Buffer.from(html) : html, { lang: 'id' });

const SIPP_PAGE = `<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>SIPPN - Surat Keterangan Domisili</title>
<script>window.analytics = "jangan dibaca";</script>
<style>.ikon { display: none } .catatan { display: block } .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }</style></head>
<body>
<header class="site-header"><a href="/">SIPPN</a>
  <nav><ul><li><a href="/">Beranda</a></li><li><a href="/layanan">Jenis Layanan</a></li></ul></nav>
</header>
<main>
  <div class="container">
    <h3>surat keterangan domisili</h3>
    <p>No. SK: 060.1/KP/2024</p>
    <div class="tab"><span class="ikon">Persyaratan</span>
      <ol><li>1. Surat pengantar RT/RW</li><li>2. Fotokopi KTP-el &amp; KK <span class="catatan">(diperlihatkan aslinya)</span></li></ol>
    </div>
    <div class="tab"><ol><li>Pemohon datang ke loket<p>Petugas memeriksa berkas</p></li><li>Camat menandatangani</li></ol></div>
    <div class="tab">30&nbsp;Menit</div>
    <div class="tab"><table><caption class="visually-hidden">Tabel tarif untuk pembaca layar</caption>
      <tr><th>Uraian</th><th>Tarif</th></tr>
      <tr><td>Retribusi<br>tahap I</td><td rowspan="2">Rp 350.000,-</td></tr>
      <tr><td>Retribusi<br/>tahap II</td></tr>
      <tr><td colspan="2">Sesuai Perda Nomor 2 Tahun 2020</td></tr>
    </table></div>
    <div class="tab">-</div>
  </div>
</main>
<footer><p>Anda juga dapat menyampaikan pengaduan melalui aplikasi LAPOR!</p></footer>
</body>
</html>`;

describe('HTML: a SIPP-style service page', () => {
  it('reads the content in order, markers from the text, tables with spans and line breaks, and none of the chrome nor text for screen readers only', async () => {
    const doc = await read(SIPP_PAGE);
    expect(doc.problems).toEqual([]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'paragraph', 'table', 'paragraph']);
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'surat keterangan domisili', at: { file: 'layanan.html', line: 12, column: 5 } });
    const [requirements, steps] = only(doc.blocks, 'list');
    expect(requirements!.items).toEqual([
      { marker: '1.', text: 'Surat pengantar RT/RW', children: [] },
      { marker: '2.', text: 'Fotokopi KTP-el & KK', children: [{ kind: 'paragraph', text: '(diperlihatkan aslinya)', at: { file: 'layanan.html', line: 15, column: SIPP_PAGE.split('\n')[14]!.indexOf('(diperlihatkan') + 1 } }] },
    ]);
    expect(steps!.items.map((i) => [i.marker, i.text, texts(i.children)])).toEqual([
      ['1.', 'Pemohon datang ke loket', ['Petugas memeriksa berkas']],
      ['2.', 'Camat menandatangani', []],
    ]);
    expect(doc.blocks[4]).toMatchObject({ kind: 'paragraph', text: '30 Menit' });
    const [table] = only(doc.blocks, 'table');
    expect(tableText(table)).toEqual([['Uraian', 'Tarif'], ['Retribusi\ntahap I', 'Rp 350.000,-'], ['Retribusi\ntahap II'], ['Sesuai Perda Nomor 2 Tahun 2020']]);
    expect(table!.rows.map((r) => r.map((c) => `${c.colspan}x${c.rowspan}`))).toEqual([['1x1', '1x1'], ['1x1', '1x2'], ['1x1'], ['2x1']]);
    const all = texts(doc.blocks).join(' ');
    for (const chrome of ['SIPPN', 'Beranda', 'Jenis Layanan', 'LAPOR!', 'jangan dibaca', 'Persyaratan', 'pembaca layar']) expect(all).not.toContain(chrome);
  });
});

/** A regency website (WordPress-like, no <main>), saved by a browser in Windows' own encoding. */
const KABUPATEN_PAGE = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Standar Pelayanan KTP-el – Disdukcapil</title></head>
<body class="single">
<a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>
<header id="masthead"><div class="site-branding"><p class="site-title">Disdukcapil Kabupaten Contoh</p></div>
  <div class="main-menu"><ul><li>Profil</li><li>Layanan</li><li>Kontak</li></ul></div></header>
<div class="breadcrumb">Beranda » Standar Pelayanan</div>
<div id="content"><article>
  <header class="entry-header"><h1 class="entry-title">Standar Pelayanan Penerbitan KTP-el</h1></header>
  <div class="entry-content">
    <p>Dasar Hukum: Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan</p>
    <table border="1">
      <thead><tr><th>NO</th><th>KOMPONEN</th><th>URAIAN</th></tr></thead>
      <tbody>
        <tr><td>1</td><td>Persyaratan</td><td><ul><li>- Fotokopi KK</li><li>- Surat keterangan pindah (jika pindah datang)</li></ul></td></tr>
        <tr><td>2</td><td>Biaya/tarif</td><td>Gratis – tidak dipungut biaya</td></tr>
        <tr><td>3</td><td>Jangka waktu</td><td>14 (empat belas) hari kerja<br>Senin–Kamis 08.00–15.30 WIB</td></tr>
      </tbody>
    </table>
    <dl><dt>Telepon</dt><dd>(0271) 123456</dd><dt>Surel</dt><dt>E-mail</dt><dd>disdukcapil@contohkab.go.id</dd></dl>
    <ol type="a" start="3"><li>Kotak saran</li><li>Loket pengaduan</li></ol>
    <p>Kepala Dinas: Drs. Bambang Sétiawan</p>
  </div>
  <footer class="entry-footer">Diterbitkan 5 Januari 2026</footer>
</article></div>
<aside id="secondary" class="widget-area"><h2>Berita terbaru</h2><ul><li>Pelayanan keliling</li></ul></aside>
<footer id="colophon"><p>© 2026 Pemerintah Kabupaten Contoh</p></footer>
<div style="display:none">Cetak halaman</div>
</body></html>`;

describe('HTML: a regency website page', () => {
  it('honours the declared windows-1252 charset, leaves menus, sidebars and footers out, and keeps every content text in order', async () => {
    // windows-1252 is Latin-1 with printable characters (the en dash at 0x96) where Latin-1 has control codes.
    const doc = await read(Buffer.from(KABUPATEN_PAGE.replaceAll('–', '\x96'), 'latin1'));
    expect(doc.problems).toEqual([]);
    const all = texts(doc.blocks).join('\n');
    for (const chrome of ['Langsung ke konten', 'Disdukcapil Kabupaten Contoh', 'Profil', 'Beranda', 'Berita terbaru', 'Pelayanan keliling', '© 2026', 'Cetak halaman']) expect(all).not.toContain(chrome);
    expectInOrder(doc.blocks, [
      'Standar Pelayanan Penerbitan KTP-el',
      'Dasar Hukum: Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan',
      'NO', 'KOMPONEN', 'URAIAN', '1', 'Persyaratan', '- Fotokopi KK', '- Surat keterangan pindah (jika pindah datang)',
      '2', 'Biaya/tarif', 'Gratis – tidak dipungut biaya', '3', 'Jangka waktu', '14 (empat belas) hari kerja', 'Senin–Kamis 08.00–15.30 WIB',
      'Telepon', '(0271) 123456', 'Surel', 'E-mail', 'disdukcapil@contohkab.go.id',
      'c. Kotak saran', 'd. Loket pengaduan', 'Kepala Dinas: Drs. Bambang Sétiawan', 'Diterbitkan 5 Januari 2026',
    ]);
    const [components, contacts] = only(doc.blocks, 'table');
    expect(components!.rows[1]![2]!.blocks).toMatchObject([{ kind: 'list', ordered: false, items: [{ marker: '-', text: 'Fotokopi KK' }, { marker: '-', text: 'Surat keterangan pindah (jika pindah datang)' }] }]);
    expect(tableText(components)[3]).toEqual(['3', 'Jangka waktu', '14 (empat belas) hari kerja\nSenin–Kamis 08.00–15.30 WIB']);
    expect(tableText(contacts)).toEqual([['Telepon', '(0271) 123456'], ['Surel\nE-mail', 'disdukcapil@contohkab.go.id']]);
  });

  it('a page in Windows encoding that names none is read as windows-1252, and says so', async () => {
    const doc = await read(Buffer.from('<html><body><p>Biaya: Rp 350.000,\x96 (tiga ratus lima puluh ribu rupiah)</p></body></html>', 'latin1'), 'lama.htm');
    expect(texts(doc.blocks)).toEqual(['Biaya: Rp 350.000,– (tiga ratus lima puluh ribu rupiah)']);
    expect(doc.problems).toMatchObject([{ rule: 'impor', severity: 'info', message: '"lama.htm" tidak ditulis dalam UTF-8 dan tidak menyebut pengodean hurufnya; dibaca sebagai windows-1252.' }]);
  });

  it('a page whose content a script would load has no text, and says what to do', async () => {
    const doc = await read('<!doctype html><html><head><script src="app.js"></script></head><body><div id="app"></div></body></html>', 'kosong.html');
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'berkas', severity: 'error', message: '"kosong.html" tidak memuat teks yang dapat dibaca.' }]);
    expect(doc.problems[0]!.hint).toContain('JavaScript');
  });
});

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/**
 * Every text node a reader of the page sees in its content: inside <main>, not in a script, style
 * or SVG drawing, nor in an element the page hides (`hidden`, or a class its style sheet gives
 * `display: none` outside media queries: the action labels of contact links; or clips to nothing:
 * text for screen readers, the captions of tables).
 */
function pageTexts(html: string): string[] {
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')).join('\n');
  const hiddenClasses = new Set([...css.matchAll(/(?:^|\})\s*\.([\w-]+)\s*\{\s*display:\s*none;?\s*\}/g), ...css.matchAll(/(?:^|\})\s*\.([\w-]+)\s*\{[^}]*clip:\s*rect\(0/g)].map((m) => m[1]!));
  const hidden = (el: T.Element) => el.attrs.some((a) => a.name === 'hidden' || (a.name === 'class' && a.value.split(/\s+/).some((c) => hiddenClasses.has(c))));
  const out: string[] = [];
  const walk = (node: T.ParentNode, inside: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if (inside && (child as T.TextNode).value.trim() !== '') out.push((child as T.TextNode).value);
      } else if ('tagName' in child && !['script', 'style', 'svg', 'head'].includes(child.tagName) && !hidden(child)) {
        walk(child, inside || child.tagName === 'main');
      }
    }
  };
  walk(parse(html), false);
  expect([...hiddenClasses]).toEqual(expect.arrayContaining(['aksi-label', 'sr-only']));
  return out;
}

describe('HTML: the full standard this project renders, read back', () => {
  it.each(readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name))('keeps every text of every page of %s, in order', async (name) => {
    const dir = join(EXAMPLES, name);
    const { unit } = await prepareUnit(gate(await loadUnits([dir], { cwd: dir, lang: 'id' }), 'id').units[0]!, 'id');
    expect(unit.services.length).toBeGreaterThan(0);
    for (const service of unit.services) {
      const html = renderDocument('lengkap', unit, service);
      const doc = await read(html, `${service.kode}.html`);
      expect(doc.problems).toEqual([]);
      expectInOrder(doc.blocks, pageTexts(html));
    }
  });
});
