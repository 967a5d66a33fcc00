import type { Block, ListItem, ReadDocument, SourceRef, TableCell } from '../blocks.js';
import type { Lang } from '../../i18n/index.js';
import { readerProblem } from './messages.js';
import { decodeText } from './reader.js';

/**
 * Plain text and Markdown as offices paste them: a decree attachment copied out of Word or a web
 * page, with its numbering typed by hand. What makes structure here is the line: its indentation,
 * the marker it starts with ("1.", "a)", "-", "•"), capitals for headings, and "|" or tabs between
 * the columns of a table ("NO | KOMPONEN | URAIAN").
 */

interface Line {
  /** 1-based. */
  line: number;
  /** Columns of leading white space (a tab counts 4). */
  indent: number;
  text: string;
  /** The line as written, leading white space kept (tabs separate a table's cells). */
  raw: string;
}

const TAB_WIDTH = 4;

/** "1.", "12)", "(3)", "a.", "b)", "(c)", "A.", "iv.", "1)": the numbering a typed list carries. */
const ORDERED_MARKER = /^(?:\(?\d{1,3}[.)](?!\d)|\(\d{1,3}\)|\(?[a-z][.)]|\([a-z]\)|[A-Z][.)]|(?:[ivx]{1,4}|[IVX]{1,4})[.)])(?=\s|$)|^\d{1,3}\.(?=[A-Za-z])/;
/** Bullets: hyphen, asterisk, the bullets Word pastes ("•", "·", "▪", "Ø", "➢", "o"). */
const BULLET_MARKER = /^(?:[-*•·▪◦‣➢►Ø]|o(?=\s))(?=\s|[A-Za-z])/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** "A. Komponen ..." at the left margin: the sections of an attachment. */
const SECTION_LINE = /^[A-Z]\.\s+\S/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    let indent = 0;
    let at = 0;
    for (; at < raw.length; at++) {
      const c = raw[at];
      if (c === ' ' || c === '\u00a0') indent++;
      else if (c === '\t') indent += TAB_WIDTH;
      else break;
    }
    out.push({ line: i + 1, indent, text: raw.slice(at).replace(/\s+$/, ''), raw: raw.replace(/[ \u00a0]+$/, '') });
  });
  return out;
}

export function markerOf(text: string): { marker: string; rest: string } | undefined {
  const m = ORDERED_MARKER.exec(text) ?? BULLET_MARKER.exec(text);
  if (!m) return undefined;
  return { marker: m[0], rest: text.slice(m[0].length).trim() };
}

const letters = (text: string) => text.replace(/[^A-Za-z]/g, '');

/** A line in capitals (at least two words, eight letters): a title such as "DASAR HUKUM :" or "STANDAR PELAYANAN ...". */
function isCapsLine(text: string): boolean {
  const l = letters(text);
  return l.length >= 8 && l === l.toUpperCase() && /[A-Z]{2,}\W+[A-Z]{2,}/.test(text);
}

const isTabbed = (l: Line) => !l.text.includes('|') && l.text.includes('\t');

/** A row of a table: two "|" or more (Markdown, or "NO | KOMPONEN | URAIAN"), or cells between tabs. */
function isTableLine(l: Line): boolean {
  if (TABLE_RULE.test(l.text)) return true;
  if (l.text.includes('|')) return l.text.split('|').length >= 3;
  return isTabbed(l) && l.text.split('\t').filter((c) => c.trim() !== '').length >= 2;
}

/** A line that continues the table above: a row, or (tab tables) a line starting with tabs for its empty cells. */
const continuesTable = (l: Line, first: Line) => isTableLine(l) || (isTabbed(first) && l.raw.startsWith('\t'));

/**
 * A table row split into its cells, with the column each starts at. `framed` tables start every
 * row with "|" (Markdown); in the others a row starting with "|" has an empty first cell.
 */
function cellsOf(row: Line, framed: boolean, tabbed: boolean): { text: string; column: number; indent: number }[] {
  const source = tabbed ? row.raw : row.raw.trimStart();
  const sep = tabbed ? '\t' : '|';
  const body = tabbed ? source : (framed ? source.replace(/^\|/, '') : source).replace(/\|\s*$/, '');
  const offset = tabbed ? 0 : row.raw.indexOf(body);
  const cells: { text: string; column: number; indent: number }[] = [];
  let col = 1 + Math.max(offset, 0);
  for (const part of body.split(sep)) {
    const lead = part.length - part.trimStart().length;
    // Between tabs only the spaces inside a cell indent its lines; tab stops differ from row to row.
    cells.push({ text: part.trim().replace(/<br\s*\/?>/gi, '\n'), column: col + lead, indent: tabbed ? lead : col + lead - 1 });
    col += part.length + 1;
  }
  return cells;
}

/** Text lines that sit together in one cell of a table, with the positions of their first characters. */
interface CellText {
  lines: Line[];
}

/** A row that only continues the last cell of the row above ("   |      | 2. KTP"). */
const continues = (cells: { text: string }[]) => cells.length > 1 && cells.slice(0, -1).every((c) => c.text === '') && cells.at(-1)!.text !== '';

function tableBlock(rows: Line[], file: string): Block {
  const at: SourceRef = { file, line: rows[0]!.line, column: rows[0]!.indent + 1 };
  const grid: { cells: CellText[] }[] = [];
  const framed = rows[0]!.text.startsWith('|');
  const tabbed = isTabbed(rows[0]!);
  for (const row of rows) {
    if (TABLE_RULE.test(row.text)) continue;
    const cells = cellsOf(row, framed, tabbed);
    if (grid.length > 0 && continues(cells)) {
      const last = grid.at(-1)!;
      const target = last.cells[Math.min(cells.length, last.cells.length) - 1]!;
      const cell = cells.at(-1)!;
      target.lines.push({ line: row.line, indent: cell.indent, text: cell.text, raw: cell.text });
      continue;
    }
    grid.push({ cells: cells.map((c) => ({ lines: c.text === '' ? [] : c.text.split('\n').map((t) => ({ line: row.line, indent: c.indent, text: t.trim(), raw: t })) })) });
  }
  const tableRows: TableCell[][] = grid.map((r) =>
    r.cells.map((c) => {
      const base = Math.min(...c.lines.map((l) => l.indent), Infinity);
      const lines = c.lines.map((l) => ({ ...l, indent: l.indent - (Number.isFinite(base) ? base : 0) }));
      const blocks = buildBlocks(lines, file, true);
      return { text: c.lines.map((l) => l.text).join('\n'), blocks, colspan: 1, rowspan: 1 };
    }),
  );
  return { kind: 'table', rows: tableRows, at };
}

interface OpenItem {
  item: ListItem;
  /** Lines indented deeper than the item's marker belong to it. */
  indent: number;
}

const isOrdered = (marker: string) => !BULLET_MARKER.test(marker);
/** Markers of one list look alike: "1." and "2.", "a." and "b.", "-" and "-". */
function family(marker: string): string {
  if (BULLET_MARKER.test(marker)) return marker.trim();
  const m = marker.replace(/[()]/g, '');
  const close = marker.includes('(') ? '()' : marker.slice(-1);
  if (/^\d/.test(m)) return `1${close}`;
  if (/^(?:[ivx]{1,4}|[IVX]{1,4})[.)]$/.test(m) && m.length > 2) return `i${close}`;
  return (/[a-z]/.test(m) ? 'a' : 'A') + close;
}

/**
 * Lines (of the file, or of one table cell: no headings or tables there) to blocks, each located
 * by its line, or all at `at` (a spreadsheet cell).
 */
function buildBlocks(lines: Line[], file: string, inCell = false, at?: SourceRef): Block[] {
  const top: Block[] = [];
  const stack: OpenItem[] = [];
  const ref = (l: Line): SourceRef => at ?? { file, line: l.line, column: l.indent + 1 };
  const container = (indent: number): Block[] => {
    while (stack.length > 0 && indent <= stack.at(-1)!.indent) stack.pop();
    return stack.length > 0 ? stack.at(-1)!.item.children : top;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '') continue;
    if (!inCell && isTableLine(l)) {
      const rows: Line[] = [];
      while (i < lines.length && lines[i]!.text !== '' && continuesTable(lines[i]!, l)) rows.push(lines[i++]!);
      i--;
      stack.length = 0;
      top.push(tableBlock(rows, file));
      continue;
    }
    const md = l.indent === 0 && !inCell ? MD_HEADING.exec(l.text) : null;
    if (md) {
      stack.length = 0;
      top.push({ kind: 'heading', level: md[1]!.length, text: md[2]!, at: ref(l) });
      continue;
    }
    const marked = markerOf(l.text);
    if (l.indent === 0 && !inCell && (SECTION_LINE.test(l.text) || (isCapsLine(l.text) && (!marked || /^\d/.test(marked.marker) || /^[IVX]+\./.test(marked.marker))))) {
      stack.length = 0;
      top.push({ kind: 'heading', level: SECTION_LINE.test(l.text) ? 2 : 1, text: l.text, at: ref(l) });
      continue;
    }
    const into = container(l.indent);
    if (marked) {
      const item: ListItem = { marker: marked.marker, text: marked.rest, children: [] };
      const last = into.at(-1);
      const sameList = last?.kind === 'list' && last.items.length > 0 && family(last.items.at(-1)!.marker ?? '') === family(marked.marker);
      const list = sameList ? (last) : { kind: 'list' as const, ordered: isOrdered(marked.marker), items: [], at: ref(l) };
      if (!sameList) into.push(list);
      list.items.push(item);
      stack.push({ item, indent: l.indent });
      continue;
    }
    into.push({ kind: 'paragraph', text: l.text, at: ref(l) });
  }
  return top;
}

/**
 * The text of one spreadsheet cell as its lines make it: numbered and indented lines as lists
 * ("1. …", "   a. …"), the others as paragraphs, every block located at the cell.
 */
export const cellBlocks = (text: string, at: SourceRef): Block[] => buildBlocks(splitLines(text), at.file, true, at);

/** Read a .txt or .md file into blocks. */
export async function readText(file: string, bytes: Uint8Array, options: { lang: Lang }): Promise<ReadDocument> {
  const { text, guessed } = decodeText(bytes);
  const problems = guessed ? [readerProblem(file, 'notUtf8', options.lang, { charset: guessed }, { severity: 'warning' })] : [];
  const lines = splitLines(text);
  const format = /\.(md|markdown)$/i.test(file) ? 'md' : 'txt';
  return { file, format, blocks: buildBlocks(lines, file), problems };
}
