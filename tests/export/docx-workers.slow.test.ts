import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../src/publish/export.js';
import { EXAMPLE_UNITS, EXAMPLES, exportTo } from './helpers.js';

// Workers run the compiled worker (dist/, made by `npm run build`); from the sources the files are made in-process.
const built = (await import(new URL('../../dist/publish/export.js', import.meta.url).href)) as typeof import('../../src/publish/export.js');

/** The files written and their bytes, by path. */
async function files(written: readonly string[], dir: string): Promise<Map<string, Buffer>> {
  return new Map(await Promise.all(written.map(async (f) => [f, await readFile(join(dir, f))] as const)));
}

// Two exports of both examples, one of them starting a worker: more than a minute on a busy machine.
const TIMEOUT = 180_000;

describe('Word files made on worker threads', () => {
  it.each([false, true])('are the same bytes as made in-process (--satu-berkas: %s)', async (oneFile) => {
    const inProcess = await exportTo('docx', EXAMPLE_UNITS, { cwd: EXAMPLES, oneFile });
    const dir = await mkdtemp(join(tmpdir(), 'standar-ekspor-'));
    const request: ExportRequest = { inputs: EXAMPLE_UNITS, target: 'docx', oneFile, outDir: dir, shownOut: 'ekspor/', lang: 'id', cwd: EXAMPLES, workers: 1 };
    const threaded = await built.publishExport(request);
    expect(threaded.written).toEqual(inProcess.outcome.written);
    expect(threaded.diagnostics).toEqual(inProcess.outcome.diagnostics);
    expect(await files(threaded.written, dir)).toEqual(await files(inProcess.outcome.written, inProcess.dir));
  }, TIMEOUT);
});
