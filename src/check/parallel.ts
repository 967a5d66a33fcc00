import type { Diagnostic } from '../diagnostics.js';
import { ThreadPool, workerAvailable } from '../threads.js';
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

/** Workers need the compiled worker.js; run from TypeScript sources, checking stays in-process. */
export function workersAvailable(): boolean {
  return workerAvailable(WORKER_URL);
}

/** The pool that checks batches of service files (`worker.ts`); `script` lets tests start one that fails. */
export class WorkerPool extends ThreadPool<BatchRequest, BatchReply> {
  constructor(size: number, script: URL = WORKER_URL) {
    super(size, script);
  }
}
