/**
 * `fn` over `items`, results in order, with up to `window` calls under way. Checking a file is a
 * read (I/O) then a parse (CPU): starting the next reads while one file is parsed keeps the
 * thread busy instead of idle on every read.
 */
export async function* readAhead<T, R>(items: readonly T[], window: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  while (next < items.length && pending.length < window) pending.push(fn(items[next++]!));
  while (pending.length > 0) {
    const result = await pending.shift()!;
    if (next < items.length) pending.push(fn(items[next++]!));
    yield result;
  }
}

export const READ_AHEAD = 8;
