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
  /** What "-" reads. */
  stdin: AsyncIterable<Uint8Array | string>;
}

export interface CliContext {
  io: CliIO;
  lang: Lang;
  color: boolean;
  t(text: Text): string;
  setExitCode(code: number): void;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * Write `text`, and where the stream's buffer is full (a pipe read more slowly than the tool
 * writes), wait until it drains, so a long report is never held whole in that buffer. A stream
 * whose reader has gone (`| head`) takes nothing more.
 */
export async function writeWaiting(out: Output, text: string): Promise<void> {
  const stream = out as Partial<NodeJS.WritableStream & { destroyed: boolean }>;
  if (stream.destroyed) return;
  if (out.write(text) !== false || typeof stream.once !== 'function' || typeof stream.off !== 'function') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off!(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.once!(event, done);
  });
}

/**
 * Standard input whole, as bytes (the reader checks their encoding). Reading stops once past
 * `limit`, so a longer answer means "too large": a stream that does not end is not a standard.
 */
export async function readStdin(io: CliIO, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    size += bytes.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

/** "1MB", "512KB", "2mib" or plain bytes. */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
