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
  xlsx: {
    description: {
      id: 'satu buku kerja Excel untuk semua unit: lembar Layanan (satu baris per layanan, setiap komponen satu kolom), Tarif dan Persyaratan',
      en: 'one Excel workbook for every unit: sheets Layanan (one row per service, a column per component), Tarif and Persyaratan',
    },
    formats: ['xlsx'],
    perService: false,
    mapping: false,
    load: async () => (await import('./targets/xlsx.js')).xlsx,
  },
  csv: {
    description: {
      id: 'tabel yang sama dengan xlsx sebagai layanan.csv, tarif.csv dan persyaratan.csv (UTF-8, dibuka benar oleh Excel); --format titik-koma untuk Excel berpengaturan Indonesia',
      en: 'the same tables as xlsx in layanan.csv, tarif.csv and persyaratan.csv (UTF-8, opened right by Excel); --format titik-koma for Excel set to Indonesian',
    },
    formats: ['koma', 'titik-koma'],
    perService: false,
    mapping: false,
    load: async () => (await import('./targets/csv.js')).csv,
  },
  sipp: {
    description: {
      id: 'lembar kerja untuk impor jenis layanan di SIPP, satu per unit (kolom menurut --pemetaan atau pemetaan bawaan)',
      en: "a spreadsheet for SIPP's service import, one per unit (columns per --pemetaan or the default mapping)",
    },
    formats: ['xlsx'],
    perService: false,
    mapping: true,
    load: async () => (await import('./targets/sipp.js')).sipp,
  },
} satisfies Record<string, ExportTargetInfo>);

export type { ExportFile, ExportOptions, ExportResult, ExportTarget, ExportTargetInfo, ExportUnit } from './types.js';
