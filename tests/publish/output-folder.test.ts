import { lstat, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainPath, OutputFolder, OutputRefusal } from '../../src/publish/output-folder.js';

const temp = (name: string) => mkdtemp(join(tmpdir(), `standar-${name}-`));

async function setup() {
  const dir = await temp('out');
  const outside = await temp('outside');
  await writeFile(join(outside, 'index.html'), 'asli\n');
  return { dir, outside, folder: new OutputFolder(dir, { lang: 'en', shown: 'site/' }) };
}

describe('OutputFolder', () => {
  it('makes the folders a file needs and writes it whole', async () => {
    const { dir, folder } = await setup();
    await folder.write('layanan/a/index.html', '<p>a</p>');
    expect(await readFile(join(dir, 'layanan/a/index.html'), 'utf8')).toBe('<p>a</p>');
    await folder.write('layanan/a/index.html', '<p>b</p>');
    expect(await readdir(join(dir, 'layanan/a'))).toEqual(['index.html']);
  });

  it('refuses a link that appears after the check, at the moment of writing, having written nothing', async () => {
    const { dir, outside, folder } = await setup();
    expect(await folder.obstacles(['layanan/a/index.html'])).toEqual(new Map());
    await symlink(outside, join(dir, 'layanan'));
    const refused = folder.write('layanan/a/index.html', 'x');
    await expect(refused).rejects.toBeInstanceOf(OutputRefusal);
    await expect(refused).rejects.toMatchObject({ obstacle: { reason: 'link', at: 'layanan' }, message: expect.stringContaining(`site/layanan is a symbolic link (to ${outside})`) });
    expect(await readdir(outside)).toEqual(['index.html']);
    expect(await folder.tryWrite('layanan/index.html', 'x')).toEqual({ reason: 'link', at: 'layanan' });
    expect(await readFile(join(outside, 'index.html'), 'utf8')).toBe('asli\n');
  });

  it('removes a link standing at a file\'s name as a link, and nothing behind a linked folder', async () => {
    const { dir, outside, folder } = await setup();
    await symlink(join(outside, 'index.html'), join(dir, 'index.html'));
    expect(await folder.remove('index.html')).toBeUndefined();
    await expect(lstat(join(dir, 'index.html'))).rejects.toMatchObject({ code: 'ENOENT' });
    await symlink(outside, join(dir, 'layanan'));
    expect(await folder.remove('layanan/index.html')).toEqual({ reason: 'link', at: 'layanan' });
    expect(await readFile(join(outside, 'index.html'), 'utf8')).toBe('asli\n');
    await mkdir(join(dir, 'kosong'));
    expect(await folder.remove('kosong')).toBeUndefined();
    expect((await lstat(join(dir, 'kosong'))).isDirectory()).toBe(true);
  });

  it('takes only plain relative paths', () => {
    expect(isPlainPath('layanan/a/index.html')).toBe(true);
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'a//b', './a', 'a\\..\\b', '']) expect(isPlainPath(bad)).toBe(false);
  });
});
