import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Labels } from './labels.js';
import type { Media } from './types.js';

const require = createRequire(import.meta.url);

/** Only the subsets Indonesian text needs; the others would add weight and no glyph we print. */
const FONT_SUBSETS = ['latin', 'latin-ext'];
const FONT_FILES: Record<string, string[]> = {
  '@fontsource/noto-sans': ['400.css', '700.css', '400-italic.css'],
  '@fontsource/noto-serif': ['400.css', '700.css'],
};

let printFonts: string | undefined;

/**
 * @font-face rules for Noto Sans and Noto Serif with the woff2 files inlined as data: URIs, so a
 * page printed to PDF embeds the same fonts on every machine and requests nothing.
 */
export function printFontFaces(): string {
  if (printFonts !== undefined) return printFonts;
  const out: string[] = [];
  for (const [pkg, files] of Object.entries(FONT_FILES)) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const file of files) {
      const css = readFileSync(join(dir, file), 'utf8');
      for (const m of css.matchAll(/\/\* ([a-z-]+)-\d{3}-(?:normal|italic) \*\/\s*(@font-face\s*\{[^}]*\})/g)) {
        if (!FONT_SUBSETS.includes(m[1]!.replace(/^noto-(?:sans|serif)-/, ''))) continue;
        out.push(
          m[2]!.replace(/src:[^;]*;/, (src) => {
            const woff2 = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(src)![1]!;
            return `src: url(data:font/woff2;base64,${readFileSync(join(dir, woff2)).toString('base64')}) format('woff2');`;
          }),
        );
      }
    }
  }
  printFonts = out.join('\n');
  return printFonts;
}

/** A CSS string literal for any text: every character outside [A-Za-z0-9 ] is escaped, so user text cannot leave it. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** Page furniture for print: the document's name at the foot, "Halaman n dari m" on the right. */
export function pageMarginCss(footer: string, l: Labels): string {
  return `@page { @bottom-left { content: ${cssString(footer)}; } @bottom-right { content: ${cssString(`${l.pages} `)} counter(page) ${cssString(` ${l.of} `)} counter(pages); } }`;
}

/** The stylesheet of a page: the base CSS, the page's own rules, and the print fonts when printing. */
export function pageStyles(base: string, extra: readonly string[], media: Media): string {
  return [media === 'print' ? printFontFaces() : '', base, ...extra].filter(Boolean).join('\n');
}

/**
 * A Content-Security-Policy that allows exactly this page's stylesheet (by hash) and data: images
 * and fonts: no script, no request, no form, no base URL can be added by anything on the page.
 */
export function contentSecurityPolicy(styles: readonly string[]): string {
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return `default-src 'none'; style-src ${hashes.join(' ') || "'none'"}; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
}
