import type { Diagnostic, Severity } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  /** Files checked. */
  files: number;
  /** Their paths as shown to the user, when known: formats that list passing files need them. */
  checked?: readonly string[];
}

export interface FormatContext {
  lang: Lang;
  /** Colour for a terminal; formatters for machines ignore it. */
  color: boolean;
  /** The severity from which a problem fails the check (--fail-severity); default error. */
  failSeverity?: Severity;
}

/** A formatter turns a check's result into the text of one output. */
export type Formatter = (input: ReportInput, ctx: FormatContext) => string;
