import { parentPort } from 'node:worker_threads';
import { makeWordFiles, type WordBatch } from './file.js';

// A batch that throws rejects unhandled: the worker stops, and the pool hands its batches back.
parentPort!.on('message', (batch: WordBatch) => void makeWordFiles(batch).then((files) => parentPort!.postMessage(files)));
