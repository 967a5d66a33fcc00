import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, isNumber, isRecord, komponenOf, rupiah } from './lib/data.js';
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
        id: 'Tulis peraturan yang menetapkan tarif ini di "dasar_hukum:" pada baris tarif atau pada "biaya:", misalnya jenis: PP, nomor: 28, tahun: 2019, tentang: Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak ... Pungutan tanpa dasar hukum adalah pungutan liar.',
        en: 'Write the regulation that sets this tariff under "dasar_hukum:" on the tariff line or under "biaya:", e.g. jenis: PP, nomor: 28, tahun: 2019, tentang: ... A fee without a legal basis is an illegal levy.',
      },
    },
  },
  check(service, _ctx, report) {
    const biaya = asRecord(komponenOf(service.data).biaya);
    if (hasBasis(biaya.dasar_hukum)) return;
    asArray(biaya.tarif).forEach((line, i) => {
      const t = asRecord(line);
      if (!isNumber(t.jumlah) || t.jumlah <= 0 || hasBasis(t.dasar_hukum)) return;
      const uraian = typeof t.uraian === 'string' ? t.uraian : `#${i + 1}`;
      report({ pointer: joinPointer('/komponen/biaya/tarif', i), message: 'noBasis', params: { uraian, jumlah: rupiah(t.jumlah) } });
    });
  },
};
