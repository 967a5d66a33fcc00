import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/io.js';
import { passProgress } from '../../src/cli/progress.js';

/** A context whose standard output is kept, on a terminal or not. */
function context(isTTY: boolean): { ctx: CliContext; out: () => string } {
  let text = '';
  const ctx = {
    io: { isTTY, stdout: Object.assign({ write: (s: string) => (text += s) }, { columns: 120 }), stderr: { write: () => true }, cwd: '/', env: {}, stdin: undefined },
    lang: 'id',
    color: false,
    t: (x: { id: string }) => x.id,
    setExitCode: () => {},
  } as unknown as CliContext;
  return { ctx, out: () => text };
}

describe('the bar over a long pass', () => {
  it('is not shown without a terminal, nor for a pass shorter than asked', () => {
    const piped = context(false);
    expect(passProgress(piped.ctx, 'documents').onProgress).toBeUndefined();
    const short = context(true);
    const progress = passProgress(short.ctx, 'documents', 1000);
    progress.onProgress!(25, 999);
    progress.finish();
    expect(short.out()).toBe('');
  });

  it('counts what is done as it jumps, clears itself at the end, and starts again for a second pass', () => {
    const { ctx, out } = context(true);
    const progress = passProgress(ctx, 'units');
    for (const done of [25, 50]) progress.onProgress!(done, 50);
    const first = out();
    expect(first).toMatch(/\[░{24}\] 0\/50 · 0\.0 unit\/dtk/);
    expect(first).toMatch(/\[█{24}\] 50\/50 · [\d.]+ unit\/dtk\r\x1b\[K$/);
    progress.onProgress!(1, 2);
    expect(out().slice(first.length)).toMatch(/\[░{24}\] 0\/2 · /);
    progress.finish();
    expect(out()).toMatch(/\r\x1b\[K$/);
  });

  it('says in its place what follows a pass, until it is finished', () => {
    expect(passProgress(context(false).ctx, 'units').status).toBeUndefined();
    const { ctx, out } = context(true);
    const progress = passProgress(ctx, 'units');
    progress.onProgress!(1, 2);
    progress.status!({ id: 'Membuat halaman portal…', en: "Making the portal's pages…" });
    progress.finish();
    expect(out()).toMatch(/\] [01]\/2 · [^\r]*\r\x1b\[KMembuat halaman portal…\r\x1b\[K$/);
  });
});
