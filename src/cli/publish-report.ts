import type { NotWritten } from '../publish/report.js';
import type { CliContext } from './io.js';

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
