import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n/index.js';
import { LIFE_EVENT_LABELS } from '../../model/life-events.js';
import type { PeristiwaHidup } from '../../types/schema.js';
import type { PageRequest } from '../engine/page.js';
import { cssString } from '../engine/styles.js';
import { labelOf, type Labels } from '../labels.js';
import { collator, type SiteEntry } from '../site.js';
import { slugs } from '../site-files.js';
import { scriptSafeJson } from '../view/jsonld.js';
import type { ContactView } from '../view/unit.js';
import { catalogueSearch, searchLibrary, searchShard, type SearchDocument } from './search.js';

/**
 * Up to `onePage` services the catalogue is one page, as a unit's is. Past it (a regency of many
 * offices, a national catalogue) one page would run to tens of megabytes, too heavy for a phone
 * and rewritten whole by every change: the catalogue is then a front page with the search over
 * all services and one page per category and per life event, each in parts of at most `perPage`
 * services, each with the filters of a one-page catalogue.
 */
export interface CatalogueLimits {
  onePage: number;
  perPage: number;
}

export const CATALOGUE_LIMITS: CatalogueLimits = { onePage: 2000, perPage: 500 };

/** The folder of a split catalogue's pages, beside katalog.html. */
const FOLDER = 'katalog';
/** The search's code (the library and the page's glue), one file for every page of a split catalogue. */
const SEARCH_SCRIPT = `${FOLDER}/cari.js`;

/** What a portal keeps of one unit after its site is written: its name and contacts, and its catalogue's small entries. */
export interface UnitSummary {
  kode?: string;
  nama: string;
  /** Its region's name, which tells it apart from a unit of the same name elsewhere. */
  wilayah?: string;
  alamat?: string;
  kontak: ContactView[];
  entries: SiteEntry[];
}

/** A unit as the portal's pages are made from it. */
export interface PortalUnit extends Omit<UnitSummary, 'entries'> {
  /** The name its lists show: its own, followed by its region or folder where another unit has that name too (`distinctNames`). */
  label: string;
  /** The unit's site inside the portal, "/"-separated ("disdukcapil-sukamaju"). */
  path: string;
  /** Its services as the catalogue lays them out (`catalogueItems`). */
  layanan: readonly CatalogueItem[];
  /** Its services' entries, in the order of `layanan`: asked for only by the pages that are made. */
  entries: () => Promise<readonly SiteEntry[]>;
}

/** Everything a file is made from, as texts: equal, the file is too. */
export type Inputs = string | readonly string[];

/**
 * A page of the portal as the catalogue asks for it; `akar`: the way back to the portal's root.
 * `inputs` are listed when the page is hashed and let go then: a national catalogue's pages and
 * index parts list every service four times (its category, its life event), and listed all at
 * once they grew with the services.
 */
export interface CataloguePage {
  path: string;
  inputs: () => Inputs;
  akar: string;
  remah?: { href?: string; teks: string }[];
  request: () => Promise<Omit<PageRequest, 'unit' | 'situs' | 'kaki'>>;
}

/** A script file the catalogue's pages load. */
export interface CatalogueScript {
  path: string;
  inputs: () => Inputs;
  make: () => string | Promise<string>;
}

/**
 * A unit's service as the catalogue lays it out (its name orders it, its category and life events
 * file it, its code and page serve the MPP's counters), with a hash of everything the portal
 * shows of it: a portal keeps these for every service, and reads a unit's full entries only to
 * make a page that lists one of its services.
 */
export interface CatalogueItem {
  kode: string;
  judul: string;
  href: string;
  kategori?: string;
  peristiwaHidup?: string[];
  hash: string;
}

/** A unit's services as catalogue items, each hashed with the unit's name and code, which its catalogue cards show. */
export function catalogueItems(unit: { nama: string; kode?: string }, entries: readonly SiteEntry[]): CatalogueItem[] {
  return entries.map((e) => {
    const item: CatalogueItem = { kode: e.kode, judul: e.judul, href: e.href, hash: createHash('sha1').update(JSON.stringify([unit.nama, unit.kode, e])).digest('base64') };
    if (e.kategori) item.kategori = e.kategori;
    if (e.peristiwaHidup) item.peristiwaHidup = e.peristiwaHidup;
    return item;
  });
}

export interface CatalogueOutput {
  pages: CataloguePage[];
  scripts: CatalogueScript[];
  /** The site map's children of the catalogue: its category and life-event pages. */
  map: { href: string; teks: string }[];
}

interface Listed {
  e: CatalogueItem;
  /** Its place among the unit's services, and in `entries()`. */
  index: number;
  unit: PortalUnit;
  /** The unit's place in the portal, which names its filter. */
  ui: number;
  /** Its place in the catalogue's order: by name, then by unit. */
  order: number;
}

export interface CatalogueContext {
  lang: Lang;
  l: Labels;
  /** Who the portal is, for the pages' titles. */
  whose: string;
  units: readonly PortalUnit[];
  /** A portal path as JSON-LD gives it: absolute with a base URL, else relative to a page `akar` below the root. */
  address: (path: string, akar: string) => string;
  limits?: CatalogueLimits;
}

/** The catalogue's pages and scripts: one page, or a front page over pages per category and per life event. */
export function cataloguePages(ctx: CatalogueContext): CatalogueOutput {
  const { units, l, lang } = ctx;
  const limits = ctx.limits ?? CATALOGUE_LIMITS;
  // Names are ranked once each: many offices share a service's name, and the collator is slow.
  const names = [...new Set(units.flatMap((unit) => unit.layanan.map((e) => e.judul)))].sort(collator.compare);
  const rank = new Map(names.map((name, i) => [name, i]));
  const listed: Listed[] = units
    .flatMap((unit, ui) => unit.layanan.map((e, index) => ({ e, index, unit, ui, order: rank.get(e.judul)! * units.length + ui })))
    .sort((a, b) => a.order - b.order);
  const categories = [...new Set(listed.map(({ e }) => e.kategori ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
  const categoryId = new Map(categories.map((c, i) => [c, `k${i + 1}`]));
  const filed = new Set(listed.flatMap(({ e }) => e.peristiwaHidup ?? []));
  // In the vocabulary's order, which runs through a life from birth to death.
  const events = (Object.keys(LIFE_EVENT_LABELS) as PeristiwaHidup[]).filter((code) => filed.has(code));
  const lists = new Lists(ctx, categories, categoryId, events);

  if (listed.length <= limits.onePage) {
    const page = lists.page('katalog.html', '', `${l.catalogueTitle} – ${ctx.whose}`, listed, {});
    return { pages: [page], scripts: [], map: [] };
  }

  const pages: CataloguePage[] = [];
  const scripts: CatalogueScript[] = [];
  const shards: string[] = [];
  const [categorySlugs, eventSlugs] = [slugs(categories.map((c) => `kategori-${c || l.otherCategory}`)), events.map((code) => `peristiwa-${code.replace(/_/g, '-')}`)];
  const used = new Set([...categorySlugs, ...eventSlugs]);
  // One pass over the services, in their order, files each under its category and life events.
  const byCategory = new Map<string, Listed[]>(categories.map((c) => [c, []]));
  const byEvent = new Map<string, Listed[]>(events.map((code) => [code, []]));
  for (const x of listed) {
    byCategory.get(x.e.kategori ?? '')!.push(x);
    for (const code of x.e.peristiwaHidup ?? []) byEvent.get(code)?.push(x);
  }
  const groups = [
    ...categories.map((c, i) => ({ slug: categorySlugs[i]!, nama: c || l.otherCategory, facet: l.filterCategory, items: byCategory.get(c)!, omit: 'kategori' as const, shard: true })),
    ...events.map((code, i) => ({ slug: eventSlugs[i]!, nama: eventName(code, lang), facet: l.filterLifeEvent, items: byEvent.get(code)!, omit: 'peristiwa' as const, shard: false })),
  ];
  const front: { kategori: FrontLink[]; peristiwa: FrontLink[] } = { kategori: [], peristiwa: [] };
  for (const group of groups) {
    const count = Math.ceil(group.items.length / limits.perPage);
    const names = Array.from({ length: count }, (_, n) => {
      if (n === 0) return group.slug;
      let name = `${group.slug}-hal-${n + 1}`;
      for (let k = 2; used.has(name); k++) name = `${group.slug}-hal-${n + 1}-${k}`;
      used.add(name);
      return name;
    });
    const title = `${group.facet}: ${group.nama}`;
    for (let n = 0; n < count; n++) {
      const items = group.items.slice(n * limits.perPage, (n + 1) * limits.perPage);
      const parts = count > 1 ? names.map((name, k) => ({ href: `${name}.html`, teks: String(k + 1), aktif: k === n })) : undefined;
      const heading = count > 1 ? `${title} (${l.pages.toLowerCase()} ${n + 1} ${l.of} ${count})` : title;
      const shard = `${FOLDER}/${names[n]}.js`;
      pages.push(lists.page(`${FOLDER}/${names[n]}.html`, '../', `${heading} – ${l.catalogueTitle} – ${ctx.whose}`, items, { heading, omit: group.omit, parts, scripts: ['cari.js', `${names[n]}.js`] }));
      scripts.push({ path: shard, inputs: () => ['indeks', ...items.map((x) => lists.text(x))], make: async () => searchShard(lists.searchDocuments(items, await lists.full(items))) });
      // The category pages hold every service once: the front page's search loads theirs.
      if (group.shard) shards.push(shard);
    }
    (group.omit === 'kategori' ? front.kategori : front.peristiwa).push({ href: `${FOLDER}/${group.slug}.html`, nama: group.nama, jumlah: group.items.length, halaman: count > 1 ? count : undefined });
  }
  scripts.push({ path: SEARCH_SCRIPT, inputs: searchLibrary, make: searchLibrary });
  const frontData = {
    jumlah: listed.length,
    jumlahKantor: units.length,
    kategori: front.kategori,
    peristiwa: front.peristiwa,
    kantor: units.map((unit) => ({ href: `${unit.path}/index.html`, nama: unit.label, jumlah: unit.layanan.length })),
    bagianCari: shards,
  };
  pages.unshift({
    path: 'katalog.html',
    inputs: () => JSON.stringify(frontData),
    akar: '',
    request: async () => ({
      page: 'portal-katalog-indeks',
      judul: `${l.catalogueTitle} – ${ctx.whose}`,
      skrip: [SEARCH_SCRIPT],
      data: { katalog: { ...frontData, bagianCari: scriptSafeJson(shards) } },
    }),
  });
  return { pages, scripts, map: [...front.kategori, ...front.peristiwa].map((f) => ({ href: f.href, teks: f.nama })) };
}

interface FrontLink {
  href: string;
  nama: string;
  jumlah: number;
  /** How many pages the list runs to, when more than one. */
  halaman?: number;
}

interface ListOptions {
  /** The page's heading, when it lists part of the catalogue. */
  heading?: string;
  /** The filter the page does not need: every service on it is of that category or life event. */
  omit?: 'kategori' | 'peristiwa';
  /** The pages of the same list, when it runs to several. */
  parts?: { href: string; teks: string; aktif: boolean }[];
  /** Script files (relative to the page) that carry its search; without them, the search is inline. */
  scripts?: string[];
}

/** A life event's name in the pages' language. */
const eventName = (code: string, lang: Lang) => labelOf(LIFE_EVENT_LABELS, code, lang)!;

/** How many units' full entries the pages being made keep between them: at most a page's worth. */
const RECENT_UNITS = 500;

/** The catalogue's lists as pages, with their filters, JSON-LD and search. */
class Lists {
  constructor(
    private readonly ctx: CatalogueContext,
    private readonly categories: readonly string[],
    private readonly categoryId: ReadonlyMap<string, string>,
    private readonly events: readonly PeristiwaHidup[],
  ) {}

  private eventNames(e: { peristiwaHidup?: string[] }): string[] {
    return (e.peristiwaHidup ?? []).map((code) => eventName(code, this.ctx.lang));
  }

  /**
   * Units' full entries lately read: a list page and its index part list the same services, and
   * are made one after the other. Bounded, so a full build does not hold every unit's.
   */
  private readonly recent = new Map<PortalUnit, Promise<readonly SiteEntry[]>>();

  /** The full entries of the services of `items`, their units' read once each. */
  async full(items: readonly Listed[]): Promise<SiteEntry[]> {
    const read = new Map<PortalUnit, Promise<readonly SiteEntry[]>>();
    for (const { unit } of items) {
      if (read.has(unit)) continue;
      let entries = this.recent.get(unit);
      if (entries) this.recent.delete(unit);
      entries ??= unit.entries();
      this.recent.set(unit, entries);
      read.set(unit, entries);
    }
    for (const unit of this.recent.keys()) {
      if (this.recent.size <= RECENT_UNITS) break;
      this.recent.delete(unit);
    }
    const entries = new Map<PortalUnit, readonly SiteEntry[]>();
    for (const [unit, promise] of read) entries.set(unit, await promise);
    return items.map(({ unit, index }) => entries.get(unit)![index]!);
  }

  /** What the search finds a service by, and what the front page shows of it (name, office, address from the root); `full`: the services' entries. */
  searchDocuments(items: readonly Listed[], full: readonly SiteEntry[]): SearchDocument[] {
    return items.map(({ unit }, i) => {
      const e = full[i]!;
      return { judul: e.judul, kantor: unit.label, kategori: e.kategori, peristiwa: this.eventNames(e), kataKunci: e.kataKunci, deskripsi: e.deskripsi, href: `${unit.path}/${e.href}` };
    });
  }

  /** What a list page shows: its services (`full`: their entries), and the filters over them with their counts. */
  private view(akar: string, items: readonly Listed[], full: readonly SiteEntry[], options: ListOptions) {
    const { l, units } = this.ctx;
    const layanan = items.map(({ unit, ui }, i) => {
      const e = full[i]!;
      return {
        judul: e.judul,
        href: `${akar}${unit.path}/${e.href}`,
        kantor: unit.label,
        kantorId: `kantor-u${ui + 1}`,
        kategori: e.kategori,
        kategoriId: `kat-${this.categoryId.get(e.kategori ?? '')!}`,
        peristiwa: this.eventNames(e).join(', '),
        peristiwaKelas: (e.peristiwaHidup ?? []).map((code) => ` ph-${code}`).join(''),
        biaya: e.biaya,
        waktu: e.waktu,
        gratis: e.gratis,
        daring: e.daring,
        berlaku: e.berlaku,
        status: e.status,
      };
    });
    const counts = <K>(keys: (x: Listed) => readonly K[]) => {
      const n = new Map<K, number>();
      for (const x of items) for (const k of keys(x)) n.set(k, (n.get(k) ?? 0) + 1);
      return n;
    };
    const perUnit = counts((x) => [x.ui]);
    const perCategory = counts((x) => [x.e.kategori ?? '']);
    const perEvent = counts((x) => x.e.peristiwaHidup ?? []);
    return {
      jumlah: layanan.length,
      judul: options.heading,
      kantor: units.flatMap((unit, ui) => (perUnit.has(ui) ? [{ id: `u${ui + 1}`, nama: unit.label, jumlah: perUnit.get(ui)! }] : [])),
      kategori: options.omit === 'kategori' ? [] : this.categories.filter((c) => perCategory.has(c)).map((c) => ({ id: this.categoryId.get(c)!, nama: c || l.otherCategory, jumlah: perCategory.get(c)! })),
      peristiwa: options.omit === 'peristiwa' ? [] : this.events.filter((code) => perEvent.has(code)).map((code) => ({ id: code, nama: eventName(code, this.ctx.lang), jumlah: perEvent.get(code)! })),
      bagian: options.parts,
      layanan,
    };
  }

  /** What a page's or index part's inputs hold of a service (each is in four: its category's page and index, its life event's): its unit's place, folder and label, its category's filter and its hash (`CatalogueItem`). */
  text(x: Listed): string {
    return `${x.ui}\0${x.unit.path}\0${x.unit.label}\0${this.categoryId.get(x.e.kategori ?? '')!}\0${x.e.hash}`;
  }

  page(path: string, akar: string, judul: string, items: readonly Listed[], options: ListOptions): CataloguePage {
    const { l } = this.ctx;
    const remah = options.heading ? [{ href: `${akar}katalog.html`, teks: l.catalogueTitle }, { teks: options.heading }] : undefined;
    // The list's view is made when the page is, not kept: a national catalogue's pages list each
    // service twice (its category, its life event), and a rebuild makes few of them.
    return {
      path,
      inputs: () => [JSON.stringify([judul, akar, options]), ...items.map((x) => this.text(x))],
      akar,
      ...(remah ? { remah } : {}),
      request: async () => {
        const full = await this.full(items);
        const katalog = this.view(akar, items, full, options);
        const { layanan } = katalog;
        const filterCss = [
          ...katalog.kantor.map((k) => `.katalog:has(#saring-kantor option[value="${k.id}"]:checked) .layanan:not(.kantor-${k.id}) { display: none; }`),
          ...katalog.kategori.map((k) => `.katalog:has(#saring-kategori option[value="${k.id}"]:checked) .layanan:not(.kat-${k.id}) { display: none; }`),
          ...katalog.peristiwa.map((p) => `.katalog:has(#saring-peristiwa option[value="${p.id}"]:checked) .layanan:not(.ph-${p.id}) { display: none; }`),
          `.jumlah-tampil::after { content: counter(tampil) ${cssString(` ${l.shown}`)}; }`,
        ];
        const listLd = {
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: judul,
          numberOfItems: layanan.length,
          itemListElement: items.map(({ unit }, i) => {
            const e = full[i]!;
            return {
              '@type': 'ListItem',
              position: i + 1,
              item: {
                '@type': 'GovernmentService',
                name: e.judul,
                identifier: e.kode,
                url: this.ctx.address(`${unit.path}/${e.href}`, akar),
                category: e.kategori,
                isAccessibleForFree: e.gratis || undefined,
                provider: { '@type': 'GovernmentOrganization', name: unit.nama, identifier: unit.kode },
              },
            };
          }),
        };
        const search = options.scripts ? { skrip: options.scripts } : { cari: catalogueSearch(this.searchDocuments(items, full)) };
        return { page: 'portal-katalog', judul, css: filterCss, jsonLd: scriptSafeJson(listLd), ...search, data: { katalog } };
      },
    };
  }
}
