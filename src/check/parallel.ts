import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import type { ProviderDoc } from '../load/unit.js';
import type { ServiceSummary } from '../rules/types.js';
import { checkServiceVerdict } from './files.js';
import type { CheckOptions } from './options.js';

export interface BatchRequest {
  id: number;
  providerPath?: string;
  paths: string[];
  options: CheckOptions;
}

export interface BatchReply {
  id: number;
  results: { diagnostics: Diagnostic[]; summary: ServiceSummary }[];
}

/** One batch, the same way in a worker and on the main thread. */
export async function checkBatch(request: BatchRequest, provider: ProviderDoc | undefined): Promise<BatchReply> {
  const reply: BatchReply = { id: request.id, results: [] };
  for (const path of request.paths) {
    const { diagnostics, summary } = await checkServiceVerdict(path, provider, request.options);
    reply.results.push({ diagnostics, summary });
  }
  return reply;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Job<Request, Reply> {
  request: Request;
  resolve: (r: Reply) => void;
}

/** Workers need the compiled worker.js; run from TypeScript sources, checking stays in-process. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_URL);
}

/**
 * A worker with the parent's flags where Node allows them. Flags about how the main script was
 * given (--input-type with -e) make no sense for a worker file, and Node refuses per-process
 * flags in a worker (V8 options such as --max-old-space-size or --stack-size, --title), which
 * apply to the whole process anyway: then the worker starts with none.
 */
function startWorker(script: URL): Worker {
  try {
    return new Worker(script, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    return new Worker(script, { execArgv: [] });
  }
}

/**
 * A fixed set of workers fed small batches, so a slow file never leaves a core idle and results
 * flow back (and can be reported and released) while the rest is still being checked. The main
 * thread takes batches from the same queue (`takeQueued`): it is already warm, while a worker
 * spends its first ~200 ms loading modules. A worker that cannot start, or stops, hands its
 * batches back to the queue: the others or the main thread check them, with the same result.
 */
export class WorkerPool<Request = BatchRequest, Reply = BatchReply> {
  private readonly workers = new Set<Worker>();
  private readonly queue: Job<Request, Reply>[] = [];
  /** Batches sent to each worker, oldest first: a worker answers them in order. */
  private readonly inFlight = new Map<Worker, Job<Request, Reply>[]>();
  private returned?: () => void;
  private closing = false;

  /** `script`: the worker module (the portal's unit builder; tests start one that fails). */
  constructor(size: number, script: URL = WORKER_URL) {
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = startWorker(script);
      } catch {
        continue;
      }
      this.workers.add(worker);
      this.inFlight.set(worker, []);
      worker.on('message', (reply: Reply) => {
        this.inFlight.get(worker)?.shift()?.resolve(reply);
        this.pump();
      });
      worker.on('error', () => this.retire(worker));
      worker.on('exit', () => this.retire(worker));
    }
  }

  run(request: Request): Promise<Reply> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.pump();
    });
  }

  /** A batch no worker has been given, for the main thread to check itself. */
  takeQueued(): Job<Request, Reply> | undefined {
    return this.queue.shift();
  }

  /** Resolves when a batch is queued again because its worker failed. */
  returnedWork(): Promise<void> {
    return this.queue.length > 0 ? Promise.resolve() : new Promise((resolve) => (this.returned = resolve));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private retire(worker: Worker): void {
    if (this.closing || !this.workers.delete(worker)) return;
    this.queue.unshift(...(this.inFlight.get(worker) ?? []));
    this.inFlight.delete(worker);
    void worker.terminate();
    this.pump();
    if (this.queue.length > 0) this.returned?.();
  }

  /**
   * Each worker holds a second batch behind the one it is checking, so it never waits for the
   * main thread (busy with its own batch) to hand it the next one.
   */
  private pump(): void {
    for (const worker of this.workers) {
      const jobs = this.inFlight.get(worker)!;
      while (jobs.length < 2 && this.queue.length > 0) {
        const job = this.queue.shift()!;
        jobs.push(job);
        worker.postMessage(job.request);
      }
    }
  }
}
