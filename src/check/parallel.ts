import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import type { ProviderDoc } from '../load/unit.js';
import type { ServiceSummary } from '../rules/types.js';
import { checkServiceFile } from './files.js';
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
    const { diagnostics, summary } = await checkServiceFile(path, provider, request.options);
    reply.results.push({ diagnostics, summary });
  }
  return reply;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Job {
  request: BatchRequest;
  resolve: (r: BatchReply) => void;
  reject: (e: Error) => void;
}

/** Workers need the compiled worker.js; run from TypeScript sources, checking stays in-process. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_URL);
}

/**
 * A fixed set of workers fed small batches, so a slow file never leaves a core idle and results
 * flow back (and can be reported and released) while the rest is still being checked. The main
 * thread takes batches from the same queue (`takeQueued`): it is already warm, while a worker
 * spends its first ~200 ms loading modules.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly queue: Job[] = [];
  /** Batches sent to each worker, oldest first: a worker answers them in order. */
  private readonly inFlight = new Map<Worker, Job[]>();

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      // Flags about how the main script was given (e.g. --input-type with -e) make no sense for a worker file.
      const worker = new Worker(WORKER_URL, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
      this.inFlight.set(worker, []);
      worker.on('message', (reply: BatchReply) => this.settle(worker, (job) => job.resolve(reply)));
      worker.on('error', (err) => this.settle(worker, (job) => job.reject(err)));
      return worker;
    });
  }

  run(request: BatchRequest): Promise<BatchReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  /** A batch no worker has been given, for the main thread to check itself. */
  takeQueued(): Job | undefined {
    return this.queue.shift();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(worker: Worker, fn: (job: Job) => void): void {
    const job = this.inFlight.get(worker)!.shift();
    if (job) fn(job);
    this.pump();
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
