import { localize, type MessageDef } from '../i18n/index.js';
import type { StandarPelayanan } from '../types/schema.js';
import { kuesionerRequest, maklumatRequest, NO_MAKLUMAT, resolveOptions, serviceRequest, unitPage } from './document.js';
import type { PageRequest, ResolvedOptions } from './engine/page.js';
import { RenderError, type PageTemplate } from './engine/templates.js';
import type { RenderKind, RenderOptions, RenderUnit } from './types.js';

/**
 * A kind of document: its page template, the view builder that makes its page, and how it is
 * printed. The survey report or the audit dashboard to come is one more entry (and its template
 * in templates/); renderDocument, `standar render --varian` and the publishing commands take it
 * from here.
 */
export interface DocumentKind {
  /** `templates/<template>.hbs`, replaceable from a template folder. */
  template: PageTemplate;
  /** One document per service of the unit, or one for the unit. */
  of: 'service' | 'unit';
  /** The page's request and its print footer; undefined when the unit has none (no maklumat written). */
  page(unit: RenderUnit, service: StandarPelayanan | undefined, opts: ResolvedOptions): { request: PageRequest; footer: string } | undefined;
  /** What is said, and where, when `page` gives none. */
  missing?: { message: MessageDef; file: string; pointer: string };
  /** Printed (`--to pdf`) inside this print frame of templates/pdf/ rather than as its page. */
  print?: 'poster';
}

export const DOCUMENT_KINDS: Readonly<Record<RenderKind, DocumentKind>> = {
  lengkap: { template: 'lengkap', of: 'service', page: (unit, service, opts) => serviceRequest('lengkap', unit, service!, opts) },
  publik: { template: 'publik', of: 'service', page: (unit, service, opts) => serviceRequest('publik', unit, service!, opts) },
  // The maklumat hangs in the service room: printed, it is a poster.
  maklumat: { template: 'maklumat', of: 'unit', page: (unit, _service, opts) => maklumatRequest(unit, opts), missing: { message: NO_MAKLUMAT, file: 'penyelenggara.yaml', pointer: '/maklumat' }, print: 'poster' },
  // The satisfaction survey's questionnaire (PermenPANRB 14/2017), one A4 page per service.
  kuesioner: { template: 'kuesioner', of: 'service', page: (unit, service, opts) => kuesionerRequest(unit, service!, opts) },
};

/** The pages a site adds around the documents, made by buildSite from the whole unit. */
export const SITE_PAGES = ['katalog', 'kontak', 'peta-situs'] as const;

/** Every page template, the document kinds' and the site's. */
export const PAGE_TEMPLATES: readonly PageTemplate[] = [...Object.values(DOCUMENT_KINDS).map((k) => k.template), ...SITE_PAGES];

/**
 * One document as a complete HTML page: the full 14-component standard (`lengkap`), the public
 * page of the 6 service-delivery components (`publik`), or the unit's maklumat. Pure: the same
 * unit and options give the same bytes. Throws RenderError (with diagnostics) when a custom
 * template fails or a maklumat is asked of a unit without one.
 */
export function renderDocument(kind: RenderKind, unit: RenderUnit, service?: StandarPelayanan, options: RenderOptions = {}): string {
  const documentKind = DOCUMENT_KINDS[kind];
  if (documentKind.of === 'service' && !service) throw new TypeError(`renderDocument('${kind}') needs a service`);
  const opts = resolveOptions(unit, service, options);
  const made = documentKind.page(unit, service, opts);
  if (!made) {
    const missing = documentKind.missing;
    if (!missing) throw new TypeError(`The document kind '${kind}' made no page`);
    const { message, hint } = localize(missing.message, opts.lang);
    throw new RenderError([{ file: missing.file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: missing.pointer, rule: 'render', severity: 'error', message, hint }]);
  }
  return unitPage(unit, made.request, opts, made.footer);
}
