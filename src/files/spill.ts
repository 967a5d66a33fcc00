import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackTemp } from './write.js';

/**
 * Values kept in a temporary file until they are read back, each as JSON: a region's audit holds
 * what it found in every service of every unit until its report is written, which in memory would
 * grow with the number of units. Where the temporary file cannot be made or written (a full or
 * read-only disk), values stay in memory: the run holds more, it does not stop. The file has no
 * name once open where the system allows it, so nothing is left behind however the run ends;
 * elsewhere it is removed on close and on Ctrl-C.
 */
export class SpillFile {
  private fd: number | undefined;
  private writable = false;
  private size = 0;
  /** The file's name while it has one: where the system lets an open file lose its name, it has none. */
  private path: string | undefined;
  private untrack = () => {};

  /** Where each value put away lies (its offset and length, side by side), by the number `put` answered. */
  private readonly places: number[] = [];
  /** Values that stayed in memory (the file could not be written), by the same number. */
  private readonly held = new Map<number, unknown>();

  constructor(prefix: string) {
    const path = join(tmpdir(), `${prefix}${process.pid}-${randomBytes(6).toString('hex')}.json`);
    try {
      // Created exclusively: a name planted in advance (a symlink) is never written through.
      this.fd = openSync(path, 'wx+', 0o600);
      this.writable = true;
    } catch {
      return;
    }
    try {
      // Nameless, the file goes with the process however it ends (Ctrl-C, a crash, kill -9).
      unlinkSync(path);
    } catch {
      this.path = path;
      this.untrack = trackTemp(path);
    }
  }

  /** Put `value` away; `get` with the number answered reads it back. */
  put(value: unknown): number {
    const id = this.places.length / 2;
    const at = this.write(value);
    if (at === undefined) this.held.set(id, value);
    this.places.push(at ?? -1, at === undefined ? 0 : this.size - at);
    return id;
  }

  /** A value put away: a new copy on each call (one that stayed in memory is the same value). */
  get<T>(id: number): T {
    if (this.held.has(id)) return this.held.get(id) as T;
    if (this.fd === undefined) throw new Error('a spilled value was read after its file was closed');
    const at = this.places[id * 2]!;
    const length = this.places[id * 2 + 1]!;
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, bytes, done, length - done, at + done);
      if (n === 0) throw new Error('the spill file ended early');
      done += n;
    }
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  /** Where `value` was written, or undefined where it could not be. */
  private write(value: unknown): number | undefined {
    if (!this.writable) return undefined;
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    const at = this.size;
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd!, bytes, done, bytes.length - done, at + done);
    } catch {
      // What was written before stays readable; from now on values stay in memory.
      this.writable = false;
      return undefined;
    }
    this.size += bytes.length;
    return at;
  }

  /** Remove the file: what it held can no longer be read. */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    this.writable = false;
    if (this.path !== undefined) rmSync(this.path, { force: true });
    this.untrack();
  }
}
