import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onInterrupt } from '../../src/cli/interrupt.js';
import { replaceFile } from '../../src/files/write.js';

/** A file's parts, with Ctrl-C pressed between them (the handlers run as on a real signal). */
async function* pressedBetween(): AsyncGenerator<string> {
  yield 'satu ';
  process.emit('SIGINT');
  yield 'dua';
}

describe('Ctrl-C during a write', () => {
  it('lets the write finish when the command finishes what is under way (a portal build), and asks it to stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standar-interrupt-'));
    const interrupt = onInterrupt({ finishing: true });
    try {
      await replaceFile(join(dir, 'halaman.html'), pressedBetween());
      expect(readFileSync(join(dir, 'halaman.html'), 'utf8')).toBe('satu dua');
      expect([interrupt.signal.aborted, interrupt.exitCode]).toEqual([true, 130]);
    } finally {
      interrupt.dispose();
    }
  });

  it('removes the half-written file at once otherwise, and nothing takes its place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standar-interrupt-'));
    const interrupt = onInterrupt();
    try {
      await expect(replaceFile(join(dir, 'halaman.html'), pressedBetween())).rejects.toThrow();
      expect(existsSync(join(dir, 'halaman.html'))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      interrupt.dispose();
    }
  });
});
