import type { Lang } from '../i18n/index.js';
import { decimal } from '../model/format.js';
import type { Grade } from '../model/skm-results.js';
import { GRADE_BOUNDS, toNumber } from './arithmetic.js';

/**
 * The report's charts as geometry, drawn by templates/skm-laporan.hbs as inline SVG: the template
 * only places what is computed here. Every figure is also in a table next to it; the grade bands
 * are told apart by their letters and by lightness, never by hue alone, so they read in grayscale.
 */

/** A grade's band on the converted scale: its letter and where it lies in the chart. */
export interface BandView {
  mutu: Grade;
  x: number;
  y: number;
  lebar: number;
  tinggi: number;
  /** Where its letter goes. */
  hurufX: number;
  hurufY: number;
}

export interface TickView {
  x: number;
  y: number;
  teks: string;
}

export interface BarView {
  kode: string;
  /** Where a row's code and value go: the code left of the bars, the value in a column right of them. */
  teksY: number;
  /** Absent for an element nobody answered. */
  batang?: { x: number; y: number; lebar: number; tinggi: number };
  nilai: string;
}

export interface BarChartView {
  lebar: number;
  tinggi: number;
  /** The x of the codes (right-aligned) and of the values (right-aligned, past the 100 mark). */
  labelX: number;
  nilaiX: number;
  pita: BandView[];
  batang: BarView[];
  skala: TickView[];
  /** The unit's index as a line across the bars. */
  garis?: { x: number; y1: number; y2: number; teks: string; teksX: number; teksY: number; jangkar: 'start' | 'end' };
}

export interface LineChartView {
  lebar: number;
  tinggi: number;
  pita: BandView[];
  skala: TickView[];
  /** The points joined, as an SVG path; a period without an index breaks the line. */
  jalur: string;
  titik: { x: number; y: number; nilai: string; nilaiY: number }[];
  /** Each period's name under its place, also where it has no index. */
  periode: TickView[];
}

const WIDTH = 560;
const LOW = 25;
const HIGH = 100;

/** The grades from worst to best, each with its lower and upper bound on the converted scale. */
function gradeSpans(from = LOW): { mutu: Grade; lo: number; hi: number }[] {
  const bounds = [...GRADE_BOUNDS].reverse().map((b) => ({ mutu: b.grade, lo: Math.max(toNumber(b.from), LOW) }));
  return bounds
    .map((b, i) => ({ mutu: b.mutu, lo: b.lo, hi: bounds[i + 1]?.lo ?? HIGH }))
    .filter((b) => b.hi > from)
    .map((b) => ({ ...b, lo: Math.max(b.lo, from) }));
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Bars per element on the converted scale (NRR × 25, 25–100) over the grade bands A–D, with the
 * unit's index as a line: how far each element stands from the next grade is seen at a glance.
 */
export function barChart(elements: readonly { kode: string; konversi: number | null }[], index: number | null, lang: Lang): BarChartView {
  const left = 44;
  const right = WIDTH - 84;
  const top = 30;
  const row = 30;
  const barHeight = 20;
  const plotBottom = top + row * elements.length;
  const x = (v: number) => round(left + ((v - LOW) / (HIGH - LOW)) * (right - left));
  const pita = gradeSpans().map((b) => ({ mutu: b.mutu, x: x(b.lo), y: 8, lebar: round(x(b.hi) - x(b.lo)), tinggi: plotBottom - 8, hurufX: round((x(b.lo) + x(b.hi)) / 2), hurufY: 24 }));
  const batang = elements.map((e, i): BarView => {
    const y = top + i * row + (row - barHeight) / 2;
    const teksY = y + barHeight / 2 + 5;
    if (e.konversi === null) return { kode: e.kode, teksY, nilai: lang === 'id' ? 'tanpa jawaban' : 'no answers' };
    return { kode: e.kode, teksY, batang: { x: left, y, lebar: round(x(e.konversi) - left), tinggi: barHeight }, nilai: decimal(e.konversi, lang) };
  });
  const skala = [LOW, ...gradeSpans().slice(1).map((b) => b.lo), HIGH].map((v) => ({ x: x(v), y: plotBottom + 18, teks: decimal(v, lang) }));
  const view: BarChartView = { lebar: WIDTH, tinggi: plotBottom + 48, labelX: left - 8, nilaiX: WIDTH - 4, pita, batang, skala };
  if (index !== null) {
    const at = x(index);
    const teks = `IKM ${decimal(index, lang)}`;
    view.garis = { x: at, y1: top - 4, y2: plotBottom + 4, teks, teksX: at > WIDTH / 2 ? at - 4 : at + 4, teksY: plotBottom + 40, jangkar: at > WIDTH / 2 ? 'end' : 'start' };
  }
  return view;
}

/**
 * The converted index period after period, over the grade bands, from the lowest band a value
 * reaches (a scale from 25 would flatten the changes that matter).
 */
export function lineChart(points: readonly { periode: string; konversi: number | null }[], lang: Lang): LineChartView {
  const left = 52;
  const right = WIDTH - 24;
  const top = 28;
  const bottom = 220;
  const values = points.map((p) => p.konversi).filter((v): v is number => v !== null);
  const lowest = Math.min(...values, 70);
  const from = Math.max(LOW, Math.floor((lowest - 5) / 5) * 5);
  const y = (v: number) => round(bottom - ((v - from) / (HIGH - from)) * (bottom - top));
  const step = points.length > 1 ? (right - left - 40) / (points.length - 1) : 0;
  const x = (i: number) => round(points.length > 1 ? left + 20 + i * step : (left + right) / 2);
  const pita = gradeSpans(from).map((b) => ({ mutu: b.mutu, x: left, y: y(b.hi), lebar: right - left, tinggi: round(y(b.lo) - y(b.hi)), hurufX: right + 12, hurufY: round((y(b.lo) + y(b.hi)) / 2 + 5) }));
  const skala = [from, ...gradeSpans(from).slice(1).map((b) => b.lo), HIGH].map((v) => ({ x: left - 6, y: y(v) + 5, teks: decimal(v, lang) }));
  let jalur = '';
  let joined = false;
  const titik = points.flatMap((p, i) => {
    if (p.konversi === null) {
      joined = false;
      return [];
    }
    jalur += `${joined ? 'L' : 'M'}${x(i)} ${y(p.konversi)}`;
    joined = true;
    return [{ x: x(i), y: y(p.konversi), nilai: decimal(p.konversi, lang), nilaiY: y(p.konversi) - 10 }];
  });
  const periode = points.map((p, i) => ({ x: x(i), y: bottom + 22, teks: p.periode }));
  return { lebar: WIDTH, tinggi: bottom + 34, pita, skala, jalur, titik, periode };
}
