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

const sharedSheets = new Map<string, string>();

/**
 * The stylesheet every page shares: the print fonts when printing, then the base CSS. The same
 * string object comes back for the same input, so its CSP hash is computed once per run.
 */
export function sharedStyles(base: string, media: Media): string {
  const key = `${media}\0${base}`;
  let sheet = sharedSheets.get(key);
  if (sheet === undefined) {
    sheet = media === 'print' ? `${printFontFaces()}\n${base}` : base;
    sharedSheets.set(key, sheet);
  }
  return sheet;
}

/**
 * A Content-Security-Policy that allows exactly this page's stylesheet (by hash) and data: images
 * and fonts: no script, no request, no form, no base URL can be added by anything on the page.
 */
const knownHashes = new Map<string, string>();

function styleHash(css: string): string {
  let hash = knownHashes.get(css);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    // Page-specific sheets (a footer with the service's name) are hashed once and not kept.
    if (css.length > 4096) knownHashes.set(css, hash);
  }
  return hash;
}

export function contentSecurityPolicy(styles: readonly string[]): string {
  return `default-src 'none'; style-src ${styles.map(styleHash).join(' ') || "'none'"}; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
}
