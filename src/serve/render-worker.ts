import { parentPort } from 'node:worker_threads';
import { renderPreview, type RenderRequest } from '../publish/preview.js';

/** Runs in a worker thread, so that starting a new worker is all it takes to reload edited templates. */
parentPort!.on('message', (message: { id: number; request: RenderRequest }) => {
  renderPreview(message.request).then(
    (result) => parentPort!.postMessage({ id: message.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: message.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
