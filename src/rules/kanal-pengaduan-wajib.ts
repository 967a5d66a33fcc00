import { asArray, isCutShort, isRecord, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

/**
 * UU 25/2009 Pasal 21 huruf j and Pasal 36: the complaint component says where complaints go. A
 * missing component is komponen-lengkap's to report; this rule reads the one that is written.
 */
export const kanalPengaduanWajib: ServiceRule = {
  id: 'kanal-pengaduan-wajib',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Komponen penanganan pengaduan harus menyebut paling sedikit satu saluran pengaduan, juga selama masih draf.',
    en: 'The complaint-handling component must name at least one complaint channel, drafts included.',
  },
  messages: {
    none: {
      message: { id: 'Komponen penanganan pengaduan tidak menyebut saluran pengaduan.', en: 'The complaint-handling component names no complaint channel.' },
      hint: {
        id: 'Tulis di "kanal:" saluran pengaduan seperti disebut dokumen unit (telepon, WhatsApp, e-mail, kotak saran, ...), misalnya - jenis: telepon dengan alamat: nomor yang tertulis. Saluran nasional SP4N-LAPOR! (lapor.go.id) terbuka bagi setiap penyelenggara: bila unit memakainya, tambahkan juga. Bila sama untuk semua layanan, tulis di "bawaan.komponen.pengaduan" pada penyelenggara.yaml.',
        en: 'List under "kanal:" the complaint channels the unit\'s document gives (phone, WhatsApp, e-mail, suggestion box, ...), e.g. - jenis: telepon with alamat: the number as written. The national channel SP4N-LAPOR! (lapor.go.id) is open to every provider: if the unit uses it, add it too. If it is the same for every service, write it under "bawaan.komponen.pengaduan" in penyelenggara.yaml.',
      },
    },
  },
  check(service, _ctx, report) {
    const pengaduan = komponenOf(service.data).pengaduan;
    if (!isRecord(pengaduan)) return; // absent: komponen-lengkap; another shape: the schema
    if (isCutShort(service.data, 'pengaduan')) return;
    if (asArray(pengaduan.kanal).length === 0) report({ pointer: '/komponen/pengaduan', message: 'none' });
  },
};
