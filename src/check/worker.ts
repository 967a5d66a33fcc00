import { parentPort } from 'node:worker_threads';
import type { ProviderDoc } from '../load/unit.js';
import { checkProviderFile } from './files.js';
import { checkBatch, type BatchRequest } from './parallel.js';

// Each worker parses a unit's provider once and keeps it for every batch of that unit.
const providers = new Map<string, Promise<ProviderDoc | undefined>>();

// A batch that throws rejects unhandled: the worker stops, and the pool hands its batches back.
parentPort!.on('message', (request: BatchRequest) => void answer(request));

async function answer(request: BatchRequest): Promise<void> {
  const { providerPath, options } = request;
  let provider: Promise<ProviderDoc | undefined> | undefined;
  if (providerPath) {
    provider = providers.get(providerPath);
    if (!provider) {
      provider = checkProviderFile(providerPath, options).then((r) => r.provider);
      providers.set(providerPath, provider);
    }
  }
  parentPort!.postMessage(await checkBatch(request, await provider));
}
