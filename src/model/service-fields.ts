import { COMPONENT_KEYS, type ComponentKey } from './components.js';

/**
 * What a column of a one-row-per-service spreadsheet can hold: the sheet "Layanan" that
 * `standar ekspor --ke xlsx|csv` writes, the SIPP record (`--ke sipp`, whose columns a unit maps
 * to these names with `--pemetaan`) and what `standar impor` recognises in a header. The 14
 * components go by their YAML keys; schemas/sipp-kolom.schema.json lists the same names.
 */
export const SERVICE_FIELDS = [
  'instansi',
  'unit',
  'wilayah',
  'alamat',
  'telepon',
  'email',
  'website',
  'kode',
  'nama',
  'deskripsi',
  'kategori',
  'peristiwa_hidup',
  'kata_kunci',
  'status',
  'cakupan',
  'nomor_sk',
  'tanggal_sk',
  'tanggal_reviu',
  'gratis',
  'biaya_terendah',
  'biaya_tertinggi',
  'jangka_waktu_nilai',
  'jangka_waktu_satuan',
  'jumlah_persyaratan',
  'jumlah_langkah',
  'kanal',
  'jam_pelayanan',
  'siap_terbit',
  ...COMPONENT_KEYS,
] as const;

export type ServiceField = (typeof SERVICE_FIELDS)[number];

/**
 * Fields computed from others (a fee range from the tariff lines, counts of requirements and
 * steps, whether the pages carry the draft mark): a reader takes them from the components, never
 * from these columns.
 */
export const DERIVED_FIELDS: ReadonlySet<ServiceField> = new Set<ServiceField>(['gratis', 'biaya_terendah', 'biaya_tertinggi', 'jangka_waktu_nilai', 'jangka_waktu_satuan', 'jumlah_persyaratan', 'jumlah_langkah', 'siap_terbit']);

export const isComponentField = (field: ServiceField): field is ComponentKey => (COMPONENT_KEYS as readonly string[]).includes(field);
