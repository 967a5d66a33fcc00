import { addMonths, asRecord, isNumber, isoDate, monthsBetween, monthsOption, parseDate } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** PermenPANRB 15/2014: a standard is evaluated and revised periodically, commonly every year. */
export const reviuBerkala: ServiceRule = {
  id: 'reviu-berkala',
  scope: 'service',
  severity: 'warning',
  defaultOptions: { bulan: 12 },
  description: {
    id: 'Standar yang ditetapkan harus ditinjau ulang secara berkala: bawaannya paling lama 12 bulan sejak reviu atau penetapan terakhir (opsi "bulan").',
    en: 'A set standard must be reviewed periodically: by default at most 12 months after the last review or decree (option "bulan").',
  },
  messages: {
    overdue: {
      message: {
        id: 'Standar ini terakhir ditinjau {tanggal}, {umur} bulan yang lalu; batasnya {batas} bulan.',
        en: 'This standard was last reviewed on {tanggal}, {umur} months ago; the limit is {batas} months.',
      },
      hint: {
        id: 'Adakan evaluasi standar (bersama hasil SKM dan pengaduan), revisi bila perlu, lalu tulis tanggalnya di "tanggal_reviu: {hariIni}".',
        en: 'Evaluate the standard (with the satisfaction survey and complaints), revise it if needed, then write the date in "tanggal_reviu: {hariIni}".',
      },
    },
  },
  check(service, ctx, report) {
    const data = asRecord(service.data);
    if (data.status !== 'ditetapkan') return;
    const limit = monthsOption(ctx.options.bulan, 12);
    const reviewed = parseDate(data.tanggal_reviu);
    const penetapan = asRecord(data.penetapan);
    // A decree dated by its year alone is taken at the year's end: the review is never asked for early.
    const decreed = parseDate(penetapan.tanggal) ?? (isNumber(penetapan.tahun) ? new Date(Date.UTC(penetapan.tahun, 11, 31)) : undefined);
    const last = reviewed && decreed ? (reviewed >= decreed ? reviewed : decreed) : reviewed ?? decreed;
    if (!last || addMonths(last, limit) >= ctx.now) return;
    report({
      pointer: last === reviewed ? '/tanggal_reviu' : penetapan.tanggal === undefined ? '/penetapan/tahun' : '/penetapan/tanggal',
      message: 'overdue',
      params: { tanggal: last === reviewed || penetapan.tanggal !== undefined ? isoDate(last) : String(penetapan.tahun), umur: monthsBetween(last, ctx.now), batas: limit, hariIni: isoDate(ctx.now) },
    });
  },
};
