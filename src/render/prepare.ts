import type { LoadedUnit } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { readLogo } from './logo.js';
import { cleanStrings } from './sanitize.js';
import type { Media, RenderUnit } from './types.js';

/**
 * Read what a unit's pages need from disk (the logo, from inside the unit folder only) and clean
 * every string; never throws. A logo that cannot be used is an error and the pages are made
 * without it; for print, a logo that would bring a machine font into the PDF is pointed out.
 */
export async function prepareUnit(loaded: LoadedUnit & Pick<RenderUnit, 'verdict'>, lang: Lang, options: { media?: Media } = {}): Promise<{ unit: RenderUnit; diagnostics: Diagnostic[] }> {
  const unit: RenderUnit = {
    provider: loaded.provider ? cleanStrings(loaded.provider.data) : undefined,
    services: loaded.services.map((s) => cleanStrings(s.data)),
    ...(loaded.survey?.latest ? { survey: cleanStrings(loaded.survey.latest.results) } : {}),
    ...(loaded.verdict ? { verdict: loaded.verdict } : {}),
  };
  const logo = loaded.provider?.data.logo;
  if (!loaded.provider || typeof logo !== 'string') return { unit, diagnostics: [] };
  const { dataUri, diagnostics } = readLogo(loaded.provider.source, loaded.dir, logo, { lang, media: options.media });
  if (dataUri) unit.logo = dataUri;
  return { unit, diagnostics };
}
