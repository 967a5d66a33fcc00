import { joinPointer } from '../load/pointer.js';
import { itemText, komponenOf, normalizeText } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** Texts that fill the field without naming anything. */
const PLACEHOLDERS = new Set(['', 'tidak ada', 'belum ada', 'n a', 'na', 'nihil', 'tbd', 'kosong', 'lihat di atas']);

/** UU 25/2009 Pasal 21 huruf f: the applicant must know what they will receive. */
export const produkWajib: ServiceRule = {
  id: 'produk-wajib',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Setiap layanan harus menyebut produk yang diterima pemohon, dengan nama yang jelas.',
    en: 'Every service must name the product the applicant receives, clearly.',
  },
  messages: {
    absent: {
      message: { id: 'Produk layanan tidak ditulis: pemohon tidak tahu apa yang akan diterimanya.', en: 'No service product is given: applicants cannot tell what they will receive.' },
      hint: {
        id: 'Tambahkan "produk:" di bawah "komponen:", misalnya "- nama: Kartu Keluarga" dengan uraian singkat (masa berlaku, bentuk cetak atau elektronik).',
        en: 'Add "produk:" under "komponen:", e.g. "- nama: Kartu Keluarga" with a short description (validity, printed or electronic).',
      },
    },
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
    if (produk === undefined || produk === null || (Array.isArray(produk) && produk.length === 0)) {
      report({ pointer: produk === undefined ? '/komponen' : '/komponen/produk', message: 'absent' });
      return;
    }
    if (!Array.isArray(produk)) return; // the schema says what shape it needs
    produk.forEach((item, i) => {
      const text = itemText(item, 'nama');
      if (text !== undefined && PLACEHOLDERS.has(normalizeText(text))) report({ pointer: joinPointer('/komponen/produk', i), message: 'placeholder', params: { isi: text } });
    });
  },
};
