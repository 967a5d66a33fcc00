import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import { ThreadPool, workerAvailable } from '../threads.js';
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

/**
 * What a worker is sent: a batch, and its run's options the first time that worker meets them.
 * A worker keeps them by id, so every batch of a run is checked with one options object (what
 * the rule runner, the configurations and a unit's registry are cached on) and a run's
 * configurations, their peraturan.yaml included, are copied to each worker once.
 */
export interface BatchMessage {
  request: Omit<BatchRequest, 'options'>;
  optionsId: number;
  options?: CheckOptions;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Workers need the compiled worker.js; run from TypeScript sources, checking stays in-process. */
export function workersAvailable(): boolean {
  return workerAvailable(WORKER_URL);
}

/** The pool that checks batches of service files (`worker.ts`); `script` lets tests start one that fails. */
export class WorkerPool extends ThreadPool<BatchRequest, BatchReply> {
  /** The ids of the options objects each worker holds. */
  private readonly optionsSent = new WeakMap<Worker, Set<number>>();
  private readonly optionsIds = new WeakMap<CheckOptions, number>();
  private nextOptionsId = 0;

  constructor(size: number, script: URL = WORKER_URL) {
    super(size, script);
  }

  protected override encode(worker: Worker, { options, ...request }: BatchRequest): BatchMessage {
    let optionsId = this.optionsIds.get(options);
    if (optionsId === undefined) this.optionsIds.set(options, (optionsId = this.nextOptionsId++));
    let sent = this.optionsSent.get(worker);
    if (!sent) this.optionsSent.set(worker, (sent = new Set()));
    if (sent.has(optionsId)) return { request, optionsId };
    sent.add(optionsId);
    return { request, optionsId, options };
  }
}
