import { parseTerbilang } from '../../../model/terbilang.js';
import type { Draft } from '../record.js';
import type { JamPelayanan as SchemaJamPelayanan, SatuanWaktu as SchemaSatuanWaktu } from '../../../types/schema.js';

type JamPelayanan = Draft<SchemaJamPelayanan>;
type SatuanWaktu = Draft<SchemaSatuanWaktu>;

/**
 * Durations as documents write them: "14 (empat belas) hari kerja", "1 – 3 Hari Kerja", "1 - 5
 * (Lima) hari kerja", "Maksimal 1x 24 jam", "Paling lambat 3 (tiga) hari", "Proses 1 Minggu",
 * "1 (satu) hari maksimal 14 (empat belas) hari kerja"; and the opening hours that documents mix
 * into them ("Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib"), which belong to jam_pelayanan.
 */

const UNIT = String.raw`(hari\s+kerja|hari\s+kalender|hari|jam|menit|minggu|pekan|bulan)`;
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?)(?:\s*\(\s*([a-z\s-]+?)\s*\))?`;
const unitOf = (u: string): SatuanWaktu => {
  const k = u.toLowerCase().replace(/\s+/g, ' ');
  if (k === 'hari kerja') return 'hari_kerja';
  if (k === 'hari kalender') return 'hari_kalender';
  if (k === 'pekan') return 'minggu';
  return k as SatuanWaktu;
};

export interface Durasi {
  nilai: number;
  satuan: SatuanWaktu;
  paling_cepat?: number | { nilai: number; satuan: SatuanWaktu };
  /** Where the duration stood in the text, so the rest can be read as "sejak ..." or a note. */
  index: number;
  end: number;
  /** Digits and words that disagree ("3 (empat)"), or a unit the document leaves open. */
  doubts: ('words' | 'hari' | 'jam')[];
}

const num = (s: string) => Number(s.replace(',', '.'));

function wordsAgree(digits: string, words: string | undefined): boolean {
  if (!words) return true;
  const parsed = parseTerbilang(words);
  return parsed !== undefined && parsed.rest === '' && parsed.value === num(digits);
}

/** The first duration in a text, or undefined. */
export function findDuration(text: string): Durasi | undefined {
  const perDay = /(\d+)\s*[x×]\s*24\s*jam/i.exec(text);
  if (perDay) return { nilai: Number(perDay[1]) * 24, satuan: 'jam_kalender', index: perDay.index, end: perDay.index + perDay[0].length, doubts: [] };
  const range = new RegExp(String.raw`${AMOUNT}\s*(?:${UNIT}\s*)?(?:-|–|—|s\.?/d\.?|sampai(?:\s+dengan)?|hingga|maksimal|paling\s+lama)\s*${AMOUNT}\s*${UNIT}\b`, 'i').exec(text);
  if (range) {
    const [, lo, loWords, loUnit, hi, hiWords, hiUnit] = range;
    const satuan = unitOf(hiUnit!);
    const low = num(lo!);
    const doubts: Durasi['doubts'] = [];
    if (!wordsAgree(lo!, loWords) || !wordsAgree(hi!, hiWords)) doubts.push('words');
    if (satuan === 'hari' || (loUnit && unitOf(loUnit) === 'hari')) doubts.push('hari');
    if (satuan === 'jam') doubts.push('jam');
    const paling_cepat = loUnit && unitOf(loUnit) !== satuan ? { nilai: low, satuan: unitOf(loUnit) } : low;
    return { nilai: num(hi!), satuan, paling_cepat, index: range.index, end: range.index + range[0].length, doubts };
  }
  const single = new RegExp(String.raw`${AMOUNT}\s*${UNIT}\b`, 'i').exec(text);
  if (!single) return undefined;
  const satuan = unitOf(single[3]!);
  const doubts: Durasi['doubts'] = [];
  if (!wordsAgree(single[1]!, single[2])) doubts.push('words');
  if (satuan === 'hari') doubts.push('hari');
  if (satuan === 'jam') doubts.push('jam');
  return { nilai: num(single[1]!), satuan, index: single.index, end: single.index + single[0].length, doubts };
}

const DAY = String.raw`(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)`;
const TIME = String.raw`(?:(?:pukul|jam)\s+)?[0-2]?\d[.:][0-5]\d(?:\s*(?:wib|wita|wit)\b)?`;
const HOURS = new RegExp(String.raw`((?:hari\s+)?${DAY}(?:\s*(?:-|–|s\.?/d\.?|sampai(?:\s+dengan)?|dan|,)\s*${DAY})*)[\s,:]*(?:(?:pukul|jam)\s+)?(${TIME}\s*(?:-|–|—|s\.?/d\.?|sampai|hingga)\s*${TIME})`, 'gi');

/** "08:00 Wib s/d 16:15 Wib" as the schema writes hours: two digits, the zone in its case. */
function hoursValue(text: string): string {
  return text
    .replace(/\b(\d)([.:]\d\d)/g, '0$1$2')
    .replace(/^(?:pukul|jam)\s+/i, '')
    .replace(/\s*(?:-|–|—)\s*(?:(?:pukul|jam)\s+)?/g, '–')
    .replace(/\s*s\.?\/d\.?\s*(?:(?:pukul|jam)\s+)?/gi, ' s/d ')
    .replace(/\s+(?:pukul|jam)\s+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Opening hours in a line: "Senin s/d Kamis jam 08.00 Wita s/d 12.00 Wita" → { hari, jam }. */
export function findHours(text: string): { value: JamPelayanan; index: number; end: number }[] {
  return [...text.matchAll(HOURS)].map((m) => ({
    value: { hari: m[1]!.replace(/^hari\s+/i, '').replace(/\s*(?:-|–)\s*/g, '–').trim(), jam: hoursValue(m[2]!) },
    index: m.index,
    end: m.index + m[0].length,
  }));
}
