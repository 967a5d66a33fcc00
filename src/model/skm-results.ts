import type { Diagnostic, Position } from '../diagnostics.js';
import type { Text } from '../i18n/index.js';

/**
 * The results of `standar skm hitung`, as its JSON gives them (`--format json`), as a unit keeps
 * them (`skm/hasil-<periode>.json`, read by check/skm-results.ts for the public pages, the
 * catalogue and the `skm-kedaluwarsa` rule) and as the report and other systems read them. Keys
 * are Indonesian, like the YAML the tool reads. Every number is unrounded; rounding is for display
 * only (`decimal` in model/format.ts). A value that cannot be computed (nobody answered) is null.
 * docs/skm.md, section "hitung", describes it; schemas/skm-hasil.schema.json checks version 1.
 */

/** The grade of an index (PermenPANRB 14/2017), from its unrounded converted value. */
export type Grade = 'A' | 'B' | 'C' | 'D';
/** The performance each grade stands for. */
export type Performance = 'sangat baik' | 'baik' | 'kurang baik' | 'tidak baik';
/** Each performance in the user's language: the results keep the regulation's words. */
export const PERFORMANCE_LABELS: Record<Performance, Text> = {
  'sangat baik': { id: 'sangat baik', en: 'very good' },
  baik: { id: 'baik', en: 'good' },
  'kurang baik': { id: 'kurang baik', en: 'poor' },
  'tidak baik': { id: 'tidak baik', en: 'very poor' },
};
/** The element sets: "2017" (PermenPANRB 14/2017) or "2014" (16/2014). */
export type UnsurSetName = '2017' | '2014';

/** A survey period: its code as written and its first and last day (ISO dates, both included). */
export interface Period {
  kode: string;
  mulai: string;
  selesai: string;
}

export interface SurveyResults {
  /** The version of this shape; a change that breaks readers raises it. */
  versi: 1;
  /** The period the responses were checked against, when one was given. */
  periode: Period | null;
  /** The set of elements asked about: "2017" (PermenPANRB 14/2017) or "2014" (16/2014). */
  perangkatUnsur: UnsurSetName;
  /** The elements in their order, with the weight each counts for. */
  unsur: ElementInfo[];
  bobot: Weighting;
  /** Every response pooled: the unit's index is computed from all its answers, never as the average of the services' indices. */
  unit: GroupResult;
  /** One per service, in the order of their codes; empty when the responses name no service. */
  layanan: GroupResult[];
  /** What was read from each file. */
  berkas: FileSummary[];
}

export interface ElementInfo {
  kode: string;
  nama: string;
  /** The weight as a number, and as written (e.g. "1/9", "0.111"). */
  bobot: number;
  bobotTertulis: string;
  /** True for an element the unit added (skm.yaml `unsur_tambahan`). */
  tambahan: boolean;
}

export interface Weighting {
  /**
   * "tepat": 1/n each, as the regulation means; "dibulatkan": the regulation's rounded weight
   * (0.111, 0.11) some agencies use, which puts a perfect score below 100; "khusus": the unit's own
   * weights from skm.yaml, summing to 1.
   */
  cara: 'tepat' | 'dibulatkan' | 'khusus';
  /** For "dibulatkan", the weight used for every element. */
  nilai?: string;
  /** What the weighting does to the index, said in the user's language (for reports). */
  catatan: string;
}

export interface ElementResult {
  kode: string;
  /** Answers given for this element (respondents who skipped it do not count). */
  jawaban: number;
  /** Sum of those answers. */
  jumlah: number;
  /** How many answered 1, 2, 3 and 4. */
  sebaran: [number, number, number, number];
  /** Average answer (NRR), 1–4. */
  nrr: number | null;
  /** NRR × the element's weight. */
  nrrTertimbang: number | null;
  /** NRR × 25, on the scale of the grades. */
  konversi: number | null;
  mutu: Grade | null;
  kinerja: Performance | null;
}

export interface GroupResult {
  /** The service's code; absent for the unit. */
  kode?: string;
  /** The service's name, from the unit's standards or the responses. */
  nama?: string;
  /** Respondents with at least one answer counted. */
  responden: number;
  unsur: ElementResult[];
  /** The index on the 1–4 scale: Σ NRRᵢ × weightᵢ. */
  ikm: number | null;
  /** ikm × 25, the published index (25–100). */
  konversi: number | null;
  /** Grade and performance, read from the unrounded `konversi` (88,305 is B). */
  mutu: Grade | null;
  kinerja: Performance | null;
  /** Elements nobody answered: the index then stands on the others, weights shared out. */
  tanpaJawaban: string[];
  /** Codes of the elements with the lowest NRR. */
  terlemah: string[];
  profil: Profile;
  /** The sample against the population, when a population was given. */
  sampel: SampleCheck | null;
}

/** One category of the respondent profile and how many respondents fall in it. */
export interface ProfileCount {
  label: string;
  jumlah: number;
}

/** Counts in the questionnaire's categories first (zeros included), then other values as written, then `tidakDiisi`. */
export interface Profile {
  jenisKelamin: ProfileCount[];
  usia: ProfileCount[];
  pendidikan: ProfileCount[];
  pekerjaan: ProfileCount[];
}

export interface SampleCheck {
  /** Users of the service in a year. */
  populasi: number;
  /** The Krejcie–Morgan minimum for that population. */
  minimum: number;
  cukup: boolean;
}

export interface FileSummary {
  berkas: string;
  /** Sheets read (a CSV file is one, named after the file). */
  lembar: string[];
  /** Data rows read below the header rows. */
  baris: number;
  /** Respondents counted. */
  responden: number;
  /** Rows left out whole: outside the period, entered twice, no answer, summary rows. */
  dilewati: number;
}

/** One period's results kept by a unit (`skm/hasil-<periode>.json`). */
export interface SurveyResultsFile {
  /** As diagnostics name it. */
  file: string;
  results: SurveyResults & { periode: Period };
  /** Where the period's last day is written: a finding about the survey's age stands there. */
  selesaiAt: Position;
}

/** What a unit keeps of its surveys (check/skm-results.ts reads it). */
export interface UnitSurvey {
  /** The results that could be used, oldest period first. */
  periods: SurveyResultsFile[];
  /** The most recent period's, when there is one. */
  latest?: SurveyResultsFile;
  /** Results files found, usable or not. */
  found: number;
  /** The unit keeps its survey with the tool: an `skm/` folder or skm.yaml beside penyelenggara.yaml. */
  kept: boolean;
  diagnostics: Diagnostic[];
}
