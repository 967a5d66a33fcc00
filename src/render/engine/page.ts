import type { Lang } from '../../i18n/index.js';
import { isDraft } from '../gate.js';
import { labels, type Labels } from '../labels.js';
import type { Media, RenderUnit, Verdict } from '../types.js';
import { contentSecurityPolicy, pageMarginCss, sharedStyles } from './styles.js';
import { RenderError, templateDiagnostic, type PageTemplate, type TemplateSet } from './templates.js';

export interface DraftView {
  judul: string;
  teks: string;
  /** The same, short, for the top of every printed page. */
  kepala: string;
}

/** What every page template receives as `halaman`, whatever its kind. */
export interface PageFrame {
  jenis: PageTemplate;
  bahasa: string;
  judul: string;
  deskripsi?: string;
  /** The stylesheet all pages share (print fonts included for print). */
  css: string;
  /** This page's own rules: the catalogue filter, the print footer with the document's name. */
  cssHalaman?: string;
  jsonLd?: string;
  /** The catalogue's search: its prebuilt index (JSON, safe inside <script>) and the code that reads it. */
  cari?: PageSearch;
  /** Script files of the portal the page loads (a split catalogue's search), relative to it. */
  skripLuar?: string[];
  kaki: boolean;
  /** The draft mark: the document still has errors or "[isi: …]" values (see `Verdict`). */
  draf?: DraftView;
}

/** Everything a page template receives: `halaman`, the fixed wording, and what its kind adds. */
export interface PageContextBase {
  halaman: PageFrame;
  label: Labels;
  [extra: string]: unknown;
}

/** A page's search: the only script a page may carry, allowed by its hash in the page's policy. */
export interface PageSearch {
  indeks: string;
  skrip: string;
}

export interface PageRequest {
  page: PageTemplate;
  judul: string;
  deskripsi?: string;
  jsonLd?: string;
  cari?: PageSearch;
  /** Script files of the same site the page loads, relative to it. */
  skrip?: string[];
  /** What checking found in the document the page shows. */
  verdict?: Verdict;
  /** Rules this page adds to the stylesheet (catalogue filter, print footer). */
  css?: string[];
  /** The letterhead of the unit whose page this is (`unit` in templates). */
  unit?: object;
  data?: Record<string, unknown>;
  /** The site's navigation, when the page is part of a site: it also gets the site's footer. */
  situs?: object;
  /** The site's footer on a page outside a site too. */
  kaki?: boolean;
}

export interface ResolvedOptions {
  lang: Lang;
  bahasa: string;
  media: Media;
  templates: TemplateSet;
}

const STYLE_ELEMENT = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
/** An inline script the browser runs: no `type`, or a JavaScript one (data blocks such as JSON-LD are never run). */
const SCRIPT_ELEMENT = /<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?(?!(?:text\/javascript|module)["'\s>])[^"'\s>]/i;
const SCRIPT_FILE = /\bsrc\s*=/i;
const HEAD = /<head(?:\s[^>]*)?>/i;

/**
 * Put the Content-Security-Policy first in <head>, allowing exactly the stylesheets and inline
 * scripts the page ended up with (the portal's search is the only page with a script), and the
 * site's own script files when it loads some (a split catalogue's search and its index): a custom
 * template may add its own <style> and it keeps working, while nothing else (a remote script, a
 * remote font, an image URL) can load.
 */
function withPolicy(html: string, file: string, lang: Lang): string {
  const styles = [...html.matchAll(STYLE_ELEMENT)].map((m) => m[1]!);
  const run = [...html.matchAll(SCRIPT_ELEMENT)].filter((m) => !DATA_BLOCK.test(m[1]!));
  const scripts = run.filter((m) => !SCRIPT_FILE.test(m[1]!)).map((m) => m[2]!);
  const head = HEAD.exec(html);
  if (!head) throw new RenderError([templateDiagnostic('runtime', file, { name: file, detail: 'no <head> element' }, lang)]);
  const policy = contentSecurityPolicy(styles, scripts, run.length > scripts.length);
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
  const context: PageContextBase = {
    halaman: { jenis: request.page, bahasa: opts.bahasa, judul: request.judul, css, kaki: request.situs !== undefined || request.kaki === true },
    label: l,
    unit: request.unit,
    ...request.data,
  };
  if (draf) context.halaman.draf = draf;
  if (own) context.halaman.cssHalaman = own;
  if (request.deskripsi) context.halaman.deskripsi = request.deskripsi;
  if (request.jsonLd) context.halaman.jsonLd = request.jsonLd;
  if (request.cari) context.halaman.cari = request.cari;
  if (request.skrip) context.halaman.skripLuar = request.skrip;
  if (request.situs) context.situs = request.situs;
  const template = opts.templates.pages[request.page];
  const file = opts.templates.pageFiles[request.page];
  // A kind whose template is not in templates/ is a bug of its registration, not of the user's folder.
  if (!template || !file) throw new TypeError(`No page template "${request.page}.hbs" in templates/`);
  let html: string;
  try {
    html = template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number; column?: number };
    throw new RenderError([templateDiagnostic('runtime', file, { name: request.page, detail: String(e.message ?? err).replace(/ - \d+:\d+$/, '') }, opts.lang, e.lineNumber ?? 1, (e.column ?? 0) + 1)]);
  }
  return withPolicy(html, file, opts.lang);
}
