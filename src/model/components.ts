import type { Text } from '../i18n/index.js';

export type ComponentGroup = 'A' | 'B';

export interface ComponentInfo {
  key: ComponentKey;
  group: ComponentGroup;
  /** Letter of UU 25/2009 Pasal 21. */
  pasal21: string;
  label: Text;
}

/**
 * The 14 components in the order PermenPANRB 15/2014 lays them out: group A (service delivery,
 * published to the public) then group B (management inside the organisation).
 */
export const COMPONENTS = [
  { key: 'persyaratan', group: 'A', pasal21: 'b', label: { id: 'Persyaratan', en: 'Requirements' } },
  { key: 'sistem_mekanisme_prosedur', group: 'A', pasal21: 'c', label: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' } },
  { key: 'jangka_waktu', group: 'A', pasal21: 'd', label: { id: 'Jangka waktu pelayanan', en: 'Service completion time' } },
  { key: 'biaya', group: 'A', pasal21: 'e', label: { id: 'Biaya/tarif', en: 'Fees/tariff' } },
  { key: 'produk', group: 'A', pasal21: 'f', label: { id: 'Produk pelayanan', en: 'Service product' } },
  { key: 'pengaduan', group: 'A', pasal21: 'j', label: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Handling of complaints, suggestions and input' } },
  { key: 'dasar_hukum', group: 'B', pasal21: 'a', label: { id: 'Dasar hukum', en: 'Legal basis' } },
  { key: 'sarana_prasarana', group: 'B', pasal21: 'g', label: { id: 'Sarana, prasarana, dan/atau fasilitas', en: 'Facilities and infrastructure' } },
  { key: 'kompetensi_pelaksana', group: 'B', pasal21: 'h', label: { id: 'Kompetensi pelaksana', en: 'Staff competence' } },
  { key: 'pengawasan_internal', group: 'B', pasal21: 'i', label: { id: 'Pengawasan internal', en: 'Internal supervision' } },
  { key: 'jumlah_pelaksana', group: 'B', pasal21: 'k', label: { id: 'Jumlah pelaksana', en: 'Number of staff' } },
  { key: 'jaminan_pelayanan', group: 'B', pasal21: 'l', label: { id: 'Jaminan pelayanan', en: 'Service guarantee' } },
  { key: 'jaminan_keamanan_keselamatan', group: 'B', pasal21: 'm', label: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Security and safety guarantee' } },
  { key: 'evaluasi_kinerja', group: 'B', pasal21: 'n', label: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' } },
] as const satisfies readonly (Omit<ComponentInfo, 'key'> & { key: string })[];

export type ComponentKey = (typeof COMPONENTS)[number]['key'];

export const COMPONENT_KEYS: readonly ComponentKey[] = COMPONENTS.map((c) => c.key);

export const COMPONENT_BY_KEY = Object.fromEntries(COMPONENTS.map((c) => [c.key, c])) as Record<ComponentKey, ComponentInfo>;

export const GROUP_TITLES: Record<ComponentGroup, Text> = {
  A: { id: 'Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan', en: 'Components related to service delivery' },
  B: { id: 'Komponen standar pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi', en: 'Components related to managing the service inside the organisation' },
};

export const MAKLUMAT_MODEL_TEXT =
  'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.';
