import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewFiles } from '../../src/files/write-new.js';
import { writeFileExclusive } from '../../src/files/write.js';
import { tempTree } from '../helpers.js';

const FILES = new Map([
  ['a.yaml', 'a: 1\n'],
  ['sub/b.yaml', 'b: 2\n'],
  ['sub/deeper/c.yaml', 'c: 3\n'],
]);

/** Every entry below `dir`, recursively, so no stray temporary file goes unnoticed. */
async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe('writing new files never touches what exists', () => {
  it('leaves a dangling symlink, a symlink to a file and one to a folder in place, and writes nothing through them', async () => {
    const root = await tempTree({ 'elsewhere/kept.yaml': 'punya saya\n' });
    const unit = join(root, 'unit');
    await mkdir(join(unit, 'sub'), { recursive: true });
    await symlink(join(root, 'nowhere.yaml'), join(unit, 'a.yaml'));
    await symlink(join(root, 'elsewhere/kept.yaml'), join(unit, 'sub/b.yaml'));
    await symlink(join(root, 'elsewhere'), join(unit, 'sub/deeper'));

    const result = await writeNewFiles(unit, FILES);
    expect(result.created).toEqual([]);
    expect(result.skipped).toEqual([
      { path: 'a.yaml', reason: 'exists' },
      { path: 'sub/b.yaml', reason: 'exists' },
      { path: 'sub/deeper/c.yaml', reason: 'linkOutside', folder: 'sub/deeper' },
    ]);
    expect(existsSync(join(root, 'nowhere.yaml'))).toBe(false);
    expect(lstatSync(join(unit, 'a.yaml')).isSymbolicLink()).toBe(true);
    expect(await readFile(join(root, 'elsewhere/kept.yaml'), 'utf8')).toBe('punya saya\n');
    expect(await tree(join(root, 'elsewhere'))).toEqual(['kept.yaml']);
    // (readdir follows the folder link: kept.yaml is the outside file, seen through it.)
    expect(await tree(unit)).toEqual(['a.yaml', 'sub', 'sub/b.yaml', 'sub/deeper', 'sub/deeper/kept.yaml']);
  });

  it('follows a folder link that stays inside the target folder, and says when a folder on the way is a file', async () => {
    const root = await tempTree({ 'unit/real/.keep': '', 'unit/sub': 'a file, not a folder\n' });
    const unit = join(root, 'unit');
    await symlink(join(unit, 'real'), join(unit, 'alias'));
    const result = await writeNewFiles(unit, new Map([['alias/x.yaml', 'x: 1\n'], ['sub/y.yaml', 'y: 1\n']]));
    expect(result.created).toEqual(['alias/x.yaml']);
    expect(result.skipped).toEqual([{ path: 'sub/y.yaml', reason: 'notFolder', folder: 'sub' }]);
    expect(await readFile(join(unit, 'real/x.yaml'), 'utf8')).toBe('x: 1\n');
    expect(await readFile(join(unit, 'sub'), 'utf8')).toBe('a file, not a folder\n');
  });

  it('creates each file exactly once when several runs race for the same folder', async () => {
    const unit = join(await tempTree({}), 'unit');
    const runs = await Promise.all(Array.from({ length: 4 }, (_, i) => writeNewFiles(unit, new Map([...FILES].map(([p, c]) => [p, `${c}# run ${i}\n`])))));
    for (const path of FILES.keys()) {
      const winners = runs.filter((r) => r.created.includes(path));
      expect(winners, path).toHaveLength(1);
      expect(runs.filter((r) => r.skipped.some((s) => s.path === path && s.reason === 'exists'))).toHaveLength(3);
      // The survivor is whole: the content of the one run that said it created it.
      expect(await readFile(join(unit, path), 'utf8')).toBe(`${FILES.get(path)}# run ${runs.indexOf(winners[0]!)}\n`);
    }
    expect(await tree(unit)).toEqual(['a.yaml', 'sub', 'sub/b.yaml', 'sub/deeper', 'sub/deeper/c.yaml']);
  });

  it('writeFileExclusive refuses any existing name and leaves no temporary file', async () => {
    const dir = await tempTree({ 'ada.txt': 'lama\n' });
    await symlink(join(dir, 'tidak-ada'), join(dir, 'tautan.txt'));
    await mkdir(join(dir, 'folder.txt'));
    for (const name of ['ada.txt', 'tautan.txt', 'folder.txt']) expect(await writeFileExclusive(join(dir, name), 'baru\n'), name).toBe(false);
    expect(await writeFileExclusive(join(dir, 'baru.txt'), 'baru\n')).toBe(true);
    expect(await readFile(join(dir, 'ada.txt'), 'utf8')).toBe('lama\n');
    expect(existsSync(join(dir, 'tidak-ada'))).toBe(false);
    expect(await tree(dir)).toEqual(['ada.txt', 'baru.txt', 'folder.txt', 'tautan.txt']);
    await writeFile(join(dir, 'baru.txt'), 'diubah\n');
    expect(await writeFileExclusive(join(dir, 'baru.txt'), 'lagi\n')).toBe(false);
    expect(await readFile(join(dir, 'baru.txt'), 'utf8')).toBe('diubah\n');
  });
});
