import { describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/threads.js';

// No worker: the main thread does every request, which is how the pool's feeding shows in-process.
const pool = () => new ThreadPool<number, number>(0, new URL('file:///nonexistent-worker.js'));

describe('ThreadPool.each', () => {
  it('takes requests from a source made as it is read only as a thread is ready for one', async () => {
    let made = 0;
    const ahead: number[] = [];
    async function* source() {
      for (let i = 0; i < 20; i++) {
        made++;
        yield i;
      }
    }
    const replies: [number, number][] = [];
    await pool().each(
      source(),
      async (n) => {
        ahead.push(made - n - 1);
        return n * 2;
      },
      (reply, index) => replies.push([index, reply]),
    );
    expect(replies).toEqual(Array.from({ length: 20 }, (_, i) => [i, i * 2]));
    // Never more than the one being done is held.
    expect(Math.max(...ahead)).toBe(0);
  });

  it('takes a list as before', async () => {
    const replies: number[] = [];
    await pool().each([3, 1, 2], async (n) => n + 1, (reply, index) => (replies[index] = reply));
    expect(replies).toEqual([4, 2, 3]);
  });

  it('fails with the error of a source that fails, after what it gave before is done', async () => {
    const done: number[] = [];
    async function* source() {
      yield 1;
      yield 2;
      throw new Error('folder gone');
    }
    await expect(pool().each(source(), async (n) => n, (reply) => done.push(reply))).rejects.toThrow('folder gone');
    expect(done).toEqual([1, 2]);
  });

  it('fails with the error of a reply that cannot be handled', async () => {
    await expect(
      pool().each([1, 2], async (n) => n, (reply) => {
        if (reply === 1) throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
  });
});
