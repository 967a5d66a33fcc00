import { createHash } from 'node:crypto';
import { fontFaceCss, subsetKey } from './fonts.js';
import type { Labels } from '../labels.js';
import type { Media } from '../types.js';

/** The shipped families every print page may use: Noto Sans for text, Noto Serif for headings. */
const PRINT_FAMILIES = ['sans', 'serif'] as const;

/**
 * @font-face rules for Noto Sans and Noto Serif with the woff2 files inlined as data: URIs, so a
 * page printed to PDF embeds the same fonts on every machine and requests nothing. Regular, bold
 * and both italics: a missing face would be synthesised, and a synthesised face is printed as a
 * Type 3 font instead of the shipped one. Only the subsets `text` needs (Latin always).
 */
export function printFontFaces(text = ''): string {
  return fontFaceCss(PRINT_FAMILIES, text);
}

/** A CSS string literal for any text: every character outside [A-Za-z0-9 ] is escaped, so user text cannot leave it. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * Page furniture for print: the document's name at the foot, "Halaman n dari m" on the right, and
 * on a document that is not ready to publish, the draft mark at the top of every page.
 */
export function pageMarginCss(footer: string, l: Labels, draft?: string): string {
  const top = draft ? ` @top-center { content: ${cssString(draft)}; }` : '';
  return `@page { @bottom-left { content: ${cssString(footer)}; } @bottom-right { content: ${cssString(`${l.pages} `)} counter(page) ${cssString(` ${l.of} `)} counter(pages); }${top} }`;
}

const sharedSheets = new Map<string, string>();

/**
 * The stylesheet every page shares: the print fonts when printing, then the base CSS. The same
 * string object comes back for the same input, so its CSP hash is computed once per run.
 */
export function sharedStyles(base: string, media: Media, text = ''): string {
  const key = `${media}\0${media === 'print' ? subsetKey(PRINT_FAMILIES, text) : ''}\0${base}`;
  let sheet = sharedSheets.get(key);
  if (sheet === undefined) {
    sheet = media === 'print' ? `${printFontFaces(text)}\n${base}` : base;
    sharedSheets.set(key, sheet);
  }
  return sheet;
}

// The sheets every page shares are hashed once, and a few others with them. Each is kept as a copy:
// the text given is a slice of its page's HTML, and would keep the whole page (a portal of 2,000
// units kept 55 catalogue pages of 1.2 MB).
const knownHashes = new Map<string, string>();
const KNOWN_HASHES = 8;

function sourceHash(css: string): string {
  let hash = knownHashes.get(css);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    // Page-specific sheets (a footer with the service's name) are small, and are not kept.
    if (css.length > 4096) {
      if (knownHashes.size >= KNOWN_HASHES) knownHashes.delete(knownHashes.keys().next().value!);
      knownHashes.set(Buffer.from(css).toString(), hash);
    }
  }
  return hash;
}

/**
 * A Content-Security-Policy that allows exactly this page's stylesheets and scripts (by hash) and
 * data: images and fonts: no other script, no request, no form, no base URL can be added by
 * anything on the page.
 */
export function contentSecurityPolicy(styles: readonly string[], scripts: readonly string[] = [], files = false): string {
  const sources = [...(files ? ["'self'"] : []), ...scripts.map(sourceHash)];
  const script = sources.length > 0 ? `; script-src ${sources.join(' ')}` : '';
  return `default-src 'none'; style-src ${styles.map(sourceHash).join(' ') || "'none'"}${script}; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
}
