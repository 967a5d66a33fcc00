import { COMPONENT_BY_KEY } from '../model/components.js';
import { asRecord, isNotStated, isRecord, isSet } from './lib/data.js';
import { componentNotStated, componentsInScope } from './lib/unstated.js';
import type { ServiceRule } from './types.js';

/**
 * UU 25/2009 Pasal 21: a standard holds at least the 14 components. The only rule that speaks of
 * a missing component: the rules about a component's content stay silent without it. One the
 * document does not state is a gap once the standard is set; in a draft it is only noted, by
 * tidak-dinyatakan with the unit's other unsaid parts.
 */
export const komponenLengkap: ServiceRule = {
  id: 'komponen-lengkap',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Komponen yang dimuat cakupan dokumen harus ada (lengkap: ke-14 komponen UU 25/2009 Pasal 21; penyampaian: 6 komponen halaman publik; kutipan: tidak dinilai): galat bila sudah ditetapkan, peringatan selama masih draf. Komponen yang ditandai tidak_dinyatakan menjadi peringatan bila standar sudah ditetapkan.',
    en: 'The components the document\'s scope holds must be present (lengkap: all 14 of UU 25/2009 Article 21; penyampaian: the public page\'s 6; kutipan: not judged): an error once set, a warning while a draft. A component marked tidak_dinyatakan is a warning once the standard is set.',
  },
  messages: {
    missing: {
      message: { id: 'Komponen "{label}" ({key}) belum ditulis.', en: 'The component "{label}" ({key}) is missing.' },
      hint: {
        id: 'Tambahkan "{key}:" di bawah "komponen:", atau di "bawaan.komponen" pada penyelenggara.yaml bila sama untuk semua layanan. Bila dokumen yang disalin memang tidak menyebutnya, tulis {key}: { tidak_dinyatakan: true }; bila dokumen hanya halaman publik atau kutipan, tulis "cakupan:" di awal berkas.',
        en: 'Add "{key}:" under "komponen:", or under "bawaan.komponen" in penyelenggara.yaml when it is the same for every service. If the document being copied really does not state it, write {key}: { tidak_dinyatakan: true }; if the document is only the public page or an excerpt, write "cakupan:" at the top of the file.',
      },
    },
    notStated: {
      message: { id: 'Komponen "{label}" ({key}) tidak dinyatakan dalam dokumen{alasan}.', en: 'The component "{label}" ({key}) is not stated in the document{alasan}.' },
      hint: {
        id: 'UU 25/2009 Pasal 21 memasukkan komponen ini ke dalam standar pelayanan: bila unit mempunyainya, tulis isinya; bila belum, susunlah sebelum standar ditetapkan atau ditinjau ulang.',
        en: 'UU 25/2009 Article 21 makes this component part of a service standard: if the unit has it, write it down; if not, draft it before the standard is set or reviewed.',
      },
    },
  },
  check(service, ctx, report) {
    const data = asRecord(service.data);
    if (!isRecord(data.komponen)) return;
    const komponen = data.komponen;
    const settled = isSet(data);
    for (const key of componentsInScope(data)) {
      const value = komponen[key];
      const label = COMPONENT_BY_KEY[key].label[ctx.lang];
      const pointer = `/komponen/${key}`;
      // An empty key (null) is the schema's to report.
      if (isNotStated(value)) {
        const alasan = typeof value.alasan === 'string' && value.alasan.trim() ? ` (${value.alasan.trim()})` : '';
        if (componentNotStated(data, key) === 'defect') report({ pointer, message: 'notStated', params: { key, label, alasan }, severity: 'warning' });
      } else if (value === undefined) {
        report({ pointer, message: 'missing', params: { key, label }, severity: settled ? 'error' : 'warning' });
      }
    }
  },
};
