/** One regulation of the registry, as `schemas/peraturan.schema.json` describes it. */
export interface Regulation {
  id: string;
  jenis: string;
  penerbit?: string;
  penerbit_lain?: string[];
  nomor: string;
  tahun: number;
  tentang: string;
  sebutan?: string[];
  ditetapkan?: string;
  diundangkan?: string;
  ln?: Lembaran;
  tln?: Lembaran;
  status: RegulationStatus;
  mengubah?: string[];
  mencabut?: string[];
  mencabut_sebagian?: string[];
  diubah_oleh?: string[];
  dicabut_oleh?: string[];
  dicabut_sebagian_oleh?: string[];
  sumber: { url?: string; judul?: string; diperiksa: string; catatan?: string }[];
  /** Facts no source could settle: never used to fault a citation. */
  ragu?: string[];
  catatan?: string;
}

export interface Lembaran {
  tahun?: number;
  nomor: string;
}

export type RegulationStatus = 'berlaku' | 'diubah' | 'dicabut' | 'dicabut_sebagian';

/** A file of regulations (`registry/nasional/*.yaml`, a unit's `peraturan.yaml`). */
export interface RegulationFile {
  bidang?: string;
  peraturan: Regulation[];
}

/** A unit's or region's own regulations, as its configuration carries them into workers. */
export interface LocalRegulations {
  /** The peraturan.yaml they were read from (absolute). */
  file: string;
  entries: Regulation[];
}

/** Kinds one issuer among many may enact: a citation of these names its issuer. */
export const ISSUED_KINDS: ReadonlySet<string> = new Set(['Permen', 'Kepmen', 'Perban', 'Perda', 'Pergub', 'Perbup', 'Perwali', 'Keputusan', 'Surat Edaran']);

/** Regional kinds: a unit's own business, only judged when it lists its own regulations. */
export const REGIONAL_KINDS: ReadonlySet<string> = new Set(['Perda', 'Pergub', 'Perbup', 'Perwali']);
