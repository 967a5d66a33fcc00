import { isLang, localize, type Lang } from '../i18n/index.js';
import type { StandarPelayanan } from '../types/schema.js';
import { labels, type Labels } from './labels.js';
import { contentSecurityPolicy, pageMarginCss, sharedStyles } from './engine/styles.js';
import { loadTemplates, RenderError, templateDiagnostic, type PageTemplate, type TemplateSet } from './engine/templates.js';
import type { RenderKind, Media, RenderOptions, RenderUnit, Verdict } from './types.js';
import { asRecord } from '../load/guards.js';
import { isDraft } from './gate.js';
import { governmentService, scriptSafeJson } from './view/jsonld.js';
import { line } from './view/read.js';
import { maklumatView, type MaklumatView } from './view/maklumat.js';
import { serviceView, type ServiceView } from './view/service.js';
import { unitView, type UnitView } from './view/unit.js';

export interface LinkItem {
  href: string;
  teks: string;
  aktif?: boolean;
}

/** Navigation a page gets when it is part of a catalogue site; single pages have none. */
export interface SiteContext {
  /** Relative path from this page to the site root ("" or "../../"). */
  akar: string;
  menu: LinkItem[];
  remah?: { href?: string; teks: string }[];
  /** The full standard of this service, from its public page. */
  lengkap?: string;
  /** Other files of this document (a PDF later). */
  unduhan: LinkItem[];
}

/** Everything a page template receives; documented field by field in docs/templates.md. */
export interface PageContext {
  halaman: {
    jenis: PageTemplate;
    bahasa: string;
    judul: string;
    deskripsi?: string;
    /** The stylesheet all pages share (print fonts included for print). */
    css: string;
    /** This page's own rules: the catalogue filter, the print footer with the document's name. */
    cssHalaman?: string;
    jsonLd?: string;
    kaki: boolean;
    /** The draft mark: the document still has errors or "[isi: …]" values (see `Verdict`). */
    draf?: DraftView;
  };
  label: Labels;
  unit: UnitView;
  situs?: SiteContext;
  layanan?: ServiceView;
  maklumat?: MaklumatView;
  [extra: string]: unknown;
}

export interface DraftView {
  judul: string;
  teks: string;
  /** The same, short, for the top of every printed page. */
  kepala: string;
}

export interface PageRequest {
  page: PageTemplate;
  judul: string;
  deskripsi?: string;
  jsonLd?: string;
  /** What checking found in the document the page shows. */
  verdict?: Verdict;
  /** Rules this page adds to the stylesheet (catalogue filter, print footer). */
  css?: string[];
  data?: Record<string, unknown>;
  situs?: SiteContext;
}

export interface ResolvedOptions {
  lang: Lang;
  bahasa: string;
  media: Media;
  templates: TemplateSet;
}

/** The language of the fixed wording: asked for, else the document's own, else Indonesian. */
export function resolveOptions(unit: RenderUnit, service: StandarPelayanan | undefined, options: RenderOptions = {}): ResolvedOptions {
  const bahasa = options.lang ?? line(asRecord(service).bahasa) ?? line(asRecord(unit.provider).bahasa) ?? 'id';
  const base = bahasa.split('-')[0]!;
  const lang: Lang = options.lang ?? (isLang(base) ? base : 'id');
  const loaded = loadTemplates(options.templateDir, lang);
  if (!loaded.templates) throw new RenderError(loaded.diagnostics);
  return { lang, bahasa, media: options.media ?? 'screen', templates: loaded.templates };
}

const STYLE_ELEMENT = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const HEAD = /<head(?:\s[^>]*)?>/i;

/**
 * Put the Content-Security-Policy first in <head>, allowing exactly the stylesheets the page
 * ended up with: a custom template may add its own <style> and it keeps working, while nothing
 * else (script, remote font, image URL) can load.
 */
function withPolicy(html: string, file: string, lang: Lang): string {
  const styles = [...html.matchAll(STYLE_ELEMENT)].map((m) => m[1]!);
  const head = HEAD.exec(html);
  if (!head) throw new RenderError([templateDiagnostic('runtime', file, { name: file, detail: 'no <head> element' }, lang)]);
  const policy = contentSecurityPolicy(styles);
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}

const DRAFT_WORDS: Record<Lang, { errors: (n: number) => string; placeholders: (n: number) => string; still: string; check: string }> = {
  id: { errors: (n) => `${n} galat`, placeholders: (n) => `${n} isian "[isi: …]" belum diganti`, still: 'masih ada', check: 'Periksa dengan "standar validate" sebelum diterbitkan.' },
  en: {
    errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
    placeholders: (n) => `${n} "[isi: …]" placeholder${n === 1 ? '' : 's'} not replaced`,
    still: 'it still has',
    check: 'Check it with "standar validate" before publishing.',
  },
};

/** "DRAF: belum layak terbit, masih ada 2 galat dan 1 isian "[isi: …]" belum diganti." */
export function draftView(verdict: Verdict | undefined, lang: Lang): DraftView | undefined {
  if (!verdict || !isDraft(verdict)) return undefined;
  const l = labels(lang);
  const w = DRAFT_WORDS[lang];
  const found = [verdict.errors > 0 ? w.errors(verdict.errors) : undefined, verdict.placeholders > 0 ? w.placeholders(verdict.placeholders) : undefined].filter(Boolean).join(` ${l.and} `);
  return { judul: l.draft, teks: `${l.draftNotReady}, ${w.still} ${found}. ${w.check}`, kepala: `${l.draft}: ${l.draftNotReady} (${found})` };
}

/** Run one page template; the result is a complete, self-contained HTML document. */
export function renderPage(unit: RenderUnit, request: PageRequest, opts: ResolvedOptions, footer?: string): string {
  const l = labels(opts.lang);
  // Print pages inline the font subsets their text needs (Latin Extended only for names that use it).
  const css = sharedStyles(opts.templates.css, opts.media, opts.media === 'print' ? JSON.stringify([unit.provider, request.data]) : '');
  const draf = draftView(request.verdict, opts.lang);
  const own = [...(request.css ?? []), ...(footer ? [pageMarginCss(footer, l, draf?.kepala)] : [])].join('\n');
  const context: PageContext = {
    halaman: { jenis: request.page, bahasa: opts.bahasa, judul: request.judul, css, kaki: request.situs !== undefined || request.page === 'publik' },
    label: l,
    unit: unitView(unit.provider, unit.logo, opts.lang),
    ...request.data,
  };
  if (draf) context.halaman.draf = draf;
  if (own) context.halaman.cssHalaman = own;
  if (request.deskripsi) context.halaman.deskripsi = request.deskripsi;
  if (request.jsonLd) context.halaman.jsonLd = request.jsonLd;
  if (request.situs) context.situs = request.situs;
  const file = opts.templates.pageFiles[request.page];
  let html: string;
  try {
    html = opts.templates.pages[request.page](context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number; column?: number };
    throw new RenderError([templateDiagnostic('runtime', file, { name: request.page, detail: String(e.message ?? err).replace(/ - \d+:\d+$/, '') }, opts.lang, e.lineNumber ?? 1, (e.column ?? 0) + 1)]);
  }
  return withPolicy(html, file, opts.lang);
}

/**
 * The title of a page: what it is, then whose, with the region when the short name lacks it, so
 * one Disdukcapil's page is told from another's in a list of search results or open tabs.
 */
function title(what: string, unit: UnitView): string {
  if (!unit.namaPendek) return what;
  const region = unit.wilayah && !unit.namaPendek.toLowerCase().includes(unit.wilayah.toLowerCase()) ? `, ${unit.wilayah}` : '';
  return `${what} – ${unit.namaPendek}${region}`;
}

/** The verdict of a service of the unit, by its place in `unit.services`. */
function serviceVerdict(unit: RenderUnit, service: StandarPelayanan): Verdict | undefined {
  const at = unit.services.indexOf(service);
  return at >= 0 ? unit.verdict?.services[at] : undefined;
}

/** The view of a service with the plain-language headings of the public page; built once per service. */
export function publishedServiceView(service: StandarPelayanan, unit: RenderUnit, lang: Lang): ServiceView {
  const l = labels(lang);
  const layanan = serviceView(service, unit.provider, lang);
  for (const c of layanan.kelompok[0]!.komponen) {
    c.judulPublik = PLAIN_HEADINGS[c.key]?.(l) ?? c.label;
    c.partialPublik = c.key === 'sistem_mekanisme_prosedur' ? 'prosedur-publik' : c.partial;
  }
  return layanan;
}

export function serviceRequest(
  kind: 'lengkap' | 'publik',
  unit: RenderUnit,
  service: StandarPelayanan,
  opts: ResolvedOptions,
  situs?: SiteContext,
  layanan = publishedServiceView(service, unit, opts.lang),
): { request: PageRequest; footer: string } {
  const l = labels(opts.lang);
  const u = unitView(unit.provider, undefined, opts.lang);
  const request: PageRequest = {
    page: kind,
    judul: title(kind === 'lengkap' ? `${l.standard}: ${layanan.judul}` : layanan.judul, u),
    jsonLd: scriptSafeJson(governmentService(service, unit.provider, opts.lang)),
    data: { layanan },
  };
  if (layanan.deskripsi) request.deskripsi = layanan.deskripsi.teks;
  const verdict = serviceVerdict(unit, service);
  if (verdict) request.verdict = verdict;
  if (situs) request.situs = situs;
  return { request, footer: kind === 'lengkap' ? `${l.standard} ${layanan.judul}` : layanan.judul };
}

const PLAIN_HEADINGS: Record<string, (l: Labels) => string> = {
  persyaratan: (l) => l.requirementsPlain,
  sistem_mekanisme_prosedur: (l) => l.procedurePlain,
  jangka_waktu: (l) => l.durationPlain,
  biaya: (l) => l.feePlain,
  produk: (l) => l.productPlain,
  pengaduan: (l) => l.complaintPlain,
};

export function maklumatRequest(unit: RenderUnit, opts: ResolvedOptions, situs?: SiteContext): { request: PageRequest; footer: string } | undefined {
  const maklumat = maklumatView(unit.provider, opts.lang);
  if (!maklumat) return undefined;
  const l = labels(opts.lang);
  const u = unitView(unit.provider, undefined, opts.lang);
  const request: PageRequest = { page: 'maklumat', judul: title(l.maklumat, u), data: { maklumat } };
  if (unit.verdict?.provider) request.verdict = unit.verdict.provider;
  if (situs) request.situs = situs;
  return { request, footer: [l.maklumat, typeof u.nama === 'string' ? u.nama : undefined].filter(Boolean).join(' ') };
}

export const NO_MAKLUMAT = {
  message: { id: 'Penyelenggara belum menulis maklumat pelayanan.', en: 'The provider has not written a service pledge (maklumat).' },
  hint: { id: 'Tambahkan "maklumat:" (tempat, tanggal, dan bila perlu teks dan janji) di penyelenggara.yaml.', en: 'Add "maklumat:" (place, date and, if needed, text and promises) to penyelenggara.yaml.' },
};

/**
 * One document as a complete HTML page: the full 14-component standard (`lengkap`), the public
 * page of the 6 service-delivery components (`publik`), or the unit's maklumat. Pure: the same
 * unit and options give the same bytes. Throws RenderError (with diagnostics) when a custom
 * template fails or a maklumat is asked of a unit without one.
 */
export function renderDocument(kind: RenderKind, unit: RenderUnit, service?: StandarPelayanan, options: RenderOptions = {}): string {
  const opts = resolveOptions(unit, service, options);
  if (kind === 'maklumat') {
    const made = maklumatRequest(unit, opts);
    if (!made) {
      const { message, hint } = localize(NO_MAKLUMAT, opts.lang);
      throw new RenderError([{ file: 'penyelenggara.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '/maklumat', rule: 'render', severity: 'error', message, hint }]);
    }
    return renderPage(unit, made.request, opts, made.footer);
  }
  if (!service) throw new TypeError(`renderDocument('${kind}') needs a service`);
  const { request, footer } = serviceRequest(kind, unit, service, opts);
  return renderPage(unit, request, opts, footer);
}
