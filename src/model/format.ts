import type { Lang, Text } from '../i18n/index.js';
import { terbilang } from './terbilang.js';
import type { Frekuensi } from '../types/schema.js';

/** Digits grouped by thousands: "350.000" in Indonesian, "350,000" in English. */
export function groupDigits(n: number, lang: Lang): string {
  const sep = lang === 'id' ? '.' : ',';
  return String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A number as reports print it, rounded half away from zero on its decimal digits (87.275 is
 * 87.28, as a spreadsheet's ROUND gives, not the 87.27 of its binary neighbour): "87,28" in
 * Indonesian, "87.28" in English, thousands grouped ("1.234,50").
 */
export function decimal(n: number, lang: Lang, digits = 2): string {
  const shortest = String(Math.abs(n));
  // The shortest text of the number is its decimal value as people typed or computed it.
  const scaled = Math.round(shortest.includes('e') ? Math.abs(n) * 10 ** digits : Number(`${shortest}e${digits}`));
  const whole = Math.trunc(scaled / 10 ** digits);
  const fraction = digits > 0 ? `${lang === 'id' ? ',' : '.'}${String(scaled % 10 ** digits).padStart(digits, '0')}` : '';
  return `${n < 0 && scaled !== 0 ? '-' : ''}${groupDigits(whole, lang)}${fraction}`;
}

/**
 * "Rp350.000,00", the way Indonesian decrees print an amount; `{ sen: false }` for a summary or a
 * message, "Rp350.000", where cents are shown only when there are some.
 */
export function rupiah(amount: number, lang: Lang, { sen = true }: { sen?: boolean } = {}): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.trunc(cents / 100);
  const fraction = sen || cents % 100 !== 0 ? `${lang === 'id' ? ',' : '.'}${String(cents % 100).padStart(2, '0')}` : '';
  return `${amount < 0 ? '-' : ''}Rp${groupDigits(whole, lang)}${fraction}`;
}

/**
 * A number as decrees write it: "14 (empat belas)". English pages keep the digits only, and so
 * does a number that has no words (a fraction, or one too large for any real standard).
 */
export function numberWithWords(n: number, lang: Lang): string {
  const digits = Number.isSafeInteger(n) ? groupDigits(n, lang) : String(n).replace('.', lang === 'id' ? ',' : '.');
  return lang === 'id' && Number.isSafeInteger(n) && n >= 0 && n < 1e15 ? `${digits} (${terbilang(n)})` : digits;
}

/**
 * The units a duration may be written in. `jam` is working hours and `hari_kerja` working days:
 * neither is a fixed length of time (nights, weekends, holidays). `jam_kalender`, `hari_kalender`,
 * `minggu`, `bulan` and `menit` are; `hari` is a day the document leaves open.
 */
const TIME_UNITS: Record<string, { many: Text; one: string; iso?: (n: number) => string }> = {
  menit: { many: { id: 'menit', en: 'minutes' }, one: 'minute', iso: (n) => `PT${n}M` },
  jam: { many: { id: 'jam', en: 'working hours' }, one: 'working hour' },
  jam_kalender: { many: { id: 'jam', en: 'hours' }, one: 'hour', iso: (n) => `PT${n}H` },
  hari_kerja: { many: { id: 'hari kerja', en: 'working days' }, one: 'working day' },
  hari_kalender: { many: { id: 'hari kalender', en: 'calendar days' }, one: 'calendar day', iso: (n) => `P${n}D` },
  hari: { many: { id: 'hari', en: 'days' }, one: 'day' },
  minggu: { many: { id: 'minggu', en: 'weeks' }, one: 'week', iso: (n) => `P${n}W` },
  bulan: { many: { id: 'bulan', en: 'months' }, one: 'month', iso: (n) => `P${n}M` },
};

// Own properties only: a unit named "constructor" is printed as written, never looked up.
const unitOf = (satuan: unknown) => (typeof satuan === 'string' && Object.hasOwn(TIME_UNITS, satuan) ? TIME_UNITS[satuan] : undefined);

/** The word for a unit, as pages print it: "hari kerja"; an unknown unit as written. */
export function timeUnit(satuan: unknown, lang: Lang, n?: unknown): string | undefined {
  if (typeof satuan !== 'string' || satuan === '') return undefined;
  const unit = unitOf(satuan);
  if (!unit) return satuan;
  return lang === 'en' && n === 1 ? unit.one : unit.many[lang];
}

/** A number in words when it is one, else the value as written ("satu" stays "satu"). */
function amountOf(n: unknown, lang: Lang): string | undefined {
  if (typeof n === 'number') return numberWithWords(n, lang);
  return typeof n === 'string' && n.trim() !== '' ? n.trim() : undefined;
}

const RANGE_WORD: Record<Lang, string> = { id: 'sampai', en: 'to' };

/**
 * "14 (empat belas) hari kerja"; a range as "1 (satu) sampai 3 (tiga) hari kerja", or with the
 * lower bound in its own unit, "1 (satu) hari sampai 14 (empat belas) hari kerja". Reads data that
 * may not match the schema: what is there is printed as written, nothing is filled in.
 */
export function duration(d: unknown, lang: Lang): string | undefined {
  if (typeof d !== 'object' || d === null) return undefined;
  const { nilai, satuan, paling_cepat: low } = d as { nilai?: unknown; satuan?: unknown; paling_cepat?: unknown };
  const high = [amountOf(nilai, lang), timeUnit(satuan, lang, nilai)].filter(Boolean).join(' ');
  if (!high) return undefined;
  const lowerBound = typeof low === 'object' && low !== null ? (low as { nilai?: unknown; satuan?: unknown }) : { nilai: low, satuan };
  const from = amountOf(lowerBound.nilai, lang);
  if (from === undefined) return high;
  const fromUnit = lowerBound.satuan !== satuan ? timeUnit(lowerBound.satuan, lang, lowerBound.nilai) : undefined;
  return `${[from, fromUnit].filter(Boolean).join(' ')} ${RANGE_WORD[lang]} ${high}`;
}

/**
 * True when a document's own wording of a duration ("Maksimal 1x 24 jam", "1 – 3 Hari Kerja",
 * "paling lambat tiga hari") already says its numbers and its unit, in digits or in words: a
 * page then prints the duration once, in the document's words, and the numbers only when the
 * wording does not say them.
 */
export function wordsSayDuration(words: string, d: unknown): boolean {
  if (typeof d !== 'object' || d === null) return true;
  const { nilai, satuan, paling_cepat: low } = d as { nilai?: unknown; satuan?: unknown; paling_cepat?: unknown };
  const lowerBound = typeof low === 'object' && low !== null ? (low as { nilai?: unknown; satuan?: unknown }) : { nilai: low, satuan };
  const said = words.toLowerCase();
  const saysNumber = (n: unknown) => {
    if (typeof n !== 'number') return true;
    const digits = String(n);
    const inDigits = /^\d+(?:\.\d+)?$/.test(digits) && new RegExp(`(?<![\\d.,])${digits.replace('.', '[.,]')}(?!\\d)`).test(said);
    return inDigits || (Number.isSafeInteger(n) && n >= 0 && n < 1e15 && said.includes(terbilang(n)));
  };
  const saysUnit = (u: unknown) => {
    if (typeof u !== 'string' || u === '') return true;
    const unit = unitOf(u);
    return (unit ? [unit.many.id, unit.many.en, unit.one] : [u.toLowerCase()]).some((w) => said.includes(w));
  };
  return saysNumber(nilai) && saysNumber(lowerBound.nilai) && saysUnit(satuan) && saysUnit(lowerBound.satuan);
}

/**
 * ISO 8601 duration for machines, only for units of fixed length: "10 hari kerja" is not ten
 * days (P10D would promise weekends too), so working days and hours, an open "hari" and a range
 * have none. Callers give those in words instead (see view/jsonld.ts).
 */
export function isoDuration(d: unknown): string | undefined {
  if (typeof d !== 'object' || d === null) return undefined;
  const { nilai, satuan, paling_cepat: low } = d as { nilai?: unknown; satuan?: unknown; paling_cepat?: unknown };
  if (typeof nilai !== 'number' || !Number.isFinite(nilai) || nilai < 0 || low !== undefined) return undefined;
  return unitOf(satuan)?.iso?.(nilai);
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "31 Januari 2025" from "2025-01-31"; anything else is returned as written. */
export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/**
 * A run of whole months in words, as a survey period is named: "Januari–Juni 2026", "Maret 2026",
 * "Juli 2025–Juni 2026", from its first and last day (ISO dates).
 */
export function monthSpan(from: string, to: string, lang: Lang): string {
  const [a, b] = [/^(\d{4})-(\d{2})/.exec(from), /^(\d{4})-(\d{2})/.exec(to)];
  if (!a || !b) return `${from}–${to}`;
  const month = (m: RegExpExecArray) => MONTHS[lang][Number(m[2]) - 1] ?? m[2]!;
  if (a[1] !== b[1]) return `${month(a)} ${a[1]}–${month(b)} ${b[1]}`;
  return a[2] === b[2] ? `${month(a)} ${a[1]}` : `${month(a)}–${month(b)} ${a[1]}`;
}

/**
 * "09 September 2022", "11 JUNI 2022" → "2022-09-09"; the reverse of longDate, for dates read out
 * of documents. Undefined for anything that is not a whole, real date.
 */
export function parseLongDate(text: string): string | undefined {
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  const month = m ? MONTHS.id.findIndex((name) => name.toLowerCase() === m[2]!.toLowerCase().replace(/^nopember$/, 'november').replace(/^pebruari$/, 'februari')) : -1;
  if (!m || month < 0) return undefined;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return date.getUTCDate() === Number(m[1]) ? iso : undefined;
}

/** NIP as printed under a signature: "19780512 200501 1 003" (birth date, appointment, sex, serial). */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

export const FREQUENCIES: Record<Frekuensi, Text> = {
  harian: { id: 'setiap hari', en: 'daily' },
  mingguan: { id: 'setiap minggu', en: 'weekly' },
  bulanan: { id: 'setiap bulan', en: 'monthly' },
  triwulanan: { id: 'setiap tiga bulan', en: 'quarterly' },
  semesteran: { id: 'setiap enam bulan', en: 'every six months' },
  tahunan: { id: 'setiap tahun', en: 'yearly' },
  sewaktu_waktu: { id: 'sewaktu-waktu', en: 'as needed' },
};

/** A list item as the document wrote it: its marker ("a.", "1)", "(2)") and its text. */
export interface ListItem {
  penanda?: string;
  teks: string;
}

/**
 * One block of a free text: a paragraph, or a list. An ordered list keeps the document's own
 * markers ("a.", "b.", "1)"), so nothing is renumbered or relettered; a bulleted list ("-", "•")
 * is just a list.
 */
export type TextBlock = { paragraf: string } | { daftar: { berurut: boolean; butir: ListItem[] } };

const BULLET = /^[-•*–]\s+(.*)$/;
const MARKER = /^(\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,5})[.)])\s+(.*)$/;

/**
 * Paragraphs and lists of a free text, as real documents write them: a blank line between
 * paragraphs, one item per line after "a.", "1.", "1)", "(a)", "-" or "•". A line that is neither
 * continues what precedes it (the YAML was wrapped there). The pieces are plain text: templates
 * print them with {{ }}, so nothing in them can become markup.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let list: { berurut: boolean; butir: ListItem[] } | undefined;
    let paragraph: string[] = [];
    const endParagraph = () => {
      if (paragraph.length > 0) blocks.push({ paragraf: paragraph.join(' ') });
      paragraph = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = BULLET.exec(line);
      const marked = bullet ? undefined : MARKER.exec(line);
      if (bullet || marked) {
        const berurut = marked !== null && marked !== undefined;
        endParagraph();
        if (!list || list.berurut !== berurut) {
          list = { berurut, butir: [] };
          blocks.push({ daftar: list });
        }
        list.butir.push(marked ? { penanda: marked[1]!, teks: marked[2]! } : { teks: bullet![1]! });
      } else if (list) {
        const last = list.butir[list.butir.length - 1]!;
        last.teks = `${last.teks} ${line}`;
      } else {
        paragraph.push(line);
      }
    }
    endParagraph();
  }
  return blocks;
}
