import { basename, dirname } from 'node:path';
import { readSurveyResults, readUnitSurvey } from '../check/skm-results.js';
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics.js';
import { didYouMean } from '../i18n/suggest.js';
import type { Lang, MessageDef, Params } from '../i18n/index.js';
import { joinPointer } from '../load/pointer.js';
import { locate, makeDiagnostic, type SourceFile } from '../load/source.js';
import { readAgainstSchema } from '../schema/read.js';
import { parsePeriod } from './period.js';
import type { SurveyResults } from '../model/skm-results.js';

/**
 * What `standar skm laporan` reads besides the responses: the unit's follow-up plan
 * (tindak-lanjut.yaml, schemas/skm-tindak-lanjut.schema.json) and the results of earlier periods
 * (`skm hitung --format json`, read as a unit's `skm/hasil-*.json` are, by `readSurveyResults`). Each is checked against its schema,
 * then against the report it goes into; every problem is located where it is written.
 */

export type FollowUpStatus = 'direncanakan' | 'berjalan' | 'selesai' | 'ditunda';

export interface FollowUpItem {
  unsur: string;
  /** A service's code, when the improvement concerns one service only. */
  layanan?: string;
  perbaikan: string;
  penanggungJawab: string;
  /** A date, month, quarter, semester or year, as written. */
  tenggat: string;
  status: FollowUpStatus;
  catatan?: string;
}

export interface FollowUpPlan {
  /** The file as the user named it. */
  file: string;
  periode?: string;
  disusun?: string;
  rencana: FollowUpItem[];
}

/** An earlier period's results and the file they came from. */
export interface EarlierResults {
  file: string;
  results: SurveyResults;
}

const MESSAGES = {
  unknownUnsur: {
    message: { id: 'Unsur "{value}" tidak ada di hasil survei ini.', en: 'The element "{value}" is not in these survey results.' },
    hint: { id: '{suggestion}Unsur yang ada: {codes}.', en: '{suggestion}The elements are: {codes}.' },
  },
  unknownService: {
    message: { id: 'Layanan "{value}" tidak ada di hasil survei ini.', en: 'The service "{value}" is not in these survey results.' },
    hint: { id: '{suggestion}Layanan yang ada: {codes}. Tanpa "layanan", perbaikan berlaku untuk unit.', en: '{suggestion}The services are: {codes}. Without "layanan", the improvement is for the unit.' },
  },
  noServices: {
    message: { id: 'Layanan "{value}" tidak dapat dicari: tanggapan survei ini tidak menyebut layanan.', en: 'The service "{value}" cannot be looked up: these survey responses name no service.' },
    hint: { id: 'Hapus "layanan:"; perbaikan itu berlaku untuk unit.', en: 'Remove "layanan:"; the improvement is then for the unit.' },
  },
  badDeadline: {
    message: { id: 'Tenggat "{value}" bukan tanggal yang ada.', en: 'The deadline "{value}" is not a real date.' },
    hint: { id: 'Tulis tanggal yang ada di kalender, misalnya "2026-09-30".', en: 'Write a date that exists, for example "2026-09-30".' },
  },
  badPeriod: {
    message: { id: 'Periode "{value}" tidak dikenali.', en: 'The period "{value}" is not recognised.' },
    hint: { id: 'Tulis periode seperti pada laporan, misalnya 2026-S1.', en: 'Write the period as the report has it, for example 2026-S1.' },
  },
  otherPeriod: {
    message: { id: 'Rencana ini untuk periode {value}, sedangkan laporan untuk periode {report}.', en: 'This plan is for the period {value}, while the report is for {report}.' },
    hint: { id: 'Pakai rencana tindak lanjut periode {report}, atau perbaiki "periode:".', en: 'Use the follow-up plan of the period {report}, or correct "periode:".' },
  },
  earlierSame: {
    message: { id: 'Periode {value} adalah periode laporan ini sendiri, bukan periode sebelumnya.', en: 'The period {value} is this report\'s own period, not an earlier one.' },
    hint: { id: 'Berikan pada --sebelumnya hasil periode-periode sebelum {value} saja.', en: 'Give --sebelumnya only the results of periods before {value}.' },
  },
  earlierLater: {
    message: { id: 'Periode {value} ({from}) tidak sebelum periode laporan {report} ({start}).', en: 'The period {value} ({from}) is not before the report\'s period {report} ({start}).' },
    hint: { id: 'Berikan pada --sebelumnya hasil periode-periode sebelumnya saja.', en: 'Give --sebelumnya only the results of earlier periods.' },
  },
  earlierTwice: {
    message: { id: 'Periode {value} sudah diberikan dalam {first}.', en: 'The period {value} was already given in {first}.' },
    hint: { id: 'Berikan setiap periode sekali.', en: 'Give each period once.' },
  },
} satisfies Record<string, MessageDef>;

type Message = keyof typeof MESSAGES;
const RULE = 'skm';


const problemAt = (source: SourceFile, shown: string, lang: Lang) => (pointer: string, key: Message, params: Params, severity: Severity = 'error') =>
  makeDiagnostic(shown, locate(source, pointer), pointer, { rule: RULE, def: MESSAGES[key], params, severity }, lang);

const suggestion = (value: string, choices: readonly string[], lang: Lang) => {
  const near = didYouMean(value, choices);
  return near ? (lang === 'id' ? `Maksudnya "${near}"? ` : `Did you mean "${near}"? `) : '';
};

/** A date written as YYYY-MM-DD that the calendar has. */
const realDate = (text: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

interface RawItem {
  unsur: string;
  layanan?: string;
  perbaikan: string;
  penanggung_jawab: string;
  tenggat: string;
  status: FollowUpStatus;
  catatan?: string;
}

/**
 * The unit's follow-up plan, checked against its schema and against the results it follows up:
 * each element and service it names must be in them, each deadline a real date, its period the
 * report's. `plan` is absent when anything is wrong: a report never shows half a plan.
 */
export async function readFollowUpPlan(path: string, shown: string, results: SurveyResults, lang: Lang): Promise<{ plan?: FollowUpPlan; diagnostics: Diagnostic[] }> {
  const read = await readAgainstSchema(path, 'skm-tindak-lanjut.schema.json', { lang, displayPath: shown });
  if (!read.source) return { diagnostics: read.diagnostics };
  const problem = problemAt(read.source, shown, lang);
  const data = read.source.data as { periode?: string | number; disusun?: string; rencana: RawItem[] };
  const diagnostics = [...read.diagnostics];
  const periode = data.periode === undefined ? undefined : String(data.periode);
  if (periode !== undefined) {
    const period = parsePeriod(periode);
    if (!period) diagnostics.push(problem('/periode', 'badPeriod', { value: periode }));
    else if (results.periode && period.kode !== results.periode.kode) diagnostics.push(problem('/periode', 'otherPeriod', { value: period.kode, report: results.periode.kode }));
  }
  const elements = results.unsur.map((u) => u.kode);
  const services = results.layanan.map((g) => g.kode!);
  const byUpper = (codes: readonly string[], value: string) => codes.find((c) => c.toUpperCase() === value.trim().toUpperCase());
  const rencana = data.rencana.map((item, i): FollowUpItem => {
    const at = (key: string) => joinPointer('/rencana', i, key);
    const unsur = byUpper(elements, item.unsur);
    if (!unsur) diagnostics.push(problem(at('unsur'), 'unknownUnsur', { value: item.unsur, codes: elements.join(', '), suggestion: suggestion(item.unsur, elements, lang) }));
    let layanan: string | undefined;
    if (item.layanan !== undefined) {
      layanan = byUpper(services, item.layanan);
      if (services.length === 0) diagnostics.push(problem(at('layanan'), 'noServices', { value: item.layanan }));
      else if (!layanan) diagnostics.push(problem(at('layanan'), 'unknownService', { value: item.layanan, codes: services.join(', '), suggestion: suggestion(item.layanan, services, lang) }));
    }
    if (!realDate(item.tenggat)) diagnostics.push(problem(at('tenggat'), 'badDeadline', { value: item.tenggat }));
    return {
      unsur: unsur ?? item.unsur,
      ...(layanan ? { layanan } : {}),
      perbaikan: item.perbaikan.trim(),
      penanggungJawab: item.penanggung_jawab.trim(),
      tenggat: item.tenggat,
      status: item.status,
      ...(item.catatan ? { catatan: item.catatan.trim() } : {}),
    };
  });
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { plan: { file: shown, ...(periode ? { periode: parsePeriod(periode)!.kode } : {}), ...(data.disusun ? { disusun: data.disusun } : {}), rencana }, diagnostics };
}

/**
 * The results of earlier periods for the trend, each checked against the results schema and
 * against the others: every one names its period, before the report's own, each period once.
 * `earlier` is absent when any file is wrong (a trend with a period missing would mislead).
 */
export function readEarlierResults(files: readonly { path: string; shown: string }[], current: SurveyResults, lang: Lang): { earlier?: EarlierResults[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const earlier: EarlierResults[] = [];
  const seen = new Map<string, string>();
  for (const { path, shown } of files) {
    const read = readSurveyResults(dirname(path), basename(path), { lang, displayPath: shown });
    // What makes a unit's page pass over a file (no period) keeps it out of a trend: here it is an error.
    if (!read.results || !read.source) {
      diagnostics.push(...read.diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)));
      continue;
    }
    diagnostics.push(...read.diagnostics);
    const results = read.results;
    const problem = problemAt(read.source, shown, lang);
    const period = results.periode!;
    const own = current.periode;
    if (own && period.kode === own.kode) diagnostics.push(problem('/periode/kode', 'earlierSame', { value: period.kode }));
    else if (own && period.mulai >= own.mulai) diagnostics.push(problem('/periode/mulai', 'earlierLater', { value: period.kode, from: period.mulai, report: own.kode, start: own.mulai }));
    else if (seen.has(period.kode)) diagnostics.push(problem('/periode/kode', 'earlierTwice', { value: period.kode, first: seen.get(period.kode)! }));
    else {
      seen.set(period.kode, shown);
      earlier.push({ file: shown, results });
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  earlier.sort((a, b) => (a.results.periode!.mulai < b.results.periode!.mulai ? -1 : 1));
  return { earlier, diagnostics };
}

/** A period's length in months, so semesters are compared with semesters and years with years. */
const months = (p: { mulai: string; selesai: string }) => {
  const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return month(p.selesai) - month(p.mulai) + 1;
};

/**
 * The trend a unit already keeps: its `skm/hasil-*.json` of periods as long as the report's and
 * wholly before it (a year's results beside its semesters would count the same answers twice).
 * A kept file that cannot be read stops the report as a wrong `--sebelumnya` does; the unit's
 * other findings about its files (a name that is not its period…) stay warnings.
 */
export function keptEarlierResults(unitDir: string, current: SurveyResults, { lang, cwd }: { lang: Lang; cwd: string }): { earlier?: EarlierResults[]; diagnostics: Diagnostic[]; files: number } {
  const own = current.periode;
  if (!own) return { earlier: [], diagnostics: [], files: 0 };
  const kept = readUnitSurvey(unitDir, { lang, cwd });
  if (kept.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: kept.diagnostics, files: kept.found };
  const earlier = kept.periods
    .filter((p) => p.results.periode.selesai < own.mulai && months(p.results.periode) === months(own))
    .map((p) => ({ file: p.file, results: p.results }));
  return { earlier, diagnostics: kept.diagnostics, files: kept.found };
}
