import { joinPointer } from '../load/pointer.js';
import { isUnwritten } from '../model/placeholders.js';
import { itemText, komponenOf, normalizeText } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** Words that fill the product's place without naming anything ("-", "TBD" and "[isi: …]" are isian-kosong's). */
const NAMES_NOTHING = new Set(['tidak ada', 'belum ada', 'n a', 'na', 'nihil', 'kosong', 'lihat di atas']);

/**
 * UU 25/2009 Pasal 21 huruf f: the applicant must know what they will receive. A missing product
 * component is komponen-lengkap's to report; this rule reads the products that are written.
 */
export const produkWajib: ServiceRule = {
  id: 'produk-wajib',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Produk layanan yang ditulis harus menyebut apa yang diterima pemohon, dengan nama yang jelas, juga selama masih draf.',
    en: 'The service products written must name what the applicant receives, clearly, drafts included.',
  },
  messages: {
    placeholder: {
      message: { id: 'Produk layanan "{isi}" tidak menyebut apa pun.', en: 'The service product "{isi}" names nothing.' },
      hint: {
        id: 'Tulis nama dokumen atau hasil yang diterima pemohon, misalnya "Akta Kelahiran" atau "Jawaban tertulis atas pengaduan".',
        en: 'Write the document or result the applicant receives, e.g. "Akta Kelahiran" or "Jawaban tertulis atas pengaduan".',
      },
    },
  },
  check(service, _ctx, report) {
    const produk = komponenOf(service.data).produk;
    if (!Array.isArray(produk)) return; // absent: komponen-lengkap; another shape: the schema
    produk.forEach((item, i) => {
      const text = itemText(item, 'nama');
      if (text === undefined || isUnwritten(text)) return;
      if (NAMES_NOTHING.has(normalizeText(text))) report({ pointer: joinPointer('/komponen/produk', i), message: 'placeholder', params: { isi: text } });
    });
  },
};
