import type { Lang } from '../i18n/index.js';
import type { PenyelenggaraPelayanan, StandarPelayanan } from '../types/schema.js';

/** The documents a unit yields: one per service in two variants, and the unit's maklumat. */
export type RenderKind = 'lengkap' | 'publik' | 'maklumat';
export const RENDER_KINDS: readonly RenderKind[] = ['lengkap', 'publik', 'maklumat'];

/** Screen pages use a system font stack; print (PDF) inlines Noto fonts as data: URIs. */
export type Media = 'screen' | 'print';

/**
 * A unit ready to render: data with the provider's defaults applied and every string cleaned of
 * invisible controls, the logo already read into a data: URI. Build it with `prepareUnit`.
 */
export interface RenderUnit {
  provider?: PenyelenggaraPelayanan;
  services: StandarPelayanan[];
  /** The logo as a data: URI (no request leaves a page). */
  logo?: string;
}

export interface RenderOptions {
  media?: Media;
  /** Language of the fixed wording; defaults to the document's `bahasa` (id when unknown). */
  lang?: Lang;
  /** Folder whose templates and partials replace the built-in ones, file by file. */
  templateDir?: string;
}
