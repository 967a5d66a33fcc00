import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { writeWaiting } from '../../src/cli/io.js';

/** A stream whose buffer is full after each write, as a pipe read slowly is. */
class SlowPipe extends EventEmitter {
  destroyed = false;
  written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return false;
  }
}

describe('writeWaiting: a long report into a pipe', () => {
  it('waits for a full buffer to drain before the next part', async () => {
    const pipe = new SlowPipe();
    let done = false;
    const writing = writeWaiting(pipe, 'bagian 1').then(() => (done = true));
    await new Promise(setImmediate);
    expect(done).toBe(false);
    pipe.emit('drain');
    await writing;
    expect(pipe.written).toEqual(['bagian 1']);
    expect(pipe.listenerCount('drain') + pipe.listenerCount('close') + pipe.listenerCount('error')).toBe(0);
  });

  it('does not wait on a reader that has gone, and writes nothing more to it', async () => {
    const pipe = new SlowPipe();
    const writing = writeWaiting(pipe, 'bagian 1');
    pipe.destroyed = true;
    pipe.emit('close');
    await writing;
    await writeWaiting(pipe, 'bagian 2');
    expect(pipe.written).toEqual(['bagian 1']);
  });

  it('does not wait on an output that keeps up or is no stream', async () => {
    const parts: string[] = [];
    await writeWaiting({ write: (t: string) => parts.push(t) }, 'semua');
    await writeWaiting({ write: () => false }, 'juga');
    expect(parts).toEqual(['semua']);
  });
});
