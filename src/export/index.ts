import type { ExportTargetInfo } from './types.js';

/**
 * Every target of `standar ekspor --ke`, by name. Each is loaded when asked for, so a CSV export
 * never loads the Word writer or the linked-data libraries.
 */
export const EXPORT_TARGETS: Record<string, ExportTargetInfo> = Object.assign(Object.create(null) as Record<string, ExportTargetInfo>, {
  json: {
    description: { id: 'data tiap layanan yang sudah diselesaikan (bawaan penyelenggara diterapkan, angka dengan terbilang, asal tiap nilai warisan), menurut skema JSON terbitan', en: 'the resolved data of each service (provider defaults applied, numbers in words, the origin of each inherited value), per a published JSON Schema' },
    formats: ['json'],
    perService: true,
    mapping: false,
    load: async () => (await import('./targets/json.js')).json,
  },
  'cpsv-ap': {
    description: {
      id: 'EU CPSV-AP 3.2.0 (JSON-LD, atau Turtle dengan --format ttl), satu berkas per unit, diperiksa dengan bentuk SHACL dari SEMIC',
      en: 'EU CPSV-AP 3.2.0 (JSON-LD, or Turtle with --format ttl), one file per unit, checked against SEMIC\'s SHACL shapes',
    },
    formats: ['jsonld', 'ttl'],
    perService: false,
    mapping: false,
    load: async () => (await import('./targets/cpsv-ap.js')).cpsvAp,
  },
  docx: {
    description: { id: 'standar lengkap sebagai lampiran keputusan dalam Word (kop, tabel A dan B, tanda tangan) dan maklumat, dengan gaya dan penomoran Word', en: 'the full standard as the decree attachment in Word (letterhead, tables A and B, signature) and the maklumat, with Word styles and numbering' },
    formats: ['docx'],
    perService: true,
    mapping: false,
    load: async () => (await import('./targets/docx.js')).docx,
  },
} satisfies Record<string, ExportTargetInfo>);

export type { ExportFile, ExportOptions, ExportResult, ExportTarget, ExportTargetInfo, ExportUnit } from './types.js';
