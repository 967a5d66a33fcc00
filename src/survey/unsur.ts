import type { Text } from '../i18n/index.js';
import { SKM_UNSUR, type UnsurCode } from '../model/skm.js';
import type { UnsurSetName } from '../model/skm-results.js';

/**
 * The element sets the calculation reads answers by: the 2017 set is the questionnaire's nine
 * (`SKM_UNSUR` in model/skm.ts, their one home) with the words that name them in a column header;
 * the 2014 set, for comparing old reports. Each is answered 1 to 4; `jawaban` are the regulation's four
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

export interface UnsurSet {
  /** The regulation that lists them, as people cite it. */
  peraturan: string;
  unsur: readonly Unsur[];
}

/** Words that name each element of the 2017 set in a column header, after `headerKey`. */
const HEADER_WORDS: Record<UnsurCode, readonly string[]> = {
  U1: ['persyaratan', 'syarat'],
  U2: ['prosedur', 'mekanisme', 'alur', 'tatacara'],
  U3: ['waktu', 'kecepatan'],
  U4: ['biaya', 'tarif', 'ongkos'],
  U5: ['produk', 'spesifikasi', 'hasilpelayanan'],
  U6: ['kompetensi', 'kemampuan', 'keahlian'],
  U7: ['perilaku', 'kesopanan', 'keramahan', 'sikap'],
  U8: ['sarana', 'prasarana', 'fasilitas'],
  U9: ['pengaduan'],
};

/** The 2017 elements are the questionnaire's (model/skm.ts), read here by their header words too. */
const UNSUR_2017: readonly Unsur[] = SKM_UNSUR.map((u) => ({ kode: u.kode, nama: u.label, kata: HEADER_WORDS[u.kode], jawaban: u.pilihan }));
const of2017 = (kode: UnsurCode): Unsur => {
  const { jawaban: _asked2017, ...unsur } = UNSUR_2017.find((u) => u.kode === kode)!;
  return unsur;
};

export const UNSUR_SETS: Record<UnsurSetName, UnsurSet> = {
  '2017': { peraturan: 'Permen PANRB Nomor 14 Tahun 2017', unsur: UNSUR_2017 },
  // The 2014 set (PermenPANRB 16/2014, replaced in 2017): no facilities, the service pledge instead.
  '2014': {
    peraturan: 'Permen PANRB Nomor 16 Tahun 2014',
    unsur: [
      of2017('U1'),
      { kode: 'U2', nama: { id: 'Prosedur', en: 'Procedure' }, kata: HEADER_WORDS.U2 },
      { kode: 'U3', nama: { id: 'Waktu Pelayanan', en: 'Service time' }, kata: HEADER_WORDS.U3 },
      of2017('U4'),
      { kode: 'U5', nama: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Product as specified' }, kata: HEADER_WORDS.U5 },
      of2017('U6'),
      of2017('U7'),
      { kode: 'U8', nama: { id: 'Maklumat Pelayanan', en: 'Service pledge' }, kata: ['maklumat'] },
      of2017('U9'),
    ],
  },
};
