import { Worker } from 'node:worker_threads';
import type { RenderRequest, RenderResult } from '../publish/preview.js';

const WORKER_URL = new URL(`./render-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * The renderer caches compiled templates for the life of a module; the preview renders in a worker
 * thread and replaces the worker when a template changes. Run from TypeScript sources (tests,
 * tsx), the worker registers tsx before loading its module.
 */
export class RenderHost {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (r: RenderResult) => void; reject: (e: Error) => void }>();

  private start(): Worker {
    const worker = WORKER_URL.pathname.endsWith('.ts')
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`, { eval: true })
      : new Worker(WORKER_URL, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
    worker.on('message', (m: { id: number; result?: RenderResult; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.result) p?.resolve(m.result);
      else p?.reject(new Error(m.error));
    });
    const fail = (err: Error) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`render worker exited with code ${code}`)));
    worker.unref();
    return worker;
  }

  render(request: RenderRequest): Promise<RenderResult> {
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, request });
    });
  }

  /** Forget compiled templates: the next render starts a fresh worker. */
  async recycle(): Promise<void> {
    const old = this.worker;
    this.worker = undefined;
    await old?.terminate();
  }

  close(): Promise<void> {
    return this.recycle();
  }
}
