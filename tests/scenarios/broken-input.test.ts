import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { linesOf, outsideFile } from '../fuzz/lib/inside.js';

const DIR = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

/** The expectations are the table in the fixtures' README: fixture | defect | rule | line:col | pointer. */
async function cases() {
  const readme = await readFile(`${DIR}README.md`, 'utf8');
  return readme
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => {
      const cells = l.split('|').slice(1, -1).map((c) => c.trim());
      const at = /^(\d+):(\d+)/.exec(cells[3] ?? '');
      return {
        fixture: cells[0]!.replace(/`/g, '').replace(/\/$/, ''),
        rule: /`([a-z-]+)`/.exec(cells[2]!)?.[1],
        line: at ? Number(at[1]) : undefined,
        column: at ? Number(at[2]) : undefined,
        pointer: cells[4]?.replace(/`/g, '') || undefined,
      };
    });
}

describe('broken input: every fixture gets its one located message, fast', async () => {
  for (const c of await cases()) {
    it(c.fixture, async () => {
      const { diagnostics } = await validate([c.fixture], { cwd: DIR, now: '2026-11-22T00:00:00Z' });
      for (const d of diagnostics) expect(outsideFile(d, linesOf(await readFile(join(DIR, d.file)))), JSON.stringify(d)).toBeUndefined();
      if (!c.rule) {
        expect(diagnostics).toEqual([]);
        return;
      }
      const first = diagnostics.find((d) => d.rule === c.rule)!;
      expect(first, JSON.stringify(diagnostics)).toBeDefined();
      expect({ line: first.line, column: first.column }).toEqual({ line: c.line, column: c.column });
      if (c.pointer) expect(first.pointer).toBe(c.pointer);
      expect(first.hint).toBeTruthy();
      // One slip, one message: no cascade of knock-on parser errors.
      expect(diagnostics.filter((d) => d.rule === 'yaml' || d.rule === 'berkas').length).toBeLessThanOrEqual(1);
    });
  }
});
