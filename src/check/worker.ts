import { parentPort } from 'node:worker_threads';
import type { ProviderDoc } from '../load/unit.js';
import { checkProviderFile } from './files.js';
import type { CheckOptions } from './options.js';
import { checkBatch, type BatchMessage, type BatchRequest } from './parallel.js';

// Each worker parses a unit's provider once and keeps it for every batch of that unit. Units are
// checked one after another, so a few are kept, the least recently asked for let go first: a
// region of 2,000 units would otherwise keep 2,000 parsed provider files in every worker.
const providers = new Map<string, Promise<ProviderDoc | undefined>>();
const PROVIDERS_KEPT = 4;
// A run's options, sent once (see BatchMessage).
const optionsById = new Map<number, CheckOptions>();

// A batch that throws rejects unhandled: the worker stops, and the pool hands its batches back.
parentPort!.on('message', ({ request, optionsId, options }: BatchMessage) => {
  if (options) optionsById.set(optionsId, options);
  void answer({ ...request, options: optionsById.get(optionsId)! });
});

async function answer(request: BatchRequest): Promise<void> {
  const { providerPath, options } = request;
  let provider: Promise<ProviderDoc | undefined> | undefined;
  if (providerPath) {
    provider = providers.get(providerPath);
    providers.delete(providerPath);
    provider ??= checkProviderFile(providerPath, options).then((r) => r.provider);
    providers.set(providerPath, provider);
    if (providers.size > PROVIDERS_KEPT) providers.delete(providers.keys().next().value!);
  }
  parentPort!.postMessage(await checkBatch(request, await provider));
}
