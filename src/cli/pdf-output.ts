import { InvalidArgumentError, type Command } from 'commander';
import { relative } from 'node:path';
import type { PdfJobResult } from '../pdf/batch.js';
import { describePdfError, type PdfError } from '../pdf/errors.js';
import { POSTER_SIZES, type PosterFormat, type PosterSize } from '../render/engine/paper.js';
import type { Diagnostic } from '../diagnostics.js';
import type { PdfPrinted, PrintRequest, PrintWatch, PublishWatch } from '../publish/pdf.js';
import { onInterrupt, type Interrupt } from './interrupt.js';
import { EXIT, type CliContext } from './io.js';
import { createProgress, type ProgressReporter } from './progress.js';
import { printDiagnostics } from './commands/render-shared.js';
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

export function addPdfOptions(command: Command, ctx: CliContext, offers: { booklet: boolean; poster?: boolean }): Command {
  const { t } = ctx;
  if (offers.booklet) command.option('--buku', t({ id: 'juga buku unit (PDF): sampul, daftar isi bernomor halaman, semua layanan, maklumat', en: 'also the unit booklet (PDF): cover, contents with page numbers, every service, the maklumat' }));
  // Defaults are applied in printRequest, not by commander, whose "(default: …)" would be English.
  if (offers.poster !== false) {
    command
      .option('--ukuran <kertas>', t({ id: 'ukuran poster maklumat (PDF): A4, A3 atau A2 (bawaan: A4)', en: 'size of the maklumat poster (PDF): A4, A3 or A2 (default: A4)' }), oneOf(ctx, POSTER_SIZES))
      .option('--orientasi <arah>', t({ id: 'arah poster maklumat (PDF): potret atau lanskap (bawaan: potret)', en: 'orientation of the maklumat poster (PDF): potret (portrait) or lanskap (landscape) (default: potret)' }), oneOf(ctx, ORIENTASI))
      .option('--qr <https-url>', t({ id: 'alamat yang dituju kode QR di poster maklumat (bawaan: situs unit, atau kanal pengaduan daring)', en: "address the maklumat poster's QR code points to (default: the unit's website, or an online complaint channel)" }), (value: string) => {
        if (!/^https:\/\/[^\s/?#]+\S*$/.test(value)) throw new InvalidArgumentError(t({ id: 'Tulis alamat yang diawali https://.', en: 'Write an address starting with https://.' }));
        return value;
      });
  }
  return command
    .option('--chromium <berkas>', t({ id: 'Chromium/Chrome untuk membuat PDF (bawaan: PUPPETEER_EXECUTABLE_PATH, lalu /usr/bin/chromium dan tempat biasa lainnya)', en: 'Chromium/Chrome used for PDFs (default: PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium and the other usual places)' }))
    .option('--timeout <detik>', t({ id: 'batas waktu mencetak satu dokumen, dalam detik (bawaan 60)', en: 'time limit for printing one document, in seconds (default 60)' }), (value: string) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new InvalidArgumentError(t({ id: 'Tulis jumlah detik, 1 sampai 3600.', en: 'Write a number of seconds, 1 to 3600.' }));
      return n;
    });
}

/** What the PDF flags ask of the library: the poster's paper, its QR address, the browser and time limit. */
export function printRequest(ctx: CliContext, flags: PdfFlags): PrintRequest {
  const poster: PosterFormat = { size: flags.ukuran ?? 'A4', orientation: flags.orientasi === 'lanskap' ? 'landscape' : 'portrait' };
  return { poster, qr: flags.qr, chromium: flags.chromium, timeout: flags.timeout, env: ctx.io.env, cwd: ctx.io.cwd, lang: ctx.lang };
}

/** A path as messages show it: relative to where the command ran, when inside it. */
function shownPath(ctx: CliContext, path: string): string {
  const rel = relative(ctx.io.cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function describe(ctx: CliContext, error: PdfError): string {
  const { message, hint } = describePdfError(error, ctx.lang);
  return hint ? `${message}\n    ${hint}` : message;
}

/**
 * How a publishing command watches its run: the findings printed once (`findings`), just before
 * PDFs are printed so that their progress follows, else when the command prints the rest; a
 * progress bar on a terminal, a line per file otherwise; and Ctrl-C (`interrupted`: its exit code).
 */
export function publishWatch(ctx: CliContext): { hooks: PublishWatch; findings: (diagnostics: readonly Diagnostic[], files: number) => void; interrupted: () => number | undefined } {
  let interrupt: Interrupt | undefined;
  let progress: ProgressReporter | undefined;
  let reported = false;
  const findings = (diagnostics: readonly Diagnostic[], files: number) => {
    if (!reported) printDiagnostics(ctx, diagnostics, files);
    reported = true;
  };
  const line = (r: PdfJobResult) => (r.ok ? `${shownPath(ctx, r.job.out)} (${Math.ceil((r.bytes ?? 0) / 1024)} KB)` : `${shownPath(ctx, r.job.out)}: ${describe(ctx, r.error!)}`);
  const print: PrintWatch = {
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
  return { hooks: { beforePrint: findings, print }, findings, interrupted: () => interrupt?.exitCode };
}

/**
 * The summary of a printing run into `dir`: outside addresses a page asked for, why printing
 * stopped, or how many PDFs were written (and failed, and carry the draft mark). Answers what this
 * part of the command ends with: 0, 1 (some failed), 2 (no browser), 130/143 (interrupted,
 * `interrupted` being its code).
 */
export function reportPdf(ctx: CliContext, printed: PdfPrinted, dir: string, interrupted: number | undefined): number {
  const { t, io } = ctx;
  const { written, failed } = printed;
  if (printed.jobs === 0) return EXIT.ok;
  if (printed.refused) return EXIT.usage;
  for (const r of printed.results) {
    if (!r.blocked?.length) continue;
    const at = shownPath(ctx, r.job.out);
    io.stderr.write(t({ id: `⚠ ${at}: ${r.blocked.length} alamat luar tidak dimuat (PDF hanya memuat isi halaman itu sendiri): ${r.blocked.slice(0, 3).join(', ')}\n`, en: `⚠ ${at}: ${r.blocked.length} outside address${r.blocked.length === 1 ? '' : 'es'} not loaded (PDFs only hold the page's own content): ${r.blocked.slice(0, 3).join(', ')}\n` }));
  }
  if (printed.fatal) {
    io.stderr.write(`✖ ${describe(ctx, printed.fatal)}\n`);
    return EXIT.usage;
  }
  const where = `${shownPath(ctx, dir)}/`;
  if (printed.aborted) {
    io.stderr.write(`✖ ${describe(ctx, { kind: 'aborted', params: {}, fatal: false })} ${t({ id: `${written.length} PDF sudah ditulis ke ${where}.`, en: `${written.length} PDF${written.length === 1 ? ' was' : 's were'} written to ${where}.` })}\n`);
    return interrupted ?? EXIT.problems;
  }
  const note = draftNote(ctx, printed.drafts);
  io.stdout.write(t({ id: `✔ ${written.length} PDF ditulis ke ${where}${failed ? ` (${failed} gagal)` : ''}${note}\n`, en: `✔ ${written.length} PDF${written.length === 1 ? '' : 's'} written to ${where}${failed ? ` (${failed} failed)` : ''}${note}\n` }));
  return failed > 0 ? EXIT.problems : EXIT.ok;
}
