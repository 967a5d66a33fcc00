import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, renderDocument, type RenderUnit } from '../../src/render/index.js';
import type { StandarPelayanan } from '../../src/types/schema.js';
import { EXAMPLES, loadRenderUnit } from './units.js';

let dukcapil: RenderUnit;
let kanim: RenderUnit;
beforeAll(async () => {
  [dukcapil, kanim] = await Promise.all([loadRenderUnit(join(EXAMPLES, 'disdukcapil-sukamaju')), loadRenderUnit(join(EXAMPLES, 'kanim-sukamaju'))]);
});

const service = (unit: RenderUnit, kode: string) => unit.services.find((s) => s.kode === kode)!;
const count = (html: string, re: RegExp) => html.match(new RegExp(re, 'g'))?.length ?? 0;
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);

describe('the full standard (lengkap)', () => {
  it('lays out the 14 components in two captioned tables with real headers', () => {
    const html = renderDocument('lengkap', dukcapil, service(dukcapil, 'DUK-KTP-EL'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    expect(html).toContain('<caption>A. Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan</caption>');
    expect(html).toContain('<caption>B. Komponen standar pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi</caption>');
    expect(count(html, /<tr id="komponen-/)).toBe(14);
    expect(count(html, /<th scope="col" class="no">NO<\/th><th scope="col" class="komponen-nama">KOMPONEN<\/th><th scope="col">URAIAN<\/th>/)).toBe(2);
    expect(count(html, /<th scope="row" class="komponen-nama">/)).toBe(14);
    const order = [...html.matchAll(/<tr id="komponen-(\w+)">/g)].map((m) => m[1]);
    expect(order).toEqual(['persyaratan', 'sistem_mekanisme_prosedur', 'jangka_waktu', 'biaya', 'produk', 'pengaduan', 'dasar_hukum', 'sarana_prasarana', 'kompetensi_pelaksana', 'pengawasan_internal', 'jumlah_pelaksana', 'jaminan_pelayanan', 'jaminan_keamanan_keselamatan', 'evaluasi_kinerja']);
  });

  it('prints the letterhead, the decree reference and the signature block', () => {
    const html = renderDocument('lengkap', dukcapil, service(dukcapil, 'DUK-KTP-EL'));
    expect(html).toContain('<p class="kop-pemerintah">Pemerintah Kota Sukamaju</p>');
    expect(html).toMatch(/<img class="kop-logo" src="data:image\/svg\+xml;base64,[^"]+" alt="Logo Pemerintah Kota Sukamaju"/);
    expect(html).toContain('<dt>NOMOR</dt><dd>400.12/112/Disdukcapil/2026</dd>');
    expect(html).toContain('<dt>TANGGAL</dt><dd>16 Februari 2026</dd>');
    expect(html).toMatch(/<p class="ttd-nama">Dr\. Ratna Kusumawardani, S\.Sos\., M\.Si\.<\/p>/);
    expect(html).toContain('<p class="ttd-nip">NIP. 19760315 200003 2 004</p>');
  });

  it('reads naturally: grouped requirements, steps with actor and time, fees, words for numbers, links', () => {
    const ktp = renderDocument('lengkap', dukcapil, service(dukcapil, 'DUK-KTP-EL'));
    expect(ktp).toContain('<p class="kelompok-judul">Penerbitan KTP-el baru</p>');
    expect(ktp).toMatch(/<td class="no">1<\/td><td>Pemohon<\/td><td>Mengambil nomor antrean[^<]*<\/td><td>5 \(lima\) menit<\/td>/);
    expect(ktp).toContain('1 (satu) hari kerja');
    expect(ktp).toContain('href="https://wa.me/6281129990171"');
    expect(ktp).toContain('href="tel:+62299751234"');
    expect(ktp).toContain('Pasal 79A Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan');
    const paspor = renderDocument('lengkap', kanim, service(kanim, 'IMI-PASPOR-BIASA'));
    expect(paspor).toContain('<td class="angka"><span class="jumlah">Rp350.000,00</span>');
    expect(paspor).toContain('<td class="angka"><span class="jumlah">Rp650.000,00</span>');
  });

  it('titles the document with its words apart in the text, not only by CSS blocks (PDF bookmarks, copied text)', () => {
    const html = renderDocument('lengkap', dukcapil, service(dukcapil, 'DUK-SKPWNI'));
    const title = /<h1 class="judul-dokumen">([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
    expect(title).toBe('STANDAR PELAYANAN Penerbitan Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju');
  });

  it('marks a standard that is not set yet', () => {
    const draft = { ...service(dukcapil, 'DUK-KTP-EL'), status: 'draf' as const };
    expect(renderDocument('lengkap', dukcapil, draft)).toContain('<p class="status-dokumen">Draf: belum ditetapkan</p>');
  });
});

describe('incomplete data', () => {
  it('says which components are not filled in, and renders a service without its unit', () => {
    const bare = { kode: 'X-1', nama: 'Layanan tanpa isi', status: 'draf' as const, komponen: {} };
    const lone: RenderUnit = { services: [bare] };
    const lengkap = renderDocument('lengkap', lone, bare);
    expect(count(lengkap, /<p class="kosong">Belum diisi<\/p>/)).toBe(14);
    expect(lengkap).not.toContain('class="kop"');
    expect(lengkap).not.toContain('class="tanda-tangan"');
    expect(lengkap).toContain('<title>Standar pelayanan: Layanan tanpa isi</title>');
    const publik = renderDocument('publik', lone, bare);
    expect(count(publik, /<p class="kosong">Belum diisi<\/p>/)).toBe(6);
    expect(publik).not.toContain('class="publik-unit"');
  });

  it('never links what did not come through the schema as a safe address', () => {
    const provider = { ...dukcapil.provider!, website: 'javascript:alert(1)', telepon: 'javascript:alert(2)', email: 'x@y.id?bcc=z@w.id' };
    const svc = service(dukcapil, 'DUK-KK');
    const tampered: StandarPelayanan = { ...svc, kanal: [{ jenis: 'daring', url: 'data:text/html,<script>alert(3)</script>' }] };
    const html = renderDocument('publik', { ...dukcapil, provider }, tampered) + renderDocument('lengkap', { ...dukcapil, provider }, tampered);
    expect(html).not.toMatch(/href="(?:javascript|data):/);
    expect(html).not.toContain('href="mailto:x@y.id');
    expect(html).toContain('javascript:alert(1)');
  });
});

describe('the public page (publik)', () => {
  it('has the six service-delivery components in plain words, a flowchart and tap-to-act links', () => {
    const html = renderDocument('publik', dukcapil, service(dukcapil, 'DUK-KTP-EL'));
    const headings = [...html.matchAll(/<h2 id="judul-(\w+)">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings.slice(0, 6)).toEqual(['persyaratan', 'sistem_mekanisme_prosedur', 'jangka_waktu', 'biaya', 'produk', 'pengaduan']);
    expect(html).not.toContain('komponen-dasar_hukum');
    expect(html).toMatch(/<svg class="bagan-alir" [^>]*role="img" aria-labelledby="bagan-1-judul"/);
    expect(count(html, /<rect class="kotak aktor-\d"/)).toBeGreaterThanOrEqual(5);
    expect(html).toContain('<span class="aksi-label">Chat WhatsApp</span>');
    expect(html).toMatch(/<caption>Jam pelayanan<\/caption>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<dt>Biaya<\/dt><dd>Gratis<\/dd>/);
  });

  it('embeds a schema.org GovernmentService with provider, channels, offers and product', () => {
    const data = jsonLd(renderDocument('publik', kanim, service(kanim, 'IMI-PASPOR-BIASA')));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('GovernmentService');
    expect(data.name).toBe('Penerbitan Paspor Biasa');
    expect(data.provider['@type']).toBe('GovernmentOrganization');
    expect(data.provider.name).toBe(kanim.provider!.nama);
    expect(data.serviceOperator.name).toBe(kanim.provider!.nama);
    expect(data.availableChannel.length).toBeGreaterThan(0);
    for (const channel of data.availableChannel) {
      expect(channel['@type']).toBe('ServiceChannel');
      // Working days are not a calendar duration: no P4D for "4 hari kerja".
      expect(channel.processingTime).toBeUndefined();
    }
    expect(data.offers).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Offer', price: 350000, priceCurrency: 'IDR' })]));
    expect(data.produces[0]).toEqual(expect.objectContaining({ '@type': 'Thing', name: 'Paspor biasa 48 halaman' }));
    const free = jsonLd(renderDocument('publik', dukcapil, service(dukcapil, 'DUK-KK')));
    expect(free.offers).toEqual([expect.objectContaining({ price: 0, priceCurrency: 'IDR' })]);
    expect(free.areaServed).toEqual({ '@type': 'AdministrativeArea', name: 'Kota Sukamaju' });
  });
});

describe('the maklumat', () => {
  it('prints the statement, the promises and the signer', () => {
    const html = renderDocument('maklumat', dukcapil);
    expect(html).toContain('<h1 class="judul-maklumat">MAKLUMAT PELAYANAN</h1>');
    expect(html).toContain('Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan');
    expect(count(html, /<li>/)).toBe(3);
    expect(html).toContain('<p class="ttd-tempat">Sukamaju, 16 Februari 2026</p>');
  });
});

describe('self-contained and locked down', () => {
  const pages = () => [
    renderDocument('lengkap', kanim, kanim.services[0]),
    renderDocument('publik', kanim, kanim.services[0]),
    renderDocument('maklumat', kanim),
    ...buildSite(kanim).files.values(),
  ];

  it('loads nothing from elsewhere', () => {
    for (const html of pages()) {
      expect(html).not.toMatch(/\s(?:src|srcset|data|poster)="(?!data:)/);
      expect(html).not.toMatch(/url\((?!data:)/);
      expect(html).not.toMatch(/@import|<link|<iframe|<object|<embed/);
    }
  });

  it('puts a CSP first in <head> that allows exactly the page stylesheet', () => {
    for (const html of pages()) {
      const csp = /^<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(csp).toBeDefined();
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('script-src');
      const sheets = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(sheets.length).toBeGreaterThan(0);
      for (const css of sheets) expect(csp).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      expect(csp!.match(/'sha256-/g)).toHaveLength(sheets.length);
    }
  });

  it('inlines the Noto fonts for print and none on screen', () => {
    const print = renderDocument('lengkap', kanim, kanim.services[0], { media: 'print' });
    expect(print).toMatch(/@font-face \{\s*font-family: 'Noto Sans';[\s\S]*src: url\(data:font\/woff2;base64,/);
    expect(print).toContain("font-family: 'Noto Serif'");
    expect(print).toContain('@bottom-right { content: "Halaman " counter(page) " dari " counter(pages); }');
    expect(renderDocument('lengkap', kanim, kanim.services[0])).not.toMatch(/@font-face\s*\{/);
  });
});

describe('deterministic output', () => {
  it('gives the same bytes for the same input', async () => {
    const again = await loadRenderUnit(join(EXAMPLES, 'disdukcapil-sukamaju'));
    const a = buildSite(dukcapil, { baseUrl: 'https://layanan.sukamajukota.go.id' });
    const b = buildSite(again, { baseUrl: 'https://layanan.sukamajukota.go.id' });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [path, content] of a.files) expect(b.files.get(path), path).toBe(content);
    expect(renderDocument('publik', again, again.services[2], { media: 'print' })).toBe(renderDocument('publik', dukcapil, dukcapil.services[2], { media: 'print' }));
  });
});

describe('the catalogue site', () => {
  it('has an index, two pages per service, the maklumat, contacts and a site map', () => {
    const site = buildSite(dukcapil, { baseUrl: 'https://layanan.sukamajukota.go.id/' });
    const paths = [...site.files.keys()];
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'maklumat.html', 'kontak.html', 'peta-situs.html', 'sitemap.xml', 'robots.txt', 'layanan/duk-ktp-el/index.html', 'layanan/duk-ktp-el/standar.html']));
    expect(paths.filter((p) => p.startsWith('layanan/'))).toHaveLength(dukcapil.services.length * 2);
    const sitemap = site.files.get('sitemap.xml')!;
    expect(sitemap).toContain('<loc>https://layanan.sukamajukota.go.id/</loc>');
    expect(sitemap).toContain('<loc>https://layanan.sukamajukota.go.id/layanan/duk-ktp-el/standar.html</loc>');
    expect(site.files.get('robots.txt')).toContain('Sitemap: https://layanan.sukamajukota.go.id/sitemap.xml');
    expect(buildSite(dukcapil).files.has('sitemap.xml')).toBe(false);
  });

  it('says on its contact page that the address and contacts are not filled in, where the unit writes none', () => {
    const text = (html: string) => html.slice(html.indexOf('<main')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text(buildSite(dukcapil).files.get('kontak.html')!)).not.toContain('Alamat dan kontak');
    const provider = { ...(dukcapil.provider as unknown as Record<string, unknown>) };
    for (const key of ['alamat', 'telepon', 'faksimili', 'email', 'website']) delete provider[key];
    const bare = { ...dukcapil, provider } as unknown as RenderUnit;
    expect(text(buildSite(bare).files.get('kontak.html')!)).toContain('Alamat dan kontak: Belum diisi');
  });

  it('says on its front page that a unit with no service written has none yet, with no filters over nothing', () => {
    const text = (html: string) => html.slice(html.indexOf('<main')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const index = buildSite({ ...dukcapil, services: [], verdict: { ...dukcapil.verdict!, services: [] } } as RenderUnit).files.get('index.html')!;
    expect(text(index)).toContain('Unit ini belum menulis standar pelayanan untuk layanannya.');
    expect(index).not.toContain('id="saring-judul"');
    expect(buildSite(dukcapil).files.get('index.html')).not.toContain('belum menulis standar pelayanan');
  });

  it('links every page within the site, relative so it also opens from disk', () => {
    const site = buildSite(dukcapil);
    for (const [path, html] of site.files) {
      if (!path.endsWith('.html')) continue;
      const base = path.split('/').slice(0, -1);
      for (const [, href] of html.matchAll(/href="([^"#:]+\.html)"/g)) {
        const target = [...base];
        for (const part of href!.split('/')) part === '..' ? target.pop() : target.push(part);
        expect(site.files.has(target.join('/')), `${path} → ${href}`).toBe(true);
      }
    }
  });

  it("offers each service's public sheet and full standard as downloads, and says which page shows which document", () => {
    const site = buildSite(dukcapil, { downloads: [{ extension: 'pdf', label: { id: 'Unduh PDF', en: 'Download PDF' } }] });
    const ktp = site.documents.filter((d) => d.service?.kode === 'DUK-KTP-EL').map((d) => [d.kind, d.path, d.page]);
    expect(ktp).toEqual([
      ['publik', 'layanan/duk-ktp-el/publik', 'layanan/duk-ktp-el/index.html'],
      ['lengkap', 'layanan/duk-ktp-el/standar', 'layanan/duk-ktp-el/standar.html'],
    ]);
    expect(site.documents.find((d) => d.kind === 'maklumat')).toMatchObject({ path: 'maklumat', page: 'maklumat.html' });
    for (const d of site.documents) expect(site.files.has(d.page), d.page).toBe(true);
    const publik = site.files.get('layanan/duk-ktp-el/index.html')!;
    expect(publik).toContain('<a href="publik.pdf">Unduh PDF: Lembar informasi layanan (6 komponen)</a>');
    expect(publik).toContain('<a href="standar.pdf">Unduh PDF: Standar pelayanan lengkap (14 komponen)</a>');
    expect(site.files.get('layanan/duk-ktp-el/standar.html')).toContain('<a href="standar.pdf">Unduh PDF</a>');
  });

  it('offers a category filter whose rules are generated per category', () => {
    const index = buildSite(dukcapil).files.get('index.html')!;
    expect(index).toContain('<input type="radio" name="kategori" id="kat-semua" checked>');
    expect(index).toMatch(/\.katalog:has\(#kat-k1:checked\) \.layanan:not\(\.kat-k1\) \{ display: none; \}/);
    expect(count(index, /<li class="layanan kat-k\d/)).toBe(dukcapil.services.length);
  });
});
