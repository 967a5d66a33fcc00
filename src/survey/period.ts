import type { Period } from '../model/skm-results.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (kode: string, year: number, from: number, to: number): Period => ({ kode, mulai: `${year}-${pad(from)}-01`, selesai: `${year}-${pad(to)}-${pad(lastDay(year, to))}` });

/**
 * The periods offices report on: a year ("2026"), a semester ("2026-S1", "2026-S2"), a quarter
 * ("2026-Q1"…"2026-Q4", also "2026-TW1" for triwulan), a month ("2026-03") or a run of months
 * ("2026-01..2026-06"). Undefined for anything else.
 */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return span(t, Number(m[1]), 1, 12);
  m = /^(\d{4})-S([12])$/.exec(t);
  if (m) return span(t, Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  m = /^(\d{4})-(?:Q|TW)([1-4])$/.exec(t);
  if (m) return span(t, Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return span(t, Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{4})-(\d{2})\s*(?:\.\.|–|—)\s*(\d{4})-(\d{2})$/.exec(t);
  if (!m) return undefined;
  const [from, to] = [Number(m[2]), Number(m[4])];
  const [y1, y2] = [Number(m[1]), Number(m[3])];
  if (from < 1 || from > 12 || to < 1 || to > 12 || y1 * 12 + from > y2 * 12 + to) return undefined;
  return { kode: t, mulai: `${y1}-${pad(from)}-01`, selesai: `${y2}-${pad(to)}-${pad(lastDay(y2, to))}` };
}

/** Whether an ISO date falls in the period. */
export const inPeriod = (date: string, period: Period) => date >= period.mulai && date <= period.selesai;
