import { join, sep } from 'node:path';
import { checkChromiumSetting } from '../config/chromium.js';
import { findConfigs } from '../config/load.js';
import type { PdfSettings } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { printBatch, type PdfJob, type PdfJobResult } from '../pdf/batch.js';
import { printBooklet } from '../pdf/booklet.js';
import type { BookletPlan } from '../render/print/booklet.js';
import type { ChromiumLookup } from '../pdf/chromium.js';
import { PdfEngine } from '../pdf/engine.js';
import type { PdfError } from '../pdf/errors.js';
import type { PosterFormat } from '../render/engine/paper.js';
import type { OutputFolder } from './output-folder.js';

/** How a run prints: what whoever runs it chose, and where it runs. */
export interface PdfRequest {
  /** The browser named for this run (`--chromium`); it comes before any setting. */
  chromium?: string;
  /** Seconds to print one document; else the configuration's `pdf.batasWaktu`, else the engine's. */
  timeout?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  lang: Lang;
}

/** What `--to pdf` asks of a command: how to print, and the maklumat poster's paper and QR address. */
export interface PrintRequest extends PdfRequest {
  poster: PosterFormat;
  /** Where the poster's QR code leads (see qrTargetFor). */
  qr?: string;
}

/**
 * What watches a printing run: `start` when the browser is about to print `total` documents (what
 * it returns, once aborted, kills the browser at once: Ctrl-C), `result` as each one finishes,
 * `end` when printing stops, whichever way.
 */
export interface PrintWatch {
  start(total: number): AbortSignal | undefined;
  result(result: PdfJobResult): void;
  end(): void;
}

/** What watches a publishing run: its findings just before PDFs are printed (so they come first), then the printing. */
export interface PublishWatch {
  beforePrint?(diagnostics: readonly Diagnostic[], files: number): void;
  print?: PrintWatch;
}

export interface PdfPrinted {
  /** Documents asked for. */
  jobs: number;
  results: PdfJobResult[];
  /** Paths written, as given in the jobs. */
  written: string[];
  failed: number;
  /** Of `written`, how many carry the draft mark. */
  drafts: number;
  /** The configured browser was refused; `diagnostics` say why and nothing was printed. */
  refused: boolean;
  /** Printing stopped because every document would fail the same way (no browser). */
  fatal?: PdfError;
  /** Printing was interrupted. */
  aborted: boolean;
  /** About `pdf.chromium`: the refusal of a browser the configuration named, or a warning. */
  diagnostics: Diagnostic[];
}

/** Jobs for finished print pages, one PDF each in `outDir`. */
export function pageJobs(pages: readonly { name: string; html: string }[], outDir: string): PdfJob[] {
  return pages.map((p) => ({ label: p.name, out: join(outDir, `${p.name}.pdf`), html: () => p.html, outline: true }));
}

/** A booklet printed in as many passes as its table of contents needs. */
export function bookletJob(label: string, out: string, plan: BookletPlan): PdfJob {
  return { label, out, print: (engine, signal) => printBooklet(engine, plan.compose, plan.anchors, { signal, timeoutMs: engine.timeoutMs * Math.max(1, plan.anchors.length / 2) }) };
}

/**
 * Which browser to print with. Whoever runs the command decides first (--chromium, then
 * PUPPETEER_EXECUTABLE_PATH, which findChromium reads): a configuration file comes with the
 * repository, so its `pdf.chromium` is only looked at without them, and only run once
 * `checkChromiumSetting` agrees. Undefined when it refuses; `diagnostics` then says why.
 */
function chromiumChoice(request: PdfRequest, settings: PdfSettings | undefined, diagnostics: Diagnostic[]): ChromiumLookup | undefined {
  if (request.chromium) return { configured: request.chromium, configuredBy: '--chromium' };
  const setting = settings?.chromium;
  if (!setting || request.env.PUPPETEER_EXECUTABLE_PATH) return {};
  const checked = checkChromiumSetting(setting, request.lang);
  diagnostics.push(...checked.diagnostics);
  return checked.path ? { configured: checked.path, configuredBy: `${setting.file} (pdf.chromium)` } : undefined;
}

/** The `pdf:` settings of the standar.config.yaml nearest above the first unit, if any. */
async function configuredPdf(request: PdfRequest, unitDirs: readonly string[]): Promise<PdfSettings | undefined> {
  const dir = unitDirs[0];
  if (!dir) return undefined;
  const found = await findConfigs([join(dir, 'penyelenggara.yaml')], { lang: request.lang, cwd: request.cwd });
  const governing = Object.values(found.configs?.byDir ?? {})
    .filter((c) => dir === c.dir || dir.startsWith(c.dir + sep))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  const config = governing ?? found.home;
  return config?.pdf;
}

/**
 * Print the jobs with one browser for the whole run: failures recorded and the rest printed, an
 * interruption kills Chromium and leaves no partial file. Each PDF goes into `folder`, never
 * through a link inside it. Never prints: what happened comes back as data (`drafts`: the paths
 * of the documents that carry the draft mark).
 */
export async function printJobs(jobs: readonly PdfJob[], request: PdfRequest, folder: OutputFolder, unitDirs: readonly string[], drafts: ReadonlySet<string>, watch?: PrintWatch): Promise<PdfPrinted> {
  const diagnostics: Diagnostic[] = [];
  const none = { jobs: jobs.length, results: [], written: [], drafts: 0, aborted: false, diagnostics };
  if (jobs.length === 0) return { ...none, failed: 0, refused: false };
  const settings = await configuredPdf(request, unitDirs);
  const chromium = chromiumChoice(request, settings, diagnostics);
  if (!chromium) return { ...none, failed: jobs.length, refused: true };
  const seconds = request.timeout ?? settings?.batasWaktu;
  const engine = new PdfEngine({ ...chromium, env: request.env, ...(seconds ? { timeoutMs: seconds * 1000 } : {}) });
  const signal = watch?.start(jobs.length);
  const kill = () => engine.killNow();
  signal?.addEventListener('abort', kill, { once: true });
  let batch;
  try {
    batch = await printBatch(engine, jobs, { write: (path, data, options) => folder.write(folder.relativeOf(path), data, options), signal, onResult: (r) => watch?.result(r) });
  } finally {
    watch?.end();
    signal?.removeEventListener('abort', kill);
    await engine.close();
  }
  const written = batch.results.filter((r) => r.ok).map((r) => r.job.out);
  const failed = batch.results.length - written.length + (batch.fatal ? batch.skipped.length : 0);
  const printed: PdfPrinted = { jobs: jobs.length, results: batch.results, written, failed, drafts: written.filter((path) => drafts.has(path)).length, refused: false, aborted: batch.aborted, diagnostics };
  if (batch.fatal) printed.fatal = batch.fatal;
  return printed;
}
