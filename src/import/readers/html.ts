import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Diagnostic } from '../../diagnostics.js';
import type { Block, ListItem, SourceRef, TableCell } from '../blocks.js';
import { readerProblem } from './messages.js';
import { decodeText, type ReaderOptions } from './reader.js';

/**
 * Web pages (saved from a browser, SIPP-style service pages, this project's own pages) and the HTML
 * mammoth makes of Word files, as blocks: the page's content without its chrome (menus, site
 * header and footer, scripts, hidden parts), tables with their merged cells, lists with their
 * markers, definition lists as label/value rows.
 */

export interface HtmlReadOptions {
  /** Locate blocks by line and column of the HTML (a web page), or not at all (HTML made from a Word file). */
  locate: boolean;
  /**
   * Give an ordered list's items the marker the browser shows ("1.", "a.", "iii.") when their text
   * carries none. Off for Word files, whose markers are put into the text before conversion.
   */
  markersFromType: boolean;
}

export interface HtmlContent {
  blocks: Block[];
  /** Images (and SVG drawings with text) left out of the content, for readers that must say so. */
  images: number;
}

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'math', 'select', 'button', 'input', 'textarea', 'datalist', 'audio', 'video', 'map', 'nav', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'complementary']);
/** Class or id names sites give their menus, sidebars, share buttons and cookie notices. */
const CHROME_NAMES = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'main-menu', 'mainmenu', 'top-menu', 'topmenu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'widget-area',
  'share', 'sharing', 'social', 'social-share', 'cookie-notice', 'cookie-banner', 'skip-link', 'pagination', 'site-header', 'site-footer', 'masthead', 'colophon', 'related-posts',
]);
/** Page-level regions that are chrome outside an article: a site's header, footer and side column. */
const PAGE_REGIONS = new Set(['header', 'footer', 'aside']);
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'details', 'dd', 'div', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup',
  'html', 'legend', 'li', 'main', 'p', 'section', 'summary', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'aside', 'search',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * A list marker written in the text: "a.", "1)", "(2)", "1.1.", "iv.", "-", "•"; followed by white
 * space, or by a capital letter right after a number ("1.Kotak Saran", as typed in real documents).
 */
const TEXT_MARKER = /^((?:\(\s*(?:\d{1,3}|[a-z]|[ivx]{1,5})\s*\))|(?:(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)])|[-–—•·●○▪■◦►➢✓*])(?:\s+|(?<=\d[.)])(?=\p{Lu}))/iu;

export function splitMarker(text: string): { marker?: string; text: string } {
  const m = TEXT_MARKER.exec(text);
  return m && m[0].length < text.length ? { marker: m[1]!, text: text.slice(m[0].length) } : { text };
}

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: T.ChildNode): node is T.Element => 'tagName' in node;

interface Styles {
  /** Classes the page's own style sheet shows as blocks (a note under an item) or hides (from sight: screen-reader text too). */
  block: Set<string>;
  hidden: Set<string>;
}

/** Single-class rules at the top level of the page's style sheets (media queries are for other screens). */
function readStyles(document: T.Document): Styles {
  const styles: Styles = { block: new Set(), hidden: new Set() };
  const sheets: string[] = [];
  const collect = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'style') sheets.push(child.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join(''));
      else collect(child.tagName === 'template' ? (child as T.Template).content : child);
    }
  };
  collect(document);
  for (const sheet of sheets) {
    const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    let start = 0;
    for (let i = 0; i < css.length; i++) {
      if (css[i] === '{') {
        if (depth === 0) {
          const selectors = css.slice(start, i);
          const close = css.indexOf('}', i);
          if (!selectors.trim().startsWith('@') && close > 0) {
            const body = css.slice(i + 1, close);
            const display = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(body)?.[1]?.toLowerCase();
            // Text kept for screen readers only ("sr-only", "visually-hidden"): clipped to nothing.
            const clipped = /(?:^|;)\s*clip\s*:\s*rect\(\s*0[a-z]*\s*,?\s*0/i.test(body) || /(?:^|;)\s*clip-path\s*:\s*inset\(\s*50%/i.test(body);
            const target = display === 'none' || clipped ? styles.hidden : display && /^(?:block|flex|grid|list-item|table)$/.test(display) ? styles.block : undefined;
            for (const selector of selectors.split(',')) {
              const name = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector)?.[1];
              if (target && name) target.add(name);
            }
          }
        }
        depth++;
      } else if (css[i] === '}') {
        depth = Math.max(0, depth - 1);
        if (depth === 0) start = i + 1;
      }
    }
  }
  return styles;
}

interface Context {
  file: string;
  options: HtmlReadOptions;
  styles: Styles;
  /** Whether page regions (header, footer, aside) are chrome here: in a page without <main>, outside an article. */
  regionsAreChrome: boolean;
  images: number;
}

const classes = (el: T.Element) => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);

function isHidden(el: T.Element, ctx: Context): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, 'style') ?? '')) return true;
  return classes(el).some((c) => ctx.styles.hidden.has(c));
}

function isChrome(el: T.Element, ctx: Context): boolean {
  if (SKIPPED.has(el.tagName)) return true;
  if (CHROME_ROLES.has(attr(el, 'role') ?? '')) return true;
  if (ctx.regionsAreChrome && PAGE_REGIONS.has(el.tagName)) return true;
  const id = attr(el, 'id');
  return [...classes(el), ...(id ? [id] : [])].some((name) => CHROME_NAMES.has(name.toLowerCase()));
}

const isBlock = (el: T.Element, ctx: Context) => BLOCK_TAGS.has(el.tagName) || classes(el).some((c) => ctx.styles.block.has(c));

/** Text gathered in reading order until a block boundary; white space as a browser collapses it. */
class Flow {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private at: SourceRef | undefined;

  constructor(private readonly ctx: Context) {}

  text(value: string, at: SourceRef) {
    if (this.at === undefined && value.trim() !== '') this.at = at;
    this.parts.push(value.replace(/[ \t\n\r\f\u00a0]+/g, ' '));
  }

  raw(value: string, at: SourceRef) {
    if (this.at === undefined && value.trim() !== '') this.at = at;
    this.parts.push(value);
  }

  lineBreak() {
    this.parts.push('\n');
  }

  flush() {
    const text = collapseLines(this.parts.join(''));
    if (text !== '') this.blocks.push({ kind: 'paragraph', text, at: this.at ?? { file: this.ctx.file } });
    this.parts = [];
    this.at = undefined;
  }

  push(block: Block) {
    this.flush();
    this.blocks.push(block);
  }
}

/** Lines trimmed, spaces collapsed, empty lines dropped. */
const collapseLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

function where(node: T.ChildNode | T.Element, ctx: Context): SourceRef {
  const loc = ctx.options.locate ? node.sourceCodeLocation : undefined;
  return loc ? { file: ctx.file, line: loc.startLine, column: loc.startCol } : { file: ctx.file };
}

/** Parents as walked: an element, the document, or a few nodes set apart. */
interface Parent {
  childNodes: T.ChildNode[];
}

/** Where a text's first visible character is (its node starts with the white space before it). */
function textWhere(node: T.TextNode, ctx: Context): SourceRef {
  const at = where(node, ctx);
  if (at.line === undefined || at.column === undefined) return at;
  const leading = /^[ \t\n\r\f]*/.exec(node.value)![0].split(/\r\n|\r|\n/);
  return leading.length > 1 ? { ...at, line: at.line + leading.length - 1, column: leading[leading.length - 1]!.length + 1 } : { ...at, column: at.column + leading[0]!.length };
}

function walk(parent: Parent, flow: Flow, ctx: Context) {
  for (const node of parent.childNodes) {
    if (node.nodeName === '#text') {
      flow.text((node as T.TextNode).value, textWhere(node as T.TextNode, ctx));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (tag === 'svg') {
      if (hasText(node)) ctx.images++;
      continue;
    }
    if (tag === 'img') {
      ctx.images++;
      continue;
    }
    if (isChrome(node, ctx) || isHidden(node, ctx)) continue;
    if (tag === 'br') flow.lineBreak();
    else if (tag === 'hr') flow.flush();
    else if (Object.hasOwn(HEADINGS, tag)) {
      const text = textOf(node, ctx);
      if (text !== '') flow.push({ kind: 'heading', level: HEADINGS[tag]!, text, at: where(node, ctx) });
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
      const list = listOf(node, ctx);
      if (list.items.length > 0) flow.push(list);
    } else if (tag === 'table') {
      tableOf(node, flow, ctx);
    } else if (tag === 'dl') {
      const rows = definitionRows(node, ctx);
      if (rows.length > 0) flow.push({ kind: 'table', rows, at: where(node, ctx) });
    } else if (tag === 'pre' || tag === 'xmp' || tag === 'listing') {
      flow.flush();
      flow.raw(rawText(node), where(node, ctx));
      flow.flush();
    } else if (isBlock(node, ctx)) {
      flow.flush();
      walk(node, flow, { ...ctx, regionsAreChrome: ctx.regionsAreChrome && tag !== 'article' });
      flow.flush();
    } else {
      walk(node, flow, ctx);
    }
  }
}

const hasText = (el: T.Element): boolean => el.childNodes.some((c) => (c.nodeName === '#text' ? (c as T.TextNode).value.trim() !== '' : isElement(c) && hasText(c)));

const rawText = (el: T.Element): string => el.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : isElement(c) ? (c.tagName === 'br' ? '\n' : rawText(c)) : '')).join('');

/** The blocks inside an element (a list item, a table cell), read on their own. */
function blocksOf(el: Parent, ctx: Context): Block[] {
  const flow = new Flow(ctx);
  walk(el, flow, ctx);
  flow.flush();
  return flow.blocks;
}

/** A block's text as one string: lines for paragraphs, list items with their markers, table rows. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map(itemText).join('\n');
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.text.replace(/\n/g, ' ')).join(' | ')).join('\n');
  }
}

const itemText = (item: ListItem): string => [[item.marker, item.text].filter(Boolean).join(' '), ...item.children.map(blockText)].filter(Boolean).join('\n');

const textOf = (el: T.Element, ctx: Context) => blocksOf(el, ctx).map(blockText).join('\n');

const ROMAN: readonly [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** "a" for 1, "z" for 26, "aa" for 27, as browsers and Word letter lists. */
export function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

function typeMarker(type: string | undefined, n: number): string {
  if (n < 1 && type !== undefined && type !== '1') return `${n}.`;
  switch (type) {
    case 'a':
      return `${letters(n)}.`;
    case 'A':
      return `${letters(n).toUpperCase()}.`;
    case 'i':
      return `${roman(n)}.`;
    case 'I':
      return `${roman(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

function listOf(el: T.Element, ctx: Context): Extract<Block, { kind: 'list' }> {
  const ordered = el.tagName === 'ol';
  const items: ListItem[] = [];
  const type = attr(el, 'type');
  const reversed = attr(el, 'reversed') !== undefined;
  const liCount = el.childNodes.filter((c) => isElement(c) && c.tagName === 'li').length;
  const start = Number.parseInt(attr(el, 'start') ?? '', 10);
  let n = Number.isFinite(start) ? start : reversed ? liCount : 1;
  for (const child of el.childNodes) {
    if (child.nodeName === '#text') {
      // Text straight inside a list (invalid, but written): an item of its own.
      const text = (child as T.TextNode).value.replace(/\s+/g, ' ').trim();
      if (text !== '') items.push({ ...splitMarker(text), children: [] });
      continue;
    }
    if (!isElement(child) || isChrome(child, ctx) || isHidden(child, ctx)) continue;
    if (child.tagName !== 'li') {
      // A list written straight inside a list, or a stray element: it belongs to the item before it.
      const blocks = blocksOf({ childNodes: [child] }, ctx);
      const last = items[items.length - 1];
      if (last) last.children.push(...blocks);
      else items.push(...blocks.map((b) => ({ text: blockText(b), children: [] })));
      continue;
    }
    const value = Number.parseInt(attr(child, 'value') ?? '', 10);
    if (Number.isFinite(value)) n = value;
    const blocks = blocksOf(child, ctx);
    const first = blocks[0];
    const lead = first && first.kind === 'paragraph' ? (blocks.shift() as { text: string }).text : '';
    const carried = splitMarker(lead);
    const marker = carried.marker ?? (ordered && ctx.options.markersFromType ? typeMarker(type, n) : undefined);
    items.push({ ...(marker !== undefined ? { marker } : {}), text: carried.text, children: blocks });
    n += reversed ? -1 : 1;
  }
  return { kind: 'list', ordered, items, at: where(el, ctx) };
}

function cellOf(el: T.Element, ctx: Context): TableCell {
  const blocks = blocksOf(el, ctx);
  const span = (name: string, max: number) => Math.min(max, Math.max(1, Number.parseInt(attr(el, name) ?? '1', 10) || 1));
  return { text: blocks.map(blockText).join('\n'), blocks, colspan: span('colspan', 1000), rowspan: span('rowspan', 65534) };
}

/** Rows in the order a browser shows them: head, bodies and bare rows, then the foot. */
function tableOf(el: T.Element, flow: Flow, ctx: Context) {
  const head: T.Element[] = [];
  const body: T.Element[] = [];
  const foot: T.Element[] = [];
  for (const child of el.childNodes) {
    if (!isElement(child) || isHidden(child, ctx)) continue;
    if (child.tagName === 'caption') {
      const text = textOf(child, ctx);
      if (text !== '') flow.push({ kind: 'paragraph', text, at: where(child, ctx) });
    } else if (child.tagName === 'tr') body.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      const rows = child.childNodes.filter((r): r is T.Element => isElement(r) && r.tagName === 'tr' && !isHidden(r, ctx));
      (child.tagName === 'thead' ? head : child.tagName === 'tfoot' ? foot : body).push(...rows);
    }
  }
  const rows = [...head, ...body, ...foot]
    .map((tr) => tr.childNodes.filter((c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c, ctx)).map((c) => cellOf(c, ctx)))
    .filter((row) => row.length > 0);
  if (rows.length > 0) flow.push({ kind: 'table', rows, at: where(el, ctx) });
}

/** A definition list as label/value rows: terms that share a definition on one row, a definition without a term beside an empty label. */
function definitionRows(el: T.Element, ctx: Context): TableCell[][] {
  const entries: T.Element[] = [];
  const gather = (node: T.Element) => {
    for (const child of node.childNodes) {
      if (!isElement(child) || isHidden(child, ctx)) continue;
      if (child.tagName === 'dt' || child.tagName === 'dd') entries.push(child);
      else if (child.tagName === 'div') gather(child);
    }
  };
  gather(el);
  const rows: TableCell[][] = [];
  const merge = (cells: TableCell[]): TableCell => ({ text: cells.map((c) => c.text).filter(Boolean).join('\n'), blocks: cells.flatMap((c) => c.blocks), colspan: 1, rowspan: 1 });
  let i = 0;
  while (i < entries.length) {
    const terms: TableCell[] = [];
    const definitions: TableCell[] = [];
    while (i < entries.length && entries[i]!.tagName === 'dt') terms.push(cellOf(entries[i++]!, ctx));
    while (i < entries.length && entries[i]!.tagName === 'dd') definitions.push(cellOf(entries[i++]!, ctx));
    rows.push([merge(terms), merge(definitions)]);
  }
  return rows;
}

/** The page's main content: its one <main> when it has one, else the body with page regions taken as chrome. */
function contentRoot(document: T.Document): { root: T.ParentNode; regionsAreChrome: boolean } {
  const mains: T.Element[] = [];
  let body: T.Element | undefined;
  const find = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'body') body = child;
      if (child.tagName === 'main' || attr(child, 'role') === 'main') mains.push(child);
      else find(child);
    }
  };
  find(document);
  if (mains.length === 1) return { root: mains[0]!, regionsAreChrome: false };
  return { root: body ?? document, regionsAreChrome: true };
}

/** Blocks of an HTML text. */
export function htmlContent(file: string, html: string, options: HtmlReadOptions): HtmlContent {
  const document = parse(html, { sourceCodeLocationInfo: options.locate });
  const { root, regionsAreChrome } = contentRoot(document);
  const ctx: Context = { file, options, styles: readStyles(document), regionsAreChrome, images: 0 };
  const flow = new Flow(ctx);
  walk(root, flow, ctx);
  flow.flush();
  return { blocks: flow.blocks, images: ctx.images };
}

/** The character set a page declares in its first 1024 bytes, as browsers look for it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
}

export async function readHtml(file: string, bytes: Uint8Array, { lang }: ReaderOptions) {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const problems: Diagnostic[] = [];
  if (decoded.unknown) problems.push(readerProblem(file, 'unknownCharset', lang, { charset: decoded.unknown }, { severity: 'warning' }));
  if (decoded.guessed) problems.push(readerProblem(file, 'notUtf8', lang, { charset: decoded.guessed }, { severity: 'info' }));
  const { blocks } = htmlContent(file, decoded.text, { locate: true, markersFromType: true });
  if (blocks.length === 0) problems.push(readerProblem(file, 'noText', lang));
  return { file, format: 'html' as const, blocks, problems };
}
