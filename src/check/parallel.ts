import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import type { ServiceSummary } from '../rules/types.js';
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

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Workers need the compiled worker.js; run from TypeScript sources, checking stays in-process. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_URL);
}

/**
 * A fixed set of workers fed small batches, so a slow file never leaves a core idle and results
 * flow back (and can be reported and released) while the rest is still being checked.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: { request: BatchRequest; resolve: (r: BatchReply) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<Worker, { resolve: (r: BatchReply) => void; reject: (e: Error) => void }>();

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      // Flags about how the main script was given (e.g. --input-type with -e) make no sense for a worker file.
      const worker = new Worker(WORKER_URL, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
      worker.on('message', (reply: BatchReply) => this.settle(worker, (p) => p.resolve(reply)));
      worker.on('error', (err) => this.settle(worker, (p) => p.reject(err)));
      return worker;
    });
    this.idle = [...this.workers];
  }

  run(request: BatchRequest): Promise<BatchReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(worker: Worker, fn: (p: { resolve: (r: BatchReply) => void; reject: (e: Error) => void }) => void): void {
    const p = this.pending.get(worker);
    this.pending.delete(worker);
    this.idle.push(worker);
    if (p) fn(p);
    this.pump();
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.pending.set(worker, job);
      worker.postMessage(job.request);
    }
  }
}
