import type { Text } from '../i18n/index.js';

/**
 * The elements (unsur) the survey asks about, one home for the calculation, the data-entry
 * template and the questionnaire. Each is answered 1 to 4; `jawaban` are the regulation's four
 * answers, worst first, as its sample questionnaire words them.
 */
export interface Unsur {
  /** "U1"…"U9", then whatever code a unit gives an extra element. */
  kode: string;
  nama: Text;
  /** Words that name the element in a column header, after `headerKey` (lower case, letters and digits only). */
  kata: readonly string[];
  jawaban?: readonly [Text, Text, Text, Text];
}

export type UnsurSetName = '2017' | '2014';

export interface UnsurSet {
  /** The regulation that lists them, as people cite it. */
  peraturan: string;
  unsur: readonly Unsur[];
}

const fourWays = (w: readonly [string, string, string, string], e: readonly [string, string, string, string]) =>
  w.map((id, i) => ({ id, en: e[i]! })) as unknown as readonly [Text, Text, Text, Text];

const SUITS = fourWays(['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'], ['Not as stated', 'Partly as stated', 'As stated', 'Fully as stated']);

const PERSYARATAN: Unsur = { kode: 'U1', nama: { id: 'Persyaratan', en: 'Requirements' }, kata: ['persyaratan', 'syarat'], jawaban: SUITS };
const BIAYA: Unsur = {
  kode: 'U4',
  nama: { id: 'Biaya/Tarif', en: 'Fee' },
  kata: ['biaya', 'tarif', 'ongkos'],
  jawaban: fourWays(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'], ['Very expensive', 'Rather expensive', 'Cheap', 'Free']),
};
const KOMPETENSI: Unsur = {
  kode: 'U6',
  nama: { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
  kata: ['kompetensi', 'kemampuan', 'keahlian'],
  jawaban: fourWays(['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'], ['Not competent', 'Barely competent', 'Competent', 'Very competent']),
};
const PERILAKU: Unsur = {
  kode: 'U7',
  nama: { id: 'Perilaku Pelaksana', en: 'Staff behaviour' },
  kata: ['perilaku', 'kesopanan', 'keramahan', 'sikap'],
  jawaban: fourWays(['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'], ['Neither polite nor friendly', 'Barely polite and friendly', 'Polite and friendly', 'Very polite and friendly']),
};
const PENGADUAN: Unsur = {
  kode: 'U9',
  nama: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints, suggestions and feedback' },
  kata: ['pengaduan'],
  jawaban: fourWays(['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'], ['None', 'Exists but does not work', 'Works, not fully', 'Well managed']),
};

export const UNSUR_SETS: Record<UnsurSetName, UnsurSet> = {
  '2017': {
    peraturan: 'Permen PANRB Nomor 14 Tahun 2017',
    unsur: [
      PERSYARATAN,
      {
        kode: 'U2',
        nama: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'System, mechanism and procedure' },
        kata: ['prosedur', 'mekanisme', 'alur', 'tatacara'],
        jawaban: fourWays(['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'], ['Not easy', 'Hardly easy', 'Easy', 'Very easy']),
      },
      {
        kode: 'U3',
        nama: { id: 'Waktu Penyelesaian', en: 'Completion time' },
        kata: ['waktu', 'kecepatan'],
        jawaban: fourWays(['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'], ['Not fast', 'Hardly fast', 'Fast', 'Very fast']),
      },
      BIAYA,
      { kode: 'U5', nama: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Product as specified' }, kata: ['produk', 'spesifikasi', 'hasilpelayanan'], jawaban: SUITS },
      KOMPETENSI,
      PERILAKU,
      {
        kode: 'U8',
        nama: { id: 'Sarana dan Prasarana', en: 'Facilities' },
        kata: ['sarana', 'prasarana', 'fasilitas'],
        jawaban: fourWays(['Buruk', 'Cukup', 'Baik', 'Sangat baik'], ['Poor', 'Fair', 'Good', 'Very good']),
      },
      PENGADUAN,
    ],
  },
  // The 2014 set (PermenPANRB 16/2014, replaced in 2017): no facilities, the service pledge instead.
  '2014': {
    peraturan: 'Permen PANRB Nomor 16 Tahun 2014',
    unsur: [
      PERSYARATAN,
      { kode: 'U2', nama: { id: 'Prosedur', en: 'Procedure' }, kata: ['prosedur', 'mekanisme', 'alur', 'tatacara'] },
      { kode: 'U3', nama: { id: 'Waktu Pelayanan', en: 'Service time' }, kata: ['waktu', 'kecepatan'] },
      BIAYA,
      { kode: 'U5', nama: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Product as specified' }, kata: ['produk', 'spesifikasi', 'hasilpelayanan'] },
      KOMPETENSI,
      PERILAKU,
      { kode: 'U8', nama: { id: 'Maklumat Pelayanan', en: 'Service pledge' }, kata: ['maklumat'] },
      PENGADUAN,
    ],
  },
};
