import { asRecord, isRecord, nonEmpty } from './lib/data.js';
import type { ServiceRule } from './types.js';

const PARTS = ['nomor', 'tanggal', 'penandatangan'] as const;

/** A standard is set by a decree (PermenPANRB 15/2014): without its number, date and signer it is not. */
export const penetapanLengkap: ServiceRule = {
  id: 'penetapan-lengkap',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Standar berstatus ditetapkan harus menyebut keputusan penetapannya: nomor, tanggal dan penandatangan.',
    en: 'A standard marked ditetapkan must cite the decree that set it: number, date and signer.',
  },
  messages: {
    absent: {
      message: { id: 'Standar ini berstatus ditetapkan, tetapi keputusan penetapannya tidak ditulis.', en: 'This standard is marked ditetapkan, but the decree that set it is missing.' },
      hint: {
        id: 'Tambahkan "penetapan:" dengan jenis (misalnya Keputusan Kepala Dinas ...), nomor, tanggal (TTTT-BB-HH) dan penandatangan (nama, jabatan, nip); atau ubah status menjadi draf.',
        en: 'Add "penetapan:" with jenis (e.g. Keputusan Kepala Dinas ...), nomor, tanggal (YYYY-MM-DD) and penandatangan (nama, jabatan, nip); or change the status to draf.',
      },
    },
    incomplete: {
      message: { id: 'Keputusan penetapan belum lengkap: {kurang} belum ditulis.', en: 'The decree is incomplete: {kurang} missing.' },
      hint: {
        id: 'Lengkapi di "penetapan:" sesuai naskah keputusan yang ditandatangani: {kurang}.',
        en: 'Complete "penetapan:" from the signed decree: {kurang}.',
      },
    },
  },
  check(service, _ctx, report) {
    const data = asRecord(service.data);
    if (data.status !== 'ditetapkan') return;
    if (!isRecord(data.penetapan)) {
      report({ pointer: '/status', message: 'absent' });
      return;
    }
    const p = data.penetapan;
    const missing = PARTS.filter((k) => (k === 'penandatangan' ? !isRecord(p[k]) || !nonEmpty(p[k].nama) : !nonEmpty(p[k]) && typeof p[k] !== 'number'));
    if (missing.length > 0) report({ pointer: '/penetapan', message: 'incomplete', params: { kurang: missing.map((k) => `"${k}"`).join(', ') } });
  },
};
