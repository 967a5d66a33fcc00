import { localize, type Lang, type LocalizedMessage, type Params } from '../i18n/index.js';
import { PDF_MESSAGES, type PdfErrorKind } from './messages.js';

/**
 * Why one PDF was not made. Plain data, so a batch can carry it in its results; `fatal` errors
 * (no Chromium, Chromium will not start) stop the batch because every other document would fail
 * the same way.
 */
export interface PdfError {
  kind: PdfErrorKind;
  params: Params;
  fatal: boolean;
}

const FATAL: ReadonlySet<PdfErrorKind> = new Set(['chromiumMissing', 'chromiumBadPath', 'launchFailed', 'browserCrashed']);

export function pdfError(kind: PdfErrorKind, params: Params = {}): PdfError {
  return { kind, params, fatal: FATAL.has(kind) };
}

export function describePdfError(error: PdfError, lang: Lang): LocalizedMessage {
  return localize(PDF_MESSAGES[error.kind], lang, error.params);
}

/** Thrown inside the engine and caught at its edge, so the callers only ever see results. */
export class PdfFailure extends Error {
  constructor(readonly error: PdfError) {
    super(`${error.kind}: ${JSON.stringify(error.params)}`);
  }
}

/** The first line of an error's message: Chromium's protocol errors carry long call logs. */
export function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim();
}
