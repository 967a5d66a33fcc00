import type { MessageDef, Text } from '../i18n/index.js';
import type { IndicatorId, IndicatorStatus, Zone } from './types.js';

/** Problems of an indicator file (rule `konfigurasi`). */
export const AUDIT_MESSAGES = {
  unknownIndicator: {
    message: { id: 'Indikator "{id}" tidak dikenal audit.', en: 'The audit does not know the indicator "{id}".' },
    hint: { id: 'Maksudnya{saran}? Indikator yang dikenal: {daftar}.', en: 'Did you mean{saran}? Known indicators: {daftar}.' },
  },
  indicatorTwice: {
    message: { id: 'Indikator "{id}" sudah ditulis di kelompok "{kelompok}".', en: 'The indicator "{id}" is already listed in the group "{kelompok}".' },
    hint: { id: 'Setiap indikator dinilai satu kali: hapus salah satunya.', en: 'Each indicator counts once: remove one of them.' },
  },
  zonesOrder: {
    message: { id: 'Batas zona kuning ({kuning}) harus di bawah batas zona hijau ({hijau}).', en: 'The yellow zone\'s bound ({kuning}) must be below the green zone\'s ({hijau}).' },
    hint: { id: 'Bawaannya hijau: 81.00 dan kuning: 51.00.', en: 'The defaults are hijau: 81.00 and kuning: 51.00.' },
  },
} satisfies Record<string, MessageDef>;

/** Each indicator's name and what it asks, for every output. */
export const INDICATOR_TEXT: Record<IndicatorId, { nama: Text; lingkup: 'layanan' | 'unit' }> = {
  'komponen-lengkap': { nama: { id: '14 komponen standar ada dan tanpa galat', en: 'The 14 components present and without errors' }, lingkup: 'layanan' },
  penetapan: { nama: { id: 'Standar ditetapkan dengan keputusan', en: 'Standard adopted by decree' }, lingkup: 'layanan' },
  'konsultasi-publik': { nama: { id: 'Konsultasi publik tercatat', en: 'Public consultation recorded' }, lingkup: 'layanan' },
  'reviu-berkala': { nama: { id: 'Ditinjau dalam 12 bulan terakhir', en: 'Reviewed within the last 12 months' }, lingkup: 'layanan' },
  'penyampaian-terbit': { nama: { id: '6 komponen penyampaian diterbitkan dan mutakhir', en: 'The 6 service-delivery components published and current' }, lingkup: 'layanan' },
  'maklumat-lengkap': { nama: { id: 'Maklumat pelayanan lengkap', en: 'Service pledge complete' }, lingkup: 'unit' },
  'maklumat-terbit': { nama: { id: 'Maklumat pelayanan diterbitkan', en: 'Service pledge published' }, lingkup: 'unit' },
  'sarana-kelompok-rentan': { nama: { id: 'Sarana bagi kelompok rentan', en: 'Facilities for vulnerable groups' }, lingkup: 'layanan' },
  'kanal-pengaduan': { nama: { id: 'Saluran pengaduan, termasuk SP4N-LAPOR!', en: 'Complaint channels, SP4N-LAPOR! included' }, lingkup: 'layanan' },
  'tindak-lanjut-pengaduan': { nama: { id: 'Tindak lanjut dan batas waktu menjawab pengaduan', en: 'Complaint follow-up and response time' }, lingkup: 'layanan' },
  skm: { nama: { id: 'Survei Kepuasan Masyarakat dalam 12 bulan dan nilainya', en: 'Satisfaction survey within 12 months and its grade' }, lingkup: 'unit' },
  'pengelolaan-pengaduan': { nama: { id: 'Pengaduan ditangani tepat waktu (catatan pengaduan)', en: 'Complaints handled on time (complaint log)' }, lingkup: 'unit' },
  'persepsi-pengguna': { nama: { id: 'Persepsi pengguna atas maladministrasi', en: 'Users\' perception of maladministration' }, lingkup: 'unit' },
};

export const STATUS_TEXT: Record<IndicatorStatus, Text> = {
  terpenuhi: { id: 'terpenuhi', en: 'met' },
  tidak_terpenuhi: { id: 'belum terpenuhi', en: 'not met' },
  tidak_berlaku: { id: 'tidak berlaku', en: 'not applicable' },
  tidak_diketahui: { id: 'tidak diketahui', en: 'unknown' },
};

export const ZONE_TEXT: Record<Zone, Text> = {
  hijau: { id: 'hijau', en: 'green' },
  kuning: { id: 'kuning', en: 'yellow' },
  merah: { id: 'merah', en: 'red' },
};

/** The audit's own reasons, where no finding of a rule decides. */
export const REASONS = {
  met: { id: 'Tidak ada temuan.', en: 'No finding.' },
  ruleOff: { id: 'Aturan {aturan} dimatikan di konfigurasi, jadi tidak ada yang memutuskannya.', en: 'The rule {aturan} is turned off in the configuration, so nothing decides it.' },
  unreadable: { id: 'Berkas tidak dapat dibaca: {pesan}', en: 'The file cannot be read: {pesan}' },
  revoked: { id: 'Standar ini sudah dicabut: tidak dinilai.', en: 'This standard is revoked: not assessed.' },
  excerpt: { id: 'Dokumen ini kutipan: yang tidak tertulis tidak diketahui, bukan tidak ada.', en: 'This document is an excerpt: what it does not hold is unknown, not missing.' },
  publicPage: { id: 'Dokumen ini hanya halaman publik (6 komponen penyampaian): komponen pengelolaan tidak dimuatnya.', en: 'This document is a public page only (the 6 service-delivery components): it does not hold the management components.' },
  unstated: { id: 'Dokumen menyatakan bagian ini tidak disebut naskah aslinya (tidak_dinyatakan).', en: 'The document says its original does not state this part (tidak_dinyatakan).' },
  notSet: { id: 'Standar belum ditetapkan (status: {status}).', en: 'The standard is not adopted yet (status: {status}).' },
  noStatus: { id: 'Dokumen tidak menyebut statusnya, jadi tidak diketahui apakah sudah ditetapkan.', en: 'The document gives no status, so whether it is adopted is unknown.' },
  afterAdoption: { id: 'Dinilai sesudah standar ditetapkan.', en: 'Assessed once the standard is adopted.' },
  noDecreeDate: { id: 'Tanggal penetapan atau reviu tidak tercatat lengkap, jadi umurnya tidak diketahui.', en: 'The decree or review date is not fully recorded, so its age is unknown.' },
  noSite: { id: 'Tidak ada situs hasil "standar build" untuk unit ini di {situs}.', en: 'There is no site built by "standar build" for this unit in {situs}.' },
  notInSite: { id: 'Situs di {situs} tidak memuat halaman {halaman}.', en: 'The site in {situs} has no page {halaman}.' },
  stale: { id: '{berkas} diubah sesudah situs di {situs} dibangun: bangun ulang dan terbitkan.', en: '{berkas} changed after the site in {situs} was built: rebuild and publish it.' },
  pastSite: { id: 'Situs pada revisi itu tidak diketahui.', en: 'The site at that revision is not known.' },
  published: { id: 'Terbit di {situs} ({halaman}) dan mutakhir.', en: 'Published in {situs} ({halaman}) and current.' },
  noProvider: { id: 'Unit ini tidak mempunyai penyelenggara.yaml, tempat maklumat ditulis.', en: 'This unit has no penyelenggara.yaml, where the pledge is written.' },
  noMaklumat: { id: 'Unit ini belum menulis maklumat pelayanan.', en: 'This unit has not written its service pledge.' },
  skmNone: {
    id: 'Unit ini tidak menyimpan hasil Survei Kepuasan Masyarakat (skm/hasil-<periode>.json dari "standar skm hitung"): periksa hasil SKM 12 bulan terakhir secara terpisah.',
    en: 'This unit keeps no satisfaction-survey results (skm/hasil-<period>.json from "standar skm hitung"): check the last 12 months\' survey separately.',
  },
  skmMet: { id: 'Survei periode {periode}: indeks {konversi}, mutu {mutu}.', en: 'Survey of period {periode}: index {konversi}, grade {mutu}.' },
  complaintLog: { id: 'Butuh catatan pengaduan (waktu tanggapan yang nyata), yang tidak dimuat dokumen standar.', en: 'Needs the complaint log (actual response times), which the standard\'s documents do not hold.' },
  perception: { id: 'Butuh survei persepsi pengguna, yang tidak dimuat dokumen standar.', en: 'Needs a survey of users\' perceptions, which the standard\'s documents do not hold.' },
} satisfies Record<string, Text>;

/** What the score is and is not, said at the top of every report. */
export const SCORE_NOTE: Text = {
  id: 'Skor ini mengukur kesiapan dokumen standar pelayanan, dinilai dari dokumen saja. Skor ini bukan perkiraan hasil penilaian Ombudsman RI: sejak Peraturan Ombudsman 61/2025 opini Ombudsman tidak lagi menilai ke-14 komponen, melainkan bertumpu pada survei persepsi, data sekunder dan kepatuhan pada produk pengawasannya. Indikator yang butuh data operasional (catatan pengaduan, survei persepsi) tercatat "tidak diketahui" dan tidak dihitung.',
  en: 'This score measures the readiness of the service-standard documents, judged from the documents alone. It is not a predicted Ombudsman RI result: since Ombudsman Regulation 61/2025 the Ombudsman\'s opinion no longer scores the 14 components and rests on perception surveys, external statistics and compliance with its own products. Indicators that need operational data (complaint logs, perception surveys) are listed as "unknown" and not counted.',
};
