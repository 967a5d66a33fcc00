import { entryLabel } from '../registry/label.js';
import { citationChecks } from './lib/citations.js';
import type { ServiceRule } from './types.js';

/** A citation must carry the title of the regulation its number names. */
export const judulPeraturan: ServiceRule = {
  id: 'judul-peraturan',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Judul ("tentang") rujukan harus judul peraturan bernomor itu menurut daftar peraturan; huruf besar-kecil, tanda baca, "No."/"Nomor", "Thn", "&"/"dan" dan spasi tidak dipersoalkan.',
    en: 'A citation\'s title ("tentang") must be the title of the regulation with that number according to the regulation registry; case, punctuation, "No."/"Nomor", "Thn", "&"/"dan" and spaces do not matter.',
  },
  messages: {
    title: {
      message: { id: '{peraturan} berjudul "{judul}", bukan "{tertulis}".', en: '{peraturan} is titled "{judul}", not "{tertulis}".' },
      hint: {
        id: 'Bila yang dimaksud memang {peraturan}, tulis tentang: {judul}. Bila yang dimaksud peraturan lain, perbaiki nomor dan tahunnya (cari dengan: standar peraturan cari <kata judul>).',
        en: 'If {peraturan} is indeed meant, write tentang: {judul}. If another regulation is meant, correct its number and year (look it up with: standar peraturan cari <title words>).',
      },
    },
  },
  ...citationChecks((judged) =>
    judged.flatMap(({ cited, verdict }) =>
      verdict.kind === 'title' ? [{ pointer: `${cited.pointer}/tentang`, message: 'title', params: { peraturan: entryLabel(verdict.entry), judul: verdict.entry.tentang, tertulis: cited.tentang ?? '' } }] : [],
    ),
  ),
};
