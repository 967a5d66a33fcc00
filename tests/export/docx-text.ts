import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { loadUnits } from '../../src/check/load-units.js';
import type { ExportUnit } from '../../src/export/index.js';
import { gate } from '../../src/render/gate.js';
import { BUILTIN_TEMPLATE_DIR, prepareUnit } from '../../src/render/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Text as a reader sees it, from the HTML of a page or of a Word file read back by mammoth: the
 * page's stylesheet decides which spans stand on their own line and which are not shown at all
 * (the "Telepon"/"Buka" labels of links are for screens), and its generated content is added.
 */
export const CSS = readFileSync(join(BUILTIN_TEMPLATE_DIR, 'standar.css'), 'utf8');
const classesWith = (declaration: RegExp) => new Set([...CSS.matchAll(/^((?:\.[\w-]+(?:,\s*)?)+)\s*\{([^}]*)\}/gm)].filter((m) => declaration.test(m[2]!)).flatMap((m) => m[1]!.split(',').map((c) => c.trim().slice(1))));
const BLOCK_CLASSES = classesWith(/display:\s*block/);
/** Hidden from sight: `display: none`, and the visually hidden captions of screen readers. */
const HIDDEN_CLASSES = new Set([...classesWith(/display:\s*none/), 'sr-only']);
/** The latest survey the full standard's page shows from skm/hasil-*.json: the unit's results, not a fact of the standard the Word file sets. */
const NOT_OF_THE_STANDARD = new Set(['hasil-skm']);

/** The page's generated content (standar.css), which `visibleText` adds: " · " between the letterhead's contacts, ":" after the decree's labels. */
export const GENERATED_CONTENT = ['.kop-kontak span + span::before { content: " · "; }', '.lampiran dt::after { content: ":";'];

const BLOCK_TAGS = new Set(['address', 'article', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const SKIPPED_TAGS = new Set(['head', 'script', 'style', 'svg', 'template', 'title']);

const classes = (e: Element) => (e.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
const isElement = (n: Node): n is Element => 'tagName' in n;

function within(e: Element, className: string): boolean {
  for (let p: Node | null = e; p && isElement(p); p = p.parentNode as Node | null) if (classes(p).includes(className)) return true;
  return false;
}

/** The element's visible text, block boundaries as line breaks. */
export function visibleText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node)) return '';
  if (isElement(node)) {
    if (SKIPPED_TAGS.has(node.tagName) || classes(node).some((c) => HIDDEN_CLASSES.has(c) || NOT_OF_THE_STANDARD.has(c))) return '';
  }
  let text = node.childNodes.map(visibleText).join('');
  if (isElement(node)) {
    const parent = node.parentNode as Node | null;
    if (node.tagName === 'span' && parent && isElement(parent) && classes(parent).includes('kop-kontak') && parent.childNodes.filter(isElement).indexOf(node) > 0) text = ` · ${text}`;
    if (node.tagName === 'dt' && within(node, 'lampiran')) text = `${text}:`;
    if (BLOCK_TAGS.has(node.tagName) || classes(node).some((c) => BLOCK_CLASSES.has(c))) text = `\n${text}\n`;
  }
  return text;
}

/** Whitespace made one space: the only difference allowed between the two texts. */
export const collapsed = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Whitespace left out: for the parts laid out differently on paper (the decree's "NOMOR : …" in a table). */
export const withoutSpace = (s: string) => s.replace(/\s+/g, '');

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

const children = (e: Element, tag: string) => e.childNodes.filter((n): n is Element => isElement(n) && n.tagName === tag);
/** The rows of a table, not those of the tables nested in its cells. */
const rowsOf = (table: Element) => [...children(table, 'tr'), ...['thead', 'tbody', 'tfoot'].flatMap((t) => children(table, t).flatMap((s) => children(s, 'tr')))];
const cellsOf = (row: Element) => row.childNodes.filter((n): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th'));

/** A component as the reader sees it: its number, name and URAIAN. */
export interface ComponentText {
  no: string;
  label: string;
  uraian: string;
}

/** The components of the HTML full standard, by key (`tr#komponen-<key>`). */
export function htmlComponents(html: string): Map<string, ComponentText> {
  const out = new Map<string, ComponentText>();
  for (const e of elements(parse(html))) {
    const id = e.attrs.find((a) => a.name === 'id')?.value;
    if (e.tagName !== 'tr' || !id?.startsWith('komponen-')) continue;
    const [no, label, uraian] = cellsOf(e).map((c) => collapsed(visibleText(c)));
    out.set(id.slice('komponen-'.length), { no: no!, label: label!, uraian: uraian! });
  }
  return out;
}

/** The rows of the Word file's component tables (those headed NO | KOMPONEN | URAIAN), in order. */
export function wordComponents(html: string, header: readonly string[]): ComponentText[] {
  const out: ComponentText[] = [];
  for (const table of [...elements(parseFragment(html) as unknown as Node)].filter((e) => e.tagName === 'table')) {
    const [head, ...rows] = rowsOf(table);
    if (!head || cellsOf(head).map((c) => collapsed(visibleText(c))).join('|') !== header.join('|')) continue;
    for (const row of rows) {
      const [no, label, uraian] = cellsOf(row).map((c) => collapsed(visibleText(c)));
      out.push({ no: no!, label: label!, uraian: uraian! });
    }
  }
  return out;
}

/** What the reader of the HTML page sees of the document: the draft mark and the article. */
export function htmlDocumentText(html: string): string {
  return [...elements(parse(html))]
    .filter((e) => e.tagName === 'article' || classes(e).includes('tanda-draf'))
    .map(visibleText)
    .join('\n');
}

/** The text of a Word file's body, as mammoth reads it back. */
export async function wordHtml(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

export const wordText = (html: string) => visibleText(parseFragment(html) as unknown as Node);

/** A unit as `standar ekspor` hands it to a target, every document kept (the read-back compares, it does not refuse). */
export async function exportUnit(dir: string): Promise<ExportUnit> {
  const loaded = await loadUnits([dir], { cwd: dir, lang: 'id' });
  const gated = gate(loaded, 'id').units[0]!;
  const { unit } = await prepareUnit(gated, 'id', { media: 'print' });
  return { dir, name: 'unit', provider: gated.provider, services: gated.services, unit, maklumat: unit.provider?.maklumat !== undefined };
}
