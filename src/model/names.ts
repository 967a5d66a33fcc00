import type { Text } from '../i18n/index.js';

/**
 * File names and codes derived from what staff type ("Penerbitan KTP Elektronik"), so that a new
 * service gets a predictable file and a stable code without anyone inventing one; and the checks
 * those typed values pass before anything is written.
 */

/** Words that join others; official abbreviations skip them ("Dinas ... dan ..." → no "D" for "dan"). */
const CONNECTIVES = new Set(['dan', 'atau', 'untuk', 'bagi', 'di', 'ke', 'dari', 'yang', 'dengan', 'pada', 'oleh', 'serta', 'the', 'of', 'and']);
/** Words that say how a service is obtained, not which service it is. */
const GENERIC_WORDS = new Set([...CONNECTIVES, 'layanan', 'pelayanan', 'penerbitan', 'permohonan', 'pembuatan', 'pengurusan', 'pengajuan', 'pemberian', 'penyelenggaraan']);

const MAX_SLUG = 60;
const MAX_KODE = 40;

/** "Akta Kelahiran (WNI)" → ["Akta", "Kelahiran", "WNI"], accents folded ("é" → "e"). */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function clip(parts: string[], max: number): string {
  let out = '';
  for (const p of parts) {
    const next = out ? `${out}-${p}` : p;
    if (next.length > max) break;
    out = next;
  }
  return out || parts[0]!.slice(0, max);
}

/** "Dinas Kependudukan dan Pencatatan Sipil" → "DKPS"; words already in capitals stay whole. */
export function acronym(name: string): string {
  return words(name)
    .filter((w) => !CONNECTIVES.has(w.toLowerCase()))
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w[0]!.toUpperCase()))
    .join('');
}

/** "Penerbitan KTP Elektronik" → "penerbitan-ktp-elektronik" (a file name). */
export function slugify(name: string): string {
  const parts = words(name).map((w) => w.toLowerCase());
  return parts.length === 0 ? 'layanan' : clip(parts, MAX_SLUG);
}

/**
 * "Penerbitan KTP Elektronik" → "KTP-ELEKTRONIK": the words that name the service, upper case.
 * `taken` holds codes already used in the unit; a clash gets a number ("-2", "-3", ...).
 */
export function deriveKode(name: string, taken: Iterable<string> = []): string {
  const all = words(name);
  const significant = all.filter((w) => !GENERIC_WORDS.has(w.toLowerCase()));
  const parts = (significant.length > 0 ? significant : all).map((w) => w.toUpperCase());
  const base = parts.length === 0 ? 'LAYANAN' : clip(parts, MAX_KODE);
  const used = new Set([...taken].map((k) => k.toUpperCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Line breaks in any notation a paste may carry (CR LF, vertical tab, form feed, NEL, Unicode). */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;
/** Invisible control characters (a tab is only spacing) and halves of broken characters. */
const CONTROL = /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]|\p{Cs}/u;

/** Why a typed one-line value (a name, a position, a region) cannot be used. */
export type LineProblem = 'empty' | 'lineBreak' | 'control';

export const LINE_PROBLEMS: Record<LineProblem, Text> = {
  empty: { id: 'tidak boleh kosong.', en: 'cannot be empty.' },
  lineBreak: { id: 'harus ditulis dalam satu baris, tanpa baris baru (Enter) di dalamnya.', en: 'must be written on one line, without a line break (Enter) in it.' },
  control: { id: 'memuat karakter kendali yang tidak terlihat (misalnya NUL). Ketik ulang nilainya.', en: 'contains an invisible control character (such as NUL). Type the value again.' },
};

/**
 * What is wrong with a value meant for one line of a document, if anything. A name never holds
 * a line break: one pasted from a letterhead is refused rather than silently joined, so the
 * author sees what will be printed.
 */
export function lineProblem(text: string): LineProblem | undefined {
  if (LINE_BREAK.test(text)) return 'lineBreak';
  if (CONTROL.test(text)) return 'control';
  return cleanLine(text) === '' ? 'empty' : undefined;
}

/** A one-line value as written to the file: trimmed, runs of spaces and tabs made one space. */
export const cleanLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** A code as the schema allows it (definitions/kode): letters, digits, ".", "_", "-"; at most 64. */
export const isKode = (text: string) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(text);

export const KODE_RULE: Text = {
  id: 'pakai huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 64, diawali huruf atau angka)',
  en: 'use letters, digits, dots, underscores or hyphens (at most 64, starting with a letter or digit)',
};
