import { parseLongDate } from '../model/format.js';
import type { Unsur } from './unsur.js';

/**
 * What one cell of a response holds, read the ways offices write it: the number typed, the
 * questionnaire's own words (what online forms export), dates as ISO, dd/mm/yyyy or Excel dates.
 */

/** A cell as a reader gives it: text, a number, a date or a boolean Excel stored, or an error/formula without a value. */
export type CellValue = string | number | Date | boolean | { error: string } | { formula: string };

/** A cell's text as a message quotes it. */
export function shownValue(value: CellValue): string {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') return 'error' in value ? value.error : `=${value.formula}`;
  return String(value).trim();
}

/** Lower case, accents dropped, letters and digits only: "Kode Layanan" and "KODE_LAYANAN" are both "kodelayanan". */
export const headerKey = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Words, lower case and single-spaced: how answers are compared with the questionnaire's wording. */
const words = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export const isEmpty = (value: CellValue | undefined) => value === undefined || (typeof value === 'string' && value.trim() === '');

/** What the cell says instead of an answer when the respondent gave none: not an error, not counted. */
const NO_ANSWER = new Set(['-', 'tidak tahu', 'tt', 'tidak menjawab', 'tidak diisi', 'tidak pernah', 'tidak berlaku', 'na', 'n a']);

/** Words meaning "as it should be": "tidak X" is 1, "kurang X" 2, "X" 3, "sangat X" 4. */
const GOOD = new Set(['sesuai', 'mudah', 'cepat', 'murah', 'kompeten', 'sopan', 'ramah', 'sopan dan ramah', 'baik', 'puas', 'memuaskan', 'jelas', 'wajar', 'tepat', 'tepat waktu', 'memadai', 'nyaman', 'layak', 'terjangkau', 'lengkap']);

export type AnswerProblem = 'luar' | 'pecahan' | 'teks' | 'galat' | 'rumus';
export type Answer = { value: 1 | 2 | 3 | 4 } | { empty: true } | { problem: AnswerProblem };

/** An answer 1–4: a number ("3", "3,0"), the letter of the option (a–d) or the option's words. */
const DIGIT_ANSWERS: readonly Answer[] = [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }];

export function parseAnswer(value: CellValue | undefined, unsur: Unsur): Answer {
  // The answer as typed, the case of nearly every cell: one digit 1–4, as text or number.
  if (typeof value === 'number' && (value === 1 || value === 2 || value === 3 || value === 4)) return DIGIT_ANSWERS[value - 1]!;
  if (typeof value === 'string' && value.length === 1 && value >= '1' && value <= '4') return DIGIT_ANSWERS[Number(value) - 1]!;
  if (isEmpty(value)) return { empty: true };
  if (value instanceof Date || typeof value === 'boolean') return { problem: 'teks' };
  if (typeof value === 'object') return { problem: 'error' in value ? 'galat' : 'rumus' };
  const text = String(value).trim();
  const number = typeof value === 'number' ? value : /^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
  if (number !== undefined) {
    if (!Number.isInteger(number)) return { problem: 'pecahan' };
    return number >= 1 && number <= 4 ? { value: number as 1 | 2 | 3 | 4 } : { problem: 'luar' };
  }
  const said = words(text);
  if (NO_ANSWER.has(said) || NO_ANSWER.has(text)) return { empty: true };
  const letter = /^([a-d])$/.exec(said);
  if (letter) return { value: ('abcd'.indexOf(letter[1]!) + 1) as 1 | 2 | 3 | 4 };
  const option = unsur.jawaban?.findIndex((j) => words(j.id) === said) ?? -1;
  if (option >= 0) return { value: (option + 1) as 1 | 2 | 3 | 4 };
  const m = /^(tidak|kurang|sangat)? ?(.+)$/.exec(said);
  if (m && GOOD.has(m[2]!)) return { value: m[1] === 'tidak' ? 1 : m[1] === 'kurang' ? 2 : m[1] === 'sangat' ? 4 : 3 };
  return { problem: 'teks' };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? isoDate(d) : undefined;
}

/**
 * Excel's day numbers for the years a survey can have: from 1900 (day 1 is 1 January 1900, with
 * the phantom 29 February 1900 Lotus had) or, in old Mac workbooks, from 1904 (day 0 is 1 January 1904).
 */
function excelSerialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 367 || serial > 2958465) return undefined;
  return isoDate(new Date(Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30) + Math.floor(serial) * 86400000));
}

export type DateCell = { date: string } | { empty: true } | { problem: 'tanggal' };

/**
 * A date: a spreadsheet date, an Excel day number (`date1904`: counted from 1904), ISO ("2026-01-05", with a time or not),
 * day first as Indonesians write it ("05/01/2026", "5-1-26", "05.01.2026 10:15") or in words
 * ("5 Januari 2026"). A time after the date, as forms export, is ignored.
 */
export function parseDate(value: CellValue | undefined, date1904 = false): DateCell {
  if (isEmpty(value)) return { empty: true };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: 'tanggal' } : { date: isoDate(value) };
  if (typeof value === 'number') {
    const date = excelSerialDate(value, date1904);
    return date ? { date } : { problem: 'tanggal' };
  }
  if (typeof value !== 'string') return { problem: 'tanggal' };
  const text = value.trim().replace(/[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT)?$/i, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let date = m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  m = date ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) date = validDate(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]));
  if (!date && /^\d+(?:\.\d+)?$/.test(text)) date = excelSerialDate(Number(text), date1904);
  date ??= parseLongDate(text);
  return date ? { date } : { problem: 'tanggal' };
}

/** Gender as the questionnaire asks it: L or P. */
export function parseGender(value: CellValue | undefined): 'L' | 'P' | undefined {
  const key = typeof value === 'string' ? headerKey(value) : '';
  if (['l', 'lk', 'laki', 'lakilaki', 'pria', 'm', 'male'].includes(key)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'f', 'female'].includes(key)) return 'P';
  return undefined;
}

/** Age groups of the respondent profile, by their lower bound in years. */
export const AGE_GROUPS: readonly { label: string; from: number }[] = [
  { label: '< 20', from: 0 },
  { label: '20–29', from: 20 },
  { label: '30–39', from: 30 },
  { label: '40–49', from: 40 },
  { label: '50–59', from: 50 },
  { label: '≥ 60', from: 60 },
];

/** The age group of an age in years, or a group the cell already names ("21-30 tahun" stays "21–30"). */
export function parseAge(value: CellValue | undefined): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase().replace(/\s*tahun$/, '') : '';
  if (/^\d{1,3}$/.test(text)) {
    const age = Number(text);
    if (age < 10 || age > 120) return undefined;
    return [...AGE_GROUPS].reverse().find((g) => age >= g.from)!.label;
  }
  const range = /^(\d{1,3})\s*(?:-|–|—|s\.?d\.?|sampai)\s*(\d{1,3})$/.exec(text);
  if (range) return `${range[1]}–${range[2]}`;
  const open = /^(<|≤|>|≥|<=|>=|di ?bawah|di ?atas|lebih dari|kurang dari)\s*(\d{1,3})$/.exec(text);
  if (open) return `${/^(<|≤|<=|di ?bawah|kurang)/.test(open[1]!) ? '<' : '>'} ${open[2]}`;
  // The data-entry template's own code for the oldest group ("60+"), and how people write it out.
  const upward = /^(\d{1,3})\s*(?:\+|ke ?atas|atau lebih)$/.exec(text);
  if (upward) return `≥ ${upward[1]}`;
  return undefined;
}

/** A category of the profile as the questionnaire names it, or the cell's own words when it is another. */
function category(table: readonly [string, readonly string[]][], value: CellValue | undefined): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  const key = headerKey(text);
  return table.find(([, keys]) => keys.includes(key))?.[0] ?? text.charAt(0).toUpperCase() + text.slice(1);
}

const EDUCATION: readonly [string, readonly string[]][] = [
  ['SD ke bawah', ['sd', 'sdkebawah', 'sdsederajat', 'mi', 'tidaksekolah', 'tidaktamatsd', 'belumsekolah']],
  ['SMP', ['smp', 'sltp', 'mts', 'smpsederajat']],
  ['SMA', ['sma', 'slta', 'smk', 'ma', 'smu', 'stm', 'smasederajat', 'smasmk']],
  ['D1–D3', ['d1', 'd2', 'd3', 'diploma', 'd1d2d3', 'd1d3']],
  ['D4/S1', ['d4', 's1', 'd4s1', 'sarjana', 'strata1']],
  ['S2 ke atas', ['s2', 's3', 's2keatas', 'magister', 'doktor', 'pascasarjana', 's2s3']],
];

const OCCUPATION: readonly [string, readonly string[]][] = [
  ['PNS', ['pns', 'asn', 'pppk', 'pnsasn', 'pegawainegeri', 'pegawainegerisipil']],
  ['TNI', ['tni']],
  ['Polri', ['polri', 'polisi']],
  ['Swasta', ['swasta', 'pegawaiswasta', 'karyawan', 'karyawanswasta']],
  ['Wirausaha', ['wirausaha', 'wiraswasta', 'pengusaha', 'pedagang', 'usaha']],
  ['Pelajar/Mahasiswa', ['pelajar', 'mahasiswa', 'siswa', 'pelajarmahasiswa']],
  ['Lainnya', ['lainnya', 'lain', 'lainlain']],
];

export const parseEducation = (value: CellValue | undefined) => category(EDUCATION, value);
export const parseOccupation = (value: CellValue | undefined) => category(OCCUPATION, value);

/** The categories the questionnaire offers, in its order: profiles list these first. */
export const PROFILE_ORDER = {
  jenisKelamin: ['L', 'P'],
  usia: AGE_GROUPS.map((g) => g.label),
  pendidikan: EDUCATION.map(([label]) => label),
  pekerjaan: OCCUPATION.map(([label]) => label),
} as const;
