import { InvalidArgumentError, type Command } from 'commander';
import { join, relative, sep } from 'node:path';
import { checkChromiumSetting } from '../config/chromium.js';
import { findConfigs } from '../config/load.js';
import type { PdfSettings } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ChromiumLookup } from '../pdf/chromium.js';
import { printBatch, type PdfJob, type PdfJobResult } from '../pdf/batch.js';
import { printBooklet } from '../pdf/booklet.js';
import type { BookletPlan } from '../pdf/booklet-html.js';
import { PdfEngine } from '../pdf/engine.js';
import { describePdfError, type PdfError } from '../pdf/errors.js';
import { POSTER_SIZES, type PosterFormat, type PosterSize } from '../pdf/paper.js';
import { onInterrupt } from './interrupt.js';
import { EXIT, type CliContext } from './io.js';
import type { OutputFolder } from '../publish/output-folder.js';
import { createProgress } from './progress.js';
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

/** A booklet printed in as many passes as its table of contents needs. */
export function bookletJob(label: string, out: string, plan: BookletPlan): PdfJob {
  return { label, out, print: (engine, signal) => printBooklet(engine, plan.compose, plan.anchors, { signal, timeoutMs: engine.timeoutMs * Math.max(1, plan.anchors.length / 2) }) };
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
 * Which browser to print with. Whoever runs the command decides first (--chromium, then
 * PUPPETEER_EXECUTABLE_PATH, which findChromium reads): a configuration file comes with the
 * repository, so its `pdf.chromium` is only looked at without them, and only run once
 * `checkChromiumSetting` agrees. Undefined when it refuses; `diagnostics` then says why.
 */
function chromiumChoice(ctx: CliContext, flags: PdfFlags, settings: PdfSettings | undefined, diagnostics: Diagnostic[]): ChromiumLookup | undefined {
  if (flags.chromium) return { configured: flags.chromium, configuredBy: '--chromium' };
  const setting = settings?.chromium;
  if (!setting || ctx.io.env.PUPPETEER_EXECUTABLE_PATH) return {};
  const checked = checkChromiumSetting(setting, ctx.lang);
  diagnostics.push(...checked.diagnostics);
  return checked.path ? { configured: checked.path, configuredBy: `${setting.file} (pdf.chromium)` } : undefined;
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
  const diagnostics: Diagnostic[] = [];
  if (jobs.length === 0) return { written: [], failed: 0, code: EXIT.ok, diagnostics };
  const settings = await configuredPdf(ctx, unitDirs);
  const chromium = chromiumChoice(ctx, flags, settings, diagnostics);
  if (!chromium) return { written: [], failed: jobs.length, code: EXIT.usage, diagnostics };
  const seconds = flags.timeout ?? settings?.batasWaktu;
  const engine = new PdfEngine({ ...chromium, env: io.env, ...(seconds ? { timeoutMs: seconds * 1000 } : {}) });
  const interrupt = onInterrupt(() => engine.killNow());
  const shown = (path: string) => {
    const rel = relative(io.cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  const describe = (error: PdfError) => {
    const { message, hint } = describePdfError(error, ctx.lang);
    return hint ? `${message}\n    ${hint}` : message;
  };
  const progress = createProgress(ctx, jobs.length);
  const line = (r: PdfJobResult) => (r.ok ? `${shown(r.job.out)} (${Math.ceil((r.bytes ?? 0) / 1024)} KB)` : `${shown(r.job.out)}: ${describe(r.error!)}`);
  let batch;
  try {
    batch = await printBatch(engine, jobs, { write: (path, data, options) => folder.write(folder.relativeOf(path), data, options), signal: interrupt.signal, onResult: (r) => progress.item(r.ok, line(r)) });
  } finally {
    progress.finish();
    interrupt.dispose();
    await engine.close();
  }
  const written = batch.results.filter((r) => r.ok).map((r) => r.job.out);
  const failed = batch.results.length - written.length;
  for (const r of batch.results) {
    if (!r.blocked?.length) continue;
    io.stderr.write(t({ id: `⚠ ${shown(r.job.out)}: ${r.blocked.length} alamat luar tidak dimuat (PDF hanya memuat isi halaman itu sendiri): ${r.blocked.slice(0, 3).join(', ')}\n`, en: `⚠ ${shown(r.job.out)}: ${r.blocked.length} outside address${r.blocked.length === 1 ? '' : 'es'} not loaded (PDFs only hold the page's own content): ${r.blocked.slice(0, 3).join(', ')}\n` }));
  }
  if (batch.fatal) {
    io.stderr.write(`✖ ${describe(batch.fatal)}\n`);
    return { written, failed: failed + batch.skipped.length, code: EXIT.usage, diagnostics };
  }
  const where = `${shown(folder.dir)}/`;
  if (batch.aborted) {
    io.stderr.write(`✖ ${describe({ kind: 'aborted', params: {}, fatal: false })} ${t({ id: `${written.length} PDF sudah ditulis ke ${where}.`, en: `${written.length} PDF${written.length === 1 ? ' was' : 's were'} written to ${where}.` })}\n`);
    return { written, failed, code: interrupt.exitCode ?? EXIT.problems, diagnostics };
  }
  const note = draftNote(ctx, written.filter((path) => drafts.has(path)).length);
  io.stdout.write(t({ id: `✔ ${written.length} PDF ditulis ke ${where}${failed ? ` (${failed} gagal)` : ''}${note}\n`, en: `✔ ${written.length} PDF${written.length === 1 ? '' : 's'} written to ${where}${failed ? ` (${failed} failed)` : ''}${note}\n` }));
  return { written, failed, code: failed > 0 ? EXIT.problems : EXIT.ok, diagnostics };
}

/** The `pdf:` settings of the standar.config.yaml nearest above the first unit, if any. */
async function configuredPdf(ctx: CliContext, unitDirs: readonly string[]): Promise<PdfSettings | undefined> {
  const dir = unitDirs[0];
  if (!dir) return undefined;
  const found = await findConfigs([join(dir, 'penyelenggara.yaml')], { lang: ctx.lang, cwd: ctx.io.cwd });
  const governing = Object.values(found.configs?.byDir ?? {})
    .filter((c) => dir === c.dir || dir.startsWith(c.dir + sep))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  const config = governing ?? found.home;
  return config?.pdf;
}

/** Jobs for finished print pages, one PDF each in `outDir`. */
export function pageJobs(pages: readonly { name: string; html: string }[], outDir: string): PdfJob[] {
  return pages.map((p) => ({ label: p.name, out: join(outDir, `${p.name}.pdf`), html: () => p.html, outline: true }));
}
