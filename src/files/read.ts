import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** What stands at a path when it is not an ordinary file. */
export type SpecialKind = 'directory' | 'fifo' | 'socket' | 'device' | 'other';

/** Why a file was not read. */
export type ReadProblem =
  | { reason: 'missing' }
  | { reason: 'outside'; target: string }
  | { reason: 'not-regular'; kind: SpecialKind }
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'unreadable'; code: string };

export type FileRead = { ok: true; bytes: Buffer; path: string } | ({ ok: false } & ReadProblem);
export type Resolved = { ok: true; path: string } | ({ ok: false } & ReadProblem);

export interface ReadLimit {
  /** Bytes; a bigger file is never read. */
  limit: number;
}

// Windows has neither flag; there a FIFO cannot carry a .yaml name anyway.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export function kindOf(info: Stats): 'file' | SpecialKind {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'other';
}

function problemOf(err: unknown): { ok: false } & ReadProblem {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code };
}

/** Whether `path` is `root` or below it; both already real (symlinks resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** Whether anything at all stands at `path` (a dangling symlink, a FIFO and a folder count). */
export function isPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** An ordinary file this process may run (a folder with the x bit is not one). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path someone wrote (`logo:` in a unit, a template in a template folder), resolved against
 * `root` and kept inside it after every symlink is followed: "../", an absolute path and a link
 * that leads out all end outside. The answer is the real path. `realRoot`: the root's own real
 * path, when the caller resolves many paths against one root.
 */
export function resolveInside(root: string, written: string, realRoot?: string): Resolved {
  let real: string;
  try {
    realRoot ??= realpathSync.native(root);
    real = realpathSync.native(resolve(root, written));
  } catch (err) {
    return problemOf(err);
  }
  return isInside(realRoot, real) ? { ok: true, path: real } : { ok: false, reason: 'outside', target: real };
}

/**
 * Open an ordinary file without ever blocking: its type is checked before it is opened (a FIFO
 * would wait for a writer forever, /dev/zero never ends), it is opened non-blocking, and the
 * handle is checked again in case the path changed in between. Over `limit`, it is not opened.
 */
function openRegular(path: string, limit: number, flags: number): ({ ok: true; fd: number; size: number }) | ({ ok: false } & ReadProblem) {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (err) {
    return problemOf(err);
  }
  const kind = kindOf(info);
  if (kind !== 'file') return { ok: false, reason: 'not-regular', kind };
  if (info.size > limit) return { ok: false, reason: 'too-large', size: info.size, limit };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK | flags);
  } catch (err) {
    return problemOf(err);
  }
  try {
    const opened = fstatSync(fd);
    const openedKind = kindOf(opened);
    if (openedKind !== 'file' || opened.size > limit) {
      closeSync(fd);
      return openedKind !== 'file' ? { ok: false, reason: 'not-regular', kind: openedKind } : { ok: false, reason: 'too-large', size: opened.size, limit };
    }
    return { ok: true, fd, size: opened.size };
  } catch (err) {
    closeSync(fd);
    return problemOf(err);
  }
}

function readRegular(path: string, limit: number, flags: number): FileRead {
  const opened = openRegular(path, limit, flags);
  if (!opened.ok) return opened;
  const { fd, size } = opened;
  try {
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read), path };
  } catch (err) {
    return problemOf(err);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file the tool reads piece by piece (survey responses of any length: a stream, or a workbook's
 * archive by offset), opened and checked as `readFound` checks. The caller closes `fd`.
 */
export function openFound(path: string, { limit }: ReadLimit): ({ ok: true; fd: number; size: number }) | ({ ok: false } & ReadProblem) {
  return openRegular(path, limit, 0);
}

/** A file the tool found itself (a standard, a configuration, a baseline): never blocks, capped. */
export function readFound(path: string, { limit }: ReadLimit): FileRead {
  return readRegular(path, limit, 0);
}

/** A file a user named relative to `root`: inside it after symlinks, ordinary, capped. */
export function readInside(root: string, written: string, { limit }: ReadLimit): FileRead {
  const resolved = resolveInside(root, written);
  if (!resolved.ok) return resolved;
  // The real path has no symlink left to follow; one appearing now is a swap, not the file checked.
  return readRegular(resolved.path, limit, NOFOLLOW);
}
