import { dirname } from 'node:path';
import { joinPointer } from '../load/pointer.js';
import { addMonths, asRecord, isoDate, monthsBetween, monthsOption, parseDate } from './lib/data.js';
import type { UnitRule } from './types.js';

/**
 * PermenPANRB 14/2017: every provider runs the satisfaction survey at least once a year, and a
 * standard's evaluation component promises it. Judged on the results the unit keeps
 * (`skm/hasil-<periode>.json`): the latest period ended too long ago, said at its last day in that
 * file. A unit that keeps its survey with the tool (an `skm/` folder or skm.yaml) but no results
 * yet is told so once, in penyelenggara.yaml, when a set standard promises the survey: a draft
 * promises nothing yet, and an evaluation component not stated is another rule's finding. Results
 * files that cannot be read are said where they are wrong, not here again.
 */
export const skmKedaluwarsa: UnitRule = {
  id: 'skm-kedaluwarsa',
  scope: 'unit',
  severity: 'warning',
  defaultOptions: { bulan: 12 },
  description: {
    id: 'Survei kepuasan masyarakat diadakan paling sedikit sekali setahun: periode survei terakhir di skm/hasil-<periode>.json harus berakhir paling lama 12 bulan yang lalu (opsi "bulan"), dan unit yang menyimpan survei di folder skm/ tetapi belum punya hasil diingatkan bila standar yang ditetapkan menjanjikan survei.',
    en: 'The public satisfaction survey is held at least once a year: the last survey period in skm/hasil-<period>.json must have ended at most 12 months ago (option "bulan"), and a unit that keeps its survey in an skm/ folder without results yet is reminded when a set standard promises the survey.',
  },
  messages: {
    stale: {
      message: {
        id: 'Survei kepuasan terakhir (periode {periode}) berakhir {selesai}, {umur} bulan yang lalu; batasnya {batas} bulan.',
        en: 'The last satisfaction survey (period {periode}) ended on {selesai}, {umur} months ago; the limit is {batas} months.',
      },
      hint: {
        id: 'Adakan survei periode berikutnya, lalu simpan hasilnya di unit: standar skm hitung <tanggapan> --periode <periode> --format json --out {folder}hasil-<periode>.json.',
        en: 'Hold the next period\'s survey, then keep its results in the unit: standar skm hitung <responses> --periode <period> --format json --out {folder}hasil-<period>.json.',
      },
    },
    none: {
      message: {
        id: 'Unit ini menyimpan survei kepuasan di folder skm/, tetapi belum ada hasilnya, padahal {layanan} menjanjikan survei itu di komponen evaluasi kinerja.',
        en: 'This unit keeps its satisfaction survey in an skm/ folder but has no results there yet, while {layanan} promises that survey in the performance-evaluation component.',
      },
      hint: {
        id: 'Hitung tanggapan periode terakhir dan simpan hasilnya: standar skm hitung <tanggapan> --unit . --periode <periode> --format json --out skm/hasil-<periode>.json.',
        en: 'Compute the last period\'s responses and keep the results: standar skm hitung <responses> --unit . --periode <period> --format json --out skm/hasil-<period>.json.',
      },
    },
  },
  check({ provider, services, survey }, ctx, report) {
    if (!survey) return;
    const limit = monthsOption(ctx.options.bulan, 12);
    const latest = survey.latest;
    if (latest) {
      const ended = parseDate(latest.results.periode.selesai);
      if (!ended || addMonths(ended, limit) >= ctx.now) return;
      report({
        file: latest.file,
        at: latest.selesaiAt,
        pointer: '/periode/selesai',
        message: 'stale',
        params: { periode: latest.results.periode.kode, selesai: isoDate(ended), umur: monthsBetween(ended, ctx.now), batas: limit, folder: `${dirname(latest.file)}/` },
      });
      return;
    }
    if (!provider || !survey.kept || survey.found > 0) return;
    const promising = services.filter((s) => s.status === 'ditetapkan' && s.promisesSurvey);
    if (promising.length === 0) return;
    const first = promising[0]!;
    const named = first.kode ?? first.file;
    const layanan =
      promising.length === 1
        ? (ctx.lang === 'id' ? `standar ${named} yang ditetapkan` : `the set standard ${named}`)
        : ctx.lang === 'id'
          ? `${promising.length} standar yang ditetapkan`
          : `each of ${promising.length} set standards`;
    // Where the unit's default evaluation component stands, when the services take it from there.
    const inherited = asRecord(asRecord(asRecord(provider.data).bawaan).komponen).evaluasi_kinerja !== undefined;
    report({ file: provider.source.path, pointer: inherited ? joinPointer('/bawaan/komponen', 'evaluasi_kinerja') : '', message: 'none', params: { layanan } });
  },
};
