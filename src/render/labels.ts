import type { Lang, Text } from '../i18n/index.js';
import type { JenisKanalLayanan, JenisKanalPengaduan, Status } from '../types/schema.js';

/**
 * Every fixed word a page prints, in both languages. Templates read them as `label.<name>`, so a
 * custom template never has to hard-code wording to stay bilingual.
 */
const LABELS = {
  skipLink: { id: 'Langsung ke isi utama', en: 'Skip to main content' },
  mainNav: { id: 'Navigasi utama', en: 'Main navigation' },
  breadcrumb: { id: 'Lokasi halaman', en: 'You are here' },
  onThisPage: { id: 'Isi halaman ini', en: 'On this page' },
  catalogue: { id: 'Daftar layanan', en: 'Services' },
  catalogueTitle: { id: 'Katalog layanan', en: 'Service catalogue' },
  maklumat: { id: 'Maklumat pelayanan', en: 'Service pledge' },
  maklumatTitle: { id: 'MAKLUMAT PELAYANAN', en: 'SERVICE PLEDGE' },
  contacts: { id: 'Kontak', en: 'Contacts' },
  siteMap: { id: 'Peta situs', en: 'Site map' },
  standard: { id: 'Standar pelayanan', en: 'Service standard' },
  standardTitle: { id: 'STANDAR PELAYANAN', en: 'SERVICE STANDARD' },
  fullStandard: { id: 'Standar pelayanan lengkap (14 komponen)', en: 'Full service standard (14 components)' },
  publicSheet: { id: 'Lembar informasi layanan (6 komponen)', en: 'Service information sheet (6 components)' },
  no: { id: 'NO', en: 'NO' },
  component: { id: 'KOMPONEN', en: 'COMPONENT' },
  description: { id: 'URAIAN', en: 'DESCRIPTION' },
  notFilled: { id: 'Belum diisi', en: 'Not filled in' },
  notStated: { id: 'Tidak dinyatakan dalam dokumen', en: 'Not stated in the document' },
  notInPublicPage: { id: 'Tidak dimuat: dokumen ini memuat 6 komponen penyampaian pelayanan saja', en: 'Not included: this document holds only the 6 service-delivery components' },
  notInExcerpt: { id: 'Tidak dimuat dalam kutipan ini', en: 'Not in this excerpt' },
  excerptCutIn: { id: 'kutipan berhenti di tengah komponen', en: 'the excerpt stops inside the component' },
  note: { id: 'Catatan', en: 'Note' },
  actor: { id: 'Pelaksana', en: 'Who' },
  activity: { id: 'Kegiatan', en: 'Activity' },
  time: { id: 'Waktu', en: 'Time' },
  totalStepTime: { id: 'Jumlah waktu langkah', en: 'Total of step times' },
  stepsOf: { id: 'Langkah-langkah', en: 'Steps' },
  flowchart: { id: 'Bagan alir', en: 'Flowchart' },
  flowStart: { id: 'Mulai', en: 'Start' },
  flowEnd: { id: 'Selesai', en: 'End' },
  fee: { id: 'Biaya', en: 'Fee' },
  fees: { id: 'Tarif', en: 'Tariffs' },
  amount: { id: 'Besaran', en: 'Amount' },
  item: { id: 'Uraian', en: 'Item' },
  legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
  payment: { id: 'Cara pembayaran', en: 'How to pay' },
  free: { id: 'Gratis', en: 'Free' },
  freeSentence: { id: 'Tidak dipungut biaya.', en: 'No fee is charged.' },
  completion: { id: 'Waktu penyelesaian', en: 'Completion time' },
  satisfaction: { id: 'Kepuasan masyarakat', en: 'Public satisfaction' },
  unitSatisfaction: { id: 'Indeks Kepuasan Masyarakat unit', en: 'The unit\'s public satisfaction index' },
  lastSurvey: { id: 'Hasil survei kepuasan terakhir', en: 'Latest satisfaction survey' },
  followUp: { id: 'Tindak lanjut pengaduan', en: 'How complaints are followed up' },
  answeredWithin: { id: 'Pengaduan dijawab paling lama', en: 'Complaints are answered within' },
  channels: { id: 'Saluran pengaduan', en: 'Complaint channels' },
  whereToApply: { id: 'Tempat dan cara mengajukan', en: 'Where and how to apply' },
  openingHours: { id: 'Jam pelayanan', en: 'Opening hours' },
  day: { id: 'Hari', en: 'Day' },
  hours: { id: 'Jam', en: 'Hours' },
  vulnerable: { id: 'Fasilitas bagi kelompok rentan', en: 'Facilities for vulnerable groups' },
  vulnerableTag: { id: 'untuk kelompok rentan', en: 'for vulnerable groups' },
  optional: { id: 'tidak wajib', en: 'optional' },
  and: { id: 'dan', en: 'and' },
  or: { id: 'atau', en: 'or' },
  inAddition: { id: 'sebagai tambahan persyaratan di atas', en: 'in addition to the requirements above' },
  asSetBy: { id: 'Sesuai', en: 'As set by' },
  amountSetBy: { id: 'Besarnya sesuai', en: 'Amount as set by' },
  sheets: { id: 'lembar', en: 'copies' },
  people: { id: 'orang', en: 'people' },
  units: { id: 'unit', en: 'units' },
  total: { id: 'Jumlah', en: 'Total' },
  decreeNumber: { id: 'NOMOR', en: 'NUMBER' },
  decreeDate: { id: 'TANGGAL', en: 'DATE' },
  decreeAbout: { id: 'TENTANG', en: 'ON' },
  attachment: { id: 'LAMPIRAN', en: 'ATTACHMENT' },
  nip: { id: 'NIP.', en: 'NIP' },
  phone: { id: 'Telepon', en: 'Phone' },
  fax: { id: 'Faksimili', en: 'Fax' },
  email: { id: 'E-mail', en: 'E-mail' },
  website: { id: 'Situs web', en: 'Website' },
  address: { id: 'Alamat', en: 'Address' },
  call: { id: 'Telepon', en: 'Call' },
  chat: { id: 'Chat WhatsApp', en: 'WhatsApp chat' },
  write: { id: 'Kirim e-mail', en: 'Send an e-mail' },
  open: { id: 'Buka', en: 'Open' },
  logoOf: { id: 'Logo', en: 'Logo of' },
  version: { id: 'Versi', en: 'Version' },
  reviewDate: { id: 'Jadwal reviu', en: 'Next review' },
  filter: { id: 'Saring layanan', en: 'Filter services' },
  filterCategory: { id: 'Kategori', en: 'Category' },
  filterAll: { id: 'Semua', en: 'All' },
  filterOnly: { id: 'Tampilkan hanya', en: 'Show only' },
  filterFree: { id: 'Layanan gratis', en: 'Free services' },
  filterOnline: { id: 'Bisa diajukan daring', en: 'Available online' },
  shown: { id: 'layanan ditampilkan', en: 'services shown' },
  otherCategory: { id: 'Tanpa kategori', en: 'No category' },
  portalHome: { id: 'Beranda', en: 'Home' },
  portalOffices: { id: 'Kantor penyelenggara', en: 'Service offices' },
  portalServicesOf: { id: 'layanan', en: 'services' },
  portalUnitSite: { id: 'Situs unit', en: 'Office site' },
  portalMore: { id: 'Halaman lain', en: 'More pages' },
  mppDirectory: { id: 'Denah gerai', en: 'Counter directory' },
  mppCounter: { id: 'Gerai', en: 'Counter' },
  mppCounters: { id: 'gerai', en: 'counters' },
  mppDesks: { id: 'Jumlah loket', en: 'Service desks' },
  mppLocation: { id: 'Letak', en: 'Location' },
  mppSchedule: { id: 'Hari dan jam buka', en: 'Opening days and hours' },
  mppServicesHere: { id: 'Layanan di gerai ini', en: 'Services at this counter' },
  mppAllServices: { id: 'Semua layanan unit ini', en: 'Every service of this office' },
  filterOffice: { id: 'Kantor', en: 'Office' },
  filterAllOffices: { id: 'Semua kantor', en: 'All offices' },
  filterAllCategories: { id: 'Semua kategori', en: 'All categories' },
  filterLifeEvent: { id: 'Peristiwa hidup', en: 'Life event' },
  filterAllLifeEvents: { id: 'Semua peristiwa hidup', en: 'All life events' },
  search: { id: 'Cari layanan', en: 'Search services' },
  searchHint: { id: 'Ketik nama layanan atau dokumen, misalnya "akta kelahiran".', en: 'Type a service or document name, e.g. "birth certificate".' },
  siteFooter: { id: 'Halaman ini diterbitkan dari standar pelayanan yang ditetapkan penyelenggara sesuai UU 25/2009 tentang Pelayanan Publik.', en: 'This page is published from the service standards set by the provider under Law 25/2009 on Public Services.' },
  pages: { id: 'Halaman', en: 'Page' },
  of: { id: 'dari', en: 'of' },
  requirementsPlain: { id: 'Syarat yang perlu disiapkan', en: 'What you need to bring' },
  procedurePlain: { id: 'Langkah-langkahnya', en: 'How it works' },
  durationPlain: { id: 'Berapa lama?', en: 'How long does it take?' },
  feePlain: { id: 'Berapa biayanya?', en: 'How much does it cost?' },
  productPlain: { id: 'Apa yang Anda terima?', en: 'What you receive' },
  complaintPlain: { id: 'Ada keluhan atau saran?', en: 'Complaints or suggestions?' },
  pledgeIntro: { id: 'Kami berjanji:', en: 'We promise:' },
  compensation: { id: 'Kompensasi', en: 'Compensation' },
  draft: { id: 'DRAF', en: 'DRAFT' },
  draftNotReady: { id: 'belum layak terbit', en: 'not ready to publish' },
  aboutService: { id: 'Keterangan layanan', en: 'About the service' },
  category: { id: 'Kategori', en: 'Category' },
  documentInfo: { id: 'Keterangan dokumen', en: 'About this document' },
  serviceCode: { id: 'Kode layanan', en: 'Service code' },
  status: { id: 'Status', en: 'Status' },
  keywords: { id: 'Kata kunci', en: 'Keywords' },
  lifeEvents: { id: 'Peristiwa hidup', en: 'Life events' },
  consultation: { id: 'Forum konsultasi publik', en: 'Public consultation forum' },
  participants: { id: 'Peserta', en: 'Participants' },
  minutes: { id: 'Berita acara', en: 'Minutes' },
  source: { id: 'Sumber', en: 'Source' },
  accessed: { id: 'diakses', en: 'accessed' },
  decree: { id: 'Keputusan penetapan', en: 'Decree setting the standard' },
  decreeYear: { id: 'TAHUN', en: 'YEAR' },
  setAt: { id: 'Ditetapkan di', en: 'Set at' },
  setOn: { id: 'pada tanggal', en: 'on' },
  eitherOf: { id: 'salah satu', en: 'any one of' },
  stepBasis: { id: 'Dasar', en: 'Basis' },
  survey: { id: 'Kuesioner survei kepuasan masyarakat', en: 'Public satisfaction survey questionnaire' },
  surveyTitle: { id: 'KUESIONER SURVEI KEPUASAN MASYARAKAT', en: 'PUBLIC SATISFACTION SURVEY' },
  surveyIntro: {
    id: 'Mohon nilai pelayanan yang baru Saudara terima. Nama Saudara tidak ditanyakan; jawaban Saudara dipakai untuk memperbaiki pelayanan.',
    en: 'Please rate the service you have just received. Your name is not asked; your answers are used to improve the service.',
  },
  surveyHowTo: { id: 'Beri tanda centang pada satu kotak untuk setiap pertanyaan, seperti ini:', en: 'Tick one box for each question, like this:' },
  surveyService: { id: 'Layanan yang diterima', en: 'Service received' },
  surveyDate: { id: 'Tanggal', en: 'Date' },
  surveyDateFormat: { id: 'tanggal / bulan / tahun', en: 'day / month / year' },
  surveyProfile: { id: 'Tentang Saudara', en: 'About you' },
  surveyOpinion: { id: 'Pendapat Saudara tentang pelayanan', en: 'Your opinion of the service' },
  surveyOnline: { id: 'Atau isi lewat ponsel: pindai kode ini.', en: 'Or answer on your phone: scan this code.' },
  surveyQr: { id: 'Kode QR menuju formulir survei daring', en: 'QR code to the online survey form' },
  surveyOfficeUse: { id: 'Nomor (diisi petugas)', en: 'Number (for staff)' },
  surveyThanks: { id: 'Terima kasih atas penilaian Saudara.', en: 'Thank you for your rating.' },
  surveyBasis: { id: 'Unsur dan pilihan jawaban sesuai Lampiran', en: 'Elements and answer options as in the annex to' },
} satisfies Record<string, Text>;

export type LabelKey = keyof typeof LABELS;
export type Labels = Record<LabelKey, string>;

const cache = new Map<Lang, Labels>();

export function labels(lang: Lang): Labels {
  let out = cache.get(lang);
  if (!out) {
    out = Object.fromEntries(Object.entries(LABELS).map(([k, v]) => [k, v[lang]])) as Labels;
    cache.set(lang, out);
  }
  return out;
}

export const STATUS_LABELS: Record<Status, Text> = {
  draf: { id: 'Draf: belum ditetapkan', en: 'Draft: not yet set' },
  konsultasi_publik: { id: 'Dalam konsultasi publik: belum ditetapkan', en: 'In public consultation: not yet set' },
  ditetapkan: { id: 'Ditetapkan', en: 'Set' },
  dicabut: { id: 'Dicabut: tidak berlaku lagi', en: 'Revoked: no longer in force' },
};

export const SERVICE_CHANNEL_LABELS: Record<JenisKanalLayanan, Text> = {
  tatap_muka: { id: 'Tatap muka', en: 'In person' },
  daring: { id: 'Daring (online)', en: 'Online' },
  mpp: { id: 'Mal Pelayanan Publik', en: 'Public service mall' },
  aplikasi: { id: 'Aplikasi', en: 'App' },
  jemput_bola: { id: 'Jemput bola (petugas datang)', en: 'Outreach (staff come to you)' },
  pos: { id: 'Pos', en: 'Post' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const COMPLAINT_CHANNEL_LABELS: Record<JenisKanalPengaduan, Text> = {
  sp4n_lapor: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  telepon: { id: 'Telepon', en: 'Phone' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  sms: { id: 'SMS', en: 'SMS' },
  email: { id: 'E-mail', en: 'E-mail' },
  website: { id: 'Situs web', en: 'Website' },
  media_sosial: { id: 'Media sosial', en: 'Social media' },
  kotak_saran: { id: 'Kotak saran', en: 'Suggestion box' },
  tatap_muka: { id: 'Tatap muka', en: 'In person' },
  surat: { id: 'Surat', en: 'Letter' },
  aplikasi: { id: 'Aplikasi', en: 'App' },
  faksimili: { id: 'Faksimili', en: 'Fax' },
  radio: { id: 'Radio', en: 'Radio' },
  survei: { id: 'Survei kepuasan masyarakat', en: 'Satisfaction survey' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const PARTICIPANT_LABELS: Record<string, Text> = {
  pengguna_layanan: { id: 'pengguna layanan', en: 'service users' },
  akademisi: { id: 'akademisi', en: 'academics' },
  pakar: { id: 'pakar', en: 'experts' },
  instansi_terkait: { id: 'instansi terkait', en: 'related agencies' },
  organisasi_masyarakat: { id: 'organisasi masyarakat', en: 'civil-society organisations' },
  media: { id: 'media', en: 'media' },
  tokoh_masyarakat: { id: 'tokoh masyarakat', en: 'community leaders' },
  kelompok_rentan: { id: 'kelompok rentan', en: 'vulnerable groups' },
  lainnya: { id: 'lainnya', en: 'others' },
};

export const FORM_LABELS: Record<string, Text> = {
  asli: { id: 'asli', en: 'original' },
  fotokopi: { id: 'fotokopi', en: 'photocopy' },
  asli_dan_fotokopi: { id: 'asli dan fotokopi', en: 'original and photocopy' },
  salinan_digital: { id: 'salinan digital', en: 'digital copy' },
  diperlihatkan: { id: 'diperlihatkan', en: 'shown only' },
  scan: { id: 'pindaian (scan)', en: 'scan' },
  // A photocopy certified by the competent official (the schema's meaning of the value).
  dilegalisir: { id: 'fotokopi dilegalisir', en: 'certified copy' },
};

/**
 * The label of a value from a fixed list, in the page's language; a value the list does not
 * know (a newer schema, a mistyped file) is printed as written rather than dropped.
 */
export function labelOf(table: Record<string, Text>, value: unknown, lang: Lang): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Object.hasOwn(table, value) ? table[value]![lang] : value;
}
