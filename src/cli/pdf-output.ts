import { InvalidArgumentError, type Command } from 'commander';
import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { PdfJob, PdfJobResult } from '../pdf/batch.js';
import { describePdfError, type PdfError } from '../pdf/errors.js';
import { POSTER_SIZES, type PosterFormat, type PosterSize } from '../pdf/paper.js';
import type { OutputFolder } from '../publish/output-folder.js';
import { printJobs, type PrintWatch } from '../publish/pdf.js';
import { onInterrupt, type Interrupt } from './interrupt.js';
import { EXIT, type CliContext } from './io.js';
import { createProgress, type ProgressReporter } from './progress.js';
import { draftNote } from './publish-report.js';

/** The options `--to pdf` adds to render and build. */
const ORIENTASI = ['potret', 'lanskap'] as const;

/** A commander parser accepting one of `choices`, with the choices said in the user's language. */
function oneOf<T extends string>(ctx: CliContext, choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(ctx.t({ id: `Pilihannya: ${choices.join(', ')}.`, en: `The choices are: ${choices.join(', ')}.` }));
    return value as T;
  };
}

export interface PdfFlags {
  ukuran?: PosterSize;
  orientasi?: (typeof ORIENTASI)[number];
  qr?: string;
  chromium?: string;
  timeout?: number;
}

export function addPdfOptions(command: Command, ctx: CliContext, offers: { booklet: boolean }): Command {
  const { t } = ctx;
  if (offers.booklet) command.option('--buku', t({ id: 'juga buku unit (PDF): sampul, daftar isi bernomor halaman, semua layanan, maklumat', en: 'also the unit booklet (PDF): cover, contents with page numbers, every service, the maklumat' }));
  return command
    // Defaults are applied in posterFormat, not by commander, whose "(default: …)" would be English.
    .option('--ukuran <kertas>', t({ id: 'ukuran poster maklumat (PDF): A4, A3 atau A2 (bawaan: A4)', en: 'size of the maklumat poster (PDF): A4, A3 or A2 (default: A4)' }), oneOf(ctx, POSTER_SIZES))
    .option('--orientasi <arah>', t({ id: 'arah poster maklumat (PDF): potret atau lanskap (bawaan: potret)', en: 'orientation of the maklumat poster (PDF): potret (portrait) or lanskap (landscape) (default: potret)' }), oneOf(ctx, ORIENTASI))
    .option('--qr <https-url>', t({ id: 'alamat yang dituju kode QR di poster maklumat (bawaan: situs unit, atau kanal pengaduan daring)', en: "address the maklumat poster's QR code points to (default: the unit's website, or an online complaint channel)" }), (value: string) => {
      if (!/^https:\/\/[^\s/?#]+\S*$/.test(value)) throw new InvalidArgumentError(t({ id: 'Tulis alamat yang diawali https://.', en: 'Write an address starting with https://.' }));
      return value;
    })
    .option('--chromium <berkas>', t({ id: 'Chromium/Chrome untuk membuat PDF (bawaan: PUPPETEER_EXECUTABLE_PATH, lalu /usr/bin/chromium dan tempat biasa lainnya)', en: 'Chromium/Chrome used for PDFs (default: PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium and the other usual places)' }))
    .option('--timeout <detik>', t({ id: 'batas waktu mencetak satu dokumen, dalam detik (bawaan 60)', en: 'time limit for printing one document, in seconds (default 60)' }), (value: string) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new InvalidArgumentError(t({ id: 'Tulis jumlah detik, 1 sampai 3600.', en: 'Write a number of seconds, 1 to 3600.' }));
      return n;
    });
}

export function posterFormat(flags: PdfFlags): PosterFormat {
  return { size: flags.ukuran ?? 'A4', orientation: flags.orientasi === 'lanskap' ? 'landscape' : 'portrait' };
}

export interface PdfRun {
  /** Paths written, relative to nothing: as given in the jobs. */
  written: string[];
  failed: number;
  /** What this part of the command ends with: 0, 1 (some failed), 2 (no browser), 130/143 (interrupted). */
  code: number;
  /** About `pdf.chromium`: the refusal of a browser the configuration named, or a warning; the caller shows them with its own. */
  diagnostics: Diagnostic[];
}

/**
 * Print the jobs with one browser for the whole run: a progress bar on a terminal, a line per file
 * otherwise; failures reported and the rest printed; Ctrl-C kills Chromium and leaves no partial
 * file. Each PDF goes into `folder`, never through a link inside it. Says its own summary, with
 * how many of the PDFs written carry the draft mark (`drafts`: their paths); the caller only
 * combines the exit code.
 */
export async function printPdfJobs(ctx: CliContext, jobs: PdfJob[], flags: PdfFlags, folder: OutputFolder, unitDirs: readonly string[], drafts: ReadonlySet<string> = new Set()): Promise<PdfRun> {
  const { t, io } = ctx;
  const shown = (path: string) => {
    const rel = relative(io.cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  const describe = (error: PdfError) => {
    const { message, hint } = describePdfError(error, ctx.lang);
    return hint ? `${message}\n    ${hint}` : message;
  };
  const line = (r: PdfJobResult) => (r.ok ? `${shown(r.job.out)} (${Math.ceil((r.bytes ?? 0) / 1024)} KB)` : `${shown(r.job.out)}: ${describe(r.error!)}`);
  let interrupt: Interrupt | undefined;
  let progress: ProgressReporter | undefined;
  const watch: PrintWatch = {
    start: (total) => {
      interrupt = onInterrupt();
      progress = createProgress(ctx, total);
      return interrupt.signal;
    },
    result: (r) => progress?.item(r.ok, line(r)),
    end: () => {
      progress?.finish();
      interrupt?.dispose();
    },
  };
  const request = { chromium: flags.chromium, timeout: flags.timeout, env: io.env, cwd: io.cwd, lang: ctx.lang };
  const printed = await printJobs(jobs, request, folder, unitDirs, drafts, watch);
  const { written, failed, diagnostics } = printed;
  if (jobs.length === 0) return { written, failed, code: EXIT.ok, diagnostics };
  if (printed.refused) return { written, failed, code: EXIT.usage, diagnostics };
  for (const r of printed.results) {
    if (!r.blocked?.length) continue;
    io.stderr.write(t({ id: `⚠ ${shown(r.job.out)}: ${r.blocked.length} alamat luar tidak dimuat (PDF hanya memuat isi halaman itu sendiri): ${r.blocked.slice(0, 3).join(', ')}\n`, en: `⚠ ${shown(r.job.out)}: ${r.blocked.length} outside address${r.blocked.length === 1 ? '' : 'es'} not loaded (PDFs only hold the page's own content): ${r.blocked.slice(0, 3).join(', ')}\n` }));
  }
  if (printed.fatal) {
    io.stderr.write(`✖ ${describe(printed.fatal)}\n`);
    return { written, failed, code: EXIT.usage, diagnostics };
  }
  const where = `${shown(folder.dir)}/`;
  if (printed.aborted) {
    io.stderr.write(`✖ ${describe({ kind: 'aborted', params: {}, fatal: false })} ${t({ id: `${written.length} PDF sudah ditulis ke ${where}.`, en: `${written.length} PDF${written.length === 1 ? ' was' : 's were'} written to ${where}.` })}\n`);
    return { written, failed, code: interrupt?.exitCode ?? EXIT.problems, diagnostics };
  }
  const note = draftNote(ctx, printed.drafts);
  io.stdout.write(t({ id: `✔ ${written.length} PDF ditulis ke ${where}${failed ? ` (${failed} gagal)` : ''}${note}\n`, en: `✔ ${written.length} PDF${written.length === 1 ? '' : 's'} written to ${where}${failed ? ` (${failed} failed)` : ''}${note}\n` }));
  return { written, failed, code: failed > 0 ? EXIT.problems : EXIT.ok, diagnostics };
}
