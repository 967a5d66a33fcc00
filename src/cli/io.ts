import { rmSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Lang, Text } from '../i18n/index.js';

export interface Output {
  write(text: string): unknown;
}

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
}

export interface CliContext {
  io: CliIO;
  lang: Lang;
  color: boolean;
  t(text: Text): string;
  setExitCode(code: number): void;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Temporary files of writes in flight, so an interrupted run can remove them. */
const pendingTemps = new Set<string>();

/**
 * Write through a temporary file and a rename, so a reader never sees half a file. Once `signal`
 * is aborted the rename does not happen: an interrupted run leaves the old file, or none.
 * `mode` gives the new file those permissions exactly (the umask does not apply), e.g. to keep
 * the permissions of the file it replaces.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { signal?: AbortSignal; mode?: number } = {}): Promise<void> {
  options.signal?.throwIfAborted();
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  pendingTemps.add(tmp);
  try {
    await writeFile(tmp, content, { signal: options.signal });
    if (options.mode !== undefined) await chmod(tmp, options.mode);
    options.signal?.throwIfAborted();
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    pendingTemps.delete(tmp);
  }
}

/** Remove the temporary files of writes still in flight. Synchronous, for signal handlers. */
export function discardPendingWrites(): void {
  for (const tmp of pendingTemps) rmSync(tmp, { force: true });
}

/** "1MB", "512KB", "2mib" or plain bytes. */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
