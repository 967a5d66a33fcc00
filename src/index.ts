/**
 * standar-pelayanan as a library: the same load → check → report flow the CLI uses, then render,
 * print and author. Chromium's driver is loaded only when a PDF engine starts its browser; a
 * program that only checks imports `standar-pelayanan/validate`. Nothing here prints or exits.
 */
import type { MainOptions } from './cli/main.js';

export * from './validate.js';
export {
  buildSite,
  gate,
  loadTemplates,
  planBooklet,
  prepareUnit,
  RENDER_KINDS,
  RenderError,
  renderDocument,
  renderPoster,
  type Converter,
  type DownloadSpec,
  type Media,
  type OutputTarget,
  type PageContext,
  type PosterFormat,
  type RenderKind,
  type RenderOptions,
  type RenderUnit,
  type Site,
  type SiteDocument,
  type SiteOptions,
  type Verdict,
} from './render/index.js';
export { OUTPUT_TARGETS } from './publish/targets.js';
export { EXPORT_TARGETS, type ExportFile, type ExportOptions, type ExportResult, type ExportTarget, type ExportTargetInfo, type ExportUnit } from './export/index.js';
export { publishExport, type ExportOutcome, type ExportRequest, type ExportWatch } from './publish/export.js';
export { publishKuesioner, type KuesionerOutcome, type KuesionerRequest } from './publish/kuesioner.js';
export { publishSurveyReport, type SurveyReportOutcome, type SurveyReportRequest } from './publish/skm-laporan.js';
export { responseTemplate, type ResponseTemplate, type ResponseTemplateInput, type SurveyService } from './survey/template.js';
export { computeSurvey, type SurveyOptions, type SurveyOutcome } from './survey/hitung.js';
export { formatSurvey, SURVEY_FORMATS, type SurveyFormat } from './survey/output.js';
export { parsePeriod } from './survey/period.js';
export { UNSUR_SETS, type Unsur, type UnsurSet } from './survey/unsur.js';
export type { ElementInfo, ElementResult, FileSummary, Grade, GroupResult, Performance, Period, Profile, ProfileCount, SampleCheck, SurveyResults, SurveyResultsFile, UnitSurvey, UnsurSetName, Weighting } from './model/skm-results.js';
export {
  findChromium,
  inspectPdf,
  PdfEngine,
  printBatch,
  printBooklet,
  qrSvg,
  type PdfEngineOptions,
  type PdfJob,
  type PdfJobResult,
  type PrintResult,
} from './pdf/index.js';
export { scaffoldUnit, answerProblem, ANSWER_FIELDS, type AnswerField, type ScaffoldOptions, type UnitAnswers } from './authoring/init.js';
export { parseWilayah, type Wilayah } from './model/wilayah.js';
export { newServiceText, type NewServiceInput } from './authoring/new-service.js';
export { createService, type CreatedService, type NewServiceRequest } from './authoring/create-service.js';
export { writeNewFiles, type Skip, type WriteNewResult } from './files/write-new.js';
export { Refusal } from './authoring/refusal.js';
export { formatYaml, type FormatOutcome, type FormatResult } from './authoring/fmt.js';
export { compareDocuments, type DiffSide, type DocumentDiff, type SectionChange } from './authoring/diff/compare.js';
export { DIFF_FORMATTERS, type DiffFormatter } from './authoring/diff/formatters/index.js';
export { DEFAULT_LIMITS, startPreview, type BuildInfo, type Preview, type PreviewLimits, type PreviewOptions } from './serve/server.js';
export type { MainOptions };

/**
 * The whole CLI as a function (arguments in, exit code out), as `standar` runs it. Its commands and
 * their parser load when it is called, not with the library.
 */
export async function main(options: MainOptions): Promise<number> {
  return (await import('./cli/main.js')).main(options);
}
