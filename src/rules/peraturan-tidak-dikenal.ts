import { regulationLabel } from '../registry/label.js';
import { citationChecks } from './lib/citations.js';
import type { ServiceRule } from './types.js';

/**
 * A national regulation the registry does not hold may be right (the registry is not the whole
 * law), so it is a note, said once per file. A regional one is only the unit's business once it
 * lists its own regulations in peraturan.yaml.
 */
export const peraturanTidakDikenal: ServiceRule = {
  id: 'peraturan-tidak-dikenal',
  scope: 'service',
  severity: 'info',
  description: {
    id: 'Rujukan yang tidak ada di daftar peraturan dicatat sekali per berkas sebagai info, untuk diperiksa; peraturan daerah hanya bila unit mempunyai peraturan.yaml.',
    en: 'Citations not in the regulation registry are noted once per file as info, to be checked; regional regulations only when the unit has a peraturan.yaml.',
  },
  messages: {
    unknown: {
      message: { id: 'Tidak ada di daftar peraturan, periksa nomor, tahun dan judulnya: {daftar}.', en: 'Not in the regulation registry, check their number, year and title: {daftar}.' },
      hint: {
        id: 'Bandingkan dengan naskah resminya (JDIH, peraturan.bpk.go.id). Bila sudah benar, biarkan: ini hanya catatan. Peraturan daerah sendiri dapat didaftarkan di peraturan.yaml di samping standar.config.yaml.',
        en: 'Compare with the official text (JDIH, peraturan.bpk.go.id). If it is right, leave it: this is only a note. The unit\'s own regional regulations can be listed in peraturan.yaml next to standar.config.yaml.',
      },
    },
  },
  ...citationChecks((judged) => {
    const unknown = judged.filter(({ verdict }) => verdict.kind === 'unknown');
    if (unknown.length === 0) return [];
    const daftar = [...new Set(unknown.map(({ cited }) => regulationLabel(cited)))].join('; ');
    return [{ pointer: unknown[0]!.cited.pointer, message: 'unknown', params: { daftar } }];
  }),
};
