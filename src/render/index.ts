/**
 * The HTML renderer as a library. Pure: data in, strings out; nothing is read or written except
 * the templates (once per template folder) and, in `prepareUnit`, the unit's logo.
 *
 *   const loaded = await loadUnits(['examples/disdukcapil-sukamaju']);
 *   const { units } = gate(loaded, 'id'); // with each document's verdict, for the draft mark
 *   const { unit } = await prepareUnit(units[0], 'id');
 *   const html = renderDocument('lengkap', unit, unit.services[0], { media: 'print' });
 *   const site = buildSite(unit, { baseUrl: 'https://layanan.example.go.id' });
 *
 * `media: 'print'` inlines Noto Sans/Serif and is what the PDF printer uses; the stylesheet's
 * print rules (A4 @page with "Halaman n dari m", repeated table headers, rows and signature kept
 * together) apply whenever the page is printed.
 */
export { NO_MAKLUMAT, type PageContext, type SiteContext } from './document.js';
export { DOCUMENT_KINDS, PAGE_TEMPLATES, renderDocument, SITE_PAGES, type DocumentKind } from './kinds.js';
export { buildSite, type DownloadSpec, type Site, type SiteDocument, type SiteEntry, type SiteOptions } from './site.js';
export { prepareUnit } from './prepare.js';
export { MAX_LOGO_BYTES } from './logo.js';
export { loadTemplates, RenderError, BUILTIN_TEMPLATE_DIR, type TemplateSet } from './engine/templates.js';
export type { Converter, OutputTarget } from './engine/targets/types.js';
export { RENDER_KINDS, type RenderKind, type Media, type RenderOptions, type RenderUnit, type Verdict } from './types.js';
export { gate, isDraft, type Gate, type GatedUnit, type Skipped } from './gate.js';
export { rupiah, duration, longDate, formatNip, textBlocks, type TextBlock } from '../model/format.js';
export { citeRegulation } from './peraturan.js';
export { planBooklet, type BookletPlan } from './print/booklet.js';
export { LAPOR_URL, qrTargetFor, renderPoster, type PosterOptions, type QrTarget } from './print/poster.js';
export { ORIENTATIONS, pageSizeMm, POSTER_SIZES, posterPageCss, type Orientation, type PosterFormat, type PosterSize } from './engine/paper.js';
export { qrSvg } from './engine/qr.js';
