import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { LoadedUnit } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { makeDiagnostic, locate } from '../load/source.js';
import { cleanStrings } from './sanitize.js';
import type { RenderUnit } from './types.js';

const LOGO_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp' };
/** A letterhead logo is small; anything bigger would bloat every page it is inlined into. */
export const MAX_LOGO_BYTES = 512 * 1024;

const LOGO_MESSAGES = {
  unreadable: {
    message: { id: 'Logo "{path}" tidak dapat dibaca ({reason}); halaman dibuat tanpa logo.', en: 'The logo "{path}" cannot be read ({reason}); pages are made without it.' },
    hint: { id: 'Periksa nama berkasnya; jalurnya relatif terhadap penyelenggara.yaml.', en: 'Check the file name; the path is relative to penyelenggara.yaml.' },
  },
  tooLarge: {
    message: { id: 'Logo "{path}" berukuran {size} KiB, lebih dari {limit} KiB; halaman dibuat tanpa logo.', en: 'The logo "{path}" is {size} KiB, over {limit} KiB; pages are made without it.' },
    hint: { id: 'Perkecil gambarnya (misalnya 256×256 piksel) atau pakai SVG.', en: 'Make the image smaller (for example 256×256 pixels) or use SVG.' },
  },
};

/** Read what a unit's pages need from disk (the logo) and clean every string; never throws. */
export async function prepareUnit(loaded: LoadedUnit, lang: Lang): Promise<{ unit: RenderUnit; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const unit: RenderUnit = {
    provider: loaded.provider ? cleanStrings(loaded.provider.data) : undefined,
    services: loaded.services.map((s) => cleanStrings(s.data)),
  };
  const logo = loaded.provider?.data.logo;
  if (loaded.provider && typeof logo === 'string') {
    const source = loaded.provider.source;
    const warn = (kind: keyof typeof LOGO_MESSAGES, params: Record<string, string | number>) =>
      diagnostics.push(makeDiagnostic(source.path, locate(source, '/logo'), '/logo', { rule: 'logo', severity: 'warning', def: LOGO_MESSAGES[kind], params: { path: logo, ...params } }, lang));
    const path = resolve(loaded.dir, logo);
    const type = LOGO_TYPES[extname(path).toLowerCase()];
    try {
      const size = (await stat(path)).size;
      if (size > MAX_LOGO_BYTES) warn('tooLarge', { size: Math.ceil(size / 1024), limit: MAX_LOGO_BYTES / 1024 });
      else if (type) unit.logo = `data:${type};base64,${(await readFile(path)).toString('base64')}`;
    } catch (err) {
      warn('unreadable', { reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
  }
  return { unit, diagnostics };
}
