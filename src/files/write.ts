/** Writes that never leave a file half-written or replace what must stay: every output of the tool goes through here. */
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, link, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Temporary files (of writes in flight, of values spilled to disk), so an interrupted run can remove them. */
const pendingTemps = new Set<string>();

const tempName = (path: string) => `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/** What a file is written from: its content, or its parts in order (a large report is never one text). */
export type FileData = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Write `content` to a fresh temporary file beside `path`, hand it to `commit`, and remove the
 * temporary file unless `commit` moved it (`moves`: a commit that succeeds leaves none, so a build
 * of many pages does not look for each one again). The temporary file is created exclusively, so a
 * name planted in advance (a symlink) is never written through.
 */
async function throughTemp<T>(path: string, content: FileData, signal: AbortSignal | undefined, moves: boolean, commit: (tmp: string) => Promise<T>): Promise<T> {
  signal?.throwIfAborted();
  const tmp = tempName(path);
  pendingTemps.add(tmp);
  let moved = false;
  try {
    await writeFile(tmp, content, { signal, flag: 'wx' });
    signal?.throwIfAborted();
    const done = await commit(tmp);
    moved = moves;
    return done;
  } finally {
    if (!moved) await rm(tmp, { force: true });
    pendingTemps.delete(tmp);
  }
}

/**
 * Write through a temporary file and a rename, so a reader never sees half a file. Once `signal`
 * is aborted the rename does not happen: an interrupted run leaves the old file, or none.
 * `mode` gives the new file those permissions exactly (the umask does not apply), e.g. to keep
 * the permissions of the file it replaces.
 */
export async function writeFileAtomic(path: string, content: FileData, options: { signal?: AbortSignal; mode?: number } = {}): Promise<void> {
  options.signal?.throwIfAborted();
  await mkdir(dirname(path), { recursive: true });
  await replaceFile(path, content, options);
}

/**
 * `writeFileAtomic` into a folder that exists and was checked: no folder is made or followed on
 * the way. The rename replaces whatever entry stands at `path`, never what a link there leads to.
 */
export async function replaceFile(path: string, content: FileData, options: { signal?: AbortSignal; mode?: number } = {}): Promise<void> {
  await throughTemp(path, content, options.signal, true, async (tmp) => {
    if (options.mode !== undefined) await chmod(tmp, options.mode);
    await rename(tmp, path);
  });
}

/**
 * `replaceFile` done synchronously, for the many pages of a site written one after another: each
 * asynchronous step is a trip through the thread pool that costs several times the write itself.
 * Nothing can interrupt it between the write and the rename, so the old file or the whole new one
 * stands at `path`.
 */
export function replaceFileSync(path: string, content: string | Uint8Array): void {
  const tmp = tempName(path);
  pendingTemps.add(tmp);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    pendingTemps.delete(tmp);
  }
}

/** What stands at `path`, a link never followed: a folder, a symlink, something else, or nothing. */
export function entryKind(path: string): 'folder' | 'link' | 'other' | undefined {
  const info = lstatSync(path, { throwIfNoEntry: false });
  return info && (info.isDirectory() ? 'folder' : info.isSymbolicLink() ? 'link' : 'other');
}

/**
 * What stands at `path` once a folder has been made there if nothing did: a folder (made or
 * found), a symlink (never followed here), or something else. Synchronous: a build asks it for
 * each folder of many small pages, where a trip through the thread pool costs more than the call.
 */
export function folderAt(path: string): 'folder' | 'link' | 'other' {
  for (;;) {
    const kind = entryKind(path);
    if (!kind) {
      try {
        mkdirSync(path);
        return 'folder';
      } catch (err) {
        // Another run may create it at the same moment: then look again at what stands there.
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        continue;
      }
    }
    return kind;
  }
}

/** File systems without hard links (FAT on a USB stick, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Create `path` with `content` only if nothing stands at that name, not even a symlink (dangling
 * or not): the file is whole or absent. Returns false when something is already there. The
 * folder must exist. `link()` never replaces its target, unlike `rename()`, so a complete
 * temporary file is linked into place; where hard links are not available, the file is created
 * with O_EXCL directly and removed again if writing it fails.
 */
export async function writeFileExclusive(path: string, content: string | Uint8Array): Promise<boolean> {
  return throughTemp(path, content, undefined, false, async (tmp) => {
    try {
      await link(tmp, path);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return false;
      if (!NO_HARD_LINKS.has(code)) throw err;
    }
    const file = await open(path, 'wx').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EEXIST') return undefined;
      throw err;
    });
    if (!file) return false;
    try {
      await file.writeFile(content);
    } catch (err) {
      await file.close();
      await rm(path, { force: true });
      throw err;
    }
    await file.close();
    return true;
  });
}

/** Count `path` among the temporary files an interrupted run removes; the function returned stops counting it. */
export function trackTemp(path: string): () => void {
  pendingTemps.add(path);
  return () => pendingTemps.delete(path);
}

/** Remove the temporary files of writes still in flight. Synchronous, for signal handlers. */
export function discardPendingWrites(): void {
  for (const tmp of pendingTemps) rmSync(tmp, { force: true });
}
