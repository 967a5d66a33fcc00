import { asRecord } from './lib/data.js';
import type { ProviderRule } from './types.js';

/**
 * Issue 10 §3: the public page names the region, so a citizen can tell one Disdukcapil's page from
 * another's; `wilayah` is also what JSON-LD's areaServed and perda-wilayah-lain read. `init`
 * writes it only when it was answered, so a unit scaffolded without it is told here.
 */
export const wilayahPenyelenggara: ProviderRule = {
  id: 'wilayah-penyelenggara',
  scope: 'provider',
  severity: 'warning',
  description: {
    id: 'penyelenggara.yaml harus menyebut wilayah kerja unit ("wilayah"): halaman publik menyebutnya agar warga dapat membedakan unit ini dari unit sejenis di daerah lain.',
    en: 'penyelenggara.yaml must give the unit\'s region ("wilayah"): the public page names it so citizens can tell this unit from a similar one elsewhere.',
  },
  messages: {
    missing: {
      message: { id: 'Wilayah kerja unit belum ditulis ("wilayah").', en: 'The unit\'s region is not written ("wilayah").' },
      hint: {
        id: 'Tambahkan "wilayah:" dengan jenis (kota, kabupaten, provinsi, atau nasional untuk instansi pusat) dan nama seperti tertulis di dokumen unit, misalnya wilayah: { jenis: kabupaten, nama: Kabupaten Sukamaju }. Halaman publik, data JSON-LD (areaServed) dan aturan perda-wilayah-lain memakainya.',
        en: 'Add "wilayah:" with jenis (kota, kabupaten, provinsi, or nasional for a central agency) and nama as the unit\'s document writes it, e.g. wilayah: { jenis: kabupaten, nama: Kabupaten Sukamaju }. The public page, the JSON-LD data (areaServed) and the perda-wilayah-lain rule use it.',
      },
    },
  },
  check(provider, _ctx, report) {
    if (asRecord(provider.data).wilayah === undefined) report({ pointer: '', message: 'missing' });
  },
};
