import type { ServiceSummary, UnitRule } from './types.js';

/** Codes name pages, files and SIPP records: two services of one provider must not share one. */
export const kodeLayananGanda: UnitRule = {
  id: 'kode-layanan-ganda',
  scope: 'unit',
  severity: 'error',
  description: {
    id: 'Kode layanan harus unik di antara layanan satu penyelenggara.',
    en: 'Service codes must be unique among one provider\'s services.',
  },
  messages: {
    duplicate: {
      message: { id: 'Kode "{kode}" sudah dipakai oleh {berkas}{nama}.', en: 'The code "{kode}" is already used by {berkas}{nama}.' },
      hint: {
        id: 'Beri layanan ini kode lain yang belum dipakai, misalnya "{saran}". Kode dipakai sebagai nama halaman dan berkas terbitan.',
        en: 'Give this service another, unused code, e.g. "{saran}". Codes name the published pages and files.',
      },
    },
  },
  check({ services }, _ctx, report) {
    const first = new Map<string, ServiceSummary>();
    const used = new Set(services.map((s) => s.kode?.toUpperCase()));
    for (const s of services) {
      if (!s.kode || !s.kodeAt) continue;
      const k = s.kode.toUpperCase();
      const owner = first.get(k);
      if (!owner) {
        first.set(k, s);
        continue;
      }
      let n = 2;
      while (used.has(`${k}-${n}`)) n++;
      report({ file: s.file, pointer: '/kode', at: s.kodeAt, message: 'duplicate', params: { kode: s.kode, berkas: owner.file, nama: owner.nama ? ` ("${owner.nama}")` : '', saran: `${s.kode}-${n}` } });
    }
  },
};
