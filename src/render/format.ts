import type { Lang, Text } from '../i18n/index.js';
import { terbilang } from '../model/terbilang.js';
import type { Durasi, Frekuensi, SatuanWaktu } from '../types/schema.js';

/** Digits grouped by thousands: "350.000" in Indonesian, "350,000" in English. */
export function groupDigits(n: number, lang: Lang): string {
  const sep = lang === 'id' ? '.' : ',';
  return String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "Rp350.000,00", the way Indonesian decrees print an amount. */
export function rupiah(amount: number, lang: Lang): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${amount < 0 ? '-' : ''}Rp${groupDigits(whole, lang)}${lang === 'id' ? ',' : '.'}${fraction}`;
}

/** A number as decrees write it: "14 (empat belas)". English pages keep the digits only. */
export function numberWithWords(n: number, lang: Lang): string {
  const digits = Number.isInteger(n) ? groupDigits(n, lang) : String(n).replace('.', lang === 'id' ? ',' : '.');
  return lang === 'id' && Number.isFinite(n) && n >= 0 ? `${digits} (${terbilang(n)})` : digits;
}

const TIME_UNITS: Record<SatuanWaktu, Text> = {
  menit: { id: 'menit', en: 'minutes' },
  jam: { id: 'jam', en: 'working hours' },
  jam_kalender: { id: 'jam', en: 'hours' },
  hari_kerja: { id: 'hari kerja', en: 'working days' },
  hari_kalender: { id: 'hari kalender', en: 'calendar days' },
  minggu: { id: 'minggu', en: 'weeks' },
  bulan: { id: 'bulan', en: 'months' },
  hari: { id: 'hari', en: 'days' },
};
const TIME_UNIT_ONE: Record<SatuanWaktu, string> = {
  menit: 'minute', jam: 'working hour', jam_kalender: 'hour', hari_kerja: 'working day', hari_kalender: 'calendar day', minggu: 'week', bulan: 'month', hari: 'day',
};

const oneDuration = (nilai: number, satuan: SatuanWaktu, lang: Lang) => `${numberWithWords(nilai, lang)} ${lang === 'en' && nilai === 1 ? TIME_UNIT_ONE[satuan] : TIME_UNITS[satuan][lang]}`;

/** "14 (empat belas) hari kerja"; a range as the document gives it: "1 (satu) – 3 (tiga) hari kerja". */
export function duration(d: Pick<Durasi, 'nilai' | 'satuan' | 'paling_cepat'>, lang: Lang): string {
  const high = oneDuration(d.nilai, d.satuan, lang);
  const low = d.paling_cepat;
  if (low === undefined) return high;
  if (typeof low === 'number') return `${numberWithWords(low, lang)} – ${high}`;
  return `${oneDuration(low.nilai, low.satuan, lang)} – ${high}`;
}

/**
 * ISO 8601 duration for machines (schema.org processingTime), only for clock and calendar time:
 * working hours and working days are not durations a machine can count, and a bare "hari" may
 * be either kind, so those have none.
 */
export function isoDuration(d: Pick<Durasi, 'nilai' | 'satuan'>): string | undefined {
  switch (d.satuan) {
    case 'menit':
      return `PT${d.nilai}M`;
    case 'jam_kalender':
      return `PT${d.nilai}H`;
    case 'hari_kalender':
      return `P${d.nilai}D`;
    case 'minggu':
      return `P${d.nilai}W`;
    case 'bulan':
      return `P${d.nilai}M`;
    default:
      return undefined;
  }
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
