import type { Skipped } from '../render/gate.js';

/** Something a command did not write, and why: a file it could not read, a maklumat not written. */
export interface NotWritten {
  /** The file (with the line of its problem), or the document that was asked for. */
  what: string;
  why: string;
  /**
   * A page a site has nothing to make from (a unit that has not written its maklumat): said, but
   * no failure of the command, since the gap is a finding already (maklumat-lengkap) at the
   * severity that fits it. A page asked for by name that cannot be made is a failure.
   */
  gap?: true;
}

/** Whether a command missed something it should have written: what fails it, besides its errors. */
export const missedAny = (notWritten: readonly NotWritten[]): boolean => notWritten.some((n) => !n.gap);

export function skippedFiles(skipped: readonly Skipped[]): NotWritten[] {
  return skipped.map((s) => ({ what: s.reason.line > 1 || s.reason.column > 1 ? `${s.file}:${s.reason.line}:${s.reason.column}` : s.file, why: s.reason.message }));
}
