import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { LoadedUnit } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { makeDiagnostic, locate } from '../load/source.js';
import { cleanStrings } from './sanitize.js';
import type { Media, RenderUnit } from './types.js';

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
  svgText: {
    message: {
      id: 'Logo "{path}" memuat teks (<text>): di PDF teks itu dicetak dengan huruf yang kebetulan terpasang di komputer pembuatnya, bukan huruf bawaan standar, sehingga bentuknya bisa berbeda di komputer lain.',
      en: 'The logo "{path}" holds text (<text>): in a PDF that text is printed in whatever font the printing machine has, not a font shipped with standar, so it can look different on another machine.',
    },
    hint: {
      id: 'Ubah teks di logo menjadi kurva (Inkscape: Path › Object to Path; Illustrator: Type › Create Outlines), atau pakai logo PNG.',
      en: 'Turn the text in the logo into curves (Inkscape: Path › Object to Path; Illustrator: Type › Create Outlines), or use a PNG logo.',
    },
  },
};

/** An SVG text element (also prefixed, svg:text): its glyphs come from the machine's fonts. */
const SVG_TEXT = /<(?:[\w-]+:)?text[\s>/]/i;
const XML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Read what a unit's pages need from disk (the logo) and clean every string; never throws. For
 * print, a logo that would bring a machine font into the PDF is pointed out.
 */
export async function prepareUnit(loaded: LoadedUnit & Pick<RenderUnit, 'verdict'>, lang: Lang, options: { media?: Media } = {}): Promise<{ unit: RenderUnit; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const unit: RenderUnit = {
    provider: loaded.provider ? cleanStrings(loaded.provider.data) : undefined,
    services: loaded.services.map((s) => cleanStrings(s.data)),
    ...(loaded.verdict ? { verdict: loaded.verdict } : {}),
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
      else if (type) {
        const bytes = await readFile(path);
        unit.logo = `data:${type};base64,${bytes.toString('base64')}`;
        if (options.media === 'print' && type === 'image/svg+xml' && SVG_TEXT.test(bytes.toString('utf8').replace(XML_COMMENT, ''))) warn('svgText', {});
      }
    } catch (err) {
      warn('unreadable', { reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
  }
  return { unit, diagnostics };
}
