import { isLang, type Lang } from '../i18n/index.js';
import type { StandarPelayanan } from '../types/schema.js';
import { labels, type Labels } from './labels.js';
import { renderPage, type PageContextBase, type PageRequest, type ResolvedOptions } from './engine/page.js';
import { loadTemplates, RenderError } from './engine/templates.js';
import type { RenderOptions, RenderUnit, Verdict } from './types.js';
import { asRecord } from '../load/guards.js';
import { governmentService, scriptSafeJson } from './view/jsonld.js';
import { line } from './view/read.js';
import { kuesionerView, type KuesionerView } from './view/kuesioner.js';
import { maklumatView, type MaklumatView } from './view/maklumat.js';
import { serviceView, type ServiceView } from './view/service.js';
import { satisfactionView } from './view/survey.js';
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
export interface PageContext extends PageContextBase {
  unit: UnitView;
  situs?: SiteContext;
  layanan?: ServiceView;
  maklumat?: MaklumatView;
  kuesioner?: KuesionerView;
}

/** A page of the unit: the engine's page with the unit's letterhead. */
export function unitPage(unit: RenderUnit, request: PageRequest, opts: ResolvedOptions, footer?: string): string {
  return renderPage(unit, { ...request, unit: unitView(unit.provider, unit.logo, opts.lang) }, opts, footer);
}

/**
 * The language of a document's fixed wording: asked for, else the document's own (`bahasa`, as
 * written: "id-ID" too), else Indonesian; `lang` is the one of the two the wording is in.
 */
export function documentLanguage(unit: RenderUnit, service: StandarPelayanan | undefined, asked?: Lang): { lang: Lang; bahasa: string } {
  const bahasa = asked ?? line(asRecord(service).bahasa) ?? line(asRecord(unit.provider).bahasa) ?? 'id';
  const base = bahasa.split('-')[0]!;
  return { lang: asked ?? (isLang(base) ? base : 'id'), bahasa };
}

/** The language of the fixed wording (`documentLanguage`) and the templates in it. */
export function resolveOptions(unit: RenderUnit, service: StandarPelayanan | undefined, options: RenderOptions = {}): ResolvedOptions {
  const { lang, bahasa } = documentLanguage(unit, service, options.lang);
  const loaded = loadTemplates(options.templateDir, lang);
  if (!loaded.templates) throw new RenderError(loaded.diagnostics);
  return { lang, bahasa, media: options.media ?? 'screen', templates: loaded.templates };
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
  const kepuasan = satisfactionView(unit.survey, layanan.kode, lang);
  if (kepuasan) layanan.kepuasan = kepuasan;
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
  // The public page is for citizens: it names the unit at its foot, on the site and on its own.
  if (kind === 'publik') request.kaki = true;
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

/**
 * A service's questionnaire of the satisfaction survey. It carries no draft mark: it prints the
 * regulation's questions and the service's name, none of the standard's content.
 */
export function kuesionerRequest(unit: RenderUnit, service: StandarPelayanan, opts: ResolvedOptions): { request: PageRequest; footer: string } {
  const l = labels(opts.lang);
  const kuesioner = kuesionerView(service, unit.provider, opts.lang);
  const u = unitView(unit.provider, undefined, opts.lang);
  const request: PageRequest = { page: 'kuesioner', judul: title(`${l.survey}: ${kuesioner.layanan.nama}`, u), data: { kuesioner } };
  return { request, footer: `${l.survey}: ${kuesioner.layanan.nama}` };
}

export const NO_MAKLUMAT = {
  message: { id: 'Penyelenggara belum menulis maklumat pelayanan.', en: 'The provider has not written a service pledge (maklumat).' },
  hint: { id: 'Tambahkan "maklumat:" (tempat, tanggal, dan bila perlu teks dan janji) di penyelenggara.yaml.', en: 'Add "maklumat:" (place, date and, if needed, text and promises) to penyelenggara.yaml.' },
};
