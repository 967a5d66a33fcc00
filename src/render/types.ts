import type { Lang } from '../i18n/index.js';
import type { PenyelenggaraPelayanan, StandarPelayanan } from '../types/schema.js';
import type { SurveyResults } from '../model/skm-results.js';

/** The documents a unit yields: one per service in two variants, the unit's maklumat, and each service's survey questionnaire. */
export type RenderKind = 'lengkap' | 'publik' | 'maklumat' | 'kuesioner';
export const RENDER_KINDS: readonly RenderKind[] = ['lengkap', 'publik', 'maklumat', 'kuesioner'];

/** Screen pages use a system font stack; print (PDF) inlines Noto fonts as data: URIs. */
export type Media = 'screen' | 'print';

/**
 * What the check stage found in one document, so its pages can say they are not ready to publish:
 * a draft mark is shown while either count is above 0. The renderer only prints it.
 */
export interface Verdict {
  errors: number;
  /** "[isi: …]" values the scaffolds left for the unit to fill in. */
  placeholders: number;
}

/**
 * A unit ready to render: data with the provider's defaults applied and every string cleaned of
 * invisible controls, the logo already read into a data: URI. Build it with `prepareUnit`.
 */
export interface RenderUnit {
  provider?: PenyelenggaraPelayanan;
  services: StandarPelayanan[];
  /** The logo as a data: URI (no request leaves a page). */
  logo?: string;
  /** The latest survey results the unit keeps (`skm/hasil-<periode>.json`): the pages show its index. */
  survey?: SurveyResults;
  /** What checking found: the provider's file (its maklumat) and each service, in `services` order. */
  verdict?: { provider?: Verdict; services: readonly (Verdict | undefined)[] };
}

export interface RenderOptions {
  media?: Media;
  /** Language of the fixed wording; defaults to the document's `bahasa` (id when unknown). */
  lang?: Lang;
  /** Folder whose templates and partials replace the built-in ones, file by file. */
  templateDir?: string;
}
