import { isUnwritten } from '../model/placeholders.js';
import { asArray, asRecord, isCutShort, itemText, komponenOf, normalizeText } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** Facilities that serve vulnerable groups even when the author did not mark them. */
const KEYWORDS = [
  'ramp', 'landai', 'kursi roda', 'prioritas', 'laktasi', 'menyusui', 'difabel', 'disabilitas', 'lansia', 'lanjut usia',
  'ibu hamil', 'braille', 'alat bantu dengar', 'bahasa isyarat', 'guiding block', 'jalur pemandu', 'pegangan rambat',
  'ruang bermain anak', 'toilet khusus', 'kelompok rentan', 'berkebutuhan khusus',
];

// Per run's rule options (the same object for every file that shares a configuration).
const keywords = new WeakMap<object, string[]>();

/** The keywords and the configuration's `kata_kunci`, normalized, each between spaces: whole words are looked for. */
function wordsOf(options: Record<string, unknown>): string[] {
  let words = keywords.get(options);
  if (!words) {
    const extra = asArray(options.kata_kunci).filter((k): k is string => typeof k === 'string').map(normalizeText);
    keywords.set(options, (words = [...KEYWORDS, ...extra].filter((w) => w !== '').map((w) => ` ${w} `)));
  }
  return words;
}

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
        id: 'Bila unit menyediakannya, tulis fasilitasnya dan tandai "kelompok_rentan: true" (jalur landai, kursi roda, loket prioritas, ruang laktasi, toilet ramah disabilitas, ...); bila belum ada, unit perlu menyediakannya (UU 25/2009 Pasal 29). Bila dokumen yang disalin adalah kutipan yang terpotong di daftar ini, tulis di "sumber:" terpotong_di: sarana_prasarana.',
        en: 'If the unit provides them, list the facilities and mark them "kelompok_rentan: true" (ramp, wheelchair, priority counter, lactation room, accessible toilet, ...); if there are none yet, the unit needs to provide them (UU 25/2009 Article 29). If the document copied is an excerpt that stops inside this list, write terpotong_di: sarana_prasarana under "sumber:".',
      },
    },
  },
  check(service, ctx, report) {
    if (isCutShort(service.data, 'sarana_prasarana')) return;
    const sarana = komponenOf(service.data).sarana_prasarana;
    if (!Array.isArray(sarana) || sarana.length === 0) return;
    // A facility still to be written ("[isi: …]", "-") is isian-kosong's to report: it neither
    // serves vulnerable groups (whatever its example says) nor shows that none are served, so
    // the list is judged once it is written.
    const unwritten = (item: unknown) => {
      const text = itemText(item, 'nama');
      return text !== undefined && isUnwritten(text);
    };
    if (sarana.some(unwritten)) return;
    const words = wordsOf(ctx.options);
    const served = sarana.some((item) => {
      if (asRecord(item).kelompok_rentan === true) return true;
      const text = ` ${normalizeText(itemText(item, 'nama') ?? '')} `;
      return words.some((w) => text.includes(w));
    });
    if (!served) report({ pointer: '/komponen/sarana_prasarana', message: 'none' });
  },
};
