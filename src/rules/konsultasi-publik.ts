import { asArray, asRecord, cakupanOf, isNotStated, isoDate, isRecord, parseDate } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** UU 25/2009 Pasal 20 ayat 2: the public takes part in drafting the standard, before it is set. */
export const konsultasiPublik: ServiceRule = {
  id: 'konsultasi-publik',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Standar lengkap yang ditetapkan harus mencatat Forum Konsultasi Publik (UU 25/2009 Pasal 20), yang diadakan sebelum penetapan dan melibatkan pengguna layanan. Konsultasi yang tidak disebut dokumen (tidak_dinyatakan) dicatat tidak-dinyatakan, bersama bagian lain yang tidak disebut dokumen.',
    en: 'A full standard that is set must record its public consultation (UU 25/2009 Article 20), held before the decree and with service users taking part. A consultation the document does not mention (tidak_dinyatakan) is noted by tidak-dinyatakan, with the other parts the document does not state.',
  },
  messages: {
    absent: {
      message: { id: 'Standar ini berstatus ditetapkan tanpa catatan konsultasi publik.', en: 'This standard is marked ditetapkan without a public-consultation record.' },
      hint: {
        id: 'Bila Forum Konsultasi Publik sudah diadakan, tambahkan "konsultasi_publik:" dengan tanggal, tempat, peserta per kelompok (pengguna_layanan, akademisi, ...) dan nomor berita acara seperti di berita acaranya; bila belum, adakan sebelum standar ditetapkan (UU 25/2009 Pasal 20 ayat 2). Bila dokumen yang disalin tidak menyebut konsultasinya, tulis konsultasi_publik: { tidak_dinyatakan: true }.',
        en: 'If the public consultation forum was held, add "konsultasi_publik:" with the date, place, participants per group (pengguna_layanan, akademisi, ...) and the minutes number as its minutes give them; if not, hold it before the standard is set (UU 25/2009 Article 20(2)). If the document being copied does not mention its consultation, write konsultasi_publik: { tidak_dinyatakan: true }.',
      },
    },
    afterDecree: {
      message: { id: 'Konsultasi publik ({konsultasi}) tercatat sesudah tanggal penetapan ({penetapan}).', en: 'The public consultation ({konsultasi}) is dated after the decree ({penetapan}).' },
      hint: { id: 'Konsultasi diadakan sebelum standar ditetapkan: periksa kedua tanggal tersebut.', en: 'The consultation comes before the standard is set: check both dates.' },
    },
    noUsers: {
      message: { id: 'Peserta konsultasi publik tidak memuat pengguna layanan.', en: 'The public consultation had no service users among its participants.' },
      hint: { id: 'Tambahkan peserta "- kelompok: pengguna_layanan" beserta jumlahnya (UU 25/2009 Pasal 20 ayat 4: pihak yang terkait langsung dengan layanan).', en: 'Add "- kelompok: pengguna_layanan" with its number (UU 25/2009 Article 20(4): those directly concerned by the service).' },
    },
  },
  check(service, _ctx, report) {
    const data = asRecord(service.data);
    if (data.status !== 'ditetapkan') return;
    // Said by the document, not forgotten: no defect of it (tidak-dinyatakan notes it).
    if (isNotStated(data.konsultasi_publik)) return;
    if (!isRecord(data.konsultasi_publik)) {
      // The public page and an excerpt never carry the consultation's record: unknown, not missing.
      // Nor does a document silent on its own decree: penetapan-lengkap asks for how it was set, once.
      if (cakupanOf(data) === 'lengkap' && !isNotStated(data.penetapan)) report({ pointer: '/status', message: 'absent' });
      return;
    }
    const k = data.konsultasi_publik;
    const held = parseDate(k.tanggal);
    const decreed = parseDate(asRecord(data.penetapan).tanggal);
    if (held && decreed && held > decreed) report({ pointer: '/konsultasi_publik/tanggal', message: 'afterDecree', params: { konsultasi: isoDate(held), penetapan: isoDate(decreed) } });
    const peserta = asArray(k.peserta);
    if (peserta.length > 0 && !peserta.some((p) => asRecord(p).kelompok === 'pengguna_layanan')) {
      report({ pointer: '/konsultasi_publik/peserta', message: 'noUsers', severity: 'warning' });
    }
  },
};
