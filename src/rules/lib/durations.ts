import type { Lang } from '../../i18n/index.js';
import { isNumber, isRecord } from './data.js';

export type TimeUnit = 'menit' | 'jam' | 'jam_kalender' | 'hari_kerja' | 'hari_kalender' | 'minggu' | 'bulan' | 'hari';

export interface Duration {
  nilai: number;
  satuan: TimeUnit;
}

/** How long a working day and a working week are: the office's own calendar. */
export interface WorkCalendar {
  hoursPerDay: number;
  daysPerWeek: number;
}

const UNIT_WORDS: Record<Lang, Record<TimeUnit, string>> = {
  id: { menit: 'menit', jam: 'jam kerja', jam_kalender: 'jam', hari_kerja: 'hari kerja', hari_kalender: 'hari kalender', minggu: 'minggu', bulan: 'bulan', hari: 'hari' },
  en: { menit: 'minutes', jam: 'working hours', jam_kalender: 'hours', hari_kerja: 'working days', hari_kalender: 'calendar days', minggu: 'weeks', bulan: 'months', hari: 'days' },
};

/** The duration a value states: for a range ("1–3 hari kerja") its `nilai`, the promised maximum. */
export function asDuration(value: unknown): Duration | undefined {
  if (!isRecord(value) || !isNumber(value.nilai) || value.nilai < 0) return undefined;
  return typeof value.satuan === 'string' && Object.hasOwn(UNIT_WORDS.id, value.satuan) ? { nilai: value.nilai, satuan: value.satuan as TimeUnit } : undefined;
}

/**
 * Working days inside a span of calendar days: at least (every weekend falls inside it) or at
 * most (no weekend day does). Comparing with these bounds never blames a document for a guess.
 */
function workingDaysIn(calendarDays: number, cal: WorkCalendar, bound: 'min' | 'max'): number {
  const weeks = Math.floor(calendarDays / 7);
  const rest = calendarDays - weeks * 7;
  const restWorking = bound === 'max' ? Math.min(rest, cal.daysPerWeek) : Math.max(0, rest - (7 - cal.daysPerWeek));
  return weeks * cal.daysPerWeek + restWorking;
}

/**
 * The duration in working minutes: its least possible length for a step, its most for a promise.
 * Undefined for a bare "hari", which may be either kind of day: no comparison guesses which.
 */
export function workingMinutes(d: Duration, cal: WorkCalendar, bound: 'min' | 'max'): number | undefined {
  const day = cal.hoursPerDay * 60;
  switch (d.satuan) {
    case 'menit':
      return d.nilai;
    case 'jam':
      return d.nilai * 60;
    case 'jam_kalender': {
      // Clock hours hold at most one working day per started 24 hours, and never more than themselves;
      // at least the working days of the whole calendar days inside them.
      if (bound === 'max') return Math.min(d.nilai * 60, Math.ceil(d.nilai / 24) * day);
      return workingDaysIn(Math.floor(d.nilai / 24), cal, 'min') * day;
    }
    case 'hari_kerja':
      return d.nilai * day;
    case 'hari_kalender':
      return workingDaysIn(d.nilai, cal, bound) * day;
    case 'minggu':
      return workingDaysIn(d.nilai * 7, cal, bound) * day;
    case 'bulan':
      return workingDaysIn(d.nilai * (bound === 'max' ? 31 : 28), cal, bound) * day;
    case 'hari':
      return undefined;
  }
}

const decimal = (n: number, lang: Lang) => (Math.round(n * 100) / 100).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');

export function formatDuration(d: Duration, lang: Lang): string {
  return `${decimal(d.nilai, lang)} ${UNIT_WORDS[lang][d.satuan]}`;
}

/** Working minutes as "2 hari kerja 3 jam 15 menit", the way an author counts them. */
export function formatWorkingMinutes(minutes: number, cal: WorkCalendar, lang: Lang): string {
  const day = cal.hoursPerDay * 60;
  const days = Math.floor(minutes / day + 1e-9);
  let rest = minutes - days * day;
  const hours = Math.floor(rest / 60 + 1e-9);
  rest = Math.round(rest - hours * 60);
  const parts: string[] = [];
  if (days) parts.push(`${days} ${UNIT_WORDS[lang].hari_kerja}`);
  if (hours) parts.push(`${hours} ${UNIT_WORDS[lang].jam}`);
  if (rest || parts.length === 0) parts.push(`${rest} ${UNIT_WORDS[lang].menit}`);
  return parts.join(' ');
}
