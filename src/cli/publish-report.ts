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

/** Pages left out for one reason past this many are said in one line, the first few named: each unit's own finding is listed above. */
const GAPS_NAMED = 3;

/**
 * The last lines of a publishing command: what it wrote (stdout, "0 halaman ditulis." too), then
 * each thing it did not write and why (stderr), so nothing is left out silently: what it failed
 * to write, then the pages its sources have nothing for (a maklumat not written), one line per reason.
 */
export function printOutcome(ctx: CliContext, written: string | undefined, notWritten: readonly NotWritten[]): void {
  if (written !== undefined) ctx.io.stdout.write(`${written}\n`);
  const gaps = new Map<string, string[]>();
  for (const n of notWritten) {
    if (n.gap) {
      const whats = gaps.get(n.why);
      if (whats) whats.push(n.what);
      else gaps.set(n.why, [n.what]);
    } else ctx.io.stderr.write(ctx.t({ id: `✖ Dilewati: ${n.what}: ${n.why}\n`, en: `✖ Skipped: ${n.what}: ${n.why}\n` }));
  }
  for (const [why, whats] of gaps) {
    const more = whats.length > GAPS_NAMED + 1 ? whats.length - GAPS_NAMED : 0;
    const named = whats.slice(0, more > 0 ? GAPS_NAMED : whats.length).join(', ');
    ctx.io.stderr.write(ctx.t({ id: `⚠ Tidak ditulis: ${named}${more > 0 ? ` dan ${more} lainnya` : ''}: ${why}\n`, en: `⚠ Not written: ${named}${more > 0 ? ` and ${more} more` : ''}: ${why}\n` }));
  }
}
