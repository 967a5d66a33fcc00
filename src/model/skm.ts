import type { Text } from '../i18n/index.js';
import type { ComponentKey } from './components.js';

/**
 * The facts of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017) that the questionnaire, the
 * data-entry template and the arithmetic share: the nine unsur with their questions and answer
 * options, the respondent profile and its choices, and the columns of the data-entry sheet. One
 * home, so a questionnaire and the sheet its answers are typed into can never disagree.
 *
 * Source: the model questionnaire (*contoh kuesioner*) in the Lampiran of Peraturan Menteri
 * PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit
 * Penyelenggara Pelayanan Publik, as reproduced by the units that use it (e.g. Kantor Camat Ulu
 * Manna, Bengkulu Selatan: https://pdfcoffee.com/permen-14-2017-okkk-pdf-free.html).
 */
export const SKM_REGULATION = 'Peraturan Menteri PANRB Nomor 14 Tahun 2017';

/** "U1" … "U9": the number of the question on the model questionnaire. */
export type UnsurCode = `U${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

/** An answer: 1 is the worst option, 4 the best. */
export type SkmAnswer = 1 | 2 | 3 | 4;
export const SKM_ANSWERS: readonly SkmAnswer[] = [1, 2, 3, 4];

export interface SkmUnsur {
  kode: UnsurCode;
  /** The unsur's name in the regulation: "Persyaratan". */
  label: Text;
  /** The model questionnaire's question. */
  pertanyaan: Text;
  /** The four options, answer 1 first ("Tidak sesuai") to answer 4 ("Sangat sesuai"). */
  pilihan: readonly [Text, Text, Text, Text];
  /** The component of the service standard the unsur judges; staff behaviour has none. */
  komponen?: ComponentKey;
}

/**
 * The nine unsur in the order of the model questionnaire, which the codes follow. The list of unsur
 * in the regulation's own text names complaint handling eighth and facilities ninth; its model
 * questionnaire (and every form and spreadsheet made from it) asks about facilities in question 8
 * and complaints in question 9. U8 is facilities, U9 complaint handling.
 */
export const SKM_UNSUR: readonly SkmUnsur[] = [
  {
    kode: 'U1',
    label: { id: 'Persyaratan', en: 'Requirements' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', en: 'How well do the requirements match the kind of service?' },
    pilihan: [
      { id: 'Tidak sesuai', en: 'Not appropriate' },
      { id: 'Kurang sesuai', en: 'Somewhat appropriate' },
      { id: 'Sesuai', en: 'Appropriate' },
      { id: 'Sangat sesuai', en: 'Very appropriate' },
    ],
    komponen: 'persyaratan',
  },
  {
    kode: 'U2',
    label: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
    pertanyaan: { id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', en: 'How easy is the service procedure of this unit?' },
    pilihan: [
      { id: 'Tidak mudah', en: 'Not easy' },
      { id: 'Kurang mudah', en: 'Somewhat easy' },
      { id: 'Mudah', en: 'Easy' },
      { id: 'Sangat mudah', en: 'Very easy' },
    ],
    komponen: 'sistem_mekanisme_prosedur',
  },
  {
    kode: 'U3',
    label: { id: 'Waktu penyelesaian', en: 'Completion time' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', en: 'How fast was the service delivered?' },
    pilihan: [
      { id: 'Tidak cepat', en: 'Not fast' },
      { id: 'Kurang cepat', en: 'Somewhat fast' },
      { id: 'Cepat', en: 'Fast' },
      { id: 'Sangat cepat', en: 'Very fast' },
    ],
    komponen: 'jangka_waktu',
  },
  {
    kode: 'U4',
    label: { id: 'Biaya/tarif', en: 'Fees/tariff' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', en: 'How fair is the fee of the service?' },
    pilihan: [
      { id: 'Sangat mahal', en: 'Very expensive' },
      { id: 'Cukup mahal', en: 'Rather expensive' },
      { id: 'Murah', en: 'Cheap' },
      { id: 'Gratis', en: 'Free' },
    ],
    komponen: 'biaya',
  },
  {
    kode: 'U5',
    label: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product' },
    pertanyaan: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well does what you received match the product stated in the service standard?',
    },
    pilihan: [
      { id: 'Tidak sesuai', en: 'Not matching' },
      { id: 'Kurang sesuai', en: 'Somewhat matching' },
      { id: 'Sesuai', en: 'Matching' },
      { id: 'Sangat sesuai', en: 'Fully matching' },
    ],
    komponen: 'produk',
  },
  {
    kode: 'U6',
    label: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', en: 'How competent were the staff who served you?' },
    pilihan: [
      { id: 'Tidak kompeten', en: 'Not competent' },
      { id: 'Kurang kompeten', en: 'Somewhat competent' },
      { id: 'Kompeten', en: 'Competent' },
      { id: 'Sangat kompeten', en: 'Very competent' },
    ],
    komponen: 'kompetensi_pelaksana',
  },
  {
    kode: 'U7',
    label: { id: 'Perilaku pelaksana', en: 'Staff behaviour' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', en: 'How polite and friendly were the staff?' },
    pilihan: [
      { id: 'Tidak sopan dan ramah', en: 'Not polite and friendly' },
      { id: 'Kurang sopan dan ramah', en: 'Somewhat polite and friendly' },
      { id: 'Sopan dan ramah', en: 'Polite and friendly' },
      { id: 'Sangat sopan dan ramah', en: 'Very polite and friendly' },
    ],
  },
  {
    kode: 'U8',
    label: { id: 'Sarana dan prasarana', en: 'Facilities' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', en: 'How good are the facilities?' },
    pilihan: [
      { id: 'Buruk', en: 'Poor' },
      { id: 'Cukup', en: 'Fair' },
      { id: 'Baik', en: 'Good' },
      { id: 'Sangat baik', en: 'Very good' },
    ],
    komponen: 'sarana_prasarana',
  },
  {
    kode: 'U9',
    label: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Handling of complaints, suggestions and input' },
    pertanyaan: { id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', en: 'How are complaints from service users handled?' },
    pilihan: [
      { id: 'Tidak ada', en: 'There is none' },
      { id: 'Ada tetapi tidak berfungsi', en: 'There is one, but it does not work' },
      { id: 'Berfungsi kurang maksimal', en: 'It works, but not well' },
      { id: 'Dikelola dengan baik', en: 'It is well managed' },
    ],
    komponen: 'pengaduan',
  },
];

export const UNSUR_CODES: readonly UnsurCode[] = SKM_UNSUR.map((u) => u.kode);

/** A choice of the respondent profile: what is typed into the sheet (`kode`) and what the form prints. */
export interface ProfileChoice {
  kode: string;
  label: Text;
}

export interface ProfileField<C extends ProfileChoice = ProfileChoice> {
  /** The header of its column in the data-entry sheet. */
  kolom: string;
  label: Text;
  pilihan: readonly C[];
}

const same = (kode: string): ProfileChoice => ({ kode, label: { id: kode, en: kode } });

export const JENIS_KELAMIN: ProfileField = {
  kolom: 'Jenis Kelamin',
  label: { id: 'Jenis kelamin', en: 'Gender' },
  pilihan: [
    { kode: 'L', label: { id: 'Laki-laki', en: 'Male' } },
    { kode: 'P', label: { id: 'Perempuan', en: 'Female' } },
  ],
};

/**
 * Age groups. The model questionnaire asks the age in years; a group is what a respondent ticks
 * without hesitation and what the published profile tables show, so the form and the sheet use
 * groups (`ageGroupOf` turns a number someone typed into one).
 */
export const USIA: ProfileField<ProfileChoice & { dari: number; sampai: number }> = {
  kolom: 'Usia',
  label: { id: 'Usia (tahun)', en: 'Age (years)' },
  pilihan: [
    { kode: '<20', label: { id: 'di bawah 20', en: 'under 20' }, dari: 0, sampai: 19 },
    { kode: '20-29', label: { id: '20–29', en: '20–29' }, dari: 20, sampai: 29 },
    { kode: '30-39', label: { id: '30–39', en: '30–39' }, dari: 30, sampai: 39 },
    { kode: '40-49', label: { id: '40–49', en: '40–49' }, dari: 40, sampai: 49 },
    { kode: '50-59', label: { id: '50–59', en: '50–59' }, dari: 50, sampai: 59 },
    { kode: '60+', label: { id: '60 ke atas', en: '60 and over' }, dari: 60, sampai: Number.POSITIVE_INFINITY },
  ],
};

/** The age group of an age in whole years; undefined for what is not an age. */
export function ageGroupOf(years: number): string | undefined {
  if (!Number.isInteger(years) || years < 0 || years > 130) return undefined;
  return USIA.pilihan.find((g) => years >= g.dari && years <= g.sampai)?.kode;
}

/** The model's levels, with the diplomas the model leaves out grouped as Indonesian statistics group them. */
export const PENDIDIKAN: ProfileField = {
  kolom: 'Pendidikan',
  label: { id: 'Pendidikan', en: 'Education' },
  pilihan: [
    { kode: 'SD', label: { id: 'SD atau di bawahnya', en: 'Primary school or less' } },
    same('SMP'),
    same('SMA'),
    same('D1-D3'),
    same('D4/S1'),
    same('S2'),
    same('S3'),
  ],
};

/** The model's occupations, with students added: many services (a first identity card) are theirs. */
export const PEKERJAAN: ProfileField = {
  kolom: 'Pekerjaan',
  label: { id: 'Pekerjaan', en: 'Occupation' },
  pilihan: [
    { kode: 'PNS', label: { id: 'PNS/ASN', en: 'Civil servant' } },
    { kode: 'TNI', label: { id: 'TNI', en: 'Armed forces' } },
    { kode: 'POLRI', label: { id: 'POLRI', en: 'Police' } },
    { kode: 'Swasta', label: { id: 'Pegawai swasta', en: 'Private employee' } },
    { kode: 'Wirausaha', label: { id: 'Wirausaha', en: 'Self-employed' } },
    { kode: 'Pelajar/Mahasiswa', label: { id: 'Pelajar/Mahasiswa', en: 'Student' } },
    { kode: 'Lainnya', label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** The profile questions with fixed choices, in the order of the form and the sheet. */
export const PROFILE_FIELDS: readonly ProfileField[] = [JENIS_KELAMIN, USIA, PENDIDIKAN, PEKERJAAN];

/**
 * The data-entry sheet: one row per respondent under one header row, these columns in this order.
 * `Kode Layanan` is the service's `kode`, `Tanggal` the day of the survey, the profile columns hold
 * a `kode` of their choices, `U1` … `U9` an answer 1–4 (empty when the respondent skipped it).
 */
export const RESPONSE_COLUMNS = {
  nomor: 'No',
  layanan: 'Kode Layanan',
  tanggal: 'Tanggal',
  jenisKelamin: JENIS_KELAMIN.kolom,
  usia: USIA.kolom,
  pendidikan: PENDIDIKAN.kolom,
  pekerjaan: PEKERJAAN.kolom,
} as const;

export const RESPONSE_HEADER: readonly string[] = [...Object.values(RESPONSE_COLUMNS), ...UNSUR_CODES];
