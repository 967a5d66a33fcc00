/**
 * standar-pelayanan for checking: load → check → report, with the rules, the configuration and
 * the domain model, as `standar validate` uses them. Importing it loads neither the renderer and
 * its templates nor Chromium's driver (`standar-pelayanan/render`, `standar-pelayanan/pdf`).
 * Nothing here prints or exits.
 */
export { validate, type ValidateOptions, type ValidateResult } from './check/validate.js';
export { loadUnits, type LoadedUnit, type LoadUnitsResult } from './check/load-units.js';
export { readSurveyResults, readUnitSurvey, SURVEY_RESULTS_FOLDER, type ReadResultsOptions, type ReadResultsOutcome } from './check/skm-results.js';
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
export { isFiller, PLACEHOLDER } from './model/placeholders.js';
export { citationOf, findRegulations, parseQuery, statusText, type Citation, type FindRegulationsOptions, type FindRegulationsResult, type RegulationQuery } from './registry/query.js';
export type { LocalRegulations, Regulation, RegulationFile, RegulationStatus } from './registry/types.js';
export type * from './types/schema.js';
