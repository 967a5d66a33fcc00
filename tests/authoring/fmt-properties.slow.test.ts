import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatYaml } from '../../src/authoring/fmt.js';
import { parseSource } from '../../src/load/source.js';
import type { DocumentKind } from '../../src/schema/validators.js';
import { brokenPromise, mutate, seeded } from './fmt-helpers.js';

const EXAMPLE = join('examples', 'disdukcapil-sukamaju', 'layanan', 'akta-kematian.yaml');

async function exampleFiles(): Promise<[string, string, DocumentKind][]> {
  const files: [string, string, DocumentKind][] = [];
  for (const unit of (await readdir('examples', { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const dir = join('examples', unit.name);
    files.push([join(dir, 'penyelenggara.yaml'), await readFile(join(dir, 'penyelenggara.yaml'), 'utf8'), 'penyelenggara']);
    for (const f of (await readdir(join(dir, 'layanan'))).sort()) files.push([join(dir, 'layanan', f), await readFile(join(dir, 'layanan', f), 'utf8'), 'layanan']);
  }
  return files;
}

describe('fmt keeps every value and comment', () => {
  it('with a comment after every line, and at the end of every line, of an example', async () => {
    const lines = (await readFile(EXAMPLE, 'utf8')).split('\n');
    const failures: string[] = [];
    const outcomes: Record<string, number> = {};
    lines.forEach((line, i) => {
      const indent = ' '.repeat(line.length - line.trimStart().length);
      const variants = {
        [`# k${i} below line ${i + 1}`]: [...lines.slice(0, i + 1), `${indent}# k${i}`, ...lines.slice(i + 1)],
        [`# k${i} at the end of line ${i + 1}`]: lines.map((l, k) => (k === i && l.trim() !== '' ? `${l} # k${i}` : l)),
      };
      for (const [where, variant] of Object.entries(variants)) {
        const input = variant.join('\n');
        const result = formatYaml(EXAMPLE, input, 'layanan', 'id');
        outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
        // A `#` inside a wrapped value ends it; that input is refused, which is right. Everything else is tidied.
        const problem = brokenPromise(input, 'layanan', result) ?? (result.outcome === 'kept' ? `kept: ${result.diagnostics[0]!.message}` : undefined);
        if (problem) failures.push(`${where}: ${problem}`);
      }
    });
    expect(failures).toEqual([]);
    expect(outcomes.kept).toBeUndefined();
    expect(outcomes.formatted! + outcomes.tidy!).toBeGreaterThan(lines.length * 2 * 0.9);
  });

  it('through a few hundred seeded mutations of the examples: same data, same comments, stable, or left alone with a reason', async () => {
    const files = await exampleFiles();
    const failures: string[] = [];
    const outcomes: Record<string, number> = {};
    for (let seed = 1; seed <= 250; seed++) {
      const rnd = seeded(seed);
      const [name, text, kind] = files[Math.floor(rnd() * files.length)]!;
      const { text: input, applied } = mutate(text, rnd);
      const result = formatYaml(name, input, kind, 'id');
      outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      const problem = brokenPromise(input, kind, result);
      if (problem) failures.push(`seed ${seed} (${applied.join(', ')}): ${problem}`);
      // Only constructs fmt does not handle may keep a file as it is; everything else gets tidied.
      if (result.outcome === 'kept' && !applied.includes('complexKey') && !applied.includes('anchorAlias')) failures.push(`seed ${seed} (${applied.join(', ')}): kept: ${result.diagnostics[0]!.message}`);
      if (result.outcome === 'refused' && parseSource(name, input, 'id').source) failures.push(`seed ${seed}: refused`);
    }
    expect(failures).toEqual([]);
    expect(outcomes.formatted).toBeGreaterThan(100);
    expect(outcomes.kept).toBeGreaterThan(0);
  });
});
