import { dirname, extname } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { FILE_PROBLEM_MESSAGES, fileProblemMessage, formatSize } from '../files/messages.js';
import { readInside } from '../files/read.js';
import type { Lang, MessageDef, Params, Text } from '../i18n/index.js';
import { firstInvalidUtf8 } from '../load/utf8.js';
import { locate, makeDiagnostic, type SourceFile } from '../load/source.js';
import { lineColumn, sanitizeSvg } from './svg.js';
import type { Media } from './types.js';

/** A letterhead logo is small; anything bigger would bloat every page it is inlined into. */
export const MAX_LOGO_BYTES = 512 * 1024;

type LogoType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';

const TYPE_NAMES: Record<LogoType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP', 'image/svg+xml': 'SVG' };
const EXTENSION_TYPES: Record<string, LogoType> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp' };
const EXTENSIONS: Record<LogoType, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp', 'image/svg+xml': '.svg' };

const WITHOUT_LOGO: Text = { id: ' Halaman dibuat tanpa logo.', en: ' Pages are made without it.' };
const withoutLogo = (def: MessageDef, hint?: Text): MessageDef => ({
  message: { id: `Logo ${def.message.id}${WITHOUT_LOGO.id}`, en: `The logo ${def.message.en}${WITHOUT_LOGO.en}` },
  ...((hint ?? def.hint) ? { hint: hint ?? def.hint } : {}),
});
const RELATIVE_HINT: Text = {
  id: 'Periksa nama berkasnya; jalurnya relatif terhadap penyelenggara.yaml, di dalam folder unit.',
  en: 'Check the file name; the path is relative to penyelenggara.yaml, inside the unit folder.',
};

const LOGO_MESSAGES = {
  missing: withoutLogo(FILE_PROBLEM_MESSAGES.missing, RELATIVE_HINT),
  outside: withoutLogo(FILE_PROBLEM_MESSAGES.outside),
  'not-regular': withoutLogo(FILE_PROBLEM_MESSAGES['not-regular']),
  unreadable: withoutLogo(FILE_PROBLEM_MESSAGES.unreadable),
  'too-large': {
    message: { id: 'Logo "{path}" berukuran {size}, lebih dari {limit}; halaman dibuat tanpa logo.', en: 'The logo "{path}" is {size}, over {limit}; pages are made without it.' },
    hint: { id: 'Perkecil gambarnya (misalnya 256×256 piksel) atau pakai SVG.', en: 'Make the image smaller (for example 256×256 pixels) or use SVG.' },
  },
  'wrong-type': {
    message: {
      id: 'Logo "{path}" bukan gambar PNG, JPEG, SVG atau WebP (yang diperiksa isinya, bukan nama berkasnya); halaman dibuat tanpa logo.',
      en: 'The logo "{path}" is not a PNG, JPEG, SVG or WebP image (its content is checked, not its name); pages are made without it.',
    },
    hint: { id: 'Simpan logo sebagai PNG atau SVG dari program gambar, lalu tulis nama berkas itu di logo:.', en: 'Save the logo as PNG or SVG from a drawing program, then write that file name in logo:.' },
  },
  svgInvalid: {
    message: {
      id: 'Logo "{path}" tidak dapat dibaca sebagai SVG: penulisannya rusak di baris {line}, kolom {column} berkas itu; halaman dibuat tanpa logo.',
      en: 'The logo "{path}" cannot be read as SVG: it is broken at line {line}, column {column} of that file; pages are made without it.',
    },
    hint: { id: 'Buka lalu simpan ulang logo dengan program gambar sebagai SVG UTF-8 (Inkscape: Save As › Plain SVG), atau pakai PNG.', en: 'Open the logo and save it again from a drawing program as UTF-8 SVG (Inkscape: Save As › Plain SVG), or use a PNG.' },
  },
  svgDoctype: {
    message: {
      id: 'Logo "{path}" memuat <!DOCTYPE> atau <!ENTITY>, yang tidak diterima karena dapat menarik isi dari luar berkas; halaman dibuat tanpa logo.',
      en: 'The logo "{path}" holds a <!DOCTYPE> or <!ENTITY>, which is refused because it can pull in content from outside the file; pages are made without it.',
    },
    hint: { id: 'Hapus baris <!DOCTYPE …> (beserta <!ENTITY …> di dalamnya) di awal berkas, atau simpan ulang sebagai Plain SVG.', en: 'Delete the <!DOCTYPE …> line (and any <!ENTITY …> in it) at the top of the file, or save it again as Plain SVG.' },
  },
  svgRemoved: {
    message: {
      id: 'Logo "{path}" memuat bagian yang tidak boleh ada di logo ({removed}); bagian itu dibuang dan logo dipasang tanpanya.',
      en: 'The logo "{path}" holds parts a logo may not carry ({removed}); they were taken out and the logo is used without them.',
    },
    hint: {
      id: 'Logo cukup berisi gambar: simpan ulang tanpa skrip, tautan, animasi atau gambar dari berkas lain (Inkscape: Save As › Optimized SVG), agar yang tampil sama dengan yang Anda lihat.',
      en: 'A logo only needs its drawing: save it again without scripts, links, animation or pictures from other files (Inkscape: Save As › Optimized SVG), so what is shown is what you see.',
    },
  },
  misnamed: {
    message: { id: 'Logo "{path}" sebenarnya gambar {actual}, bukan {named}; logo tetap dipasang.', en: 'The logo "{path}" is really a {actual} image, not {named}; it is used anyway.' },
    hint: { id: 'Ganti nama berkasnya agar berakhiran {extension}, lalu perbarui logo: di penyelenggara.yaml.', en: 'Rename the file to end in {extension}, then update logo: in penyelenggara.yaml.' },
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
} satisfies Record<string, MessageDef>;

/** The type by the first bytes, whatever the name says; SVG is what is left if it reads as one. */
function rasterType(bytes: Buffer): LogoType | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}

/** Text that starts like markup and names an <svg> root: meant as an SVG, even if broken. */
const looksLikeSvg = (text: string) => /^\s*</.test(text) && /<(?:[\w-]+:)?svg[\s>/]/.test(text);

export interface LogoOptions {
  lang: Lang;
  media?: Media;
}

/**
 * The unit's logo as a `data:` URI, read from inside the unit folder and checked by content.
 * Every problem is located at `logo:` in penyelenggara.yaml: what makes the logo unusable is an
 * error (the pages are made without it), what was cleaned up or only looks odd a warning.
 */
export function readLogo(source: SourceFile, unitDir: string, logo: string, options: LogoOptions): { dataUri?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const say = (kind: keyof typeof LOGO_MESSAGES, severity: Diagnostic['severity'], params: Params = {}) =>
    diagnostics.push(makeDiagnostic(source.path, locate(source, '/logo'), '/logo', { rule: 'logo', severity, def: LOGO_MESSAGES[kind], params: { path: logo, ...params } }, options.lang));

  const read = readInside(unitDir, logo, { limit: MAX_LOGO_BYTES });
  if (!read.ok) {
    if (read.reason === 'too-large') say('too-large', 'error', { size: formatSize(read.size), limit: formatSize(read.limit) });
    else say(read.reason, 'error', fileProblemMessage(read, { path: logo, root: dirname(source.path) || '.' }, options.lang).params);
    return { diagnostics };
  }
  const bytes = read.bytes;
  let type = rasterType(bytes);
  let data = bytes;
  if (!type) {
    const text = bytes.toString('utf8');
    if (!looksLikeSvg(text.replace(/^\uFEFF/, ''))) {
      say('wrong-type', 'error');
      return { diagnostics };
    }
    const bad = firstInvalidUtf8(bytes);
    const svg = bad >= 0 ? undefined : sanitizeSvg(text.replace(/^\uFEFF/, ''));
    if (!svg || !svg.ok) {
      if (svg?.problem === 'doctype') say('svgDoctype', 'error');
      else if (svg?.problem === 'not-svg') say('wrong-type', 'error');
      else {
        const at = svg ?? lineColumn(bytes.subarray(0, bad).toString('utf8'), Infinity);
        say('svgInvalid', 'error', { line: at.line, column: at.column });
      }
      return { diagnostics };
    }
    type = 'image/svg+xml';
    data = Buffer.from(svg.svg, 'utf8');
    if (svg.removed.length > 0) say('svgRemoved', 'warning', { removed: svg.removed.slice(0, 6).join(', ') + (svg.removed.length > 6 ? ', …' : '') });
    if (options.media === 'print' && svg.hasText) say('svgText', 'warning');
  }
  const named = EXTENSION_TYPES[extname(logo).toLowerCase()];
  if (named && named !== type) say('misnamed', 'warning', { actual: TYPE_NAMES[type], named: TYPE_NAMES[named], extension: EXTENSIONS[type] });
  return { dataUri: `data:${type};base64,${data.toString('base64')}`, diagnostics };
}
