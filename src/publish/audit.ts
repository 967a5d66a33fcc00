import { basename, dirname, relative, resolve } from 'node:path';
import { auditDashboard } from '../audit/dashboard.js';
import { auditCsvChunks, auditJsonChunks, formatAuditText, type AuditFormat } from '../audit/output.js';
import { auditUnits, type AuditOptions, type AuditOutcome } from '../audit/run.js';
import { withAuditSpill } from '../audit/spilled.js';
import type { AuditChange, AuditResults } from '../audit/types.js';
import { writeFileAtomic } from '../files/write.js';
import type { Lang, Text } from '../i18n/index.js';
import { auditAt, compareAudits, HistoryError } from '../audit/history.js';
import { OutputFolder } from './output-folder.js';
import type { PdfPrinted, PdfRequest, PrintWatch } from './pdf.js';

export interface AuditRequest extends Omit<AuditOptions, 'spill'> {
  format: AuditFormat;
  /** The file to write; without it text, JSON and CSV go to `print` (standard output), the dashboard to audit.html and the PDF to audit.pdf. */
  out?: string;
  /** How to print, for the PDF. */
  pdf?: Omit<PdfRequest, 'cwd' | 'lang'>;
  /** `--sejak`: a git revision or a date (YYYY-MM-DD) to show the change since. */
  since?: string;
  /**
   * Where text, JSON and CSV go without `out`, a part at a time (a promise returned is waited for:
   * a pipe read slowly); without it, the answer's `stdout` holds the report. A region's JSON runs
   * to hundreds of megabytes, past what one string can hold.
   */
  print?: (part: string) => void | Promise<void>;
}

/**
 * What `publishAudit` did. The results themselves are in the report: each unit's lists are read
 * back from a temporary file while the report is made, and that file is gone after.
 */
export interface AuditPublished extends Omit<AuditOutcome, 'results'> {
  /** How many units were audited; absent when nothing could be (an indicator file or configuration that cannot be used). */
  units?: number;
  /** With `since`: what changed since then, as the report shows it. */
  perubahan?: AuditChange;
  /** The report (text, JSON or CSV without --out) when no `print` was given. */
  stdout?: string;
  /** The file written, as shown. */
  written?: string;
  pdf?: PdfPrinted;
  /** Why the change since a revision could not be shown (not a repository, an unknown revision): nothing was written. */
  historyProblem?: Text;
}

/** Where each format goes without --out: the report on the terminal, the page and the PDF beside it. */
const DEFAULT_FILE: Partial<Record<AuditFormat, string>> = { html: 'audit.html', pdf: 'audit.pdf' };

/**
 * The results in one of the formats that are text, in parts: a region's JSON or CSV runs to a
 * hundred megabytes, which a file is written from a unit at a time.
 */
function auditParts(results: AuditResults, format: Exclude<AuditFormat, 'pdf'>, lang: Lang): Iterable<string> {
  switch (format) {
    case 'json':
      return auditJsonChunks(results);
    case 'csv':
      return auditCsvChunks(results);
    case 'html':
      return [auditDashboard(results, lang)];
    case 'text':
      return [formatAuditText(results, lang)];
  }
}

/** The results in one of the formats that are text. */
export function formatAudit(results: AuditResults, format: Exclude<AuditFormat, 'pdf'>, lang: Lang): string {
  return [...auditParts(results, format, lang)].join('');
}

/**
 * All of `standar audit`: the units audited one by one, then the report in the format asked
 * for, handed to `print` a part at a time or written atomically; the PDF printed from the
 * dashboard's print page through the same printing as every PDF of the tool. Never prints itself.
 */
export async function publishAudit(inputs: readonly string[], request: AuditRequest, watch?: PrintWatch): Promise<AuditPublished> {
  // Each unit's lists wait on disk until the report is made.
  return withAuditSpill((spill) => publish(inputs, { ...request, lang: request.lang ?? 'id', cwd: request.cwd ?? process.cwd(), spill }, watch));
}

async function publish(inputs: readonly string[], request: AuditRequest & Required<Pick<AuditOptions, 'lang' | 'cwd' | 'spill'>>, watch: PrintWatch | undefined): Promise<AuditPublished> {
  const { lang, cwd } = request;
  const { results, diagnostics, interrupted } = await auditUnits(inputs, request);
  // Ctrl-C: no report, and a file already there is left as it was.
  const stopped: AuditPublished = { diagnostics, interrupted: true };
  if (interrupted) return stopped;
  if (!results) return { diagnostics };
  const outcome: AuditPublished = { diagnostics, units: results.unit.length };
  if (request.since !== undefined) {
    try {
      const before = await auditAt(inputs, request.since, request);
      if (request.signal?.aborted) return stopped;
      outcome.perubahan = results.perubahan = compareAudits(before.results, results, request.since, before.commit);
    } catch (err) {
      if (err instanceof HistoryError) return { ...outcome, historyProblem: err.text };
      throw err;
    }
  }
  const target = request.out ?? DEFAULT_FILE[request.format];
  if (request.format === 'pdf') {
    const out = resolve(cwd, target!);
    const folder = new OutputFolder(dirname(out), { lang, shown: relative(cwd, dirname(out)) || '.' });
    // The printing side (Chromium's driver, pdf-lib, the poster's QR code) is loaded only for a PDF: the other formats skip ~250 files.
    const { pageJobs, printJobs } = await import('./pdf.js');
    const jobs = pageJobs([{ name: basename(out).replace(/\.pdf$/i, ''), html: auditDashboard(results, lang, 'print') }], dirname(out));
    const pdf = await printJobs(jobs, { ...request.pdf, env: request.pdf?.env ?? process.env, cwd, lang }, folder, results.unit.map((u) => resolve(cwd, u.folder)), new Set(), watch);
    return { ...outcome, pdf, ...(pdf.written.length > 0 ? { written: relative(cwd, out) } : {}) };
  }
  // A region's report takes seconds to write or print: Ctrl-C stops that too.
  if (target === undefined) {
    if (!request.print) return { ...outcome, stdout: formatAudit(results, request.format, lang) };
    for (const part of auditParts(results, request.format, lang)) {
      if (request.signal?.aborted) return stopped;
      await request.print(part);
    }
    return outcome;
  }
  const out = resolve(cwd, target);
  try {
    await writeFileAtomic(out, auditParts(results, request.format, lang), { signal: request.signal });
  } catch (err) {
    if (request.signal?.aborted) return stopped;
    throw err;
  }
  return { ...outcome, written: relative(cwd, out) };
}
