import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { expect } from 'vitest';

/**
 * Golden files: what the tool writes for a user, kept in the repository in a form a reviewer reads
 * in a diff. A test compares; only `UPDATE_GOLDEN=1` writes, so CI never creates or changes one.
 */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

const REPO = join(import.meta.dirname, '..', '..');

/** The command that rewrites the golden files of the running test file. */
function updateCommand(): string {
  const testPath = expect.getState().testPath;
  return `UPDATE_GOLDEN=1 npx vitest run ${testPath ? relative(REPO, testPath).split(sep).join('/') : 'tests/golden'}`;
}

/** `actual` must equal the golden file at `path`; with UPDATE_GOLDEN=1 the file is (re)written instead. */
export function expectGolden(path: string, actual: string): void {
  const shown = relative(REPO, path).split(sep).join('/');
  if (UPDATE_GOLDEN) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    return;
  }
  if (!existsSync(path)) expect.fail(`${shown} is missing: run "${updateCommand()}", review the new file and commit it.`);
  expect(actual, `${shown} differs from its golden file: if the change is intended, run "${updateCommand()}" and review the diff.`).toBe(readFileSync(path, 'utf8'));
}

/** Every file below `dir`, as slash-separated paths relative to it. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A golden file no case makes any more would be reviewed as if it still meant something: with
 * UPDATE_GOLDEN=1 it is removed, otherwise the test names it. `expected` holds paths relative to
 * `dir`; one ending in "/" stands for everything below that folder (checked by its own case).
 */
export function expectNoStrayGoldens(dir: string, expected: readonly string[]): void {
  const strays = filesBelow(dir).filter((file) => !expected.some((e) => (e.endsWith('/') ? file.startsWith(e) : file === e)));
  if (UPDATE_GOLDEN) {
    for (const file of strays) rmSync(join(dir, file));
    return;
  }
  expect(strays, `golden files that no case makes any more: run "${updateCommand()}" to remove them`).toEqual([]);
}

/** A test's temporary folder as `<tmp>` (also as the system names it, symlinks resolved), so a golden file does not depend on where it ran. */
export function withoutTempPath(text: string, root: string): string {
  return [...new Set([root, realpathSync(root)])].sort((a, b) => b.length - a.length).reduce((out, path) => out.split(path).join('<tmp>'), text);
}

/**
 * What a reader gets of a page, in a form a reviewer can read in a diff: the title, the CSS the
 * page generates for itself (page titles of print, the catalogue's filter, a poster's paper size),
 * the body with images' bytes left out, and the JSON-LD, pretty-printed. Stylesheet files
 * (each opens with a comment) and the inlined fonts are left out: they are reviewed as files.
 */
export function readableGolden(html: string): string {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1]!.trim())
    .filter((css) => !css.startsWith('/*') && !css.includes('@font-face'))
    .map((css) => `<style>\n${css}\n</style>`);
  const body = (/<body\b[\s\S]*<\/body>/.exec(html)?.[0] ?? html).replace(/(src|href)="data:[^"]+"/g, '$1="data:…"');
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => `<script type="application/ld+json">\n${JSON.stringify(JSON.parse(m[1]!), null, 2)}\n</script>`,
  );
  return [`<title>${title}</title>`, ...styles, body, ...jsonLd].join('\n') + '\n';
}
