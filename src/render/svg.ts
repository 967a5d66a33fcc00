import type * as FastXmlParser from 'fast-xml-parser';
import { lazyRequire } from '../lazy.js';
import { escapeAttribute, escapeMarkup } from '../files/markup.js';

/**
 * An SVG logo rebuilt from an allowlist: only drawing survives (shapes, paths, text, gradients,
 * clip paths, masks, filters, internal references), never script, event handlers, links,
 * animation, embedded documents or anything that loads from elsewhere. The page's CSP would
 * stop most of it in a browser; the PDF printer and custom templates must not depend on that.
 *
 * The output is serialised here, with every value escaped, so what a browser reads is exactly
 * what was checked, whatever the parser made of odd input.
 */

export type SvgResult =
  | {
      ok: true;
      svg: string;
      /** What was taken out because a logo may not carry it (`<script>`, `onload`, …), for a warning. */
      removed: string[];
      /** A <text> is kept: in a PDF it is printed in a font of the machine. */
      hasText: boolean;
    }
  | { ok: false; problem: 'doctype' }
  | { ok: false; problem: 'invalid'; line: number; column: number }
  | { ok: false; problem: 'not-svg' };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'text', 'tspan', 'textPath', 'style', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap',
  'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);
/** Dropped, their drawing kept: a link around a shape, an editor's <switch>. */
const UNWRAPPED = new Set(['a', 'switch']);
/** Elements worth telling the author about when taken out; the rest (metadata, editor data) goes quietly. */
const DANGEROUS = new Set([
  'script', 'foreignObject', 'iframe', 'embed', 'object', 'a', 'animate', 'animateMotion', 'animateTransform', 'animateColor', 'set',
  'discard', 'handler', 'listener', 'feImage', 'video', 'audio', 'canvas', 'cursor', 'font-face-uri', 'html', 'body', 'link', 'meta', 'base',
]);
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'transform', 'lang', 'xml:lang', 'xml:space', 'role', 'title',
  // Presentation attributes.
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation', 'color-interpolation-filters',
  'color-rendering', 'direction', 'display', 'dominant-baseline', 'enable-background', 'fill', 'fill-opacity', 'fill-rule', 'filter',
  'flood-color', 'flood-opacity', 'font', 'font-family', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style', 'font-variant',
  'font-weight', 'image-rendering', 'isolation', 'letter-spacing', 'lighting-color', 'marker', 'marker-end', 'marker-mid', 'marker-start',
  'mask', 'mask-type', 'mix-blend-mode', 'opacity', 'overflow', 'paint-order', 'shape-rendering', 'stop-color', 'stop-opacity', 'stroke',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width',
  'text-anchor', 'text-decoration', 'text-rendering', 'transform-origin', 'unicode-bidi', 'vector-effect', 'visibility', 'word-spacing',
  'writing-mode',
  // Geometry, gradients, patterns, clipping, markers, text layout.
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points', 'width', 'height', 'viewBox',
  'preserveAspectRatio', 'version', 'baseProfile', 'pathLength', 'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerWidth',
  'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method',
  'spacing', 'side', 'media', 'type',
  // Filter primitives.
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values',
  'tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'surfaceScale', 'specularConstant', 'specularExponent', 'diffuseConstant',
  'kernelMatrix', 'kernelUnitLength', 'order', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode', 'preserveAlpha', 'radius', 'scale',
  'xChannelSelector', 'yChannelSelector', 'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'azimuth', 'elevation', 'pointsAtX',
  'pointsAtY', 'pointsAtZ', 'limitingConeAngle',
]);
const HREFS = new Set(['href', 'xlink:href']);

/** `url(#id)`, the only url() a logo may hold: a reference to its own gradient, clip path, mask, filter or marker. */
const INTERNAL_URL = /url\(\s*(['"]?)#[\w.:-]+\1\s*\)/gi;
/** What may still fetch, run or hide something once internal url()s are gone (a backslash could spell any of it). */
const UNSAFE_VALUE = /url\s*\(|image-set\s*\(|image\s*\(|src\s*\(|element\s*\(|cross-fade\s*\(|expression\s*\(|@import|javascript:|vbscript:|data:|\\/i;
const INTERNAL_HREF = /^#[\w.:-]+$/;
const RASTER_DATA = /^data:image\/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/\s]+={0,2})$/;

const safeValue = (value: string) => !UNSAFE_VALUE.test(value.replace(INTERNAL_URL, ''));

const RASTER_SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')),
  webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** An embedded picture is kept only as a data: PNG, JPEG, GIF or WebP whose bytes are one. */
function rasterData(value: string): boolean {
  const m = RASTER_DATA.exec(value.trim());
  return m !== null && RASTER_SIGNATURES[m[1]!]!(Buffer.from(m[2]!, 'base64'));
}

class Malformed extends Error {}

/** XML's five entities and character references, as a browser would read them; anything else is not XML. */
function decode(raw: string): string {
  return raw.replace(/&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));|&/g, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[named]!;
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
    const xmlChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!xmlChar) throw new Malformed(whole);
    return String.fromCodePoint(code);
  });
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const xml = lazyRequire<typeof FastXmlParser>('fast-xml-parser');
let parser: FastXmlParser.XMLParser | undefined;
const parserOptions: FastXmlParser.X2jOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
};

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}

/** 1-based line and column of `offset` in `text` (its end when past it). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** Rebuild `text` (an SVG document) from the allowlist. */
export function sanitizeSvg(text: string): SvgResult {
  const bare = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  // A DTD can pull in other files or expand to gigabytes: never needed by a logo.
  if (/<!DOCTYPE|<!ENTITY/i.test(bare)) return { ok: false, problem: 'doctype' };
  const { XMLParser, XMLValidator } = xml();
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) return { ok: false, problem: 'invalid', line: valid.err.line, column: valid.err.col };
  let tree: XmlNode[];
  try {
    tree = (parser ??= new XMLParser(parserOptions)).parse(text) as XmlNode[];
  } catch {
    return { ok: false, problem: 'invalid', ...lineColumn(text, 0) };
  }
  const roots = tree.filter((n) => nameOf(n) !== '#text');
  if (roots.length !== 1) return roots.length === 0 ? { ok: false, problem: 'not-svg' } : { ok: false, problem: 'invalid', ...lineColumn(text, text.length) };

  // Prefixes bound to the SVG namespace (<svg:path>) name SVG elements; any other prefix is an editor's own data.
  const svgPrefixes = new Set<string>();
  const collect = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      for (const [name, value] of Object.entries(n[':@'] ?? {})) if (name.startsWith('xmlns:') && value === SVG_NS) svgPrefixes.add(name.slice(6));
      const children = n[nameOf(n)];
      if (Array.isArray(children)) collect(children as XmlNode[]);
    }
  };
  collect(roots);
  const localName = (name: string): string | undefined => {
    const colon = name.indexOf(':');
    return colon < 0 ? name : svgPrefixes.has(name.slice(0, colon)) ? name.slice(colon + 1) : undefined;
  };
  if (localName(nameOf(roots[0]!)) !== 'svg') return { ok: false, problem: 'not-svg' };

  const removed = new Set<string>();
  let hasText = false;
  let usesXlink = false;

  const textOf = (children: XmlNode[]): string =>
    children.map((c) => (nameOf(c) === '#text' ? decode(String(c['#text'])) : nameOf(c) === '#cdata' ? (c['#cdata'] as XmlNode[]).map((t) => String(t['#text'])).join('') : '')).join('');

  const attributes = (element: string, attrs: Record<string, string>): string | undefined => {
    let out = '';
    for (const [name, raw] of Object.entries(attrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const value = decode(raw);
      if (HREFS.has(name)) {
        const ok = element === 'image' ? rasterData(value) : INTERNAL_HREF.test(value.trim());
        if (!ok) {
          removed.add(`${name}="${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`);
          // Without its reference a <use> or an <image> draws nothing.
          if (element === 'use' || element === 'image') return undefined;
          continue;
        }
        if (name === 'xlink:href') usesXlink = true;
      } else if (!ATTRIBUTES.has(name) && !name.startsWith('aria-')) {
        if (/^on/i.test(name)) removed.add(name);
        continue;
      } else if (!safeValue(value)) {
        removed.add(`${name}="${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`);
        continue;
      }
      out += ` ${name}="${escapeAttribute(value)}"`;
    }
    return out;
  };

  const build = (nodes: XmlNode[]): string => {
    let out = '';
    for (const node of nodes) {
      const key = nameOf(node);
      if (key === '#text') {
        out += escapeMarkup(decode(String(node['#text'])));
        continue;
      }
      if (key === '#cdata') continue;
      const children = (node[key] ?? []) as XmlNode[];
      const name = localName(key);
      if (name === undefined) continue;
      if (UNWRAPPED.has(name)) {
        if (DANGEROUS.has(name)) removed.add(`<${name}>`);
        out += build(children);
        continue;
      }
      if (!ELEMENTS.has(name)) {
        if (DANGEROUS.has(name)) removed.add(`<${name}>`);
        continue;
      }
      const attrs = attributes(name, node[':@'] ?? {});
      if (attrs === undefined) {
        removed.add(`<${name}>`);
        continue;
      }
      if (name === 'style') {
        const css = textOf(children);
        if (!safeValue(css)) {
          removed.add('<style>');
          continue;
        }
        out += `<style${attrs}>${escapeMarkup(css)}</style>`;
        continue;
      }
      if (TEXT_ELEMENTS.has(name)) hasText = true;
      const inner = build(children);
      out += inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
    }
    return out;
  };

  let body: string;
  try {
    body = build(roots);
  } catch (err) {
    if (!(err instanceof Malformed)) throw err;
    return { ok: false, problem: 'invalid', ...lineColumn(text, Math.max(0, text.indexOf(err.message))) };
  }
  const namespaces = ` xmlns="${SVG_NS}"${usesXlink ? ` xmlns:xlink="${XLINK_NS}"` : ''}`;
  const svg = body.replace(/^<svg/, `<svg${namespaces}`);
  return { ok: true, svg, removed: [...removed], hasText };
}
