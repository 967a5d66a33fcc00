import { entryLabel, regulationLabel } from '../registry/label.js';
import { citationChecks, pasteForm } from './lib/citations.js';
import type { ServiceRule } from './types.js';

/** "UU 2/2022 tentang Kepolisian": the title is right, the year is not (the police law is UU 2/2002). */
export const nomorPeraturanKeliru: ServiceRule = {
  id: 'nomor-peraturan-keliru',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Nomor atau tahun rujukan yang tampaknya salah ketik: judulnya judul peraturan lain yang sejenis, yang nomor atau tahunnya sama dengan yang ditulis.',
    en: 'A citation\'s number or year that looks mistyped: its title is that of another regulation of the same kind sharing the number or the year written.',
  },
  messages: {
    mistyped: {
      message: {
        id: '{tertulis} berjudul "{judulTertulis}", bukan "{tentang}"; judul itu judul {benar}. Nomor atau tahunnya tampaknya salah ketik.',
        en: '{tertulis} is titled "{judulTertulis}", not "{tentang}"; that title is {benar}\'s. Its number or year looks mistyped.',
      },
      hint: { id: 'Bila yang dimaksud {benar}, tulis {rujukan}.', en: 'If {benar} is meant, write {rujukan}.' },
    },
    mistypedUnknown: {
      message: {
        id: '{tertulis} tidak ada di daftar peraturan, sedangkan judul "{tentang}" adalah judul {benar}. Nomor atau tahunnya tampaknya salah ketik.',
        en: '{tertulis} is not in the regulation registry, while the title "{tentang}" is {benar}\'s. Its number or year looks mistyped.',
      },
      hint: { id: 'Bila yang dimaksud {benar}, tulis {rujukan}.', en: 'If {benar} is meant, write {rujukan}.' },
    },
  },
  ...citationChecks((judged) =>
    judged.flatMap(({ cited, verdict }) => {
      if (verdict.kind !== 'mistyped') return [];
      const params = { tertulis: regulationLabel(cited), tentang: cited.tentang ?? '', benar: entryLabel(verdict.meant), rujukan: pasteForm(verdict.meant) };
      return verdict.entry
        ? [{ pointer: cited.pointer, message: 'mistyped', params: { ...params, judulTertulis: verdict.entry.tentang } }]
        : [{ pointer: cited.pointer, message: 'mistypedUnknown', params }];
    }),
  ),
};
