import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { compareCodeUnits } from '../files/folders.js';
import { fileProblemMessage, fileProblemRule, formatSize } from '../files/messages.js';
import { isPresent, readInside } from '../files/read.js';
import type { Lang, MessageDef, Params } from '../i18n/index.js';
import type { SurveyResults, SurveyResultsFile, UnitSurvey } from '../model/skm-results.js';
import { schemaDiagnostics } from '../schema/translate.js';
import { surveyResultsValidator } from '../schema/validators.js';
import { displayPath } from '../load/discover.js';
import { isRecord } from '../load/guards.js';
import { FILE_MESSAGES } from '../load/messages.js';
import { parseQuickly, quickJsonData } from '../load/quick.js';
import { FILE_START, locate, makeDiagnostic, type SourceFile } from '../load/source.js';

/**
 * A unit keeps the results of its satisfaction surveys beside its standards, one file per period
 * as `standar skm hitung --format json --out` writes them: `skm/hasil-<periode>.json` in the folder
 * of penyelenggara.yaml, found by that name. The public pages and the catalogue show the latest;
 * the `skm-kedaluwarsa` rule weighs its age; the report reads them all for the trend. The types are
 * in model/skm-results.ts.
 */
export const SURVEY_RESULTS_FOLDER = 'skm';
const RESULTS_NAME = /^hasil-(.+)\.json$/i;
/** The unit's survey settings; where it lies, the unit keeps its survey with the tool. */
const SURVEY_SETTINGS = 'skm.yaml';
/** A unit with hundreds of services writes a few hundred KB; this only keeps out what is no results file. */
const SIZE_LIMIT = 16 * 1024 * 1024;
/** The version of the results this tool reads (`versi`). */
const VERSION = 1;

const RESULTS_MESSAGES = {
  newerVersion: {
    message: { id: 'Hasil survei ini versi {versi}, sedangkan standar versi ini hanya membaca versi {dikenal}.', en: 'These survey results are version {versi}; this version of standar reads only version {dikenal}.' },
    hint: { id: 'Perbarui standar-pelayanan, atau hitung ulang dengan versi yang dipakai di sini: standar skm hitung … --format json --out {berkas}.', en: 'Update standar-pelayanan, or compute again with the version used here: standar skm hitung … --format json --out {berkas}.' },
  },
  noPeriod: {
    message: { id: 'Hasil survei ini tidak menyebut periodenya, jadi tidak dapat diurutkan dan tidak ditampilkan.', en: 'These survey results do not name their period, so they cannot be ordered and are not shown.' },
    hint: { id: 'Hitung ulang dengan periodenya: standar skm hitung <tanggapan> --periode 2026-S1 --format json --out {berkas}.', en: 'Compute them again with their period: standar skm hitung <responses> --periode 2026-S1 --format json --out {berkas}.' },
  },
  periodOrder: {
    message: { id: 'Periode berakhir ({selesai}) sebelum dimulai ({mulai}).', en: 'The period ends ({selesai}) before it starts ({mulai}).' },
    hint: { id: 'Hitung ulang hasilnya dengan --periode yang benar; berkas ini ditulis standar skm hitung, bukan diketik.', en: 'Compute the results again with the right --periode; this file is written by standar skm hitung, not typed.' },
  },
  nameMismatch: {
    message: { id: 'Nama berkas menyebut periode "{nama}", tetapi isinya periode "{kode}".', en: 'The file name says period "{nama}", but its content is period "{kode}".' },
    hint: { id: 'Ganti nama berkas menjadi hasil-{kode}.json, atau hitung ulang dengan --periode {nama}.', en: 'Rename the file hasil-{kode}.json, or compute again with --periode {nama}.' },
  },
  samePeriod: {
    message: { id: 'Periode "{kode}" sudah ada di {lain}; yang dipakai adalah yang namanya paling akhir menurut abjad.', en: 'Period "{kode}" is also in {lain}; the one whose name sorts last is used.' },
    hint: { id: 'Simpan satu berkas hasil per periode: hapus atau pindahkan yang lama.', en: 'Keep one results file per period: remove or move the old one.' },
  },
} satisfies Record<string, MessageDef>;

type ResultsMessage = keyof typeof RESULTS_MESSAGES;

export interface ReadResultsOptions {
  lang: Lang;
  /** The name diagnostics give the file. */
  displayPath: string;
}

export interface ReadResultsOutcome {
  /** Absent when the file cannot be used: the diagnostics say why, where. */
  results?: SurveyResults;
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

const problem = (source: SourceFile, pointer: string, key: ResultsMessage, lang: Lang, params: Params = {}, severity: 'error' | 'warning' = 'error') =>
  makeDiagnostic(source.path, locate(source, pointer), pointer, { rule: 'skm', severity, def: RESULTS_MESSAGES[key], params }, lang);

/**
 * A results file read and checked against schemas/skm-hasil.schema.json, every problem located
 * where it is written (JSON read by the YAML parser keeps line and column; JSON.parse reads what
 * it is sure of, and the positions are parsed only when a problem needs one). Read inside `root`,
 * the unit's folder, so a link out of it is refused.
 */
export function readSurveyResults(root: string, written: string, { lang, displayPath: shown }: ReadResultsOptions): ReadResultsOutcome {
  const read = readInside(root, written, { limit: SIZE_LIMIT });
  if (!read.ok) {
    if (read.reason === 'too-large') return { diagnostics: [makeDiagnostic(shown, FILE_START, '', { rule: 'berkas', def: FILE_MESSAGES.tooLarge, params: { size: formatSize(read.size), limit: formatSize(SIZE_LIMIT) } }, lang)] };
    const { def, params } = fileProblemMessage(read, { path: shown, root }, lang);
    return { diagnostics: [makeDiagnostic(shown, FILE_START, '', { rule: fileProblemRule(read), def, params }, lang)] };
  }
  const parsed = parseQuickly(shown, read.bytes, lang, quickJsonData);
  const source = parsed.source;
  if (!source || parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: parsed.diagnostics };
  const data = source.data;
  const versi = isRecord(data) ? data.versi : undefined;
  if (typeof versi === 'number' && versi > VERSION) return { diagnostics: [...parsed.diagnostics, problem(source, '/versi', 'newerVersion', lang, { versi, dikenal: VERSION, berkas: shown })] };
  const validator = surveyResultsValidator();
  const schemaProblems = validator(data) ? [] : schemaDiagnostics(validator.errors ?? [], source, lang, false).map((d) => ({ ...d, rule: 'skm' }));
  if (schemaProblems.length > 0) return { source, diagnostics: [...parsed.diagnostics, ...schemaProblems] };
  const results = data as SurveyResults;
  const own: Diagnostic[] = [];
  const periode = results.periode;
  if (periode === null) own.push(problem(source, '/periode', 'noPeriod', lang, { berkas: shown }, 'warning'));
  else if (periode.selesai < periode.mulai) own.push(problem(source, '/periode/selesai', 'periodOrder', lang, { mulai: periode.mulai, selesai: periode.selesai }));
  const usable = periode !== null && !own.some((d) => d.severity === 'error');
  return { ...(usable ? { results } : {}), source, diagnostics: [...parsed.diagnostics, ...own] };
}

/** Every `skm/hasil-*.json` of the unit whose penyelenggara.yaml is in `unitDir`, read and ordered by period. */
export function readUnitSurvey(unitDir: string, { lang, cwd }: { lang: Lang; cwd: string }): UnitSurvey {
  const folder = join(unitDir, SURVEY_RESULTS_FOLDER);
  let names: string[] = [];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => RESULTS_NAME.test(entry.name) && !entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    // No skm/ folder (or not a folder): the unit keeps no results.
  }
  const kept = isPresent(folder) || isPresent(join(unitDir, SURVEY_SETTINGS));
  const diagnostics: Diagnostic[] = [];
  const byPeriod = new Map<string, SurveyResultsFile>();
  for (const name of names) {
    const shown = displayPath(cwd, join(folder, name));
    const read = readSurveyResults(unitDir, join(SURVEY_RESULTS_FOLDER, name), { lang, displayPath: shown });
    diagnostics.push(...read.diagnostics);
    if (!read.results || !read.source) continue;
    // The unit's folder names each file after its period; a file given by name elsewhere may be called anything.
    const named = RESULTS_NAME.exec(name)?.[1];
    const kode = read.results.periode!.kode;
    if (named !== undefined && named.toUpperCase() !== kode.toUpperCase()) diagnostics.push(problem(read.source, '/periode/kode', 'nameMismatch', lang, { nama: named, kode }, 'warning'));
    const source = read.source;
    const entry: SurveyResultsFile = {
      file: shown,
      results: read.results as SurveyResultsFile['results'],
      // Located only when a finding stands there: a clean run never parses the file's positions.
      get selesaiAt() {
        return locate(source, '/periode/selesai');
      },
    };
    const key = entry.results.periode.kode.toUpperCase();
    const earlier = byPeriod.get(key);
    if (earlier) diagnostics.push(problem(read.source, '/periode/kode', 'samePeriod', lang, { kode: entry.results.periode.kode, lain: earlier.file }, 'warning'));
    byPeriod.set(key, entry);
  }
  const periods = [...byPeriod.values()].sort((a, b) => compareByPeriod(a.results.periode, b.results.periode));
  const latest = periods[periods.length - 1];
  return { periods, ...(latest ? { latest } : {}), found: names.length, kept, diagnostics };
}

/**
 * By the period's last day; on the same day the longer period is the later, as a year's results
 * sum up its second semester's. The schema makes both YYYY-MM-DD: compared as plain strings.
 */
function compareByPeriod(a: { mulai: string; selesai: string }, b: { mulai: string; selesai: string }): number {
  return compareCodeUnits(a.selesai, b.selesai) || compareCodeUnits(b.mulai, a.mulai);
}
