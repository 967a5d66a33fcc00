import { mkdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { folderAt, writeFileExclusive } from './write.js';
import type { Text } from '../i18n/index.js';

/**
 * Why a file was not written: something stands at its name (a file, a folder, a symlink, even a
 * dangling one), or a folder on the way to it is a file, or a symlink leading out of the target
 * folder (`folder`, "/"-separated, relative to it).
 */
export type Skip = { path: string; reason: 'exists' } | ({ path: string } & BlockedFolder);
type BlockedFolder = { reason: 'notFolder' | 'linkOutside'; folder: string };

export interface WriteNewResult {
  created: string[];
  /** Files left alone, in the order given. */
  skipped: Skip[];
}

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Write the files of a path → content map below `root`, never replacing or writing through
 * anything that exists: staff run init again in a folder they have already filled, and their work
 * must survive it, even when two runs race. Each file is created whole or not at all
 * (`writeFileExclusive`); missing folders are made one level at a time, and a symlinked folder is
 * followed only when it stays inside `root`.
 */
export async function writeNewFiles(root: string, files: ReadonlyMap<string, string>): Promise<WriteNewResult> {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  /** Folder (relative, "/") → why files below it cannot be written, or null when they can. */
  const folders = new Map<string, BlockedFolder['reason'] | null>();

  const prepare = async (folder: string): Promise<BlockedFolder | undefined> => {
    const parts = folder.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const at = parts.slice(0, i).join('/');
      if (!folders.has(at)) folders.set(at, await prepareOne(join(root, at)));
      const reason = folders.get(at);
      if (reason) return { reason, folder: at };
    }
    return undefined;
  };
  const prepareOne = async (abs: string): Promise<BlockedFolder['reason'] | null> => {
    const kind = folderAt(abs);
    if (kind === 'folder') return null;
    if (kind === 'other') return 'notFolder';
    const target = await realpath(abs).catch(() => undefined);
    if (!target || !inside(realRoot, target)) return 'linkOutside';
    return (await stat(target)).isDirectory() ? null : 'notFolder';
  };

  const result: WriteNewResult = { created: [], skipped: [] };
  for (const [path, content] of files) {
    const cut = path.lastIndexOf('/');
    const blocked = cut < 0 ? undefined : await prepare(path.slice(0, cut));
    if (blocked) result.skipped.push({ ...blocked, path });
    else if (await writeFileExclusive(join(root, ...path.split('/')), content)) result.created.push(path);
    else result.skipped.push({ path, reason: 'exists' });
  }
  return result;
}

/** The words after a skipped file's name in a listing, saying why it was left alone. */
export function skipReason(skip: Skip): Text {
  if (skip.reason === 'exists') return { id: '(sudah ada, tidak ditimpa)', en: '(exists, not overwritten)' };
  if (skip.reason === 'notFolder') return { id: `(${skip.folder} bukan folder)`, en: `(${skip.folder} is not a folder)` };
  return { id: `(${skip.folder} adalah tautan simbolik yang tidak menuju folder di dalam unit; tidak ditulis melaluinya)`, en: `(${skip.folder} is a symbolic link that does not lead to a folder inside the unit; nothing is written through it)` };
}
