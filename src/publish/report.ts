import type { Skipped } from '../render/gate.js';

/** Something a command did not write, and why: a file it could not read, a maklumat not written. */
export interface NotWritten {
  /** The file (with the line of its problem), or the document that was asked for. */
  what: string;
  why: string;
}

export function skippedFiles(skipped: readonly Skipped[]): NotWritten[] {
  return skipped.map((s) => ({ what: s.reason.line > 1 || s.reason.column > 1 ? `${s.file}:${s.reason.line}:${s.reason.column}` : s.file, why: s.reason.message }));
}
