import { rupiah } from '../model/format.js';
import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, isNumber, isRecord, komponenOf } from './lib/data.js';
import { citationLabel } from './lib/regulations.js';
import type { ServiceRule } from './types.js';

/** Display sentences that promise a free service outright ("Gratis", "Tidak dipungut biaya", "Rp0,-"). */
const SAYS_FREE = /\b(gratis|tidak\s+dipungut\s+(biaya|bayaran|retribusi)|tanpa\s+(biaya|dipungut)|bebas\s+biaya|tidak\s+berbayar)\b|^\s*rp\.?\s?0(?:[.,]0+)?(?:,-)?\s*\.?\s*$/i;
/** Words that make "free" partial ("gratis bagi penduduk miskin, selain itu sesuai tarif"). */
const CONDITIONAL = /\b(kecuali|bagi|untuk|sesuai|tarif|selain|khusus)\b/i;
/** A regulation that sets charges: "Peninjauan Tarif Retribusi …", "Retribusi Penggantian Biaya Cetak …". */
const SETS_CHARGES = /\b(tarif|retribusi)\b/i;
/** …unless it lifts them: "Penghapusan Retribusi …", "Pencabutan Peraturan Daerah tentang Retribusi …". */
const LIFTS_CHARGES = /\b(penghapusan|pencabutan|pembebasan|pembatalan)\b/i;
/** A non-zero amount written out: "Rp50.000", "Rp 350.000,00". */
const NAMES_AMOUNT = /rp\.?\s?([1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,\d+)?/i;

/** The fee component must say one thing: free, or these tariffs. */
export const biayaGratisBertentangan: ServiceRule = {
  id: 'biaya-gratis-bertentangan',
  scope: 'service',
  severity: 'error',
  description: {
    id: '"Gratis" tidak boleh bertentangan dengan daftar tarif atau kalimat keterangan biaya, dan sebaliknya; peraturan tentang tarif atau retribusi di dasar hukum layanan yang gratis diingatkan.',
    en: '"Free" must not be contradicted by the tariff lines or the fee sentence, nor the reverse; a regulation on tariffs or retribution in the legal basis of a free service is flagged.',
  },
  messages: {
    freeWithTariff: {
      message: { id: 'Biaya ditulis "gratis: true", tetapi tarif "{uraian}" sebesar {jumlah}.', en: 'The fee says "gratis: true", but the tariff "{uraian}" is {jumlah}.' },
      hint: {
        id: 'Bila layanan memang gratis, hapus baris tarif ini (atau tulis jumlah: 0). Bila berbayar, hapus "gratis: true" dan sebutkan dasar hukum tarifnya.',
        en: 'If the service is free, remove this tariff line (or write jumlah: 0). If it is paid, remove "gratis: true" and cite the tariff\'s legal basis.',
      },
    },
    sentenceFreeButTariff: {
      message: { id: 'Keterangan biaya berbunyi "{kalimat}", padahal ada {n} tarif yang lebih dari nol.', en: 'The fee sentence says "{kalimat}", yet {n} tariff line(s) are above zero.' },
      hint: {
        id: 'Samakan keterangan dengan tarifnya, misalnya "Sesuai tarif di bawah ini", atau hapus tarif bila layanan gratis.',
        en: 'Make the sentence match the tariffs, e.g. "Sesuai tarif di bawah ini", or remove the tariffs if the service is free.',
      },
    },
    sentenceFreeButNotFree: {
      message: { id: 'Keterangan biaya berbunyi "{kalimat}", padahal tertulis "gratis: false".', en: 'The fee sentence says "{kalimat}", yet it says "gratis: false".' },
      hint: { id: 'Bila layanan gratis, tulis "gratis: true"; bila berbayar, ubah keterangannya dan tulis tarifnya.', en: 'If the service is free, write "gratis: true"; if it is paid, change the sentence and list the tariffs.' },
    },
    sentenceAmountButFree: {
      message: { id: 'Biaya ditulis "gratis: true", tetapi keterangannya menyebut {jumlah}.', en: 'The fee says "gratis: true", but its sentence names {jumlah}.' },
      hint: { id: 'Tulis keterangan seperti "Tidak dipungut biaya", atau hapus "gratis: true" dan tulis tarifnya di "tarif:".', en: 'Write a sentence such as "Tidak dipungut biaya", or remove "gratis: true" and list the tariffs under "tarif:".' },
    },
    freeButRegulated: {
      message: { id: 'Biaya ditulis "gratis: true", tetapi juga "sesuai_peraturan" ({peraturan}).', en: 'The fee says "gratis: true", but also "sesuai_peraturan" ({peraturan}).' },
      hint: {
        id: 'Peraturan yang membebaskan biaya ditulis di "dasar_hukum:"; "sesuai_peraturan" hanya untuk biaya yang besarnya ditetapkan peraturan itu. Periksa naskahnya: bila layanan gratis, pindahkan peraturannya ke "dasar_hukum:"; bila berbayar, hapus "gratis: true".',
        en: 'The regulation that makes a service free goes under "dasar_hukum:"; "sesuai_peraturan" is only for a fee that regulation sets. Check the text: if the service is free, move the regulation to "dasar_hukum:"; if it is paid, remove "gratis: true".',
      },
    },
    freeButTariffLaw: {
      message: { id: 'Biaya ditulis gratis, tetapi dasar hukum layanan mengutip peraturan tentang tarif atau retribusi ({peraturan}).', en: 'The fee says free, but the service\'s legal basis cites a regulation on tariffs or retribution ({peraturan}).' },
      hint: {
        id: 'Bila pungutan itu sudah dihapus (misalnya retribusi dokumen kependudukan oleh UU 24/2013 Pasal 79A), hapus rujukan ini dari dasar hukum; bila masih berlaku untuk layanan ini, tulis tarifnya di "biaya:" dan hapus "gratis: true".',
        en: 'If the charge has been abolished (e.g. fees for civil-registration documents by UU 24/2013 Article 79A), remove this citation from the legal basis; if it still applies to this service, write the tariff under "biaya:" and remove "gratis: true".',
      },
    },
    notFreeNoTariff: {
      message: { id: 'Biaya ditulis "gratis: false", tetapi tidak ada tarif yang lebih dari nol.', en: 'The fee says "gratis: false", but no tariff is above zero.' },
      hint: {
        id: 'Bila layanan gratis, tulis "gratis: true" beserta peraturan yang membebaskan biaya; bila berbayar, tulis tarifnya di "tarif:" dengan jumlah dan dasar hukumnya.',
        en: 'If the service is free, write "gratis: true" with the regulation that makes it free; if it is paid, list the tariffs under "tarif:" with amounts and legal basis.',
      },
    },
  },
  check(service, _ctx, report) {
    const biaya = asRecord(komponenOf(service.data).biaya);
    const paid = asArray(biaya.tarif)
      .map((t, i) => ({ t: asRecord(t), i }))
      .filter(({ t }) => isNumber(t.jumlah) && t.jumlah > 0);
    const keterangan = typeof biaya.keterangan === 'string' ? biaya.keterangan : undefined;

    if (biaya.gratis === true) {
      for (const { t, i } of paid) {
        report({ pointer: joinPointer('/komponen/biaya/tarif', i, 'jumlah'), message: 'freeWithTariff', params: { uraian: typeof t.uraian === 'string' ? t.uraian : `#${i + 1}`, jumlah: rupiah(t.jumlah as number, 'id', { sen: false }) } });
      }
      const amount = keterangan ? NAMES_AMOUNT.exec(keterangan) : null;
      if (amount) report({ pointer: '/komponen/biaya/keterangan', message: 'sentenceAmountButFree', params: { jumlah: amount[0].trim() } });
      const regulated = asArray(biaya.sesuai_peraturan).filter(isRecord);
      if (regulated.length > 0) report({ pointer: '/komponen/biaya/sesuai_peraturan', message: 'freeButRegulated', params: { peraturan: regulated.map(citationLabel).join(', ') } });
      // Only the service's own legal basis: the fee's may rightly cite a tariff rule that sets Rp0.
      asArray(komponenOf(service.data).dasar_hukum).forEach((r, i) => {
        const tentang = asRecord(r).tentang;
        if (typeof tentang === 'string' && SETS_CHARGES.test(tentang) && !LIFTS_CHARGES.test(tentang)) {
          report({ pointer: joinPointer('/komponen/dasar_hukum', i), message: 'freeButTariffLaw', severity: 'warning', params: { peraturan: citationLabel(asRecord(r)) } });
        }
      });
      return;
    }
    if (keterangan && SAYS_FREE.test(keterangan) && !CONDITIONAL.test(keterangan) && (paid.length > 0 || biaya.gratis === false)) {
      report({ pointer: '/komponen/biaya/keterangan', message: paid.length > 0 ? 'sentenceFreeButTariff' : 'sentenceFreeButNotFree', params: { kalimat: keterangan, n: paid.length } });
      return;
    }
    if (biaya.gratis === false && paid.length === 0 && asArray(biaya.sesuai_peraturan).length === 0) report({ pointer: '/komponen/biaya/gratis', message: 'notFreeNoTariff' });
  },
};
