import { asArray, asRecord, isNumber, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

/** "8 orang: 3 petugas, 2 operator, 2 kepala seksi, 1 kepala bidang" must add up. */
export const jumlahPelaksanaTidakCocok: ServiceRule = {
  id: 'jumlah-pelaksana-tidak-cocok',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Jumlah seluruh pelaksana harus sama dengan jumlah rincian per peran.',
    en: 'The staff total must equal the sum of the breakdown per role.',
  },
  messages: {
    mismatch: {
      message: {
        id: 'Jumlah pelaksana ditulis {total} orang, tetapi rinciannya berjumlah {jumlah} orang ({rincian}).',
        en: 'The staff total says {total}, but the breakdown adds up to {jumlah} ({rincian}).',
      },
      hint: {
        id: 'Ubah "total" menjadi {jumlah}, atau perbaiki jumlah pada rincian yang keliru.',
        en: 'Change "total" to {jumlah}, or correct the wrong number in the breakdown.',
      },
    },
  },
  check(service, _ctx, report) {
    const jumlah = asRecord(komponenOf(service.data).jumlah_pelaksana);
    const roles = asArray(jumlah.rincian).map(asRecord).filter((r) => isNumber(r.jumlah));
    if (!isNumber(jumlah.total) || roles.length === 0) return;
    const sum = roles.reduce((n, r) => n + (r.jumlah as number), 0);
    if (sum === jumlah.total) return;
    const rincian = roles.map((r) => `${r.jumlah as number} ${typeof r.peran === 'string' ? r.peran : '?'}`).join(' + ');
    report({ pointer: '/komponen/jumlah_pelaksana/total', message: 'mismatch', params: { total: jumlah.total, jumlah: sum, rincian } });
  },
};
