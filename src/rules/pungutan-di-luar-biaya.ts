import { walkData } from '../load/pointer.js';
import { asArray, asRecord, isRecord, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** Words that name a charge: a fine, a retribution, non-tax revenue, paying, an amount in rupiah. */
const CHARGE = /\b(denda|retribusi|pnbp|penerimaan negara bukan pajak|(?:mem|di)?bayar(?:kan)?|pembayaran|pungutan|tarif|biaya)\b|\brp\.?\s?\d/gi;
/** A charge denied just before it: "tanpa dipungut biaya", "tidak dikenakan denda". */
const DENIED = /\b(tidak|tanpa|bebas|bukan|gratis)\b[^.;:]{0,30}$/i;
/** Parts whose words are titles of regulations, not charges: "tentang Retribusi Daerah". */
const CITATIONS = new Set(['dasar_hukum', 'sesuai_peraturan']);

/** The same words, tested without a global regex's state: most texts name no charge. */
const ANY_CHARGE = new RegExp(CHARGE.source, 'i');

/** The first charge a text names, unless it is denied. */
function chargeIn(text: string): string | undefined {
  if (!ANY_CHARGE.test(text)) return undefined;
  for (const m of text.matchAll(CHARGE)) {
    if (!DENIED.test(text.slice(0, m.index))) return m[0];
  }
  return undefined;
}

const quote = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/**
 * A fine in the procedure, a payment receipt among the staff's competences, a PNBP line among the
 * requirements: the fee component must then say what is paid and on what basis.
 */
export const pungutanDiLuarBiaya: ServiceRule = {
  id: 'pungutan-di-luar-biaya',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Pungutan yang disebut di komponen lain (denda, retribusi, PNBP, pembayaran, jumlah rupiah) harus tercantum di komponen biaya dengan dasar hukumnya: diingatkan bila biaya ditulis gratis atau tidak menyebut tarif maupun peraturannya.',
    en: 'A charge named in another component (a fine, retribution, non-tax revenue, a payment, an amount in rupiah) must appear in the fee component with its legal basis: flagged when the fee says free or names neither tariff nor regulation.',
  },
  messages: {
    free: {
      message: { id: '"{kutipan}" menyebut pungutan ("{kata}"), padahal biaya layanan ditulis gratis.', en: '"{kutipan}" names a charge ("{kata}"), yet the fee says the service is free.' },
      hint: {
        id: 'Bila pungutan ini memang ada (misalnya denda keterlambatan), tulis di "biaya:" sebagai tarif atau sesuai_peraturan beserta peraturan yang menetapkannya, dan sesuaikan keterangan gratisnya; bila tidak ada, perbaiki uraian ini.',
        en: 'If the charge really exists (e.g. a late-registration fine), write it under "biaya:" as a tariff or sesuai_peraturan with the regulation that sets it, and adjust the "free" sentence; if not, correct this text.',
      },
    },
    noBasis: {
      message: { id: '"{kutipan}" menyebut pungutan ("{kata}"), padahal komponen biaya tidak menyebut tarif maupun peraturan yang menetapkannya.', en: '"{kutipan}" names a charge ("{kata}"), yet the fee component names neither a tariff nor the regulation that sets it.' },
      hint: {
        id: 'Tulis pungutan itu di "biaya:" sebagai tarif dengan dasar hukumnya, atau di "sesuai_peraturan" bila dokumen hanya menyebut peraturannya.',
        en: 'Write the charge under "biaya:" as a tariff with its legal basis, or under "sesuai_peraturan" when the document only names the regulation.',
      },
    },
  },
  check(service, _ctx, report) {
    const komponen = komponenOf(service.data);
    if (!isRecord(komponen.biaya)) return; // absent or not stated: komponen-lengkap
    const biaya = komponen.biaya;
    const tariffs = asArray(biaya.tarif).map(asRecord);
    // Tariffs of Rp0 under "gratis: false" contradict each other: biaya-gratis-bertentangan's finding.
    const free = biaya.gratis === true;
    const regulated = asArray(biaya.dasar_hukum).length > 0 || asArray(biaya.sesuai_peraturan).length > 0 || tariffs.some((t) => isRecord(t.dasar_hukum));
    // A paid fee without a basis is tarif-tanpa-dasar-hukum's finding, not a second one here.
    const message = free ? 'free' : !regulated && tariffs.length === 0 ? 'noBasis' : undefined;
    if (!message) return;
    walkData(
      komponen,
      (value, place) => {
        if (typeof place.key === 'string' && (CITATIONS.has(place.key) || (place.key === 'biaya' && place.owner === komponen))) return false;
        if (typeof value !== 'string') return;
        const kata = chargeIn(value);
        if (kata) report({ pointer: place.pointer(), message, params: { kutipan: quote(value.trim()), kata } });
      },
      '/komponen',
    );
  },
};
