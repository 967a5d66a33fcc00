import { parentPort } from 'node:worker_threads';
import { runUnitJob, type UnitJob } from './portal-unit.js';

// Units are built one after another, so replies leave in the order the pool sent the jobs; a unit
// that throws rejects unhandled: the worker stops, and the pool hands its units back.
let last: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: UnitJob) => {
  last = last.then(async () => parentPort!.postMessage(await runUnitJob(job)));
});
