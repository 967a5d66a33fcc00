import { COMPONENTS } from '../model/components.js';
import type { ServiceRule } from './types.js';

/** UU 25/2009 Pasal 21: a standard holds at least the 14 components. */
export const komponenLengkap: ServiceRule = {
  id: 'komponen-lengkap',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Ke-14 komponen standar pelayanan (UU 25/2009 Pasal 21) harus ada: galat bila sudah ditetapkan, peringatan selama masih draf.',
    en: 'All 14 components (UU 25/2009 Article 21) must be present: an error once set, a warning while a draft.',
  },
  messages: {
    missing: {
      message: { id: 'Komponen "{label}" ({key}) belum ditulis.', en: 'The component "{label}" ({key}) is missing.' },
      hint: {
        id: 'Tambahkan "{key}:" di bawah "komponen:", atau di "bawaan.komponen" pada penyelenggara.yaml bila sama untuk semua layanan.',
        en: 'Add "{key}:" under "komponen:", or under "bawaan.komponen" in penyelenggara.yaml when it is the same for every service.',
      },
    },
  },
  check(service, ctx, report) {
    const komponen = service.data.komponen as Record<string, unknown> | undefined;
    if (!komponen || typeof komponen !== 'object') return;
    const settled = service.data.status === 'ditetapkan';
    for (const c of COMPONENTS) {
      if (komponen[c.key] !== undefined && komponen[c.key] !== null) continue;
      report({ pointer: `/komponen/${c.key}`, message: 'missing', params: { key: c.key, label: c.label[ctx.lang] }, severity: settled ? 'error' : 'warning' });
    }
  },
};
