import { asArray, asRecord, itemText, komponenOf, normalizeText } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** Facilities that serve vulnerable groups even when the author did not mark them. */
const KEYWORDS = [
  'ramp', 'landai', 'kursi roda', 'prioritas', 'laktasi', 'menyusui', 'difabel', 'disabilitas', 'lansia', 'lanjut usia',
  'ibu hamil', 'braille', 'alat bantu dengar', 'bahasa isyarat', 'guiding block', 'jalur pemandu', 'pegangan rambat',
  'ruang bermain anak', 'toilet khusus', 'kelompok rentan', 'berkebutuhan khusus',
];

/** UU 25/2009 Pasal 29 and the Ombudsman's assessment ask for special facilities for vulnerable groups. */
export const saranaKelompokRentan: ServiceRule = {
  id: 'sarana-kelompok-rentan',
  scope: 'service',
  severity: 'warning',
  defaultOptions: { kata_kunci: [] },
  description: {
    id: 'Sarana dan prasarana harus memuat fasilitas bagi kelompok rentan (penyandang disabilitas, lanjut usia, ibu hamil/menyusui, anak).',
    en: 'Facilities must include some for vulnerable groups (people with disabilities, the elderly, pregnant or nursing mothers, children).',
  },
  messages: {
    none: {
      message: {
        id: 'Sarana dan prasarana tidak memuat fasilitas bagi kelompok rentan.',
        en: 'The facilities include nothing for vulnerable groups.',
      },
      hint: {
        id: 'Tambahkan fasilitasnya dan tandai, misalnya "- nama: Jalur landai (ramp) dan kursi roda" dengan "kelompok_rentan: true"; juga loket prioritas, ruang laktasi, toilet ramah disabilitas.',
        en: 'Add them and mark them, e.g. "- nama: Jalur landai (ramp) dan kursi roda" with "kelompok_rentan: true"; also a priority counter, a lactation room, an accessible toilet.',
      },
    },
  },
  check(service, ctx, report) {
    const sarana = komponenOf(service.data).sarana_prasarana;
    if (!Array.isArray(sarana) || sarana.length === 0) return;
    const extra = asArray(ctx.options.kata_kunci).filter((k): k is string => typeof k === 'string').map(normalizeText);
    const words = [...KEYWORDS, ...extra];
    const served = sarana.some((item) => {
      if (asRecord(item).kelompok_rentan === true) return true;
      const text = normalizeText(itemText(item, 'nama') ?? '');
      return words.some((w) => w !== '' && ` ${text} `.includes(` ${w} `));
    });
    if (!served) report({ pointer: '/komponen/sarana_prasarana', message: 'none' });
  },
};
