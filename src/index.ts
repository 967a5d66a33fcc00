/**
 * standar-pelayanan as a library: the same load → check → report flow the CLI uses. Nothing here
 * prints or exits.
 */
export { validate, type ValidateOptions, type ValidateResult } from './check/validate.js';
export { loadUnits, type LoadedUnit, type LoadUnitsResult } from './check/load-units.js';
export { checkProviderFile, checkServiceFile, type ProviderResult, type ServiceResult } from './check/files.js';
export type { CheckOptions } from './check/options.js';
export { compareDiagnostics, summarize, type Diagnostic, type Position, type Severity, type Summary } from './diagnostics.js';
export type { Lang, Text } from './i18n/index.js';
export { planInputs, type Plan, type UnitPlan } from './load/discover.js';
export { locate, parseSource, readSource, type SourceFile } from './load/source.js';
export { applyDefaults, originOf, type ProviderDoc, type ServiceDoc } from './load/unit.js';
export { upgradeDocument } from './load/upgrade.js';
export { DEPRECATIONS, type Deprecation } from './model/deprecations.js';
export { isNotStated, stated, statedKomponen, type Stated, type StatedKomponen } from './model/absence.js';
export { COMPONENTS, COMPONENT_KEYS, GROUP_TITLES, MAKLUMAT_MODEL_TEXT, type ComponentKey } from './model/components.js';
export { FORMATTERS } from './report/formatters/index.js';
export type { Formatter, FormatContext, ReportInput } from './report/types.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleSettings } from './rules/types.js';
export { findConfigs, type ConfigResult, type FindOptions } from './config/load.js';
export type { ConfigSet, ResolvedConfig } from './config/types.js';
export { BASELINE_FILE, BaselineFilter, buildBaseline, readBaseline, type Baseline, type BaselineEntry } from './check/baseline.js';
export { parseTerbilang, terbilang } from './model/terbilang.js';
export { getValidator, SCHEMA_FILES, type DocumentKind } from './schema/validators.js';
export {
  buildSite,
  gate,
  loadTemplates,
  OUTPUT_TARGETS,
  prepareUnit,
  RENDER_KINDS,
  RenderError,
  renderDocument,
  type Converter,
  type DownloadSpec,
  type Media,
  type OutputTarget,
  type PageContext,
  type RenderKind,
  type RenderOptions,
  type RenderUnit,
  type Site,
  type SiteDocument,
  type SiteOptions,
  type Verdict,
} from './render/index.js';
export {
  findChromium,
  inspectPdf,
  PdfEngine,
  planBooklet,
  printBatch,
  printBooklet,
  qrSvg,
  renderPoster,
  type PdfEngineOptions,
  type PdfJob,
  type PdfJobResult,
  type PosterFormat,
  type PrintResult,
} from './pdf/index.js';
export { scaffoldUnit, parseWilayah, answerProblem, ANSWER_FIELDS, type AnswerField, type ScaffoldOptions, type UnitAnswers, type Wilayah } from './authoring/init.js';
export { newServiceText, type NewServiceInput } from './authoring/new-service.js';
export { isFiller, PLACEHOLDER } from './model/placeholders.js';
export { createService, type CreatedService, type NewServiceRequest } from './authoring/create-service.js';
export { writeNewFiles, type Skip, type WriteNewResult } from './authoring/write-new.js';
export { Refusal } from './authoring/refusal.js';
export { formatYaml, type FormatOutcome, type FormatResult } from './authoring/fmt.js';
export { compareDocuments, type DiffSide, type DocumentDiff, type SectionChange } from './authoring/diff/compare.js';
export { DIFF_FORMATTERS, type DiffFormatter } from './authoring/diff/formatters/index.js';
export { DEFAULT_LIMITS, startPreview, type BuildInfo, type Preview, type PreviewLimits, type PreviewOptions } from './serve/server.js';
export { main } from './cli/main.js';
export type * from './types/schema.js';
