import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileExclusive } from '../../src/files/write.js';
import { tempTree } from '../helpers.js';

// A FAT-formatted USB stick has no hard links: link() fails with EPERM there.
const link = vi.hoisted(() => vi.fn(() => Promise.reject(Object.assign(new Error('operation not permitted'), { code: 'EPERM' }))));
vi.mock('node:fs/promises', async (original) => ({ ...(await original<typeof import('node:fs/promises')>()), link }));

describe('exclusive writes where hard links are not available', () => {
  it('still creates a new file whole, and still refuses an existing name or a symlink', async () => {
    const dir = await tempTree({ 'ada.txt': 'lama\n' });
    await symlink(join(dir, 'tidak-ada'), join(dir, 'tautan.txt'));
    expect(await writeFileExclusive(join(dir, 'baru.txt'), 'isi baru\n')).toBe(true);
    expect(await readFile(join(dir, 'baru.txt'), 'utf8')).toBe('isi baru\n');
    expect(await writeFileExclusive(join(dir, 'ada.txt'), 'x\n')).toBe(false);
    expect(await writeFileExclusive(join(dir, 'tautan.txt'), 'x\n')).toBe(false);
    expect(await readFile(join(dir, 'ada.txt'), 'utf8')).toBe('lama\n');
    expect((await readdir(dir)).sort()).toEqual(['ada.txt', 'baru.txt', 'tautan.txt']);
    expect(link).toHaveBeenCalledTimes(3);
  });
});
