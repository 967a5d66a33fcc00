import type { Text } from '../i18n/index.js';
import type { PeristiwaHidup } from '../types/schema.js';

/**
 * The life events (peristiwa hidup) a service can be filed under, so a portal's catalogue can be
 * browsed the way residents come to it: a birth, a move, a new business. The codes are
 * schemas/layanan.schema.json's; the office chooses them (`peristiwa_hidup:`), the tool never guesses them.
 */
export const LIFE_EVENT_LABELS: Record<PeristiwaHidup, Text> = {
  identitas: { id: 'Identitas dan kependudukan', en: 'Identity and residence documents' },
  kelahiran: { id: 'Kelahiran', en: 'Birth' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  pekerjaan: { id: 'Pekerjaan', en: 'Work' },
  pernikahan: { id: 'Pernikahan dan perceraian', en: 'Marriage and divorce' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  disabilitas: { id: 'Disabilitas', en: 'Disability' },
  bantuan_sosial: { id: 'Bantuan sosial', en: 'Social assistance' },
  usaha: { id: 'Usaha', en: 'Business' },
  tempat_tinggal: { id: 'Tempat tinggal dan pertanahan', en: 'Housing and land' },
  kendaraan: { id: 'Kendaraan', en: 'Vehicles' },
  perjalanan: { id: 'Perjalanan ke luar negeri', en: 'Travelling abroad' },
  hukum: { id: 'Hukum dan keamanan', en: 'Law and safety' },
  pensiun: { id: 'Hari tua dan pensiun', en: 'Old age and retirement' },
  kematian: { id: 'Kematian', en: 'Death' },
};

/** The code a label or code names, as a spreadsheet or an export writes it; undefined for anything else. */
export function lifeEventCode(written: string): PeristiwaHidup | undefined {
  const t = written.trim().toLowerCase();
  const code = t.replace(/[\s-]+/g, '_');
  if (Object.hasOwn(LIFE_EVENT_LABELS, code)) return code as PeristiwaHidup;
  const byLabel = Object.entries(LIFE_EVENT_LABELS).find(([, label]) => label.id.toLowerCase() === t || label.en.toLowerCase() === t);
  return byLabel?.[0] as PeristiwaHidup | undefined;
}
