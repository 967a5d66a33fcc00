import type { Text } from '../i18n/index.js';
import type { StandarPelayanan } from '../types/schema.js';
import { maklumatRequest, publishedServiceView, resolveOptions, serviceRequest, unitPage, type LinkItem, type SiteContext } from './document.js';
import { satisfactionView } from './view/survey.js';
import type { PageRequest, ResolvedOptions } from './engine/page.js';
import { labels } from './labels.js';
import { cssString } from './engine/styles.js';
import { compareCodeUnits } from '../files/folders.js';
import { escapeMarkup } from '../files/markup.js';
import { slugs } from './site-files.js';
import type { RenderKind, RenderOptions, RenderUnit } from './types.js';
import { asRecord, isRecord } from '../load/guards.js';
import type { ComplaintChannelView } from './view/components.js';
import type { ServiceChannelView } from './view/service.js';
import { unitView } from './view/unit.js';

/** A file of a sibling format (a PDF) that pages should link to; the caller writes it. */
export interface DownloadSpec {
  extension: string;
  label: Text;
}

export interface SiteOptions extends RenderOptions {
  /** https address the site is published at; with it, sitemap.xml and robots.txt are written. */
  baseUrl?: string;
  downloads?: DownloadSpec[];
  /** Files of the whole unit (the PDF booklet) linked from the catalogue; the caller writes them. */
  unitDownloads?: { href: string; label: Text }[];
}

/** A document of the site that another format can also be made of, at `path` + "." + extension. */
export interface SiteDocument {
  kind: RenderKind;
  path: string;
  /** The site's HTML page that shows this document. */
  page: string;
  service?: StandarPelayanan;
}

/**
 * One service as a catalogue of many units lists it: small and plain, so a portal keeps these
 * for every service of every unit and never the documents themselves.
 */
export interface SiteEntry {
  kode: string;
  judul: string;
  deskripsi?: string;
  kategori?: string;
  /** The life events' codes (peristiwa_hidup), absent when the office filed the service under none. */
  peristiwaHidup?: string[];
  kataKunci: string[];
  /** The service's public page and full standard, relative to the unit's site. */
  href: string;
  hrefLengkap: string;
  biaya?: string;
  waktu?: string;
  gratis: boolean;
  daring: boolean;
  berlaku: boolean;
  status: string;
}

export interface Site {
  /** Relative path → content, in a stable order. */
  files: Map<string, string>;
  /** The catalogue's services, in its order. */
  entries: SiteEntry[];
  documents: SiteDocument[];
  /** True when the unit has no maklumat, so the site has no maklumat page. */
  noMaklumat: boolean;
}

/** How catalogues order names: Indonesian, case and accents aside, numbers by value. */
export const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function uniqueBy<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A sitemap of absolute page addresses; `index` makes a sitemap index of other sitemaps. */
export function sitemapXml(urls: readonly string[], index = false): string {
  const [root, item] = index ? ['sitemapindex', 'sitemap'] : ['urlset', 'url'];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <${item}><loc>${escapeMarkup(u)}</loc></${item}>`).join('\n')}\n</${root}>\n`;
}

/** The address of each HTML page among `paths`, a folder's index.html as the folder. */
export const pageUrls = (base: string, paths: readonly string[]) => paths.filter((p) => p.endsWith('.html')).map((p) => base + p.replace(/(^|\/)index\.html$/, '$1'));

/** The address a site is published at, ending in "/". */
export const baseOf = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * The unit's public site: a catalogue (index.html) with a filter that needs no script, for each
 * service its public page and its full standard, the maklumat, contacts, a site map, and with a
 * base URL a sitemap.xml. Every page is self-contained; the same unit gives the same bytes.
 */
export function buildSite(unit: RenderUnit, options: SiteOptions = {}): Site {
  const opts = resolveOptions(unit, undefined, options);
  const l = labels(opts.lang);
  const files = new Map<string, string>();
  const documents: SiteDocument[] = [];
  const hasMaklumat = isRecord(asRecord(unit.provider).maklumat);
  const published = unit.services.map((s) => {
    const o = resolveOptions(unit, s, options);
    return { s, o, v: publishedServiceView(s, unit, o.lang) };
  });
  const order = published
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => collator.compare(a.v.kategori ?? '\uffff', b.v.kategori ?? '\uffff') || collator.compare(a.v.judul, b.v.judul) || a.i - b.i);
  const slugList = slugs(order.map((o) => o.v.kode));
  const slugOf = new Map(order.map(({ s }, i) => [s, slugList[i]!]));
  const serviceOpts = order.map(({ o }) => o);
  const views = order.map(({ v }) => v);

  const menu = (akar: string, current: string): LinkItem[] =>
    [
      { href: 'index.html', teks: l.catalogue },
      ...(hasMaklumat ? [{ href: 'maklumat.html', teks: l.maklumat }] : []),
      { href: 'kontak.html', teks: l.contacts },
      { href: 'peta-situs.html', teks: l.siteMap },
    ].map((m) => ({ href: akar + m.href, teks: m.teks, aktif: m.href === current }));
  // A page links its own document in each format; the public page also names what each file is.
  const downloads = (base: string, what?: string): LinkItem[] =>
    (options.downloads ?? []).map((d) => ({ href: `${base}.${d.extension}`, teks: what ? `${d.label[opts.lang]}: ${what}` : d.label[opts.lang] }));
  const site = (akar: string, current: string, extra: Partial<SiteContext> = {}): SiteContext => ({ akar, menu: menu(akar, current), unduhan: [], ...extra });
  const write = (path: string, made: { request: PageRequest; footer: string }, o: ResolvedOptions = opts) => files.set(path, unitPage(unit, made.request, o, made.footer));

  // Catalogue
  const categories = [...new Set(views.map((v) => v.kategori ?? ''))].map((nama, i) => ({ id: `k${i + 1}`, nama: nama || l.otherCategory, key: nama }));
  const katalog = {
    jumlah: order.length,
    kategori: categories.map((c) => ({ id: c.id, nama: c.nama, jumlah: views.filter((v) => (v.kategori ?? '') === c.key).length })),
    layanan: order.map(({ s }, i) => {
      const slug = slugOf.get(s)!;
      const view = views[i]!;
      return {
        kode: view.kode,
        nama: view.nama,
        deskripsi: view.deskripsi,
        kategori: view.kategori,
        kategoriId: categories.find((c) => c.key === (view.kategori ?? ''))!.id,
        href: `layanan/${slug}/index.html`,
        hrefLengkap: `layanan/${slug}/standar.html`,
        biaya: view.ringkasan.biaya,
        waktu: view.ringkasan.waktu,
        gratis: view.ringkasan.gratis,
        daring: view.ringkasan.daring,
        berlaku: view.status.berlaku,
        status: view.status.label,
        // The unit's index stands once above the list; a card shows only a service's own.
        kepuasan: view.kepuasan && !view.kepuasan.unit ? view.kepuasan : undefined,
      };
    }),
    kepuasan: satisfactionView(unit.survey, undefined, opts.lang),
  };
  const filterCss = [
    ...categories.map((c) => `.katalog:has(#kat-${c.id}:checked) .layanan:not(.kat-${c.id}) { display: none; }`),
    `.jumlah-tampil::after { content: counter(tampil) ${cssString(` ${l.shown}`)}; }`,
  ];
  const u = unitView(unit.provider, undefined, opts.lang);
  const whose = u.namaPendek || l.catalogueTitle;
  files.set('index.html', unitPage(unit, { page: 'katalog', judul: `${l.catalogueTitle} – ${whose}`, deskripsi: [l.catalogueTitle, ...u.identitas].join(' '), css: filterCss, data: { katalog }, situs: site('', 'index.html', { unduhan: (options.unitDownloads ?? []).map((d) => ({ href: d.href, teks: d.label[opts.lang] })) }) }, opts));

  // Services
  for (const [i, { s }] of order.entries()) {
    const slug = slugOf.get(s)!;
    const dir = `layanan/${slug}/`;
    const akar = '../../';
    const home = { href: `${akar}index.html`, teks: l.catalogue };
    const o = serviceOpts[i]!;
    const unduhan = [...downloads('publik', l.publicSheet), ...downloads('standar', l.fullStandard)];
    const nama = views[i]!.judul;
    write(`${dir}index.html`, serviceRequest('publik', unit, s, o, site(akar, '', { remah: [home, { teks: nama }], lengkap: 'standar.html', unduhan }), views[i]), o);
    write(`${dir}standar.html`, serviceRequest('lengkap', unit, s, o, site(akar, '', { remah: [home, { href: 'index.html', teks: nama }, { teks: l.standard }], unduhan: downloads('standar') }), views[i]), o);
    documents.push({ kind: 'publik', path: `${dir}publik`, page: `${dir}index.html`, service: s }, { kind: 'lengkap', path: `${dir}standar`, page: `${dir}standar.html`, service: s });
  }

  // Maklumat and contacts
  const maklumat = maklumatRequest(unit, opts, site('', 'maklumat.html', { unduhan: downloads('maklumat') }));
  if (maklumat) {
    write('maklumat.html', maklumat);
    documents.push({ kind: 'maklumat', path: 'maklumat', page: 'maklumat.html' });
  }
  const kontak = {
    jamPelayanan: uniqueBy(views.flatMap((v) => v.jamPelayanan)),
    kanal: uniqueBy<ServiceChannelView>(views.flatMap((v) => v.kanal)),
    pengaduan: uniqueBy<ComplaintChannelView>(views.flatMap((v) => (v.komponen.pengaduan?.ada ? (v.komponen.pengaduan.kanal as ComplaintChannelView[]) : []))),
  };
  files.set('kontak.html', unitPage(unit, { page: 'kontak', judul: `${l.contacts} – ${whose}`, data: { kontak }, situs: site('', 'kontak.html') }, opts));

  // Site map
  const pages: { path: string; teks: string; anak?: { href: string; teks: string }[] }[] = [
    { path: 'index.html', teks: l.catalogueTitle, anak: order.map(({ s, v }) => ({ href: `layanan/${slugOf.get(s)}/index.html`, teks: v.judul })) },
    ...order.map(({ s, v }) => ({ path: `layanan/${slugOf.get(s)}/standar.html`, teks: `${l.standard}: ${v.judul}` })),
    ...(maklumat ? [{ path: 'maklumat.html', teks: l.maklumat }] : []),
    { path: 'kontak.html', teks: l.contacts },
  ];
  const petaSitus = pages.map((p) => ({ href: p.path, teks: p.teks, anak: p.anak ?? [] }));
  files.set('peta-situs.html', unitPage(unit, { page: 'peta-situs', judul: `${l.siteMap} – ${whose}`, data: { petaSitus }, situs: site('', 'peta-situs.html') }, opts));

  if (options.baseUrl) {
    const base = baseOf(options.baseUrl);
    files.set('sitemap.xml', sitemapXml(pageUrls(base, [...files.keys()])));
    files.set('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${base}sitemap.xml\n`);
  }
  const entries: SiteEntry[] = katalog.layanan.map((k, i) => {
    const v = views[i]!;
    const entry: SiteEntry = { kode: k.kode, judul: v.judul, kataKunci: v.kataKunci, href: k.href, hrefLengkap: k.hrefLengkap, gratis: k.gratis, daring: k.daring, berlaku: k.berlaku, status: k.status };
    if (v.deskripsi) entry.deskripsi = v.deskripsi.teks;
    if (v.kategori) entry.kategori = v.kategori;
    if (v.peristiwaHidup.length > 0) entry.peristiwaHidup = v.peristiwaHidup.map((e) => e.kode);
    if (k.biaya) entry.biaya = k.biaya;
    if (k.waktu) entry.waktu = k.waktu;
    return entry;
  });
  return { files: new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b))), entries, documents, noMaklumat: !hasMaklumat };
}
