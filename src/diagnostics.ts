import type { Text } from './i18n/index.js';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A cell of a spreadsheet (a survey's responses, an imported table): where its user looks.
 * `row` and `column` are 1-based, as the spreadsheet shows them (column 6 is "F").
 */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/**
 * One problem, located in a source file. Lines and columns are 1-based. In a YAML file the
 * pointer and line/column locate it; in a spreadsheet `cell` does (line is then the row, so
 * tools that know only lines still land near it).
 */
export interface Diagnostic extends Position {
  file: string;
  /** JSON pointer of the offending node inside `file` ('' for the whole document). */
  pointer: string;
  cell?: CellRef;
  rule: string;
  severity: Severity;
  message: string;
  /** What to write instead. */
  hint?: string;
}

/** Where a problem stands in a file: a spreadsheet cell, or a line and column; the file's start when neither is known. */
export interface Place {
  cell?: CellRef;
  line?: number;
  column?: number;
}

/** A problem at a place; at a cell, line and column are its row and column, so tools that know only lines still land near it. */
export function placedDiagnostic(file: string, at: Place, rule: string, severity: Severity, text: { message: string; hint?: string }): Diagnostic {
  const line = at.cell?.row ?? at.line ?? 1;
  const column = at.cell?.column ?? at.column ?? 1;
  return { file, line, column, endLine: line, endColumn: column, pointer: '', ...(at.cell ? { cell: at.cell } : {}), rule, severity, message: text.message, ...(text.hint ? { hint: text.hint } : {}) };
}

/** "F" for 6, "AA" for 27: the column letters a spreadsheet shows. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** "Sheet1!F12". */
export const cellName = (cell: CellRef) => `${cell.sheet}!${columnLetters(cell.column)}${cell.row}`;

/** Where a problem is, as people read it: "file:12:5", or "responses.xlsx: Sheet1!F12" in a spreadsheet. */
export const locationLabel = (d: Diagnostic) => (d.cell ? `${d.file}: ${cellName(d.cell)}` : `${d.file}:${d.line}:${d.column}`);

interface SourceInfo {
  /** The severity this source reports with, for tools that list checks (SARIF's rules). */
  severity: Severity;
  description: Text;
  /** A problem with the run rather than a standard: exit code 2, shown with --quiet, never hidden by a baseline. */
  setup?: true;
  /** The file could not be read at all: renderers skip it (anything else is shown as a gap). */
  unreadable?: true;
}

/**
 * Every source of diagnostics that is not a rule (rules are in `rules/index.ts`): one list, so
 * what each means for the exit code, the baseline and the renderers is said once.
 */
export const DIAGNOSTIC_SOURCES = {
  yaml: { severity: 'error', unreadable: true, description: { id: 'Berkas harus berupa YAML yang sah.', en: 'The file must be valid YAML.' } },
  berkas: { severity: 'error', unreadable: true, description: { id: 'Berkas harus terbaca: UTF-8, tidak kosong, tidak terlalu besar.', en: 'The file must be readable: UTF-8, not empty, not too large.' } },
  io: { severity: 'error', setup: true, unreadable: true, description: { id: 'Jalur yang diberikan harus ada dan dapat dibaca.', en: 'The given paths must exist and be readable.' } },
  skema: { severity: 'error', description: { id: 'Isi berkas harus sesuai skema standar pelayanan.', en: 'The file must match the service-standard schema.' } },
  konfigurasi: { severity: 'error', setup: true, description: { id: 'standar.config.yaml harus sah.', en: 'standar.config.yaml must be valid.' } },
  baseline: { severity: 'error', setup: true, description: { id: 'Berkas baseline harus sah.', en: 'The baseline file must be valid.' } },
  internal: { severity: 'error', setup: true, description: { id: 'Pemeriksaan sebuah berkas tidak boleh terhenti karena kesalahan di dalam standar sendiri.', en: 'Checking a file must not stop on an error inside standar itself.' } },
  penonaktifan: { severity: 'warning', description: { id: 'Komentar standar-disable-next-line harus menyebut aturan yang ada dan alasannya.', en: 'standar-disable-next-line comments must name existing rules and a reason.' } },
  render: { severity: 'error', description: { id: 'Halaman yang diminta harus dapat dibuat dari data unit, misalnya maklumat yang sudah ditulis.', en: 'A requested page must be buildable from the unit\'s data, e.g. a maklumat that has been written.' } },
  logo: { severity: 'warning', description: { id: 'Logo harus berkas gambar di dalam folder unit.', en: 'The logo must be an image file inside the unit folder.' } },
  fmt: { severity: 'warning', description: { id: 'standar fmt hanya menulis ulang berkas bila isinya tetap sama.', en: 'standar fmt rewrites a file only when its content stays the same.' } },
  pratinjau: { severity: 'error', description: { id: 'Pratinjau harus dapat membangun halaman unit.', en: 'The preview must be able to build the unit\'s pages.' } },
  'cpsv-ap': { severity: 'error', description: { id: 'Ekspor CPSV-AP harus memenuhi bentuk (SHACL) CPSV-AP 3.2.0 dari SEMIC; yang tidak dipenuhi ditunjukkan pada data YAML asalnya.', en: 'A CPSV-AP export must conform to SEMIC\'s CPSV-AP 3.2.0 shapes (SHACL); what does not is shown at the YAML it comes from.' } },
  skm: {
    severity: 'error',
    description: {
      id: 'Tanggapan survei kepuasan harus terbaca dan sah, sel demi sel: jawaban 1–4, layanan yang ada di unit, tanggal di dalam periode, nomor responden tidak berulang; skm.yaml harus sah.',
      en: 'Satisfaction-survey responses must be readable and valid, cell by cell: answers 1–4, services the unit has, dates inside the period, no respondent number twice; skm.yaml must be valid.',
    },
  },
  portal: { severity: 'error', description: { id: 'portal.yaml harus sah dan hanya menyebut unit, gerai dan layanan yang ada.', en: 'portal.yaml must be valid and name only units, counters and services that exist.' } },
  impor: { severity: 'warning', description: { id: 'Setiap bagian berkas yang diimpor harus terbaca; yang tidak terbaca disebut beserta tempatnya.', en: 'Every part of an imported file must be readable; what is not is named with where it stood.' } },
} as const satisfies Record<string, SourceInfo>;

export type CoreSource = keyof typeof DIAGNOSTIC_SOURCES;

const sourceInfo = (rule: string): SourceInfo | undefined => (Object.hasOwn(DIAGNOSTIC_SOURCES, rule) ? DIAGNOSTIC_SOURCES[rule as CoreSource] : undefined);

/** A problem with the run itself (a path, the configuration, the baseline, a bug), not with a standard. */
export const isSetupProblem = (d: Diagnostic) => sourceInfo(d.rule)?.setup === true;

/** A file that could not be read or parsed: the only thing that keeps a document from its pages. */
export const isUnreadable = (d: Diagnostic) => d.severity === 'error' && sourceInfo(d.rule)?.unreadable === true;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const s: Summary = { files, errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
