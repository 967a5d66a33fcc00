import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { loadUnits, type LoadedUnit } from '../check/load-units.js';
import { isSetupProblem, isUnreadable, type Diagnostic } from '../diagnostics.js';
import type { Text } from '../i18n/index.js';
import { asRecord } from '../load/guards.js';
import { unitPage } from '../render/document.js';
import { renderPage, type ResolvedOptions } from '../render/engine/page.js';
import { loadTemplates, RenderError } from '../render/engine/templates.js';
import { prepareUnit } from '../render/prepare.js';
import type { Media } from '../render/types.js';
import { line } from '../render/view/read.js';
import { computeSurvey, type SurveyOptions } from '../survey/hitung.js';
import { formatSurvey } from '../survey/output.js';
import { keptEarlierResults, readEarlierResults, readFollowUpPlan, type EarlierResults, type FollowUpPlan } from '../survey/report-inputs.js';
import { surveyReportRequest } from '../survey/report.js';
import type { SurveyResults } from '../model/skm-results.js';
import { fileSlug } from './kuesioner.js';
import { OutputFolder, type Obstacle } from './output-folder.js';
import { pageJobs, printJobs, type PdfPrinted, type PdfRequest, type PublishWatch } from './pdf.js';

/** The report's formats: the page for a website, the A4 PDF agencies publish. */
export type SurveyReportFormat = 'html' | 'pdf';
export const SURVEY_REPORT_FORMATS: readonly SurveyReportFormat[] = ['html', 'pdf'];

/** The follow-up plan's file name, looked for in the output folder when none is named. */
export const FOLLOW_UP_FILE = 'tindak-lanjut.yaml';

export interface SurveyReportRequest extends PdfRequest {
  /** The responses (.xlsx, .csv), as `skm hitung` reads them. */
  responses: readonly string[];
  /** What `skm hitung` takes: the unit (also the report's letterhead), period, weights, population, element set, skm.yaml. */
  survey: Omit<SurveyOptions, 'cwd' | 'lang'>;
  /**
   * Earlier periods' results (`skm hitung --format json`), for the trend. When not given, the
   * unit's own `skm/hasil-*.json` of earlier periods of the same length are used.
   */
  earlier?: readonly string[];
  /** The follow-up plan; by default tindak-lanjut.yaml in the output folder, when there is one. */
  followUp?: string;
  outDir: string;
  /** How messages name the output folder ("laporan-skm/"). */
  shownOut: string;
  formats: readonly SurveyReportFormat[];
  templateDir?: string;
}

/**
 * Why nothing was written: the responses gave no results, or not one respondent (a report of
 * nobody's opinion is not published); the follow-up plan or an earlier
 * period's results are wrong (their diagnostics say where); the templates cannot be used or
 * failed; something stands in the way in the output folder; or writing failed part-way
 * (`partial`: some files were written).
 */
export type SurveyReportStop = 'noResults' | 'noRespondents' | 'inputs' | 'templates' | 'templateFailed' | 'obstacles' | 'partial';

export interface SurveyReportOutcome {
  /** The responses' problems, then those of the plan, the earlier results, the letterhead and the templates. */
  diagnostics: Diagnostic[];
  /** Files read, for the findings' summary. */
  files: number;
  results?: SurveyResults;
  /** The plan shown in the report, if any. */
  plan?: FollowUpPlan;
  earlier: EarlierResults[];
  /** Files of the output folder written, in the order written (results, then the report's pages). */
  written: string[];
  /** Set when the report was printed; its diagnostics are also in `diagnostics`. */
  pdf?: PdfPrinted;
  stop?: { reason: SurveyReportStop; why: Text; obstacles?: string };
  /** A file could not be read at all (exit code 2 rather than 1). */
  unreadable: boolean;
}

/** The unit of the report's letterhead, when a unit folder is given and holds one. */
async function letterheadUnit(unitDir: string | undefined, request: SurveyReportRequest): Promise<LoadedUnit | undefined> {
  if (!unitDir) return undefined;
  const loaded = await loadUnits([unitDir], { lang: request.lang, cwd: request.cwd });
  return loaded.units[0];
}

/**
 * All of `standar skm laporan`: the survey computed by `computeSurvey` (as `skm hitung` does), the
 * report as an HTML page and/or an A4 PDF (`laporan-skm-<PERIODE>`), with the results beside it
 * as JSON and CSV (`hasil-<PERIODE>`, as a unit keeps them in `skm/`). The follow-up plan and earlier periods' results are
 * read and checked first: a report is never made from a plan or a trend with a mistake in it.
 * Nothing is written when anything stands in the way in the output folder. Never prints.
 */
export async function publishSurveyReport(request: SurveyReportRequest, watch: PublishWatch = {}): Promise<SurveyReportOutcome> {
  const { lang, cwd } = request;
  const outcome: SurveyReportOutcome = { diagnostics: [], files: request.responses.length, earlier: [], written: [], unreadable: false };
  const stop = (reason: SurveyReportStop, why: Text, obstacles?: string): SurveyReportOutcome => {
    outcome.unreadable = outcome.diagnostics.some((d) => isSetupProblem(d) || isUnreadable(d));
    return { ...outcome, stop: { reason, why, ...(obstacles !== undefined ? { obstacles } : {}) } };
  };
  const shown = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  };

  const computed = await computeSurvey(request.responses, { ...request.survey, cwd, lang });
  outcome.diagnostics.push(...computed.diagnostics);
  if (!computed.results) {
    const why = computed.stop ?? (lang === 'id' ? 'tidak ada hasil yang dapat dihitung (lihat di atas).' : 'no results could be computed (see above).');
    return stop('noResults', { id: why, en: why });
  }
  const results = computed.results;
  outcome.results = results;
  if (results.unit.responden === 0) return stop('noRespondents', { id: 'tidak ada satu pun responden yang terhitung (lihat di atas).', en: 'not a single respondent was counted (see above).' });

  const unitDir = request.survey.unit === undefined ? undefined : resolve(cwd, request.survey.unit);
  const earlierFiles = (request.earlier ?? []).map((f) => ({ path: resolve(cwd, f), shown: shown(resolve(cwd, f)) }));
  const found = await letterheadUnit(unitDir, request);
  const earlier =
    request.earlier === undefined && found ? keptEarlierResults(found.dir, results, { lang, cwd }) : { ...readEarlierResults(earlierFiles, results, lang), files: earlierFiles.length };
  outcome.files += earlier.files;
  outcome.diagnostics.push(...earlier.diagnostics);
  const planPath = request.followUp !== undefined ? resolve(cwd, request.followUp) : existsSync(join(request.outDir, FOLLOW_UP_FILE)) ? join(request.outDir, FOLLOW_UP_FILE) : undefined;
  const plan = planPath ? await readFollowUpPlan(planPath, shown(planPath), results, lang) : undefined;
  if (plan) {
    outcome.files++;
    outcome.diagnostics.push(...plan.diagnostics);
  }
  if (!earlier.earlier || (plan && !plan.plan)) {
    return stop('inputs', { id: 'rencana tindak lanjut atau hasil periode sebelumnya perlu diperbaiki lebih dahulu (lihat di atas).', en: 'the follow-up plan or the earlier results must be fixed first (see above).' });
  }
  outcome.earlier = earlier.earlier;
  if (plan?.plan) outcome.plan = plan.plan;

  const templateDir = request.templateDir ? resolve(cwd, request.templateDir) : undefined;
  const templates = loadTemplates(templateDir, lang, cwd);
  outcome.diagnostics.push(...templates.diagnostics);
  if (!templates.templates) return stop('templates', { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });

  const pages: { format: SurveyReportFormat; html: string }[] = [];
  try {
    for (const format of request.formats) {
      const media: Media = format === 'pdf' ? 'print' : 'screen';
      // Read for each medium: only print warns of a logo whose text the PDF's fonts cannot show.
      const prepared = found ? await prepareUnit({ dir: found.dir, provider: found.provider, services: found.services }, lang, { media }) : undefined;
      for (const d of prepared?.diagnostics ?? []) if (!outcome.diagnostics.some((o) => o.message === d.message && o.file === d.file)) outcome.diagnostics.push(d);
      const unitName = prepared ? line(asRecord(prepared.unit.provider).nama) : undefined;
      const { request: page, footer } = surveyReportRequest({ results, earlier: outcome.earlier, ...(outcome.plan ? { plan: outcome.plan } : {}), ...(unitName ? { unitName } : {}), lang });
      const opts: ResolvedOptions = { lang, bahasa: lang, media, templates: templates.templates };
      pages.push({ format, html: prepared ? unitPage(prepared.unit, page, opts, footer) : renderPage({ services: [] }, page, opts, footer) });
    }
  } catch (err) {
    if (!(err instanceof RenderError)) throw err;
    outcome.diagnostics.push(...err.diagnostics);
    return stop('templateFailed', { id: 'templat gagal diterapkan (lihat di atas).', en: 'a template failed (see above).' });
  }

  // Named as a unit keeps its results (skm/hasil-<periode>.json): `--out <unit>/skm` files them there.
  const suffix = results.periode ? `-${fileSlug(results.periode.kode).toUpperCase()}` : '';
  const reportName = `laporan-skm${suffix}`;
  const data = new Map<string, string>([
    [`hasil${suffix}.json`, formatSurvey(results, 'json', lang)],
    [`hasil${suffix}.csv`, formatSurvey(results, 'csv', lang)],
  ]);
  const html = pages.find((p) => p.format === 'html');
  const where = request.shownOut;
  const folder = new OutputFolder(request.outDir, { lang, shown: where });
  const names = [...data.keys(), ...pages.map((p) => `${reportName}.${p.format}`)];
  // Checked before anything is written, so a refusal leaves the folder as it was.
  const obstacles = await folder.obstacles(names);
  if (obstacles.size > 0) return stop('obstacles', { id: `Tidak ada berkas yang ditulis; ${where} tetap seperti sebelumnya.`, en: `No file was written; ${where} is as it was.` }, await folder.report(obstacles));

  const refused = new Map<string, Obstacle>();
  const write = async (name: string, content: string) => {
    const obstacle = await folder.tryWrite(name, content);
    if (obstacle) refused.set(name, obstacle);
    else outcome.written.push(name);
  };
  for (const [name, content] of data) await write(name, content);
  if (html) await write(`${reportName}.html`, html.html);
  const print = pages.find((p) => p.format === 'pdf');
  if (print && refused.size === 0) {
    watch.beforePrint?.(outcome.diagnostics, outcome.files);
    outcome.pdf = await printJobs(pageJobs([{ name: reportName, html: print.html }], request.outDir), request, folder, unitDir ? [unitDir] : [], new Set(), watch.print);
    outcome.diagnostics.push(...outcome.pdf.diagnostics);
    outcome.written.push(...outcome.pdf.written.map((path) => basename(path)));
  }
  outcome.unreadable = outcome.diagnostics.some((d) => isSetupProblem(d) || isUnreadable(d));
  if (refused.size > 0) return stop('partial', { id: `Tidak semua berkas ditulis ke ${where} (lihat di atas).`, en: `Not every file was written to ${where} (see above).` }, await folder.report(refused));
  return outcome;
}
