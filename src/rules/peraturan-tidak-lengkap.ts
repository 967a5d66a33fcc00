import { isNumber, isRecord, nonEmpty } from './lib/data.js';
import { citationLabel, citationsIn } from './lib/regulations.js';
import type { ServiceRule } from './types.js';

const hasNumber = (v: unknown) => nonEmpty(v) || isNumber(v);

/**
 * A citation must let a reader find the regulation: its title, or its number and year. The
 * gazette a regulation was promulgated in carries the regulation's own year.
 */
export const peraturanTidakLengkap: ServiceRule = {
  id: 'peraturan-tidak-lengkap',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Rujukan peraturan harus dapat dicari: menyebut judulnya ("tentang"), atau nomor dan tahunnya; tahun Lembaran Negara/Daerah harus sama dengan tahun peraturannya.',
    en: 'A citation must be findable: it gives the title ("tentang"), or the number and year; the year of the State/Regional Gazette must match the regulation\'s year.',
  },
  messages: {
    incomplete: {
      message: { id: 'Rujukan "{rujukan}" belum dapat dicari: tanpa judul, nomor dan tahunnya harus disebut.', en: 'The citation "{rujukan}" cannot be looked up: without a title, it needs its number and year.' },
      hint: {
        id: 'Lengkapi dari naskah peraturannya (misalnya di JDIH): {kurang}.',
        en: 'Complete it from the regulation\'s text (e.g. in the JDIH legal database): {kurang}.',
      },
    },
    gazetteYear: {
      message: { id: 'Rujukan "{rujukan}" menyebut lembaran tahun {tahunLembaran}, padahal peraturannya tahun {tahun}.', en: 'The citation "{rujukan}" gives a gazette of {tahunLembaran}, but the regulation is of {tahun}.' },
      hint: {
        id: 'Periksa bagian akhir naskah peraturannya, tempat nomor dan tahun lembaran dicantumkan, lalu perbaiki yang salah ketik.',
        en: 'Check the end of the regulation\'s text, where the gazette number and year are printed, and correct whichever was mistyped.',
      },
    },
  },
  check(service, ctx, report) {
    for (const citation of citationsIn(service.data)) {
      const { value } = citation;
      if (!nonEmpty(value.tentang) && !(hasNumber(value.nomor) && isNumber(value.tahun))) {
        const kurang = [!hasNumber(value.nomor) ? 'nomor' : '', !isNumber(value.tahun) ? 'tahun' : '', ctx.lang === 'id' ? 'atau judulnya di "tentang"' : 'or its title in "tentang"'].filter(Boolean).join(', ');
        report({ pointer: citation.pointer, message: 'incomplete', params: { rujukan: citationLabel(value), kurang } });
      }
      if (isNumber(value.tahun) && isRecord(value.ln) && isNumber(value.ln.tahun) && value.ln.tahun !== value.tahun) {
        report({ pointer: `${citation.pointer}/ln/tahun`, message: 'gazetteYear', params: { rujukan: citationLabel(value), tahunLembaran: value.ln.tahun, tahun: value.tahun } });
      }
    }
  },
};
