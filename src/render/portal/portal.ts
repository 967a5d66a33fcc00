import { createHash } from 'node:crypto';
import type { Gerai, PortalData } from '../../config/portal.js';
import type { Lang, Text } from '../../i18n/index.js';
import { renderPage, type PageRequest, type ResolvedOptions } from '../engine/page.js';
import { loadTemplates, RenderError } from '../engine/templates.js';
import type { LinkItem, SiteContext } from '../document.js';
import { labels } from '../labels.js';
import { baseOf, pageUrls, sitemapXml } from '../site.js';
import { organisation, scriptSafeJson, type Json } from '../view/jsonld.js';
import { gapFor } from '../view/read.js';
import { unitView, type UnitView } from '../view/unit.js';
import { cataloguePages, type CatalogueLimits, type Inputs, type PortalUnit } from './catalogue.js';

/** A page another product made for the portal (the audit dashboard), linked from the home page and the menu. */
export interface PortalPageLink {
  path: string;
  judul: Text;
}

export interface PortalOptions {
  lang: Lang;
  /** When the catalogue is split into pages, and how long they are (`CATALOGUE_LIMITS` by default). */
  catalogue?: CatalogueLimits;
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

/**
 * A file of the portal, made only when asked: `inputs` is a hash of everything it is made from,
 * so a rebuild whose inputs for it are the ones of the last build (the tool and templates aside,
 * which the caller compares) need not make it again. A catalogue of 50,000 services runs to
 * hundreds of files, and one changed service changes a few of them.
 */
export interface PortalFile {
  path: string;
  inputs: string;
  make: () => string | Promise<string>;
}

export interface Portal {
  /** In path order. */
  files: PortalFile[];
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
    const byService = new Map(unit.layanan.map((e) => [e.kode.toLowerCase(), e]));
    const layanan = g.layanan
      ? g.layanan.flatMap((kode, k) => {
          const entry = byService.get(kode.toLowerCase());
          if (!entry) unknown.push({ pointer: `/gerai/${i}/layanan/${k}`, kind: 'layanan', value: kode, unit: g.unit });
          return entry ? [entry] : [];
        })
      : unit.layanan;
    const view: CounterView = {
      id: idOf(g.nomor),
      nomor: g.nomor,
      jadwal: g.jadwal ?? portal.jam_pelayanan ?? [],
      unit: { nama: unit.label, href: `${unit.path}/index.html` },
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
  // Templates are compiled when a page is first made: a rebuild that changed one service makes few pages, or none.
  let opts: ResolvedOptions | undefined;
  const resolved = (): ResolvedOptions => {
    if (opts) return opts;
    const loaded = loadTemplates(options.templateDir, lang);
    if (!loaded.templates) throw new RenderError(loaded.diagnostics);
    return (opts = { lang, bahasa: lang, media: 'screen', templates: loaded.templates });
  };
  const portal = identity(data, lang);
  const u: UnitView = unitView(portal, logo, lang);
  const whose = u.namaPendek || (typeof u.nama === 'string' ? u.nama : '');
  const base = options.baseUrl ? baseOf(options.baseUrl) : undefined;
  const address = (path: string) => (base ? base + path.replace(/(^|\/)index\.html$/, '$1') : path);
  const files: PortalFile[] = [];
  const unknown: UnknownReference[] = [];
  const gerai = counters(portal.gerai ?? [], portal, units, unknown);
  const extra = (options.pages ?? []).map((p) => ({ href: p.path, teks: p.judul[lang] }));
  // What every page shows besides its own content: the portal's letterhead, footer and menu.
  const frame = createHash('sha256').update(JSON.stringify([u, extra, gerai.length > 0])).digest('base64');
  const file = (path: string, inputs: Inputs, make: PortalFile['make']) => {
    const hash = createHash('sha256').update(frame);
    // Hashed as one text: a list page's inputs are a thousand short hashes.
    hash.update(typeof inputs === 'string' ? inputs : inputs.join('\0'));
    files.push({ path, inputs: hash.digest('base64'), make });
  };

  const menu = (current: string, akar: string): LinkItem[] =>
    [
      { href: 'index.html', teks: l.portalHome },
      { href: 'katalog.html', teks: l.catalogueTitle },
      ...(gerai.length > 0 ? [{ href: 'mpp.html', teks: l.mppDirectory }] : []),
      ...extra,
      { href: 'kontak.html', teks: l.contacts },
      { href: 'peta-situs.html', teks: l.siteMap },
    ].map((m) => ({ ...m, href: akar + m.href, aktif: m.href === current }));
  // A page below the root (a split catalogue's) is under the catalogue in the menu, with a trail back to it.
  const render = (path: string, request: Omit<PageRequest, 'unit' | 'situs' | 'kaki'>, akar = '', remah?: SiteContext['remah']) => {
    const situs: SiteContext = { akar, menu: menu(akar ? 'katalog.html' : path, akar), unduhan: [], ...(remah ? { remah } : {}) };
    return renderPage({ services: [] }, { ...request, unit: u, situs }, resolved());
  };
  const page = (path: string, request: Omit<PageRequest, 'unit' | 'situs' | 'kaki'>) => file(path, JSON.stringify(request), () => render(path, request));

  // Home
  const total = units.reduce((n, unit) => n + unit.layanan.length, 0);
  const home = {
    deskripsi: portal.deskripsi,
    jumlahLayanan: total,
    adaGerai: gerai.length > 0,
    jumlahGerai: gerai.length,
    halamanLain: extra,
    unit: units.map((unit) => ({ nama: unit.label, href: `${unit.path}/index.html`, jumlah: unit.layanan.length })),
  };
  const orgLd = {
    '@context': 'https://schema.org',
    ...(organisation(portal as unknown as Record<string, unknown>) as Record<string, Json>),
    url: base ?? undefined,
    subOrganization: units.map((unit) => ({ '@type': 'GovernmentOrganization', name: unit.nama, identifier: unit.kode, url: address(`${unit.path}/index.html`) })),
  };
  page('index.html', { page: 'portal', judul: whose, deskripsi: [l.catalogueTitle, ...u.identitas].join(' '), jsonLd: scriptSafeJson(orgLd), data: { portal: home } });

  // Catalogue
  const catalogue = cataloguePages({ lang, l, whose, units, address: (path, akar) => (base ? address(path) : akar + path), ...(options.catalogue ? { limits: options.catalogue } : {}) });
  // Each page's inputs are listed, hashed and let go, one page at a time.
  for (const { path, inputs, request, akar, remah } of catalogue.pages) file(path, inputs(), async () => render(path, await request(), akar, remah));
  for (const script of catalogue.scripts) file(script.path, script.inputs(), script.make);

  // The MPP's counters
  if (gerai.length > 0) page('mpp.html', { page: 'portal-mpp', judul: `${l.mppDirectory} – ${whose}`, data: { mpp: { gerai, jamPelayanan: portal.jam_pelayanan ?? [] } } });

  // Contacts
  const kontak = { jamPelayanan: portal.jam_pelayanan ?? [], unit: units.map((unit) => ({ nama: unit.label, href: `${unit.path}/kontak.html`, alamat: unit.alamat, kontak: unit.kontak, ...(unit.alamat || unit.kontak.length > 0 ? {} : { tanpaKontak: gapFor(undefined, lang) }) })) };
  page('kontak.html', { page: 'portal-kontak', judul: `${l.contacts} – ${whose}`, data: { kontak } });

  // Site map
  const petaSitus = [
    { href: 'index.html', teks: l.portalHome, anak: [] },
    { href: 'katalog.html', teks: l.catalogueTitle, anak: catalogue.map },
    ...(gerai.length > 0 ? [{ href: 'mpp.html', teks: l.mppDirectory, anak: [] }] : []),
    ...extra.map((p) => ({ ...p, anak: [] })),
    { href: 'kontak.html', teks: l.contacts, anak: [] },
    { href: 'index.html#judul-kantor', teks: l.portalOffices, anak: units.map((unit) => ({ href: `${unit.path}/index.html`, teks: unit.label })) },
  ];
  page('peta-situs.html', { page: 'peta-situs', judul: `${l.siteMap} – ${whose}`, data: { petaSitus } });

  if (base) {
    const portalMap = sitemapXml(pageUrls(base, [...files.map((f) => f.path), ...extra.map((p) => p.href)]));
    const index = sitemapXml([`${base}sitemap-portal.xml`, ...units.map((unit) => `${base}${unit.path}/sitemap.xml`)], true);
    const robots = `User-agent: *\nAllow: /\nSitemap: ${base}sitemap.xml\n`;
    for (const [path, content] of [['sitemap-portal.xml', portalMap], ['sitemap.xml', index], ['robots.txt', robots]] as const) file(path, content, () => content);
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), unknown };
}
