import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontFamily = 'sans' | 'serif';

const PACKAGES: Record<FontFamily, { pkg: string; file: string; family: string }> = {
  sans: { pkg: '@fontsource/noto-sans', file: 'noto-sans', family: 'Noto Sans' },
  serif: { pkg: '@fontsource/noto-serif', file: 'noto-serif', family: 'Noto Serif' },
};

const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

interface Subset {
  name: string;
  ranges: [number, number][];
  /** The @font-face rules of this subset, built on first use. */
  css?: string;
}

const require = createRequire(import.meta.url);
const subsetsByFamily = new Map<FontFamily, Subset[]>();

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
  });
}

function subsetsOf(family: FontFamily): Subset[] {
  let subsets = subsetsByFamily.get(family);
  if (!subsets) {
    const root = dirname(require.resolve(`${PACKAGES[family].pkg}/package.json`));
    const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
    subsets = Object.entries(ranges).map(([name, range]) => ({ name, ranges: parseRanges(range) }));
    subsetsByFamily.set(family, subsets);
  }
  return subsets;
}

function subsetCss(family: FontFamily, subset: Subset): string {
  if (subset.css !== undefined) return subset.css;
  const { pkg, file, family: name } = PACKAGES[family];
  const root = dirname(require.resolve(`${pkg}/package.json`));
  const range = subset.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',');
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    for (const style of STYLES) {
      const path = join(root, 'files', `${file}-${subset.name}-${weight}-${style}.woff2`);
      if (!existsSync(path)) continue;
      rules.push(
        `@font-face { font-family: '${name}'; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
          `src: url(data:font/woff2;base64,${readFileSync(path).toString('base64')}) format('woff2'); unicode-range: ${range}; }`,
      );
    }
  }
  subset.css = rules.join('\n');
  return subset.css;
}

/** The subsets whose characters appear in `text`; Latin always, since every document uses it. */
function neededSubsets(family: FontFamily, text: string): Subset[] {
  const subsets = subsetsOf(family);
  const needed = new Set<Subset>(subsets.filter((s) => s.name === 'latin'));
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x100 || seen.has(cp)) continue;
    seen.add(cp);
    for (const s of subsets) if (!needed.has(s) && s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) needed.add(s);
  }
  return subsets.filter((s) => needed.has(s));
}

/** The names of the subsets `text` needs, e.g. "latin" or "latin,latin-ext": equal for equal font CSS. */
export function subsetKey(families: readonly FontFamily[], text: string): string {
  return [...new Set(families.flatMap((family) => neededSubsets(family, text).map((s) => s.name)))].join(',');
}

/**
 * @font-face rules for the shipped Noto fonts (regular, bold, italic, bold italic) with every file
 * inlined as a data: URI, so the PDF embeds the same fonts on every machine and the page makes no
 * request. Only the subsets `text` needs are inlined: a document in plain Indonesian carries
 * the 4 small Latin files per family, not the 4 times larger Latin Extended ones, and prints
 * noticeably faster for it.
 */
export function fontFaceCss(families: readonly FontFamily[], text: string): string {
  return families.flatMap((family) => neededSubsets(family, text).map((s) => subsetCss(family, s))).join('\n');
}
