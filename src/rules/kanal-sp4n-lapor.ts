import { asArray, asRecord, isCutShort, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

const LAPOR = /lapor\.go\.id|sp4n/i;

/** Perpres 76/2013: every provider is connected to the national complaint system SP4N-LAPOR!. */
export const kanalSp4nLapor: ServiceRule = {
  id: 'kanal-sp4n-lapor',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Saluran pengaduan harus memuat SP4N-LAPOR! (Perpres 76/2013).',
    en: 'The complaint channels must include SP4N-LAPOR! (Perpres 76/2013).',
  },
  messages: {
    missing: {
      message: { id: 'Saluran pengaduan tidak memuat SP4N-LAPOR!.', en: 'The complaint channels do not include SP4N-LAPOR!.' },
      hint: {
        id: 'Bila unit tersambung dengan SP4N-LAPOR!, tambahkan di "kanal:" - jenis: sp4n_lapor, nama: SP4N-LAPOR!, alamat: https://www.lapor.go.id; bila belum, unit perlu tersambung (Perpres 76/2013). Bila dokumen yang disalin adalah kutipan yang terpotong di daftar saluran ini, tulis di "sumber:" terpotong_di: pengaduan.',
        en: 'If the unit is connected to SP4N-LAPOR!, add under "kanal:" - jenis: sp4n_lapor, nama: SP4N-LAPOR!, alamat: https://www.lapor.go.id; if not, the unit needs to connect (Perpres 76/2013). If the document copied is an excerpt that stops inside this list of channels, write terpotong_di: pengaduan under "sumber:".',
      },
    },
  },
  check(service, _ctx, report) {
    if (isCutShort(service.data, 'pengaduan')) return;
    const kanal = asArray(asRecord(komponenOf(service.data).pengaduan).kanal);
    if (kanal.length === 0) return; // komponen-lengkap or kanal-pengaduan-wajib already says so
    const connected = kanal.some((k) => {
      const r = asRecord(k);
      return r.jenis === 'sp4n_lapor' || [r.alamat, r.nama].flat().some((v) => typeof v === 'string' && LAPOR.test(v));
    });
    if (!connected) report({ pointer: '/komponen/pengaduan/kanal', message: 'missing' });
  },
};
