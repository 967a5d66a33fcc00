import { rupiah } from '../model/format.js';
import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, isNumber, isRecord, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

const hasBasis = (v: unknown) => (Array.isArray(v) ? v.length > 0 : isRecord(v));

/** A fee the public pays must rest on a regulation (PP on non-tax revenue, Perda on retribusi). */
export const tarifTanpaDasarHukum: ServiceRule = {
  id: 'tarif-tanpa-dasar-hukum',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Tarif yang tidak nol harus menyebut peraturan yang menetapkannya (PP tentang PNBP, Perda tentang retribusi, ...).',
    en: 'A non-zero tariff must cite the regulation that sets it (a PP on non-tax revenue, a Perda on retribution, ...).',
  },
  messages: {
    noBasis: {
      message: {
        id: 'Tarif "{uraian}" ({jumlah}) tidak menyebut dasar hukumnya.',
        en: 'The tariff "{uraian}" ({jumlah}) does not cite its legal basis.',
      },
      hint: {
        id: 'Tulis peraturan yang menetapkan tarif ini, seperti disebut naskahnya, di "dasar_hukum:" pada baris tarif atau pada "biaya:" (misalnya PP tentang Penerimaan Negara Bukan Pajak, atau Perda tentang retribusi). Bila dokumen tidak menyebutnya, tanyakan kepada unit: pungutan tanpa dasar hukum adalah pungutan liar.',
        en: 'Write the regulation that sets this tariff, as its text names it, under "dasar_hukum:" on the tariff line or under "biaya:" (e.g. a PP on non-tax state revenue, or a Perda on retribution). If the document does not name it, ask the unit: a fee without a legal basis is an illegal levy.',
      },
    },
  },
  check(service, _ctx, report) {
    const biaya = asRecord(komponenOf(service.data).biaya);
    if (hasBasis(biaya.dasar_hukum) || hasBasis(biaya.sesuai_peraturan)) return;
    asArray(biaya.tarif).forEach((line, i) => {
      const t = asRecord(line);
      if (!isNumber(t.jumlah) || t.jumlah <= 0 || hasBasis(t.dasar_hukum)) return;
      const uraian = typeof t.uraian === 'string' ? t.uraian : `#${i + 1}`;
      report({ pointer: joinPointer('/komponen/biaya/tarif', i), message: 'noBasis', params: { uraian, jumlah: rupiah(t.jumlah, 'id', { sen: false }) } });
    });
  },
};
