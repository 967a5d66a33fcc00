import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadProblem = 'notRegular' | 'tooLarge';

/**
 * The bytes of a file a user pointed at, or why it cannot be read, or undefined when nothing is
 * there. The open never waits: a FIFO (or a device) standing where a file is expected would block
 * a plain read forever, so it is opened non-blocking and refused after fstat.
 */
export async function readRegularFile(path: string, limit: number): Promise<Buffer | ReadProblem | undefined> {
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
    throw err;
  });
  if (!file) return undefined;
  try {
    const info = await file.stat();
    if (!info.isFile()) return 'notRegular';
    if (info.size > limit) return 'tooLarge';
    return await file.readFile();
  } finally {
    await file.close();
  }
}
