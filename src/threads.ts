import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Whether a worker script is there: workers run the compiled JavaScript (dist/), so run from
 * TypeScript sources (vitest, tsx) the work stays on the main thread.
 */
export function workerAvailable(script: URL): boolean {
  return existsSync(script);
}

/** Workers to start beside the main thread, which works too: one per core but one, at most three. */
export function helperThreads(): number {
  return Math.min(4, availableParallelism()) - 1;
}

/** `items` in batches of `size`, the last one shorter: what a pool is fed. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface Job<Request, Reply> {
  request: Request;
  resolve: (r: Reply) => void;
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
 * A fixed set of workers fed small batches, so a slow batch never leaves a core idle and results
 * flow back (and can be reported and released) while the rest is still being worked on. The main
 * thread takes batches from the same queue (`takeQueued`, `each`): it is already warm, while a
 * worker spends its first ~200 ms loading modules. A worker that cannot start, or stops, hands its
 * batches back to the queue: the others or the main thread do them, with the same result.
 */
export class ThreadPool<Request, Reply> {
  private readonly workers = new Set<Worker>();
  private readonly queue: Job<Request, Reply>[] = [];
  /** Batches sent to each worker, oldest first: a worker answers them in order. */
  private readonly inFlight = new Map<Worker, Job<Request, Reply>[]>();
  private returned?: () => void;
  private closing = false;

  /** `script`: the worker module, which answers each request it is posted with one reply, in order. */
  constructor(size: number, script: URL) {
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

  /** Workers running (those that could not start or stopped are not counted). */
  get size(): number {
    return this.workers.size;
  }

  /**
   * Every request, on the workers and on this thread (`here`, the same work in-process), each reply
   * handed to `done` with the request's index as it comes in, whichever finishes first. Requests
   * are taken from `requests` only as the threads are ready for them: a long list made as it is
   * read (a portal's changed units, each with its sources' hashes) is never held whole.
   */
  async each(requests: Iterable<Request> | AsyncIterable<Request>, here: (request: Request) => Promise<Reply>, done: (reply: Reply, index: number) => void): Promise<void> {
    const source = Symbol.asyncIterator in requests ? requests[Symbol.asyncIterator]() : requests[Symbol.iterator]();
    let taken = 0;
    let answered = 0;
    let exhausted = false;
    let failure: { error: unknown } | undefined;
    let filling: Promise<void> | undefined;
    let wake: (() => void) | undefined;
    // Enough queued that a worker finishing its batch finds the next one while this thread works on its own.
    const refill = async () => {
      try {
        while (!exhausted && this.queue.length < this.workers.size * 2 + 1) {
          const next = await source.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          const index = taken++;
          this.queue.push({
            request: next.value,
            resolve: (reply) => {
              answered++;
              try {
                done(reply, index);
              } catch (error) {
                failure ??= { error };
              }
              void fill();
              wake?.();
            },
          });
          this.pump();
        }
      } catch (error) {
        failure ??= { error };
        exhausted = true;
        wake?.();
      }
    };
    // One refill at a time; `finally` runs after `filling` is set, even when nothing was to be taken.
    const fill = (): Promise<void> => (filling ??= refill().finally(() => (filling = undefined)));
    for (;;) {
      await fill();
      if (failure) throw failure.error;
      const job = this.takeQueued();
      if (job) {
        job.resolve(await here(job.request));
        // Work on this thread rarely waits on I/O, so only this lets the workers' replies in and refills them.
        await new Promise(setImmediate);
        continue;
      }
      if (exhausted && answered === taken) return;
      // Every request taken is with a worker: wait for a reply, or for a failed worker's batches.
      await new Promise<void>((resolve) => (wake = this.returned = resolve));
    }
  }

  /** What `worker` is posted for `request`: the request itself, unless a pool sends less to a worker that already holds part of it. */
  protected encode(_worker: Worker, request: Request): unknown {
    return request;
  }

  /** A batch no worker has been given, for the main thread to do itself. */
  private takeQueued(): Job<Request, Reply> | undefined {
    return this.queue.shift();
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
        worker.postMessage(this.encode(worker, job.request));
      }
    }
  }
}
