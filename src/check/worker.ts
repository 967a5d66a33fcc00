import { parentPort } from 'node:worker_threads';
import type { ProviderDoc } from '../load/unit.js';
import { checkProviderFile, checkServiceFile } from './files.js';
import type { BatchReply, BatchRequest } from './parallel.js';

// Each worker parses a unit's provider once and keeps it for every batch of that unit.
const providers = new Map<string, Promise<ProviderDoc | undefined>>();

parentPort!.on('message', async (request: BatchRequest) => {
  const { id, providerPath, paths, options } = request;
  let provider: Promise<ProviderDoc | undefined> | undefined;
  if (providerPath) {
    provider = providers.get(providerPath);
    if (!provider) {
      provider = checkProviderFile(providerPath, options).then((r) => r.provider);
      providers.set(providerPath, provider);
    }
  }
  const reply: BatchReply = { id, results: [] };
  const unitProvider = await provider;
  for (const path of paths) {
    const { diagnostics, summary } = await checkServiceFile(path, unitProvider, options);
    reply.results.push({ diagnostics, summary });
  }
  parentPort!.postMessage(reply);
});
