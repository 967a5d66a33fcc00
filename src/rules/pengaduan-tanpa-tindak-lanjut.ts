import { asArray, isCutShort, isRecord, komponenOf, nonEmpty } from './lib/data.js';
import type { ServiceRule } from './types.js';

/**
 * PermenPANRB 15/2014 asks the complaint component for the way complaints are handled and
 * followed up, not only where they are received. A component without channels is
 * kanal-pengaduan-wajib's; a missing one komponen-lengkap's.
 */
export const pengaduanTanpaTindakLanjut: ServiceRule = {
  id: 'pengaduan-tanpa-tindak-lanjut',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Komponen penanganan pengaduan harus menyebut cara pengaduan ditindaklanjuti (langkah, batas waktu menjawab, atau uraiannya), bukan hanya salurannya.',
    en: 'The complaint-handling component must say how complaints are followed up (steps, a time to answer, or a description), not only the channels.',
  },
  messages: {
    channelsOnly: {
      message: {
        id: 'Komponen penanganan pengaduan hanya menyebut saluran, tanpa cara pengaduan ditindaklanjuti maupun batas waktu menjawabnya.',
        en: 'The complaint-handling component only lists channels, with no word on how complaints are followed up or how soon they are answered.',
      },
      hint: {
        id: 'Tulis langkah tindak lanjutnya di "tindak_lanjut:" (siapa mencatat, siapa menelaah, siapa menjawab) dan batas waktu menjawab di "jangka_waktu:", seperti tertulis di dokumen; bila dokumen tidak menyebutnya, unit perlu menetapkannya (PermenPANRB 15/2014). Bila dokumen yang disalin adalah kutipan yang terpotong di komponen ini, tulis di "sumber:" terpotong_di: pengaduan.',
        en: 'Write the follow-up steps under "tindak_lanjut:" (who records, who reviews, who answers) and the time to answer under "jangka_waktu:", as the document says; if the document does not say, the unit needs to set them (PermenPANRB 15/2014). If the document copied is an excerpt that stops inside this component, write terpotong_di: pengaduan under "sumber:".',
      },
    },
  },
  check(service, _ctx, report) {
    const pengaduan = komponenOf(service.data).pengaduan;
    if (!isRecord(pengaduan) || asArray(pengaduan.kanal).length === 0) return;
    if (isCutShort(service.data, 'pengaduan')) return;
    const followedUp = asArray(pengaduan.tindak_lanjut).length > 0 || isRecord(pengaduan.jangka_waktu) || nonEmpty(pengaduan.uraian) || nonEmpty(pengaduan.catatan);
    if (!followedUp) report({ pointer: '/komponen/pengaduan', message: 'channelsOnly' });
  },
};
