import { entryLabel, regulationLabel } from '../registry/label.js';
import { citationChecks } from './lib/citations.js';
import type { ServiceRule } from './types.js';

/** A Keputusan cited as a Peraturan, a Perkap as a Perpol: the number and year say which it is. */
export const jenisPeraturanKeliru: ServiceRule = {
  id: 'jenis-peraturan-keliru',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Jenis rujukan yang keliru: nomor dan tahunnya milik peraturan jenis lain yang mudah tertukar (Keputusan dan Peraturan Menteri, Perpres dan Keppres, Perkap dan Perpol).',
    en: 'A citation under the wrong kind: its number and year belong to a regulation of an easily confused kind (ministerial decree and regulation, Perpres and Keppres, Perkap and Perpol).',
  },
  messages: {
    otherKind: {
      message: {
        id: '{tertulis} tidak ada; nomor dan tahun itu milik {benar} tentang {tentang} (jenis {jenis}).',
        en: '{tertulis} does not exist; that number and year belong to {benar} on {tentang} (kind {jenis}).',
      },
      hint: { id: 'Bila yang dimaksud {benar}, tulis jenis: {jenis}.', en: 'If {benar} is meant, write jenis: {jenis}.' },
    },
  },
  ...citationChecks((judged) =>
    judged.flatMap(({ cited, verdict }) =>
      verdict.kind === 'otherKind'
        ? [{ pointer: `${cited.pointer}/jenis`, message: 'otherKind', params: { tertulis: regulationLabel(cited), benar: entryLabel(verdict.entry), tentang: verdict.entry.tentang, jenis: verdict.entry.jenis } }]
        : [],
    ),
  ),
};
