import type { Stats } from 'node:fs';
import { lstatSync, unlinkSync } from 'node:fs';
import { mkdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { localize, type Lang, type LocalizedMessage, type MessageDef } from '../i18n/index.js';
import { readFound } from '../files/read.js';
import { entryKind, folderAt, replaceFile, replaceFileSync, type FileData } from '../files/write.js';

/**
 * What stands in the way of a path of the output, "/"-separated and relative to the output
 * folder ('' is the folder itself): a symbolic link, a file where a folder is needed, or a
 * folder where a file is written.
 */
export interface Obstacle {
  reason: 'link' | 'notFolder' | 'folder';
  at: string;
}

/** Thrown by `OutputFolder.write`; the message is already in the user's language. */
export class OutputRefusal extends Error {
  constructor(
    readonly path: string,
    readonly obstacle: Obstacle,
    message: string,
  ) {
    super(message);
  }
}

const FIX: MessageDef['hint'] = { id: 'Pindahkan atau hapus "{at}", lalu jalankan lagi.', en: 'Move or remove "{at}", then run again.' };

const OBSTACLE_MESSAGES: Record<Obstacle['reason'], MessageDef> = {
  link: {
    message: {
      id: '{at} adalah tautan simbolik (menuju {target}); tidak ada yang ditulis atau dihapus melaluinya. Menyangkut {count} berkas: {files}.',
      en: '{at} is a symbolic link (to {target}); nothing is written or removed through it. This concerns {count} file(s): {files}.',
    },
    hint: {
      id: 'Hapus tautannya (rm "{at}", yang tujuannya tidak ikut terhapus) lalu jalankan lagi: folder dan berkasnya dibuat sendiri di dalam {out}. Yang boleh berupa tautan hanya folder tujuan itu sendiri (--out).',
      en: 'Remove the link (rm "{at}", which leaves what it leads to alone) and run again: the folders and files are made inside {out}. Only the output folder itself (--out) may be a link.',
    },
  },
  notFolder: {
    message: { id: '{at} bukan folder, padahal berkas ditulis di dalamnya. Menyangkut {count} berkas: {files}.', en: '{at} is not a folder, yet files are written inside it. This concerns {count} file(s): {files}.' },
    hint: FIX,
  },
  folder: {
    message: { id: '{at} adalah folder, padahal di situ ditulis sebuah berkas.', en: '{at} is a folder, yet a file is written in its place.' },
    hint: FIX,
  },
};

/** Files named in a message; the rest are counted. */
const LISTED = 5;

/** Whether `path` is a plain "/"-separated relative path: no "..", ".", empty part, backslash or NUL. */
export function isPlainPath(path: string): boolean {
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\\0]/.test(part));
}

type Walked = { obstacle: Obstacle } | { missing: true } | { path: string; info?: Stats };

/** A symlink or a folder standing where a file is written. */
function atName(rel: string, info: Stats | undefined): Obstacle | undefined {
  if (info?.isSymbolicLink()) return { reason: 'link', at: rel };
  return info?.isDirectory() ? { reason: 'folder', at: rel } : undefined;
}

/**
 * The folder a build or render writes into. The folder itself may be a symbolic link the user
 * chose: it is resolved once, when first used. Below it nothing is followed: a symlink on the way
 * to a file, or at the file's own name, is an obstacle, so a link committed into the output folder
 * (say `site/layanan` → /etc) can neither receive pages nor lose files. Files are replaced
 * atomically; a file is removed by its own name, a symlink standing there as a link, never its target.
 */
export class OutputFolder {
  private real?: string;
  /**
   * Folders below this one already found (or made) as real folders in this run: the output is the
   * run's own while it writes, so a folder once looked at is not looked at again for each file in it.
   */
  private readonly folders = new Set<string>();

  /** `shown` names the folder in messages, e.g. "site/". */
  constructor(
    readonly dir: string,
    private readonly how: { lang: Lang; shown: string },
  ) {}

  /** The real folder; undefined while it does not exist and `make` is false. */
  private async root(make: boolean): Promise<string | { obstacle: Obstacle } | undefined> {
    if (this.real) return this.real;
    const notFolder = { obstacle: { reason: 'notFolder', at: '' } as Obstacle };
    // Something other than a folder at that name is said below, as an obstacle.
    if (make) await mkdir(this.dir, { recursive: true }).catch((err: NodeJS.ErrnoException) => (err.code === 'EEXIST' || err.code === 'ENOTDIR' ? undefined : Promise.reject(err)));
    const real = await realpath(this.dir).catch(() => undefined);
    if (!real) return make ? notFolder : undefined;
    if (!(await stat(real)).isDirectory()) return notFolder;
    this.real = real;
    return real;
  }

  /** Down to the folder of `rel`, making missing folders when `make`; its own name is only looked at. */
  private async walk(rel: string, make: boolean): Promise<Walked> {
    if (!isPlainPath(rel)) throw new Error(`Not a plain relative path: ${rel}`);
    const root = await this.root(make);
    if (root === undefined) return { missing: true };
    if (typeof root !== 'string') return root;
    const parts = rel.split('/');
    const name = parts.pop()!;
    let folder = root;
    for (const [i, part] of parts.entries()) {
      folder = join(folder, part);
      if (this.folders.has(folder)) continue;
      // Synchronous look-ups: a site's many pages each cost a trip through the thread pool otherwise.
      const kind = make ? folderAt(folder) : entryKind(folder);
      if (kind === undefined) return { missing: true };
      if (kind !== 'folder') return { obstacle: { reason: kind === 'link' ? 'link' : 'notFolder', at: parts.slice(0, i + 1).join('/') } };
      this.folders.add(folder);
    }
    const path = join(folder, name);
    const info = lstatSync(path, { throwIfNoEntry: false });
    return info ? { path, info } : { path };
  }

  /** What would stop writing `rel` (purpose "write") or removing it (purpose "remove"); nothing is made. */
  async obstacle(rel: string, purpose: 'write' | 'remove'): Promise<Obstacle | undefined> {
    const walked = await this.walk(rel, false);
    if ('obstacle' in walked) return purpose === 'write' || walked.obstacle.reason === 'link' ? walked.obstacle : undefined;
    return purpose === 'write' && 'path' in walked ? atName(rel, walked.info) : undefined;
  }

  /** Every obstacle to writing `writes` and removing `removals`, by path. */
  async obstacles(writes: Iterable<string>, removals: Iterable<string> = []): Promise<Map<string, Obstacle>> {
    const found = new Map<string, Obstacle>();
    for (const [paths, purpose] of [[writes, 'write'], [removals, 'remove']] as const) {
      for (const path of paths) {
        const obstacle = await this.obstacle(path, purpose);
        if (obstacle) found.set(path, obstacle);
      }
    }
    return found;
  }

  /**
   * What stands at `rel` against `content`: nothing, the same bytes, or something else (another
   * file, or anything that is not one), which a caller that must not lose work leaves alone.
   */
  async compare(rel: string, content: Uint8Array): Promise<'absent' | 'same' | 'different'> {
    const walked = await this.walk(rel, false);
    if ('missing' in walked || ('path' in walked && !walked.info)) return 'absent';
    if (!('path' in walked) || !walked.info?.isFile()) return 'different';
    // A bigger file is not read at all: it is different.
    const read = readFound(walked.path, { limit: content.byteLength });
    return read.ok && read.bytes.equals(content) ? 'same' : 'different';
  }

  /** The bytes of the regular file at `rel`, reached without following a link; undefined for anything else or a file over `limit`. */
  async readFile(rel: string, limit: number): Promise<Uint8Array | undefined> {
    const walked = await this.walk(rel, false);
    if (!('path' in walked) || !walked.info?.isFile()) return undefined;
    const read = readFound(walked.path, { limit });
    return read.ok ? read.bytes : undefined;
  }

  /** Size and modification time of the regular file at `rel`, reached without following a link; undefined for anything else. */
  async stamp(rel: string): Promise<[size: number, mtime: number] | undefined> {
    const walked = await this.walk(rel, false);
    return 'path' in walked && walked.info?.isFile() ? [walked.info.size, walked.info.mtimeMs] : undefined;
  }

  /** Write `rel` atomically, or throw an `OutputRefusal` having written nothing; content in parts is written as they come. */
  async write(rel: string, content: FileData, options: { signal?: AbortSignal } = {}): Promise<void> {
    options.signal?.throwIfAborted();
    const walked = await this.walk(rel, true);
    // Making folders as it goes, the walk never ends at a missing one.
    const obstacle = 'obstacle' in walked ? walked.obstacle : 'path' in walked ? atName(rel, walked.info) : undefined;
    if (obstacle) throw new OutputRefusal(rel, obstacle, (await this.describe(obstacle, [rel])).message);
    options.signal?.throwIfAborted();
    if (!('path' in walked)) return;
    if (typeof content === 'string' || content instanceof Uint8Array) replaceFileSync(walked.path, content);
    else await replaceFile(walked.path, content, options);
  }

  /** `write`, answering an obstacle instead of throwing it. */
  async tryWrite(rel: string, content: FileData): Promise<Obstacle | undefined> {
    try {
      await this.write(rel, content);
      return undefined;
    } catch (err) {
      if (err instanceof OutputRefusal) return err.obstacle;
      throw err;
    }
  }

  /**
   * Remove `rel`, a file an earlier build wrote. A symlinked folder on the way is returned as the
   * obstacle and nothing behind it is touched; a symlink at the name itself is removed as a link.
   */
  async remove(rel: string): Promise<Obstacle | undefined> {
    const walked = await this.walk(rel, false);
    if ('obstacle' in walked) return walked.obstacle.reason === 'link' ? walked.obstacle : undefined;
    if (!('path' in walked) || !walked.info || walked.info.isDirectory()) return undefined;
    try {
      unlinkSync(walked.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return undefined;
  }

  /** Absolute `path` inside this folder as the "/"-separated relative path `write` takes. */
  relativeOf(path: string): string {
    return relative(this.dir, path).split(sep).join('/');
  }

  private async describe(obstacle: Obstacle, files: readonly string[]): Promise<LocalizedMessage> {
    const at = obstacle.at === '' ? this.how.shown : this.how.shown + obstacle.at;
    const target = obstacle.reason === 'link' ? await readlink(join(this.real ?? this.dir, obstacle.at)).catch(() => '?') : '';
    const more = files.length - LISTED;
    const listed = files.slice(0, LISTED).join(', ') + (more > 0 ? (this.how.lang === 'id' ? `, dan ${more} lainnya` : `, and ${more} more`) : '');
    return localize(OBSTACLE_MESSAGES[obstacle.reason], this.how.lang, { at, target, count: files.length, files: listed, out: this.how.shown });
  }

  /** One message per obstacle, with the files it concerns, ready for stderr. */
  async report(blocked: ReadonlyMap<string, Obstacle>): Promise<string> {
    const byPlace = new Map<string, { obstacle: Obstacle; files: string[] }>();
    for (const [file, obstacle] of blocked) {
      const key = `${obstacle.reason}\u0000${obstacle.at}`;
      const entry = byPlace.get(key) ?? { obstacle, files: [] };
      entry.files.push(file);
      byPlace.set(key, entry);
    }
    let text = '';
    for (const { obstacle, files } of byPlace.values()) {
      const { message, hint } = await this.describe(obstacle, files);
      text += `✖ ${message}\n${hint ? `    ${hint}\n` : ''}`;
    }
    return text;
  }
}
