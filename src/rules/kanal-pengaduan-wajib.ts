import { asArray, asRecord, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** UU 25/2009 Pasal 21 huruf j and Pasal 36: every service says where complaints go. */
export const kanalPengaduanWajib: ServiceRule = {
  id: 'kanal-pengaduan-wajib',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Setiap layanan harus menyebut paling sedikit satu saluran pengaduan, juga selama masih draf.',
    en: 'Every service must name at least one complaint channel, drafts included.',
  },
  messages: {
    none: {
      message: { id: 'Tidak ada saluran pengaduan untuk layanan ini.', en: 'This service has no complaint channel.' },
      hint: {
        id: 'Tulis "pengaduan:" dengan "kanal:", misalnya - jenis: sp4n_lapor, alamat: https://www.lapor.go.id dan - jenis: whatsapp, alamat: nomor pengaduan. Bila sama untuk semua layanan, tulis di "bawaan.komponen.pengaduan" pada penyelenggara.yaml.',
        en: 'Write "pengaduan:" with "kanal:", e.g. - jenis: sp4n_lapor, alamat: https://www.lapor.go.id and - jenis: whatsapp, alamat: the complaint number. If it is the same for every service, write it under "bawaan.komponen.pengaduan" in penyelenggara.yaml.',
      },
    },
  },
  check(service, _ctx, report) {
    const komponen = komponenOf(service.data);
    if (asArray(asRecord(komponen.pengaduan).kanal).length > 0) return;
    report({ pointer: komponen.pengaduan === undefined ? '/komponen' : '/komponen/pengaduan', message: 'none' });
  },
};
