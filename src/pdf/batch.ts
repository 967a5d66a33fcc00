import type { PdfEngine, PrintResult } from './engine.js';
import { pdfError, reasonOf, type PdfError } from './errors.js';

interface JobBase {
  /** How the document is named in progress lines and reports, e.g. its YAML file. */
  label: string;
  /** Where the PDF is written. */
  out: string;
}

/** One document to print, or a job that prints in its own way (the booklet prints twice). */
export type PdfJob =
  | (JobBase & {
      /** The print HTML; built only when the job's turn comes, so a large batch is not held in memory. */
      html: () => string | Promise<string>;
      outline?: boolean;
      timeoutMs?: number;
    })
  | (JobBase & { print: (engine: PdfEngine, signal: AbortSignal) => Promise<PrintResult> });

export interface PdfJobResult {
  job: PdfJob;
  ok: boolean;
  /** Milliseconds from building the HTML to the PDF being written. */
  ms: number;
  bytes?: number;
  /** Requests the document made that were refused (only data: URLs load). */
  blocked?: string[];
  error?: PdfError;
}

/** Writes bytes so that `path` is either absent, its old content, or complete (temp file + rename). */
export type AtomicWriter = (path: string, data: Uint8Array, options: { signal: AbortSignal }) => Promise<void>;

export interface BatchOptions {
  write: AtomicWriter;
  signal?: AbortSignal;
  /** Called as each document finishes, in completion order. */
  onResult?: (result: PdfJobResult, done: number, total: number) => void;
}

export interface BatchResult {
  results: PdfJobResult[];
  /** Set when the batch stopped early because every document would fail the same way. */
  fatal?: PdfError;
  /** Set when the batch was interrupted (Ctrl-C, SIGTERM). */
  aborted: boolean;
  /** Jobs never attempted, because of `fatal` or an interruption. */
  skipped: PdfJob[];
}

/**
 * Print jobs through one engine, as many at once as it has pages plus as many being built or
 * written, so Chromium is never idle while Node works. A failing document is recorded and the
 * batch goes on; only a fatal error (no browser) or an interruption stops it. Never throws.
 */
export async function printBatch(engine: PdfEngine, jobs: readonly PdfJob[], options: BatchOptions): Promise<BatchResult> {
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const results: PdfJobResult[] = [];
  let next = 0;
  let fatal: PdfError | undefined;

  const runOne = async (job: PdfJob): Promise<PdfJobResult> => {
    const started = performance.now();
    const done = (rest: Omit<PdfJobResult, 'job' | 'ms'>): PdfJobResult => ({ job, ms: performance.now() - started, ...rest });
    let printed: PrintResult;
    try {
      printed = 'print' in job ? await job.print(engine, signal) : await engine.print(await job.html(), { outline: job.outline, timeoutMs: job.timeoutMs, signal });
    } catch (err) {
      return done({ ok: false, error: pdfError('inputFailed', { reason: reasonOf(err) }) });
    }
    if (!printed.ok) return done({ ok: false, error: printed.error });
    try {
      await options.write(job.out, printed.pdf, { signal });
    } catch (err) {
      return done({ ok: false, error: signal.aborted ? pdfError('aborted') : pdfError('writeFailed', { path: job.out, reason: reasonOf(err) }) });
    }
    return done({ ok: true, bytes: printed.pdf.byteLength, blocked: printed.blocked });
  };

  const worker = async () => {
    while (!signal.aborted && next < jobs.length) {
      const job = jobs[next++]!;
      const result = await runOne(job);
      if (result.error?.fatal) {
        fatal ??= result.error;
        controller.abort();
        continue;
      }
      if (result.error?.kind === 'aborted') continue;
      results.push(result);
      options.onResult?.(result, results.length, jobs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs.length, engine.poolSize * 2) }, worker));

  const reported = new Set(results.map((r) => r.job));
  return {
    results,
    ...(fatal ? { fatal } : {}),
    aborted: options.signal?.aborted ?? false,
    skipped: jobs.filter((j) => !reported.has(j)),
  };
}
