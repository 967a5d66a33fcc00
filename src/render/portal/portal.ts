import type { Gerai, PortalData } from '../../config/portal.js';
import type { Lang, Text } from '../../i18n/index.js';
import { LIFE_EVENT_LABELS } from '../../model/life-events.js';
import type { PeristiwaHidup } from '../../types/schema.js';
import { renderPage, type PageRequest, type ResolvedOptions } from '../engine/page.js';
import { cssString } from '../engine/styles.js';
import { loadTemplates, RenderError } from '../engine/templates.js';
import type { LinkItem, SiteContext } from '../document.js';
import { labelOf, labels } from '../labels.js';
import { baseOf, collator, pageUrls, sitemapXml, type SiteEntry } from '../site.js';
import { organisation, scriptSafeJson, type Json } from '../view/jsonld.js';
import { unitView, type ContactView, type UnitView } from '../view/unit.js';
import { catalogueSearch } from './search.js';

/** What a portal keeps of one unit after its site is written: its name and contacts, and its catalogue's small entries. */
export interface PortalUnit {
  /** The unit's site inside the portal, "/"-separated ("disdukcapil-sukamaju"). */
  path: string;
  kode?: string;
  nama: string;
  alamat?: string;
  kontak: ContactView[];
  entries: SiteEntry[];
}

/** A page another product made for the portal (the audit dashboard), linked from the home page and the menu. */
export interface PortalPageLink {
  path: string;
  judul: Text;
}

export interface PortalOptions {
  lang: Lang;
  templateDir?: string;
  /** https address the portal is published at: sitemap.xml, robots.txt, absolute JSON-LD addresses. */
  baseUrl?: string;
  pages?: readonly PortalPageLink[];
}

/** A place in portal.yaml that names a unit or a service no unit has. */
export interface UnknownReference {
  pointer: string;
  kind: 'unit' | 'layanan';
  value: string;
  /** For a service: the unit it was looked for in. */
  unit?: string;
}

export interface Portal {
  /** Relative path → content, in a stable order. */
  files: Map<string, string>;
  unknown: UnknownReference[];
}

interface CounterView {
  id: string;
  nomor: string;
  nama?: string;
  lokasi?: string;
  loket?: number;
  catatan?: string;
  jadwal: { hari: string; jam: string; catatan?: string }[];
  unit: { nama: string; href: string };
  semua: boolean;
  layanan: { judul: string; href: string }[];
}

const idOf = (nomor: string) => nomor.toLowerCase().replace(/[^a-z0-9_-]/g, '-');

/** The counters of the MPP, each with the agency behind it and the services it serves; names that match nothing are answered, not guessed. */
function counters(gerai: readonly Gerai[], portal: PortalData, units: readonly PortalUnit[], unknown: UnknownReference[]): CounterView[] {
  const byKode = new Map(units.filter((u) => u.kode).map((u) => [u.kode!.toLowerCase(), u]));
  const views: CounterView[] = [];
  gerai.forEach((g, i) => {
    const unit = byKode.get(g.unit.toLowerCase());
    if (!unit) {
      unknown.push({ pointer: `/gerai/${i}/unit`, kind: 'unit', value: g.unit });
      return;
    }
    const byService = new Map(unit.entries.map((e) => [e.kode.toLowerCase(), e]));
    const layanan = g.layanan
      ? g.layanan.flatMap((kode, k) => {
          const entry = byService.get(kode.toLowerCase());
          if (!entry) unknown.push({ pointer: `/gerai/${i}/layanan/${k}`, kind: 'layanan', value: kode, unit: g.unit });
          return entry ? [entry] : [];
        })
      : unit.entries;
    const view: CounterView = {
      id: idOf(g.nomor),
      nomor: g.nomor,
      jadwal: g.jadwal ?? portal.jam_pelayanan ?? [],
      unit: { nama: unit.nama, href: `${unit.path}/index.html` },
      semua: !g.layanan,
      layanan: layanan.map((e) => ({ judul: e.judul, href: `${unit.path}/${e.href}` })),
    };
    if (g.nama) view.nama = g.nama;
    if (g.lokasi) view.lokasi = g.lokasi;
    if (g.loket) view.loket = g.loket;
    if (g.catatan) view.catatan = g.catatan;
    views.push(view);
  });
  return views;
}

/** Without a portal.yaml the portal is named for what it is. */
function identity(data: PortalData | undefined, lang: Lang): PortalData {
  if (data) return data;
  return { nama: lang === 'id' ? 'Portal Standar Pelayanan' : 'Service Standards Portal' };
}

/**
 * The portal's own pages over the units' sites: a home page, one catalogue of every service of
 * every unit (filters by office, category, life event, free and online that need no script, and a search on a
 * prebuilt index when scripts run), the MPP's counter directory, contacts, a site map, and with a
 * base URL a sitemap index over the units' sitemaps. Built from the units' small entries only.
 */
export function buildPortal(data: PortalData | undefined, logo: string | undefined, units: readonly PortalUnit[], options: PortalOptions): Portal {
  const { lang } = options;
  const l = labels(lang);
  const loaded = loadTemplates(options.templateDir, lang);
  if (!loaded.templates) throw new RenderError(loaded.diagnostics);
  const opts: ResolvedOptions = { lang, bahasa: lang, media: 'screen', templates: loaded.templates };
  const portal = identity(data, lang);
  const u: UnitView = unitView(portal, logo, lang);
  const whose = u.namaPendek || (typeof u.nama === 'string' ? u.nama : '');
  const base = options.baseUrl ? baseOf(options.baseUrl) : undefined;
  const address = (path: string) => (base ? base + path.replace(/(^|\/)index\.html$/, '$1') : path);
  const files = new Map<string, string>();
  const unknown: UnknownReference[] = [];
  const gerai = counters(portal.gerai ?? [], portal, units, unknown);
  const extra = (options.pages ?? []).map((p) => ({ href: p.path, teks: p.judul[lang] }));

  const menu = (current: string): LinkItem[] =>
    [
      { href: 'index.html', teks: l.portalHome },
      { href: 'katalog.html', teks: l.catalogueTitle },
      ...(gerai.length > 0 ? [{ href: 'mpp.html', teks: l.mppDirectory }] : []),
      ...extra,
      { href: 'kontak.html', teks: l.contacts },
      { href: 'peta-situs.html', teks: l.siteMap },
    ].map((m) => ({ ...m, aktif: m.href === current }));
  const situs = (current: string): SiteContext => ({ akar: '', menu: menu(current), unduhan: [] });
  const page = (path: string, request: Omit<PageRequest, 'unit' | 'situs' | 'kaki'>) => files.set(path, renderPage({ services: [] }, { ...request, unit: u, situs: situs(path) }, opts));

  // Home
  const total = units.reduce((n, unit) => n + unit.entries.length, 0);
  const home = {
    deskripsi: portal.deskripsi,
    jumlahLayanan: total,
    adaGerai: gerai.length > 0,
    jumlahGerai: gerai.length,
    halamanLain: extra,
    unit: units.map((unit) => ({ nama: unit.nama, href: `${unit.path}/index.html`, jumlah: unit.entries.length })),
  };
  const orgLd = {
    '@context': 'https://schema.org',
    ...(organisation(portal as unknown as Record<string, unknown>) as Record<string, Json>),
    url: base ?? undefined,
    subOrganization: units.map((unit) => ({ '@type': 'GovernmentOrganization', name: unit.nama, identifier: unit.kode, url: address(`${unit.path}/index.html`) })),
  };
  page('index.html', { page: 'portal', judul: whose, deskripsi: [l.catalogueTitle, ...u.identitas].join(' '), jsonLd: scriptSafeJson(orgLd), data: { portal: home } });

  // Catalogue
  const categories = [...new Set(units.flatMap((unit) => unit.entries.map((e) => e.kategori ?? '')))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
  const categoryId = new Map(categories.map((c, i) => [c, `k${i + 1}`]));
  // In the vocabulary's order, which runs through a life from birth to death.
  const events = (Object.keys(LIFE_EVENT_LABELS) as PeristiwaHidup[]).filter((code) => units.some((unit) => unit.entries.some((e) => e.peristiwaHidup?.includes(code))));
  const eventNames = (e: SiteEntry) => (e.peristiwaHidup ?? []).map((code) => labelOf(LIFE_EVENT_LABELS, code, lang)!);
  const listed = units
    .flatMap((unit, ui) => unit.entries.map((e) => ({ e, unit, ui })))
    .sort((a, b) => collator.compare(a.e.judul, b.e.judul) || a.ui - b.ui);
  const layanan = listed.map(({ e, unit, ui }) => ({
    judul: e.judul,
    href: `${unit.path}/${e.href}`,
    kantor: unit.nama,
    kantorId: `kantor-u${ui + 1}`,
    kategori: e.kategori,
    kategoriId: `kat-${categoryId.get(e.kategori ?? '')!}`,
    peristiwa: eventNames(e).join(', '),
    peristiwaKelas: (e.peristiwaHidup ?? []).map((code) => ` ph-${code}`).join(''),
    biaya: e.biaya,
    waktu: e.waktu,
    gratis: e.gratis,
    daring: e.daring,
    berlaku: e.berlaku,
    status: e.status,
  }));
  const count = (key: (x: (typeof layanan)[number]) => string, value: string) => layanan.reduce((n, x) => n + (key(x) === value ? 1 : 0), 0);
  const katalog = {
    jumlah: layanan.length,
    kantor: units.map((unit, ui) => ({ id: `u${ui + 1}`, nama: unit.nama, jumlah: unit.entries.length })),
    kategori: categories.map((c) => ({ id: categoryId.get(c)!, nama: c || l.otherCategory, jumlah: count((x) => x.kategoriId, `kat-${categoryId.get(c)!}`) })),
    peristiwa: events.map((code) => ({ id: code, nama: labelOf(LIFE_EVENT_LABELS, code, lang)!, jumlah: listed.filter(({ e }) => e.peristiwaHidup?.includes(code)).length })),
    layanan,
  };
  const filterCss = [
    ...katalog.kantor.map((k) => `.katalog:has(#saring-kantor option[value="${k.id}"]:checked) .layanan:not(.kantor-${k.id}) { display: none; }`),
    ...katalog.kategori.map((k) => `.katalog:has(#saring-kategori option[value="${k.id}"]:checked) .layanan:not(.kat-${k.id}) { display: none; }`),
    ...katalog.peristiwa.map((p) => `.katalog:has(#saring-peristiwa option[value="${p.id}"]:checked) .layanan:not(.ph-${p.id}) { display: none; }`),
    `.jumlah-tampil::after { content: counter(tampil) ${cssString(` ${l.shown}`)}; }`,
  ];
  const listLd = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: `${l.catalogueTitle} – ${whose}`,
    numberOfItems: layanan.length,
    itemListElement: listed.map(({ e, unit }, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'GovernmentService',
        name: e.judul,
        identifier: e.kode,
        url: address(`${unit.path}/${e.href}`),
        category: e.kategori,
        isAccessibleForFree: e.gratis || undefined,
        provider: { '@type': 'GovernmentOrganization', name: unit.nama, identifier: unit.kode },
      },
    })),
  };
  const cari = catalogueSearch(listed.map(({ e, unit }) => ({ judul: e.judul, kantor: unit.nama, kategori: e.kategori, peristiwa: eventNames(e), kataKunci: e.kataKunci, deskripsi: e.deskripsi })));
  page('katalog.html', { page: 'portal-katalog', judul: `${l.catalogueTitle} – ${whose}`, css: filterCss, jsonLd: scriptSafeJson(listLd), cari, data: { katalog } });

  // The MPP's counters
  if (gerai.length > 0) page('mpp.html', { page: 'portal-mpp', judul: `${l.mppDirectory} – ${whose}`, data: { mpp: { gerai, jamPelayanan: portal.jam_pelayanan ?? [] } } });

  // Contacts
  const kontak = { jamPelayanan: portal.jam_pelayanan ?? [], unit: units.map((unit) => ({ nama: unit.nama, href: `${unit.path}/kontak.html`, alamat: unit.alamat, kontak: unit.kontak })) };
  page('kontak.html', { page: 'portal-kontak', judul: `${l.contacts} – ${whose}`, data: { kontak } });

  // Site map
  const petaSitus = [
    { href: 'index.html', teks: l.portalHome, anak: [] },
    { href: 'katalog.html', teks: l.catalogueTitle, anak: [] },
    ...(gerai.length > 0 ? [{ href: 'mpp.html', teks: l.mppDirectory, anak: [] }] : []),
    ...extra.map((p) => ({ ...p, anak: [] })),
    { href: 'kontak.html', teks: l.contacts, anak: [] },
    { href: 'index.html#judul-kantor', teks: l.portalOffices, anak: units.map((unit) => ({ href: `${unit.path}/index.html`, teks: unit.nama })) },
  ];
  page('peta-situs.html', { page: 'peta-situs', judul: `${l.siteMap} – ${whose}`, data: { petaSitus } });

  if (base) {
    files.set('sitemap-portal.xml', sitemapXml(pageUrls(base, [...files.keys(), ...extra.map((p) => p.href)])));
    files.set('sitemap.xml', sitemapXml([`${base}sitemap-portal.xml`, ...units.map((unit) => `${base}${unit.path}/sitemap.xml`)], true));
    files.set('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${base}sitemap.xml\n`);
  }
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), unknown };
}
