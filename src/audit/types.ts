import type { Position } from '../diagnostics.js';

/**
 * The audit's results, as its JSON gives them (`--format json`, schema
 * schemas/audit.schema.json) and as the dashboard, the CSV and the text read them. Keys are
 * Indonesian, like the YAML the tool reads; docs/audit.md describes each field. Scores are
 * unrounded (0–100); rounding is for display only.
 */

/** Every indicator the audit knows how to decide; the indicator file picks, groups and weighs them. */
export const INDICATOR_IDS = [
  'komponen-lengkap',
  'penetapan',
  'konsultasi-publik',
  'reviu-berkala',
  'penyampaian-terbit',
  'maklumat-lengkap',
  'maklumat-terbit',
  'sarana-kelompok-rentan',
  'kanal-pengaduan',
  'tindak-lanjut-pengaduan',
  'skm',
  'pengelolaan-pengaduan',
  'persepsi-pengguna',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** met, not met, not applicable (e.g. a decree for a draft), unknown (the documents do not hold the evidence). */
export type IndicatorStatus = 'terpenuhi' | 'tidak_terpenuhi' | 'tidak_berlaku' | 'tidak_diketahui';

export type Zone = 'hijau' | 'kuning' | 'merah';

/** The finding (or the written fact) an indicator's status rests on, where it is. */
export interface Evidence extends Position {
  file: string;
  pointer: string;
  /** A rule id, or "audit" for a fact the audit read itself (a status, a built site). */
  aturan: string;
  pesan: string;
  saran?: string;
}

export interface IndicatorResult {
  indikator: IndicatorId;
  status: IndicatorStatus;
  /** Why, in the user's language: the deciding finding's message or the audit's own words. */
  alasan: string;
  /** The findings that decide it (several when several rules speak); none when nothing in the documents does. */
  bukti: Evidence[];
}

export interface ServiceAudit {
  file: string;
  kode?: string;
  nama?: string;
  status?: string;
  cakupan?: string;
  indikator: IndicatorResult[];
}

/** One indicator over a unit: for a per-service indicator, how many services meet it. */
export interface IndicatorScore {
  indikator: IndicatorId;
  kelompok: string;
  bobot: number;
  status: IndicatorStatus;
  /** Services (or 1 for the unit's own indicators) by status. */
  terpenuhi: number;
  tidakTerpenuhi: number;
  tidakBerlaku: number;
  tidakDiketahui: number;
  /** Share met among those decided, 0–1; null when none is decided. */
  nilai: number | null;
}

export interface GroupScore {
  kelompok: string;
  nama: string;
  /** 0–100 over the decided indicators; null when none is decided. */
  skor: number | null;
  /** The weight decided (met or not met) over the group's weight, 0–1. */
  cakupan: number;
}

/** A fix, by how much score it would win: the indicator, how many services, and the first place to start. */
export interface Fix {
  indikator: IndicatorId;
  /** Other indicators the same finding decides (a maklumat not written is neither complete nor published): one fix, their points summed. */
  juga?: IndicatorId[];
  layanan: number;
  /** Score points the unit would gain if every service met it. */
  dampak: number;
  bukti: Evidence;
}

export interface UnitAudit {
  /** The unit's folder, as paths are shown. */
  folder: string;
  nama?: string;
  /** Its region's name (penyelenggara.yaml's wilayah), which tells it apart from a unit of the same name elsewhere. */
  wilayah?: string;
  /** 0–100 over the decided indicators, null when none is decided. */
  skor: number | null;
  zona: Zone | null;
  /** The weight decided over the whole weight, 0–1: how much of the score the documents could speak to. */
  cakupan: number;
  kelompok: GroupScore[];
  indikator: IndicatorScore[];
  /** The unit's own indicators (maklumat, survey, operational data). */
  unit: IndicatorResult[];
  layanan: ServiceAudit[];
  /** The most urgent fixes, most score first (at most three). */
  perbaikan: Fix[];
}

export interface AuditGroupInfo {
  id: string;
  nama: string;
  indikator: { id: IndicatorId; bobot: number; nama: string; lingkup: 'layanan' | 'unit' }[];
}

export interface AuditResults {
  /** The version of this shape; a change that breaks readers raises it. */
  versi: 1;
  /** The day the audit speaks of (ISO date). */
  tanggal: string;
  /** What the score is, and what it is not, in the user's language. */
  catatan: string;
  zona: { hijau: number; kuning: number };
  kelompok: AuditGroupInfo[];
  /** Highest score first; units without a score last. */
  unit: UnitAudit[];
  /** With --sejak: what changed since then. */
  perubahan?: AuditChange;
}

/** An unmet indicator, named so it is recognised at another revision (its place by file and pointer: lines move). */
export interface ProblemRef {
  folder: string;
  /** The service file, for a service's indicator. */
  layanan?: string;
  indikator: IndicatorId;
  aturan: string;
  pesan: string;
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
}

/** `--sejak`: the change since a revision. */
export interface AuditChange {
  /** As asked: a revision or a date. */
  sejak: string;
  /** The commit it names. */
  revisi: string;
  /** Units whose zone moved, or that are new since. */
  zona: { folder: string; nama?: string; zonaSebelum: Zone | null; zona: Zone | null; skorSebelum: number | null; skor: number | null; baru: boolean }[];
  baru: ProblemRef[];
  selesai: ProblemRef[];
}
