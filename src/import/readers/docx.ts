import { XMLParser } from 'fast-xml-parser';
import mammoth from 'mammoth';
import type { Diagnostic } from '../../diagnostics.js';
import type { Lang } from '../../i18n/index.js';
import type { Block, ReadDocument } from '../blocks.js';
import { chooseFormat } from './detect.js';
import { blockText, htmlContent, letters, readHtml, roman } from './html.js';
import { excerpt, readerProblem } from './messages.js';
import { refused, type ReaderOptions } from './reader.js';
import { readZip, ZipError, type ZipEntry } from '../../files/zip.js';

/**
 * Word files: mammoth turns the document into HTML (tables with merged cells, line breaks, lists
 * from Word's numbering, text boxes after their paragraph, footnotes), which the HTML reader reads,
 * so Word and web pages share one code path. What mammoth does not give is read here from the
 * file's XML: each numbered paragraph's marker as Word shows it ("a.", "2)", "(3)"), put into its
 * text before conversion; the headers and footers (a letterhead is often in the header), placed
 * before and after the content; and any paragraph whose text still did not reach the result (a
 * text box mammoth cannot see, a SmartArt diagram), said as a problem with its words.
 */

interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text?: string;
}

const PARSER = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: false });

type RawNode = Record<string, unknown>;

function toNodes(raw: RawNode[]): XNode[] {
  return raw.map((entry) => {
    const name = Object.keys(entry).find((k) => k !== ':@')!;
    if (name === '#text') return { name, attrs: {}, children: [], text: String(entry[name]) };
    return { name, attrs: (entry[':@'] as Record<string, string> | undefined) ?? {}, children: toNodes(entry[name] as RawNode[]) };
  });
}

function xml(entry: ZipEntry | undefined): XNode[] {
  return entry ? toNodes(PARSER.parse(entry.read().toString('utf8')) as RawNode[]) : [];
}

const child = (node: XNode | undefined, name: string) => node?.children.find((c) => c.name === name);
const descendants = (nodes: XNode[], name: string): XNode[] => nodes.flatMap((n) => (n.name === name ? [n] : descendants(n.children, name)));
const val = (node: XNode | undefined) => node?.attrs['w:val'];

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Word's numbering definitions, resolved per list instance (w:num) and level. */
class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, { levels: Map<number, Level>; counters: number[] }>();
  private readonly styleNumbering = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();

  constructor(numberingXml: XNode[], stylesXml: XNode[]) {
    for (const style of descendants(stylesXml, 'w:style')) {
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      const ilvl = val(child(numPr, 'w:ilvl'));
      const id = style.attrs['w:styleId'];
      if (id) this.styleNumbering.set(id, { numId: val(child(numPr, 'w:numId')), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: val(child(style, 'w:basedOn')) });
    }
    const links = new Map<string, string>();
    for (const abs of descendants(numberingXml, 'w:abstractNum')) {
      const id = abs.attrs['w:abstractNumId'] ?? '';
      this.abstract.set(id, readLevels(abs));
      const link = val(child(abs, 'w:numStyleLink'));
      if (link) links.set(id, link);
    }
    const nums = descendants(numberingXml, 'w:num');
    const abstractOf = (numId: string | undefined, depth = 0): Map<number, Level> | undefined => {
      const num = nums.find((n) => n.attrs['w:numId'] === numId);
      const absId = val(child(num, 'w:abstractNumId')) ?? '';
      const link = links.get(absId);
      // A list defined by a numbering style: its levels are those of the style's own list.
      if (link && depth < 4) return abstractOf(this.styleNumbering.get(link)?.numId, depth + 1);
      return this.abstract.get(absId);
    };
    for (const num of nums) {
      const levels = new Map(abstractOf(num.attrs['w:numId']) ?? []);
      for (const override of num.children.filter((c) => c.name === 'w:lvlOverride')) {
        const ilvl = Number(override.attrs['w:ilvl'] ?? 0);
        const redefined = child(override, 'w:lvl');
        const base = redefined ? readLevel(redefined) : levels.get(ilvl);
        const start = val(child(override, 'w:startOverride'));
        if (base) levels.set(ilvl, start === undefined ? base : { ...base, start: Number(start) });
      }
      this.instances.set(num.attrs['w:numId'] ?? '', { levels, counters: [] });
    }
  }

  /** The list instance and level of a paragraph: its own numPr, else its style's (through basedOn). */
  placeOf(pPr: XNode | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = child(pPr, 'w:numPr');
    let numId = val(child(numPr, 'w:numId'));
    let ilvl = val(child(numPr, 'w:ilvl')) === undefined ? undefined : Number(val(child(numPr, 'w:ilvl')));
    let style = val(child(pPr, 'w:pStyle'));
    for (let depth = 0; numId === undefined && style && depth < 10; depth++) {
      const info = this.styleNumbering.get(style);
      numId = info?.numId;
      ilvl ??= info?.ilvl;
      style = info?.basedOn;
    }
    return numId === undefined || numId === '0' ? undefined : { numId, ilvl: ilvl ?? 0 };
  }

  /** The next marker of that list at that level, as Word shows it. */
  next(numId: string, ilvl: number): string | undefined {
    const list = this.instances.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return undefined;
    list.counters[ilvl] = (list.counters[ilvl] ?? level.start - 1) + 1;
    list.counters.length = ilvl + 1;
    if (level.format === 'bullet') return bulletChar(level.text);
    if (level.format === 'none') return level.text.trim() === '' ? undefined : level.text.trim();
    const marker = level.text.replace(/%(\d)/g, (_, d: string) => {
      const at = Number(d) - 1;
      const lvl = list.levels.get(at);
      return formatNumber(list.counters[at] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
    });
    return marker.trim() === '' ? undefined : marker.trim();
  }
}

function readLevel(lvl: XNode): Level {
  return { format: val(child(lvl, 'w:numFmt')) ?? 'decimal', text: val(child(lvl, 'w:lvlText')) ?? '', start: Number(val(child(lvl, 'w:start')) ?? 1) };
}

function readLevels(abs: XNode): Map<number, Level> {
  return new Map(abs.children.filter((c) => c.name === 'w:lvl').map((lvl) => [Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl)]));
}

/** Bullets drawn from the Symbol and Wingdings fonts are private-use characters; shown as what they look like. */
function bulletChar(text: string): string {
  const c = text.trim();
  const code = c.codePointAt(0) ?? 0;
  if (c === '' || c === 'o') return c === 'o' ? '◦' : '•';
  if (code < 0xf000 || code > 0xf0ff) return c;
  return { 0xf0a7: '▪', 0xf0d8: '➢', 0xf0fc: '✓', 0xf076: '❖', 0xf0a8: '◦', 0xf02d: '-', 0xf0e8: '➔' }[code] ?? '•';
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

interface WordParagraph {
  text: string;
  marker?: string;
  /** Numbered by Word (its marker may still be unknown): mammoth makes it a list item. */
  numbered: boolean;
  /** Inside a text box (a shape), where mammoth may not look. */
  inTextBox: boolean;
}

const SKIPPED_XML = new Set(['w:pPr', 'w:rPr', 'w:instrText', 'w:delText', 'w:del', 'w:moveFrom', 'w:fldChar', 'w:commentReference', 'w:footnoteReference', 'w:endnoteReference']);

/** The paragraphs of a part in reading order, text boxes' paragraphs after the paragraph holding them. */
function paragraphs(nodes: XNode[], numbering: Numbering | undefined, inTextBox = false, out: WordParagraph[] = []): WordParagraph[] {
  for (const node of nodes) {
    if (node.name === 'w:p') {
      const place = numbering?.placeOf(child(node, 'w:pPr'));
      const marker = place ? numbering!.next(place.numId, place.ilvl) : undefined;
      const boxes: XNode[] = [];
      const text = runText(node.children, boxes);
      out.push({ text, ...(marker ? { marker } : {}), numbered: place !== undefined, inTextBox });
      for (const box of boxes) paragraphs(box.children, numbering, true, out);
    } else if (node.name === 'mc:AlternateContent') {
      // Word writes a shape twice (DrawingML and VML); its text counts once.
      paragraphs(child(node, 'mc:Choice')?.children ?? child(node, 'mc:Fallback')?.children ?? [], numbering, inTextBox, out);
    } else if (!SKIPPED_XML.has(node.name)) {
      paragraphs(node.children, numbering, inTextBox || node.name === 'w:txbxContent', out);
    }
  }
  return out;
}

function runText(nodes: XNode[], boxes: XNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.name === 'w:t' || node.name === 'a:t') text += node.children.map((c) => c.text ?? '').join('');
    else if (node.name === 'w:tab' || node.name === 'w:ptab') text += '\t';
    else if (node.name === 'w:br' || node.name === 'w:cr') text += '\n';
    else if (node.name === 'w:noBreakHyphen') text += '-';
    else if (node.name === 'w:txbxContent') boxes.push(node);
    else if (node.name === 'mc:AlternateContent') text += runText(child(node, 'mc:Choice')?.children ?? child(node, 'mc:Fallback')?.children ?? [], boxes);
    else if (!SKIPPED_XML.has(node.name)) text += runText(node.children, boxes);
  }
  return text;
}

/** Text with all white space removed: how a paragraph is recognised in the converted result. */
const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, '');

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: unknown;
}

/** mammoth's documented document transforms, which its type declarations leave out. */
const transforms = (mammoth as unknown as { transforms: { paragraph(fn: (p: MammothElement) => MammothElement): (document: unknown) => unknown } }).transforms;

const elementText = (el: MammothElement): string => (el.type === 'text' ? (el.value ?? '') : (el.children ?? []).map(elementText).join(''));

function firstText(el: MammothElement): MammothElement | undefined {
  if (el.type === 'text' && el.value) return el;
  for (const c of el.children ?? []) {
    const found = firstText(c);
    if (found) return found;
  }
  return undefined;
}

/**
 * Puts each numbered paragraph's marker at the start of its text as mammoth converts it; mammoth's
 * paragraphs are matched to Word's by their text, in order (mammoth moves text boxes, never reorders).
 */
function markerInserter(numbered: WordParagraph[]) {
  const keys = numbered.map((p) => squeeze(p.text));
  let next = 0;
  return (paragraph: MammothElement): MammothElement => {
    if (!paragraph.numbering) return paragraph;
    const text = squeeze(elementText(paragraph));
    for (let i = next; i < Math.min(numbered.length, next + 200); i++) {
      if (keys[i] !== text) continue;
      next = i + 1;
      const first = firstText(paragraph);
      const marker = numbered[i]!.marker;
      if (first && marker) first.value = `${marker} ${first.value!}`;
      break;
    }
    return paragraph;
  };
}

const PART_NAMES = {
  header: { id: 'header', en: 'header' },
  footer: { id: 'footer', en: 'footer' },
  textBox: { id: 'kotak teks', en: 'text box' },
  diagram: { id: 'diagram SmartArt', en: 'SmartArt diagram' },
  body: { id: 'isi dokumen', en: 'document body' },
} as const;

/** Headers or footers of all sections, each distinct text once, in part order. */
function headerFooterParagraphs(entries: Map<string, ZipEntry>, kind: 'header' | 'footer'): string[] {
  const parts = [...entries.keys()].filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n)).sort((a, b) => (Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0)));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const texts = paragraphs(xml(entries.get(part)), undefined).map((p) => p.text.trim()).filter(Boolean);
    const key = texts.join('\n');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(...texts);
  }
  return out;
}

const isStyleNotice = (message: string) => /^Unrecognised (?:paragraph|run|table|numbering) style/.test(message);

export async function readDocx(file: string, bytes: Uint8Array, { lang }: ReaderOptions): Promise<ReadDocument> {
  const choice = chooseFormat(file, bytes, lang);
  if (!choice.ok) return refused(file, 'docx', choice.problem);
  // Word's "Web Page" saved under a .doc name: the HTML reader reads it, and says so.
  if (choice.format === 'html') {
    const page = await readHtml(file, bytes, { lang });
    return { ...page, problems: [...choice.notes, ...page.problems] };
  }
  let entries: Map<string, ZipEntry>;
  let body: WordParagraph[];
  let numbering: Numbering;
  try {
    entries = readZip(bytes);
    const documentXml = xml(entries.get('word/document.xml'));
    numbering = new Numbering(xml(entries.get('word/numbering.xml')), xml(entries.get('word/styles.xml')));
    body = paragraphs(documentXml, numbering);
  } catch (err) {
    if (err instanceof ZipError || err instanceof Error) return refused(file, 'docx', readerProblem(file, 'docxUnreadable', lang, { detail: err.message }));
    throw err;
  }
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are counted, not embedded: their bytes would only be carried along to be dropped.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: transforms.paragraph(markerInserter(body.filter((p) => p.numbered))),
      },
    );
  } catch (err) {
    return refused(file, 'docx', readerProblem(file, 'docxUnreadable', lang, { detail: err instanceof Error ? err.message : String(err) }));
  }
  const content = htmlContent(file, result.value, { locate: false, markersFromType: false });
  const problems: Diagnostic[] = [];
  const at = { file };
  const headers = headerFooterParagraphs(entries, 'header');
  const footers = headerFooterParagraphs(entries, 'footer');
  const blocks: Block[] = [
    ...headers.map((text): Block => ({ kind: 'paragraph', text, at })),
    ...content.blocks,
    ...footers.map((text): Block => ({ kind: 'paragraph', text, at })),
  ];
  const place = { id: { header: 'awal', footer: 'akhir' }, en: { header: 'start', footer: 'end' } };
  for (const [kind, texts] of [['header', headers], ['footer', footers]] as const) {
    if (texts.length > 0) problems.push(readerProblem(file, 'docxHeaderFooter', lang, { part: PART_NAMES[kind][lang], place: place[lang][kind], excerpt: excerpt(texts.join(' '), 120) }, { severity: 'info' }));
  }
  problems.push(...lostText(file, body, content.blocks, lang));
  problems.push(...diagramText(file, entries, lang));
  if (content.images > 0) problems.push(readerProblem(file, 'docxImage', lang, { count: content.images }, { severity: 'info' }));
  problems.push(...mammothMessages(file, result.messages, lang));
  if (blocks.length === 0) problems.push(readerProblem(file, 'noText', lang));
  return { file, format: 'docx', blocks, problems };
}

/** Paragraphs of the Word file whose text is nowhere in what mammoth gave (a text box it could not see). */
function lostText(file: string, body: WordParagraph[], blocks: Block[], lang: Lang): Diagnostic[] {
  const read = squeeze(blocks.map(blockText).join(''));
  const problems: Diagnostic[] = [];
  // Paragraphs come in reading order: each is looked for after the one before, the whole text only when out of place.
  let cursor = 0;
  for (const paragraph of body) {
    const text = squeeze(paragraph.text);
    if (text === '') continue;
    const at = read.indexOf(text, cursor);
    if (at >= 0) cursor = at + text.length;
    if (at >= 0 || read.includes(text)) continue;
    problems.push(readerProblem(file, 'docxDrawingText', lang, { part: PART_NAMES[paragraph.inTextBox ? 'textBox' : 'body'][lang], excerpt: excerpt(paragraph.text, 120) }, { severity: 'warning' }));
  }
  return problems;
}

/** SmartArt diagrams keep their text in their own parts, which mammoth never reads. */
function diagramText(file: string, entries: Map<string, ZipEntry>, lang: Lang): Diagnostic[] {
  return [...entries.keys()]
    .filter((n) => /^word\/diagrams\/data\d*\.xml$/.test(n))
    .flatMap((n) => {
      const text = descendants(xml(entries.get(n)), 'a:t').map((t) => t.children.map((c) => c.text ?? '').join('')).filter((t) => t.trim() !== '').join(' · ');
      return text === '' ? [] : [readerProblem(file, 'docxDrawingText', lang, { part: PART_NAMES.diagram[lang], excerpt: excerpt(text, 200) }, { severity: 'warning' })];
    });
}

/** Mammoth's warnings, each distinct one once; an unknown style name only changes looks, so it is a note. */
function mammothMessages(file: string, messages: { type: string; message: string }[], lang: Lang): Diagnostic[] {
  const seen = new Set<string>();
  return messages.flatMap((m) => {
    if (seen.has(m.message)) return [];
    seen.add(m.message);
    return [readerProblem(file, 'docxWarning', lang, { detail: m.message }, { severity: isStyleNotice(m.message) ? 'info' : 'warning' })];
  });
}
