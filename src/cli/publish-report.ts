import type { Skipped } from '../render/gate.js';
import type { CliContext } from './io.js';

/** Something a command did not write, and why: a file it could not read, a maklumat not written. */
export interface NotWritten {
  /** The file (with the line of its problem), or the document that was asked for. */
  what: string;
  why: string;
}

export function skippedFiles(skipped: readonly Skipped[]): NotWritten[] {
  return skipped.map((s) => ({ what: s.reason.line > 1 || s.reason.column > 1 ? `${s.file}:${s.reason.line}:${s.reason.column}` : s.file, why: s.reason.message }));
}

/** " (2 bertanda DRAF: …)": how many of the files written carry the draft mark. */
export function draftNote(ctx: CliContext, drafts: number): string {
  if (drafts === 0) return '';
  return ctx.t({
    id: ` (${drafts} bertanda DRAF: standarnya masih memuat galat atau isian "[isi: …]")`,
    en: ` (${drafts} marked DRAFT: the standard still has errors or "[isi: …]" placeholders)`,
  });
}

/**
 * The last lines of a publishing command: what it wrote (stdout, "0 halaman ditulis." too), then
 * each thing it did not write and why (stderr), so nothing is left out silently.
 */
export function printOutcome(ctx: CliContext, written: string | undefined, notWritten: readonly NotWritten[]): void {
  if (written !== undefined) ctx.io.stdout.write(`${written}\n`);
  for (const n of notWritten) ctx.io.stderr.write(ctx.t({ id: `✖ Dilewati: ${n.what}: ${n.why}\n`, en: `✖ Skipped: ${n.what}: ${n.why}\n` }));
}
