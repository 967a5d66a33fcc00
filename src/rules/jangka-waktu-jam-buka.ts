import { joinPointer } from '../load/pointer.js';
import { asRecord, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

/**
 * Opening hours: weekday names (not "minggu" alone, which also means "week"), a clock range, or
 * words for office hours. "Proses 1 minggu" stays a duration.
 */
const DAY = "senin|selasa|rabu|kamis|jum'?at|sabtu";
const RANGE = '\\s*(?:-|–|—|s\\.?\\s?d\\.?|sampai|hingga)\\s*';
const CLOCK = '(?:[01]?\\d|2[0-3])[.:][0-5]\\d';
const OPENING_HOURS = [
  new RegExp(`\\b(?:${DAY})\\b(?:${RANGE}(?:${DAY}|minggu)\\b)?`, 'i'),
  /\bhari\s+minggu\b/i,
  new RegExp(`\\b${CLOCK}${RANGE}${CLOCK}\\b`, 'i'),
  new RegExp(`\\bpukul\\s+${CLOCK}\\b`, 'i'),
  /\bjam\s+(kerja|kantor|buka|operasional)\b/i,
];

const FIELDS = ['teks', 'sejak', 'catatan'] as const;

/** The completion time is how long the service takes, not when the office is open. */
export const jangkaWaktuJamBuka: ServiceRule = {
  id: 'jangka-waktu-jam-buka',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Jangka waktu pelayanan tidak boleh berisi jam buka ("Senin–Kamis 08.00–16.00"): jam buka ditulis di jam_pelayanan.',
    en: 'The completion time must not hold opening hours ("Senin–Kamis 08.00–16.00"): those go in jam_pelayanan.',
  },
  messages: {
    openingHours: {
      message: {
        id: 'Jangka waktu pelayanan berisi jam buka ("{kutipan}"), bukan lama penyelesaian.',
        en: 'The completion time holds opening hours ("{kutipan}"), not how long the service takes.',
      },
      hint: {
        id: 'Pindahkan jam buka ke "jam_pelayanan:" (- hari: ..., jam: ...) dan tulis di sini lama penyelesaiannya saja, dalam "nilai" dan "satuan" seperti disebut dokumen (misalnya "Proses 1 Minggu" menjadi nilai: 1, satuan: minggu).',
        en: 'Move the opening hours to "jam_pelayanan:" (- hari: ..., jam: ...) and write here only how long it takes, in "nilai" and "satuan" as the document gives it (e.g. "Proses 1 Minggu" becomes nilai: 1, satuan: minggu).',
      },
    },
  },
  check(service, _ctx, report) {
    const jangka = asRecord(komponenOf(service.data).jangka_waktu);
    for (const field of FIELDS) {
      const text = jangka[field];
      if (typeof text !== 'string') continue;
      const found = OPENING_HOURS.map((re) => re.exec(text)).find((m) => m !== null);
      if (found) report({ pointer: joinPointer('/komponen/jangka_waktu', field), message: 'openingHours', params: { kutipan: found[0] } });
    }
  },
};
