import type { Lang } from '../../i18n/index.js';
import { labels } from '../labels.js';
import type { Gap, Teks } from './read.js';

/**
 * Geometry of the procedure drawn as a flowchart: start, one box per step (number, who, what,
 * how long), end, with arrows between. The template turns it into inline SVG, so there is no
 * script and every text still goes through Handlebars escaping. Text is wrapped here because SVG
 * cannot wrap; widths are estimated per character class on the wide side (DejaVu Sans, Noto Sans),
 * so a line never runs out of its box.
 */
export interface FlowchartView {
  id: string;
  judul: string;
  width: number;
  height: number;
  terminal: { x: number; y: number; w: number; h: number; tx: number; ty: number; teks: string }[];
  kotak: {
    x: number;
    y: number;
    w: number;
    h: number;
    aktor: number;
    nomor: { cx: number; cy: number; r: number; teks: string };
    pelaksana: { x: number; y: number; teks: string }[];
    baris: { x: number; y: number; teks: string }[];
    waktu?: { x: number; y: number; teks: string };
  }[];
  panah: { x: number; y1: number; y2: number; ujung: string }[];
}

const WIDTH = 360;
const MARGIN = 8;
const PAD = 12;
const FONT = 15;
const LINE = 20;
const HEADER = 30;
const GAP = 30;
const TERMINAL_H = 34;
const ACTOR_COLOURS = 4;

/** Width of each ASCII character in ems; anything else counts as a lower-case letter. */
const WIDTHS = new Float32Array(128).fill(0.6);
for (const [chars, width] of [["iljtf.,:;!'|()[] ", 0.34], ['mwMW@', 0.92], ['ABCDEFGHIJKLNOPQRSTUVXYZ', 0.72], ['0123456789', 0.64]] as const) {
  for (const ch of chars) WIDTHS[ch.charCodeAt(0)] = width;
}

function textWidth(s: string, size: number): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    w += code < 128 ? WIDTHS[code]! : 0.6;
  }
  return w * size;
}

/** Greedy word wrap; a word longer than a line (a URL) is cut. */
export function wrap(text: string, maxWidth: number, size = FONT): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', size);
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const wordWidth = textWidth(word, size);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line += ' ' + word;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = wordWidth;
    while (lineWidth > maxWidth) {
      let cut = 1;
      while (cut < line.length && textWidth(line.slice(0, cut + 1), size) <= maxWidth) cut++;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = textWidth(line, size);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What the chart draws of a step: the `StepView` of `components.ts`, as far as a box needs it. */
export interface ChartStep {
  no: number;
  pelaksana: string | Gap;
  uraian: Teks | Gap;
  waktu?: string;
}

export function flowchart(steps: readonly ChartStep[], id: string, name: string | undefined, lang: Lang): FlowchartView {
  const l = labels(lang);
  const boxW = WIDTH - 2 * MARGIN;
  const inner = boxW - 2 * PAD;
  const actors = new Map<string, number>();
  const view: FlowchartView = { id, judul: `${l.flowchart}${name ? `: ${name}` : ''}`, width: WIDTH, height: 0, terminal: [], kotak: [], panah: [] };
  const terminal = (y: number, teks: string) => {
    const w = Math.min(boxW, textWidth(teks, FONT) + 48);
    view.terminal.push({ x: (WIDTH - w) / 2, y, w, h: TERMINAL_H, tx: WIDTH / 2, ty: y + TERMINAL_H / 2 + FONT * 0.35, teks });
    return y + TERMINAL_H;
  };
  const arrow = (y: number) => {
    const y2 = y + GAP;
    view.panah.push({ x: WIDTH / 2, y1: y, y2: y2 - 7, ujung: `${WIDTH / 2 - 6},${y2 - 8} ${WIDTH / 2 + 6},${y2 - 8} ${WIDTH / 2},${y2}` });
    return y2;
  };
  let y = terminal(MARGIN, l.flowStart);
  for (const step of steps) {
    y = arrow(y);
    // A step without a named actor (written in the passive) has no actor line and its own colour.
    const actor = typeof step.pelaksana === 'string' ? step.pelaksana : '';
    if (!actors.has(actor)) actors.set(actor, actors.size % ACTOR_COLOURS);
    const r = 13;
    const textX = MARGIN + PAD + 2 * r + 8;
    const actorLines = actor ? wrap(actor, boxW - PAD - (textX - MARGIN), FONT) : [];
    const lines = wrap(step.uraian.toString(), inner);
    const headerH = Math.max(HEADER, actorLines.length * LINE + 10);
    const h = PAD + headerH + lines.length * LINE + (step.waktu ? LINE : 0) + PAD - 6;
    const box: FlowchartView['kotak'][number] = {
      x: MARGIN,
      y,
      w: boxW,
      h,
      aktor: actors.get(actor)! + 1,
      nomor: { cx: MARGIN + PAD + r, cy: y + PAD + r, r, teks: String(step.no) },
      pelaksana: actorLines.map((teks, i) => ({ x: textX, y: y + PAD + FONT + 4 + i * LINE, teks })),
      baris: lines.map((teks, i) => ({ x: MARGIN + PAD, y: y + PAD + headerH + FONT + i * LINE, teks })),
    };
    if (step.waktu) box.waktu = { x: MARGIN + PAD, y: y + PAD + headerH + FONT + lines.length * LINE, teks: `${l.time}: ${step.waktu}` };
    view.kotak.push(box);
    y += h;
  }
  y = arrow(y);
  y = terminal(y, l.flowEnd);
  view.height = y + MARGIN;
  return view;
}
