import { asRecord, isNotStated, nonEmpty } from './lib/data.js';
import { headGap } from './lib/unstated.js';
import type { UnitRule } from './types.js';

/**
 * The head of the unit signs every set standard's decree attachment and, unless it names its own
 * signer, the maklumat: an unnamed head leaves them unsigned. Said once, in penyelenggara.yaml,
 * where the name is needed; where the documents set are only public pages or excerpts, which
 * rarely name the head, tidak-dinyatakan notes it instead (rules/lib/unstated.ts, `headGap`).
 */
export const kepalaTanpaNama: UnitRule = {
  id: 'kepala-tanpa-nama',
  scope: 'unit',
  severity: 'warning',
  description: {
    id: 'Kepala unit harus disebut namanya bila ada standar lengkap yang ditetapkan atau maklumat yang ditandatanganinya. Kepala yang tidak disebut dokumen dicatat tidak-dinyatakan: kepala tanpa nama bila yang ditetapkan hanya halaman publik atau kutipan, kepala bertanda tidak_dinyatakan bila tidak ada standar lengkap yang ditetapkan.',
    en: 'The head of the unit must be named when a set full standard or a pledge is signed by them. A head the document does not name is noted by tidak-dinyatakan: one written without a name when only public pages or excerpts are set, one marked tidak_dinyatakan when no full standard is set.',
  },
  messages: {
    unnamed: {
      message: { id: 'Kepala unit tidak disebut namanya, padahal {penanda} ditandatangani kepala unit.', en: 'The head of the unit is not named, yet {penanda} is signed by the head.' },
      hint: {
        id: 'Tulis "kepala:" dengan nama (beserta gelar) dan jabatan seperti di naskah yang ditandatangani. Bila dokumen yang disalin memang tidak menyebutnya, tulis kepala: { tidak_dinyatakan: true }.',
        en: 'Write "kepala:" with the name (with titles) and position as on the signed text. If the document being copied really does not name them, write kepala: { tidak_dinyatakan: true }.',
      },
    },
    notStated: {
      message: { id: 'Dokumen tidak menyebut kepala unit{alasan}, padahal {penanda} ditandatangani kepala unit.', en: 'The document does not name the head of the unit{alasan}, yet {penanda} is signed by the head.' },
      hint: {
        id: 'Tanyakan nama dan jabatan kepala unit yang menandatanganinya dan tulis di "kepala:".',
        en: 'Ask for the name and position of the head who signed and write them under "kepala:".',
      },
    },
  },
  check({ provider, services }, ctx, report) {
    if (!provider) return;
    const gap = headGap(provider.data, services);
    if (gap?.weight !== 'defect') return;
    const penanda = [
      gap.setStandards ? (ctx.lang === 'id' ? 'standar yang ditetapkan' : 'each set standard') : '',
      gap.signsMaklumat ? (ctx.lang === 'id' ? 'maklumat' : 'the pledge') : '',
    ].filter(Boolean).join(ctx.lang === 'id' ? ' dan ' : ' and ');
    const file = provider.source.path;
    const kepala = asRecord(provider.data).kepala;
    if (isNotStated(kepala)) {
      const alasan = nonEmpty(kepala.alasan) ? ` (${kepala.alasan.trim()})` : '';
      report({ file, pointer: '/kepala', message: 'notStated', params: { alasan, penanda } });
      return;
    }
    report({ file, pointer: kepala === undefined ? '' : '/kepala', message: 'unnamed', params: { penanda } });
  },
};
