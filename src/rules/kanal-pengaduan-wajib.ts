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
        id: 'Tulis di "kanal:" saluran yang dipakai unit, misalnya - jenis: telepon, alamat: nomor pengaduan; unit yang tersambung dengan SP4N-LAPOR! menulis juga - jenis: sp4n_lapor, alamat: https://www.lapor.go.id. Bila sama untuk semua layanan, tulis di "bawaan.komponen.pengaduan" pada penyelenggara.yaml.',
        en: 'List under "kanal:" the channels the unit uses, e.g. - jenis: telepon, alamat: the complaint number; a unit connected to SP4N-LAPOR! also writes - jenis: sp4n_lapor, alamat: https://www.lapor.go.id. If it is the same for every service, write it under "bawaan.komponen.pengaduan" in penyelenggara.yaml.',
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
