import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Diagnostic } from '../../diagnostics.js';
import { formatSize } from '../../files/messages.js';
import type { Lang, Text } from '../../i18n/index.js';
import { linuxFamily, readOsRelease } from '../../files/os.js';
import { isExecutableFile } from '../../files/read.js';
import type { Block, ReadDocument, SourceRef, TableCell } from '../blocks.js';
import { blockText, splitMarker } from './html.js';
import { excerpt, readerProblem } from './messages.js';
import { refused, type ReaderOptions } from './reader.js';

/**
 * PDFs with a text layer, through Poppler's pdftotext. Its -bbox-layout output gives every word
 * with its box, grouped into lines and blocks (poppler makes each table cell a block of its own);
 * tables are rebuilt from that geometry: blocks side by side form a row, rows that follow each
 * other form a table, cells go to the columns their left edges share. `-layout` keeps columns only
 * as runs of spaces, which interleave the lines of cells that wrap (the URAIAN of a decree table
 * always does), and pdftohtml -xml gives loose fragments without lines or blocks; so bbox it is.
 * Headings are lines taller than the body text. Each block says its page.
 */

const TIMEOUT_MS = 60_000;
/** The XML of a 300-page decree is a few MiB; beyond this the PDF is not one a person wrote. */
const OUTPUT_LIMIT = 128 * 1024 * 1024;

interface Word {
  text: string;
  xMin: number;
  xMax: number;
}

interface Line {
  text: string;
  words: Word[];
  /** Width of its first word: whether that word would have fitted on the line before. */
  firstWord: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

interface Box {
  lines: Line[];
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  page: number;
}

type Run = { ok: true; xml: string } | { ok: false; problem: Diagnostic };

/** How to get Poppler's tools on this system. */
export function popplerFix(platform: NodeJS.Platform, osRelease = ''): Text {
  if (platform === 'win32') {
    return {
      id: 'Pasang Poppler untuk Windows (misalnya "winget install oschwartz10612.Poppler", atau unduh dari https://github.com/oschwartz10612/poppler-windows/releases) lalu tambahkan folder bin-nya ke PATH.',
      en: 'Install Poppler for Windows (for example "winget install oschwartz10612.Poppler", or download it from https://github.com/oschwartz10612/poppler-windows/releases) and add its bin folder to PATH.',
    };
  }
  if (platform === 'darwin') return { id: 'Pasang dengan "brew install poppler".', en: 'Install it with "brew install poppler".' };
  const family = linuxFamily(osRelease);
  const command = {
    debian: 'sudo apt-get install -y poppler-utils',
    ubuntu: 'sudo apt-get install -y poppler-utils',
    fedora: 'sudo dnf install -y poppler-utils',
    arch: 'sudo pacman -S poppler',
    alpine: 'sudo apk add poppler-utils',
    suse: 'sudo zypper install poppler-tools',
  }[family ?? 'debian'];
  return {
    id: `Pasang dengan "${command}"${family ? '' : ' (Debian; di distribusi lain pakai pengelola paketnya)'}, atau jalankan "bash scripts/setup.sh".`,
    en: `Install it with "${command}"${family ? '' : ' (Debian; on other distributions use their package manager)'}, or run "bash scripts/setup.sh".`,
  };
}

/** pdftotext on PATH (pdftotext.exe on Windows). */
function findPdftotext(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const name = platform === 'win32' ? 'pdftotext.exe' : 'pdftotext';
  const dirs = (platform === 'win32' ? (env.PATH ?? env.Path ?? '') : (env.PATH ?? '')).split(delimiter).filter(Boolean);
  return dirs.map((dir) => join(dir, name)).find(isExecutableFile);
}

/** pdftotext -bbox-layout on a copy of the bytes in a private temporary folder: no shell, a time limit, an output cap. */
async function runPdftotext(file: string, bytes: Uint8Array, lang: Lang): Promise<Run> {
  const tool = findPdftotext();
  if (!tool) {
    const fix = popplerFix(process.platform, process.platform === 'linux' ? readOsRelease() : '');
    return { ok: false, problem: readerProblem(file, 'toolMissing', lang, { fix_id: fix.id, fix_en: fix.en }) };
  }
  const dir = await mkdtemp(join(tmpdir(), 'standar-impor-'));
  try {
    const input = join(dir, 'masukan.pdf');
    await writeFile(input, bytes, { mode: 0o600 });
    return await new Promise<Run>((resolve) => {
      const child = spawn(tool, ['-bbox-layout', '-enc', 'UTF-8', input, '-'], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      const out: Buffer[] = [];
      let size = 0;
      let stderr = '';
      let stopped: 'timeout' | 'size' | undefined;
      const stop = (why: 'timeout' | 'size') => {
        stopped ??= why;
        child.kill('SIGKILL');
      };
      const timer = setTimeout(() => stop('timeout'), TIMEOUT_MS);
      child.stdout.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > OUTPUT_LIMIT) stop('size');
        else out.push(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        // Its last words say why it stopped; warnings about damaged objects come before.
        stderr = (stderr + chunk.toString('utf8')).slice(-4096);
      });
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve({ ok: false, problem: readerProblem(file, 'pdfBroken', lang, { detail: err.message }) });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (stopped === 'timeout') resolve({ ok: false, problem: readerProblem(file, 'pdfTimeout', lang, { seconds: TIMEOUT_MS / 1000 }) });
        else if (stopped === 'size') resolve({ ok: false, problem: readerProblem(file, 'pdfOutputTooLarge', lang, { limit: formatSize(OUTPUT_LIMIT) }) });
        else if (code === 0) resolve({ ok: true, xml: Buffer.concat(out).toString('utf8') });
        else resolve({ ok: false, problem: failure(file, code, stderr, lang) });
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pdftotext's exit codes: 1 the file could not be opened (a password, damage), 3 copying forbidden. */
function failure(file: string, code: number | null, stderr: string, lang: Lang): Diagnostic {
  if (/password/i.test(stderr)) return readerProblem(file, 'pdfEncrypted', lang);
  if (code === 3 || /copying of text .* not allowed/i.test(stderr)) return readerProblem(file, 'pdfCopyLocked', lang);
  const detail = stderr.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? `exit ${code}`;
  return readerProblem(file, 'pdfBroken', lang, { detail });
}

const elements = (node: T.ParentNode, name: string): T.Element[] =>
  node.childNodes.flatMap((c) => ('tagName' in c ? (c.tagName === name ? [c] : elements(c, name)) : []));
const num = (el: T.Element, name: string) => Number(el.attrs.find((a) => a.name === name)?.value ?? 0);
const textOf = (el: T.Element): string => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? textOf(c) : '')).join('');

function lineOf(words: Word[], yMin: number, yMax: number): Line {
  return {
    text: words.map((w) => w.text).join(' ').trim(),
    words,
    firstWord: words[0] ? words[0].xMax - words[0].xMin : 0,
    xMin: Math.min(...words.map((w) => w.xMin)),
    xMax: Math.max(...words.map((w) => w.xMax)),
    yMin,
    yMax,
  };
}

const boxOf = (lines: Line[], page: number): Box => ({
  lines,
  xMin: Math.min(...lines.map((l) => l.xMin)),
  xMax: Math.max(...lines.map((l) => l.xMax)),
  yMin: Math.min(...lines.map((l) => l.yMin)),
  yMax: Math.max(...lines.map((l) => l.yMax)),
  page,
});

/**
 * A block poppler made of cells side by side (header words printed close together): split
 * where a gap wider than a space lies between words of different columns. Words of a title
 * across the table are only a space apart, so it stays whole and spans the columns.
 */
function splitAcross(box: Box, columnAt: (x: number) => number): Box[] {
  const parts = new Map<number, Line[]>();
  for (const line of box.lines) {
    let column = columnAt(line.words[0]!.xMin);
    let words: Word[] = [];
    const flush = () => {
      if (words.length > 0) parts.set(column, [...(parts.get(column) ?? []), lineOf(words, line.yMin, line.yMax)]);
      words = [];
    };
    line.words.forEach((word, i) => {
      const at = columnAt(word.xMin);
      if (i > 0 && at !== column && word.xMin - line.words[i - 1]!.xMax > (line.yMax - line.yMin) * 0.6) {
        flush();
        column = at;
      }
      words.push(word);
    });
    flush();
  }
  return parts.size < 2 ? [box] : [...parts.values()].map((lines) => boxOf(lines, box.page));
}

/** Pages of blocks of lines, as pdftotext found them, with each page's height. */
function pagesOf(xml: string): { boxes: Box[]; height: number }[] {
  return elements(parse(xml), 'page').map((page, i) => ({
    height: num(page, 'height'),
    boxes: elements(page, 'block').map((block) => {
      const lines = elements(block, 'line')
        .map((line) => lineOf(elements(line, 'word').map((w) => ({ text: textOf(w), xMin: num(w, 'xmin'), xMax: num(w, 'xmax') })), num(line, 'ymin'), num(line, 'ymax')))
        .filter((l) => l.text !== '');
      return { lines, xMin: num(block, 'xmin'), xMax: num(block, 'xmax'), yMin: num(block, 'ymin'), yMax: num(block, 'ymax'), page: i + 1 };
    }).filter((b) => b.lines.length > 0),
  }));
}

/** A line as the source broke it (the lines it wrapped into joined), where it starts, and where its text starts after a list marker. */
interface SourceLine {
  text: string;
  x: number;
  textX: number;
  at: SourceRef;
  /** The block it was printed in: plain lines of one block stay one paragraph. */
  box: Box;
  /** Where its last printed line ends, and the right edge it could have reached. */
  xMax: number;
  right: number;
  /** Width of its first word and height of its first printed line, for telling a wrapped line. */
  firstWord: number;
  height: number;
}

/**
 * A line that opens with a label of its own ("Catatan: …", "Dasar hukum: …") starts a line in the
 * source, unless the line before broke a word at its hyphen ("M-" / "Paspor: …").
 */
const opensLabel = (before: string, text: string) => /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s/u.test(text) && !/\p{L}-$/u.test(before);

/** A line that would not fit at the end of `before`: the source wrapped it there. */
const wrapped = (before: { xMax: number; right: number }, line: { firstWord: number; height: number }) => before.xMax + line.height * 0.3 + line.firstWord >= before.right - 1;

/** A line wrapped after a hyphen ("Undang-" / "Undang") joins without a space. */
const joinWrapped = (text: string, next: string) => (/\p{L}-$/u.test(text) ? text + next : `${text} ${next}`);

/**
 * A block's lines as the source broke them. A line was wrapped when the next line's first word
 * would not have fitted after it before `right` (the column's or the page's right edge);
 * otherwise, or when the next line starts with a list marker, the source broke the line there.
 */
function sourceLines(box: Box, right: number, file: string): SourceLine[] {
  const out: SourceLine[] = [];
  const edge = Math.max(right, box.xMax);
  box.lines.forEach((line, i) => {
    const before = box.lines[i - 1];
    const marker = splitMarker(line.text).marker;
    const height = line.yMax - line.yMin;
    const last = out[out.length - 1];
    if (before && last && marker === undefined && !opensLabel(last.text, line.text) && wrapped({ xMax: before.xMax, right: edge }, { firstWord: line.firstWord, height })) {
      last.text = joinWrapped(last.text, line.text);
      last.xMax = line.xMax;
    } else {
      const textX = marker !== undefined && line.words[1] ? line.words[1].xMin : line.xMin;
      out.push({ text: line.text, x: line.xMin, textX, at: { file, page: box.page }, box, xMax: line.xMax, right: edge, firstWord: line.firstWord, height });
    }
  });
  return out;
}

const boxText = (box: Box, right: number) =>
  sourceLines(box, right, '')
    .map((l) => l.text)
    .join('\n');

/** Blocks, and runs of paragraph lines not yet told apart into paragraphs and lists. */
type Piece = Block | { kind: 'lines'; lines: SourceLine[] };

/** Left edges this close are one: a list's markers, or a text and the note under it. */
const INDENT_TOLERANCE = 2.5;

interface OpenList {
  list: Extract<Block, { kind: 'list' }>;
  x: number;
  textX: number;
}

/**
 * Lines into paragraphs and lists, by where they start: lines starting with a marker at one left
 * edge are the items of one list, a marker further in starts a list inside the item above, and a
 * line starting where an item's text starts (a note under it) belongs to that item. A marker
 * line alone, with nothing under it, stays a paragraph ("A. Komponen ...").
 */
function linesToBlocks(lines: readonly SourceLine[]): Block[] {
  const out: Block[] = [];
  const continued = new WeakSet<Block>();
  const open: OpenList[] = [];
  const place = (block: Block) => {
    const top = open[open.length - 1];
    if (top) top.list.items[top.list.items.length - 1]!.children.push(block);
    else out.push(block);
  };
  let lastBox: Box | undefined;
  let previous: SourceLine | undefined;
  for (const line of lines) {
    const { marker, text } = splitMarker(line.text);
    const before = previous;
    previous = line;
    if (marker !== undefined) {
      lastBox = undefined;
      while (open.length > 0 && open[open.length - 1]!.x > line.x + INDENT_TOLERANCE) open.pop();
      const top = open[open.length - 1];
      if (top && Math.abs(top.x - line.x) <= INDENT_TOLERANCE) {
        if (open.length === 1 && top.list.at.page !== line.at.page) {
          // On a new page the list goes on as a block of its own, so each item keeps its page.
          continued.add(top.list);
          top.list = { ...top.list, items: [], at: line.at };
          continued.add(top.list);
          out.push(top.list);
        }
        top.list.items.push({ marker, text, children: [] });
        continue;
      }
      if (top && line.x < top.textX - INDENT_TOLERANCE) open.length = 0;
      const list: Extract<Block, { kind: 'list' }> = { kind: 'list', ordered: /\w/.test(marker), items: [{ marker, text, children: [] }], at: line.at };
      place(list);
      open.push({ list, x: line.x, textX: line.textX });
      continue;
    }
    if (before && !opensLabel(before.text, line.text) && wrapped(before, line)) {
      // A line the block before wrapped into a block of its own: it goes on with that line.
      const top = open[open.length - 1];
      const item = top?.list.items[top.list.items.length - 1];
      if (top && item && item.children.length === 0 && Math.abs(line.x - top.textX) <= INDENT_TOLERANCE) {
        item.text = joinWrapped(item.text, line.text);
        continue;
      }
    }
    while (open.length > 0 && line.x < open[open.length - 1]!.textX - INDENT_TOLERANCE) open.pop();
    const top = open[open.length - 1];
    const siblings = top ? top.list.items[top.list.items.length - 1]!.children : out;
    const last = siblings[siblings.length - 1];
    if (last?.kind === 'paragraph' && lastBox === line.box) last.text += `\n${line.text}`;
    else place({ kind: 'paragraph', text: line.text, at: line.at });
    lastBox = line.box;
  }
  /**
   * A list of one item with nothing under it is a numbered line, not a list (unless it goes on over
   * a page break, or it is the list "1." under a title: a group of one, as a requirement group prints).
   */
  const unlisted = (block: Block, i: number, blocks: readonly Block[]): Block[] => {
    if (block.kind !== 'list') return [block];
    const [only] = block.items;
    const before = blocks[i - 1];
    const underTitle = /^1\.?$/.test(only!.marker ?? '') && before?.kind === 'paragraph' && !before.text.includes('\n') && !/[.:;,]$/.test(before.text.trim()) && before.text.split(/\s+/).length <= 8;
    if (block.items.length === 1 && only!.children.length === 0 && !continued.has(block) && !underTitle) return [{ kind: 'paragraph', text: [only!.marker, only!.text].filter(Boolean).join(' '), at: block.at }];
    for (const item of block.items) item.children = item.children.flatMap(unlisted);
    return [block];
  };
  return out.flatMap(unlisted);
}

/** Pieces as blocks: each run of lines told apart into paragraphs and lists. */
function settle(pieces: readonly Piece[]): Block[] {
  const out: Block[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    out.push(...linesToBlocks(run));
    run = [];
  };
  for (const piece of pieces) {
    if (piece.kind === 'lines') run.push(...piece.lines);
    else {
      flush();
      out.push(piece);
    }
  }
  flush();
  return out;
}

const overlapsVertically = (a: { yMin: number; yMax: number }, b: { yMin: number; yMax: number }) => Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 1;

/** Blocks whose heights overlap, as one band (a table row, or a lone block). */
function bandsOf(boxes: Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const bands: { boxes: Box[]; yMin: number; yMax: number }[] = [];
  for (const box of sorted) {
    const last = bands[bands.length - 1];
    if (last && overlapsVertically(last, box)) {
      last.boxes.push(box);
      last.yMax = Math.max(last.yMax, box.yMax);
    } else bands.push({ boxes: [box], yMin: box.yMin, yMax: box.yMax });
  }
  return bands.map((b) => b.boxes.sort((x, y) => x.xMin - y.xMin || x.yMin - y.yMin));
}

/** Whether a band holds blocks side by side (a row), not only blocks stacked in one column. */
const isRow = (band: Box[]) => band.some((a) => band.some((b) => b.xMin >= a.xMax - 1));

const COLUMN_TOLERANCE = 8;

/** A table row: its first band (a block in the first column, beside others) and the bands under it that belong to its cells. */
interface Row {
  main: Box[];
  more: Box[][];
}

interface OpenTable {
  rows: Row[];
  page: number;
  left: number;
  /** Where the first column ends: a band starting right of it goes on with the row above. */
  firstRight: number;
  right: number;
  yMax: number;
}

/** Columns from the rows' first bands of the usual kind and the bands under rows: where their blocks lie on the x axis, overlapping spans merged. */
function columnsOf(rows: Row[]): { xMin: number; xMax: number }[] {
  // Most rows have one block per column; a row whose cell starts with a nested table has more.
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.main.length, (counts.get(r.main.length) ?? 0) + 1);
  const fullest = [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0]) ? entry : best))[0];
  // The text under a row (in its own bands) widens its column: a centred header and the
  // left-aligned items under it are one column.
  const spans = [...rows.filter((r) => r.main.length === fullest).flatMap((r) => r.main), ...rows.flatMap((r) => r.more.flat())]
    .map((b) => ({ xMin: b.xMin, xMax: b.xMax }))
    .sort((a, b) => a.xMin - b.xMin);
  const columns: { xMin: number; xMax: number }[] = [];
  for (const span of spans) {
    const last = columns[columns.length - 1];
    if (last && span.xMin < last.xMax - 1) last.xMax = Math.max(last.xMax, span.xMax);
    else columns.push({ ...span });
  }
  return columns;
}

interface Layout {
  file: string;
  /** The body text's line height: taller lines are headings. */
  body: number;
  /** The right edge of the text on the pages: no column reaches beyond it. */
  right: number;
}

/**
 * Where each column's text may reach, for telling wrapped lines: a column ends where the next one
 * starts, less the space between columns (the least any column leaves before the next); none
 * reaches further than the least room a wrapped line shows it had (a line going on in small
 * letters is wrapped: its first word did not fit after the line before), nor beyond the text of
 * the page. Never short of its longest line.
 */
function rightEdges(table: OpenTable, columns: { xMin: number; xMax: number }[], columnOf: (box: Box) => number, pageRight: number): number[] {
  const room: number[] = columns.map(() => Infinity);
  for (const box of table.rows.flatMap((r) => [...r.main, ...r.more.flat()])) {
    const col = columnOf(box);
    box.lines.forEach((line, i) => {
      const before = box.lines[i - 1];
      if (!before || !/^\p{Ll}/u.test(line.text) || splitMarker(line.text).marker !== undefined) return;
      const reach = before.xMax + (line.yMax - line.yMin) * 0.3 + line.firstWord;
      if (reach >= columns[col]!.xMax) room[col] = Math.min(room[col]!, reach);
    });
  }
  const gap = Math.max(0, Math.min(...columns.slice(1).map((c, i) => c.xMin - columns[i]!.xMax)));
  return columns.map((c, i) => {
    const next = columns[i + 1];
    const edge = Math.min(next ? next.xMin - gap : Infinity, room[i]!, pageRight);
    return Number.isFinite(edge) ? Math.max(c.xMax, edge) : c.xMax;
  });
}

function tableBlock(table: OpenTable, layout: Layout): Extract<Block, { kind: 'table' }> {
  const columns = columnsOf(table.rows);
  const overlap = (box: { xMin: number; xMax: number }, col: { xMin: number; xMax: number }) => Math.min(box.xMax, col.xMax) - Math.max(box.xMin, col.xMin);
  /** The columns a block covers: those it overlaps, or the nearest when it sits in a gap. */
  const placeOf = (box: { xMin: number; xMax: number }): { first: number; span: number } => {
    const covered = columns.map((c, i) => [i, overlap(box, c)] as const).filter(([, o]) => o > 1).map(([i]) => i);
    if (covered.length > 0) return { first: covered[0]!, span: covered[covered.length - 1]! - covered[0]! + 1 };
    const nearest = columns.reduce((best, c, i) => (Math.abs(c.xMin - box.xMin) < Math.abs(columns[best]!.xMin - box.xMin) ? i : best), 0);
    return { first: nearest, span: 1 };
  };
  const edges = rightEdges(table, columns, (box) => placeOf(box).first, layout.right);
  const rows = table.rows.map((row) => {
    const placed = new Map<number, { boxes: Box[]; span: number; more: Box[][] }>();
    const cellAt = (col: number) => placed.get(col) ?? placed.set(col, { boxes: [], span: 1, more: [] }).get(col)!;
    const columnAt = (x: number) => placeOf({ xMin: x, xMax: x + 1 }).first;
    for (const box of row.main.flatMap((b) => (placeOf(b).span > 1 ? splitAcross(b, columnAt) : [b]))) {
      const { first, span } = placeOf(box);
      const cell = cellAt(first);
      cell.boxes.push(box);
      cell.span = Math.max(cell.span, span);
    }
    // Blocks side by side in one cell are a nested table's first row: read with the bands under it.
    for (const cell of placed.values()) {
      if (cell.boxes.length > 1 && isRow(cell.boxes)) {
        // Its rows were drawn into the outer row's band by a taller cell beside them: apart again.
        cell.more.push(...bandsOf(cell.boxes));
        cell.boxes = [];
      }
    }
    // A band under the row goes to the columns its blocks start in: one column (the URAIAN,
    // mostly) holds it whole, a nested table's row included; a band across columns (cells that
    // went on over a page break) is split between them.
    for (const band of row.more) {
      const byColumn = new Map<number, Box[]>();
      for (const box of band) {
        const col = placeOf({ xMin: box.xMin, xMax: box.xMin + 1 }).first;
        byColumn.set(col, [...(byColumn.get(col) ?? []), box]);
      }
      for (const [col, boxes] of byColumn) cellAt(col).more.push(boxes);
    }
    const cells: TableCell[] = [];
    for (let col = 0; col < columns.length; ) {
      const cell = placed.get(col);
      const colspan = Math.min(cell?.span ?? 1, columns.length - col);
      const right = edges[col + colspan - 1]!;
      const pieces: Piece[] = (cell?.boxes ?? []).sort((a, b) => a.yMin - b.yMin).map((b) => ({ kind: 'lines', lines: sourceLines(b, right, layout.file) }));
      if (cell && cell.more.length > 0) pieces.push(...arrange(cell.more, layout, right));
      const blocks = settle(pieces);
      cells.push({ text: blocks.map(blockText).join('\n'), blocks, colspan, rowspan: 1 });
      col += colspan;
    }
    return cells;
  });
  return { kind: 'table', rows, at: { file: layout.file, page: table.page } };
}

/** Bands in reading order as blocks: tables rebuilt from rows of blocks side by side, headings by their height. */
function arrange(bands: Box[][], layout: Layout, right: number): Piece[] {
  const blocks: Piece[] = [];
  let table: OpenTable | undefined;
  const close = () => {
    if (table) blocks.push(tableBlock(table, layout));
    table = undefined;
  };
  let page = bands[0]?.[0]?.page;
  let firstOfPage = true;
  for (const band of bands) {
    firstOfPage = band[0]!.page !== page;
    page = band[0]!.page;
    const top = Math.min(...band.map((b) => b.yMin));
    const bottom = Math.max(...band.map((b) => b.yMax));
    const left = Math.min(...band.map((b) => b.xMin));
    // A table goes on over a page break: what starts the next page is near it.
    const near = table !== undefined && (firstOfPage || top - table.yMax < layout.body * 2.5);
    if (table && near && firstOfPage && isRow(band) && sameTexts(band, table.rows[0]!.main)) {
      // Its header row printed again on the new page: what follows still belongs to the last row.
      table.yMax = bottom;
      continue;
    }
    // Under a row, a band right of the first column, or one that stays inside it (a note under
    // the first cell's text), is more of that row; a paragraph after the table is wider.
    // A block set apart by more than a blank line (a signature under the table) is not.
    const insideFirst = table !== undefined && !isRow(band) && left >= table.left - 2 && Math.max(...band.map((b) => b.xMax)) <= table.firstRight + COLUMN_TOLERANCE;
    // At the top of a new page a row goes on where its cells' text starts; a block further in
    // (a signature that did not fit under the table) starts something else.
    const underRow = table !== undefined && (firstOfPage ? startsInRow(table.rows[table.rows.length - 1]!, left, layout) : top - table.yMax < layout.body * 1.8);
    if (table && near && underRow && (left >= table.firstRight - 1 || insideFirst)) {
      table.rows[table.rows.length - 1]!.more.push(band);
      table.yMax = Math.max(table.yMax, bottom);
      continue;
    }
    if (isRow(band)) {
      const first = band.reduce((a, b) => (b.xMin < a.xMin ? b : a));
      if (!(table && near && Math.abs(first.xMin - table.left) <= COLUMN_TOLERANCE)) {
        close();
        table = { rows: [], page: band[0]!.page, left: first.xMin, firstRight: first.xMax, right: 0, yMax: 0 };
      }
      table.rows.push({ main: band, more: [] });
      table.firstRight = Math.max(table.firstRight, first.xMax);
      table.right = Math.max(table.right, ...band.map((b) => b.xMax));
      table.yMax = bottom;
      continue;
    }
    close();
    for (const box of band) {
      const text = boxText(box, right);
      const tallest = Math.max(...box.lines.map((l) => l.yMax - l.yMin));
      const at: SourceRef = { file: layout.file, page: box.page };
      if (tallest >= layout.body * 1.35 && text.length <= 200) blocks.push({ kind: 'heading', level: tallest >= layout.body * 1.5 ? 1 : 2, text: text.replace(/\n/g, ' '), at });
      else blocks.push({ kind: 'lines', lines: sourceLines(box, right, layout.file) });
    }
  }
  close();
  return blocks;
}

/** Whether `left` is where a cell of the row starts its text, or a little further in (a list inside it). */
const startsInRow = (row: Row, left: number, layout: Layout) =>
  [...row.main, ...row.more.flat()].some((b) => left >= b.xMin - COLUMN_TOLERANCE && left <= b.xMin + layout.body * 3);

const sameTexts = (a: Box[], b: Box[]) => a.length === b.length && a.every((box, i) => box.lines.map((l) => l.text).join(' ') === b[i]!.lines.map((l) => l.text).join(' '));

const PAGE_NUMBER = /\b(?:halaman|hal\.|page)\s+\d+\s+(?:dari|of)\s+\d+\b/i;

/**
 * Lines printed at the same place on most pages, at the foot (a running title, a page number) or
 * at the head with a number in them ("Halaman 2 dari 9"), with nothing else on their line: not
 * the document's content. A header row a table repeats on each page is not one of them; the
 * table reader drops its copies.
 */
function runningLines(pages: Box[][], heights: number[]): Set<Box> {
  const found = new Set<Box>();
  const inFoot = (box: Box, height: number) => box.yMax > height * 0.88;
  if (pages.length < 2) {
    // One page has nothing to compare: a foot line numbering its page ("… | Halaman 1 dari 1") is still the print's, not the text's.
    for (const box of pages[0] ?? []) if (inFoot(box, heights[0] ?? 842) && PAGE_NUMBER.test(box.lines.map((l) => l.text).join(' '))) found.add(box);
    return found;
  }
  const key = (box: Box) => `${Math.round(box.yMin / 4)}|${box.lines.map((l) => l.text).join(' ').replace(/\d+/g, '#')}`;
  const inMargin = (box: Box, height: number) => inFoot(box, height) || (box.yMin < height * 0.12 && /\d/.test(box.lines.map((l) => l.text).join(' ')));
  const counts = new Map<string, number>();
  pages.forEach((boxes, i) => {
    for (const k of new Set(boxes.filter((b) => inMargin(b, heights[i] ?? 842)).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  pages.forEach((boxes, i) => {
    const repeated = boxes.filter((box) => inMargin(box, heights[i] ?? 842) && (counts.get(key(box)) ?? 0) >= needed);
    // A row number that falls at the same place on each page ("1." under a repeated table
    // header) stands beside the row's other cells, which differ: it is content.
    for (const box of repeated) if (!boxes.some((other) => !repeated.includes(other) && overlapsVertically(other, box))) found.add(box);
  });
  return found;
}

/** The blocks of every page, running headers and footers set apart. */
function blocksOf(pages: Box[][], heights: number[], file: string): { blocks: Block[]; running: string[] } {
  const lineHeights = pages.flat().flatMap((b) => b.lines.map((l) => l.yMax - l.yMin)).sort((a, b) => a - b);
  const running = runningLines(pages, heights);
  const kept = pages.map((boxes) => boxes.filter((b) => !running.has(b)));
  const right = Math.max(...kept.flat().map((b) => b.xMax));
  const layout: Layout = { file, body: lineHeights[Math.floor(lineHeights.length / 2)] ?? 12, right };
  const blocks = settle(arrange(kept.flatMap(bandsOf), layout, right));
  return { blocks, running: [...new Set([...running].map((b) => b.lines.map((l) => l.text).join(' ')))] };
}

export async function readPdf(file: string, bytes: Uint8Array, { lang }: ReaderOptions): Promise<ReadDocument> {
  const run = await runPdftotext(file, bytes, lang);
  if (!run.ok) return refused(file, 'pdf', run.problem);
  const pages = pagesOf(run.xml);
  const problems: Diagnostic[] = [];
  if (pages.every((p) => p.boxes.length === 0)) return refused(file, 'pdf', readerProblem(file, 'pdfScanned', lang, { pages: pages.length }));
  pages.forEach(({ boxes }, i) => {
    if (boxes.length === 0) problems.push(readerProblem(file, 'pdfPageWithoutText', lang, { page: i + 1 }, { severity: 'warning' }));
  });
  const { blocks, running } = blocksOf(pages.map((p) => p.boxes), pages.map((p) => p.height), file);
  if (running.length > 0) problems.push(readerProblem(file, 'pdfRunningLines', lang, { excerpt: excerpt(running.join(' · '), 160) }, { severity: 'info' }));
  return { file, format: 'pdf', blocks, problems };
}
