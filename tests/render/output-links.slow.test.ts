import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

const KIA_YAML = SERVICE_YAML.replace('kode: DUK-KK', 'kode: DUK-KIA').replace('Kartu Keluarga', 'KIA');
const unitFiles = () => ({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'layanan/kia.yaml': KIA_YAML });

/** A folder outside the unit with a file planted in it, and what it held, to check nothing there changed. */
async function outsideFolder(): Promise<{ dir: string; snapshot: () => Promise<Record<string, string>> }> {
  const dir = await mkdtemp(join(tmpdir(), 'standar-outside-'));
  await writeFile(join(dir, 'index.html'), 'milik orang lain\n');
  await writeFile(join(dir, 'passwd'), 'root:x:0:0\n');
  const snapshot = async () => {
    const out: Record<string, string> = {};
    for (const name of await readdir(dir)) out[name] = await readFile(join(dir, name), 'utf8');
    return out;
  };
  return { dir, snapshot };
}

const entries = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe('standar build with a symbolic link inside the output folder', () => {
  it('writes nothing through a linked subfolder, removes nothing, says which link and what to do (exit code 2)', async () => {
    const root = await tempTree(unitFiles());
    const outside = await outsideFolder();
    const before = await outside.snapshot();
    await mkdir(join(root, 'site'));
    await symlink(outside.dir, join(root, 'site', 'layanan'));
    const r = await run(['build', '--out', 'site'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`✖ site/layanan adalah tautan simbolik (menuju ${outside.dir}); tidak ada yang ditulis atau dihapus melaluinya. Menyangkut 4 berkas: layanan/duk-kia/index.html, layanan/duk-kia/standar.html, layanan/duk-kk/index.html, layanan/duk-kk/standar.html.`);
    expect(r.stderr).toContain('Hapus tautannya (rm "site/layanan", yang tujuannya tidak ikut terhapus) lalu jalankan lagi');
    expect(r.stderr).toContain('Situs tidak ditulis: tidak ada berkas yang ditulis atau dihapus, isi site/ tetap seperti sebelumnya.');
    expect(await outside.snapshot()).toEqual(before);
    // Not even the pages outside the link: half a site would be worse than the old one.
    expect(await readdir(join(root, 'site'))).toEqual(['layanan']);
    expect((await lstat(join(root, 'site', 'layanan'))).isSymbolicLink()).toBe(true);

    const en = await run(['build', '--out', 'site', '--lang', 'en'], root);
    expect(en.stderr).toContain(`✖ site/layanan is a symbolic link (to ${outside.dir}); nothing is written or removed through it. This concerns 4 file(s):`);
    expect(en.stderr).toContain('The site was not written: no file was written or removed, site/ is as it was.');

    // Removing the link, as the message says, is all it takes.
    await rm(join(root, 'site', 'layanan'));
    expect((await run(['build', '--out', 'site'], root)).code).toBe(0);
    expect(await entries(join(root, 'site', 'layanan'))).toContain('duk-kk/index.html');
    expect(await outside.snapshot()).toEqual(before);
  });

  it('does not write through a link at a page\'s own name, nor replace it', async () => {
    const root = await tempTree(unitFiles());
    const outside = await outsideFolder();
    const before = await outside.snapshot();
    await mkdir(join(root, 'site'));
    await symlink(join(outside.dir, 'index.html'), join(root, 'site', 'index.html'));
    await symlink(join(outside.dir, 'passwd'), join(root, 'site', '.standar-situs.json'));
    const r = await run(['build', '--out', 'site'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ site/index.html adalah tautan simbolik (menuju ${join(outside.dir, 'index.html')})`);
    expect(r.stderr).toContain(`✖ site/.standar-situs.json adalah tautan simbolik (menuju ${join(outside.dir, 'passwd')})`);
    expect(await outside.snapshot()).toEqual(before);
    expect(await readlink(join(root, 'site', 'index.html'))).toBe(join(outside.dir, 'index.html'));
  });

  it('removes a stale page that is a symlink as a link, leaving what it leads to', async () => {
    const root = await tempTree(unitFiles());
    const outside = await outsideFolder();
    const before = await outside.snapshot();
    expect((await run(['build', '--out', 'site'], root)).code).toBe(0);
    const stale = join(root, 'site', 'layanan', 'duk-kia', 'standar.html');
    await rm(stale);
    await symlink(join(outside.dir, 'passwd'), stale);
    await rm(join(root, 'layanan', 'kia.yaml'));
    const r = await run(['build', '--out', 'site'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Situs 1 layanan ditulis ke site/');
    await expect(lstat(stale)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await outside.snapshot()).toEqual(before);
  });

  it('removes nothing behind a stale folder that became a link, and says so before writing anything', async () => {
    const root = await tempTree(unitFiles());
    const outside = await outsideFolder();
    await writeFile(join(outside.dir, 'standar.html'), 'juga milik orang lain\n');
    const before = await outside.snapshot();
    expect((await run(['build', '--out', 'site'], root)).code).toBe(0);
    const catalogue = await readFile(join(root, 'site', 'index.html'), 'utf8');
    await rm(join(root, 'site', 'layanan', 'duk-kia'), { recursive: true });
    await symlink(outside.dir, join(root, 'site', 'layanan', 'duk-kia'));
    await rm(join(root, 'layanan', 'kia.yaml'));
    const r = await run(['build', '--out', 'site'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ site/layanan/duk-kia adalah tautan simbolik (menuju ${outside.dir}); tidak ada yang ditulis atau dihapus melaluinya. Menyangkut 2 berkas: layanan/duk-kia/index.html, layanan/duk-kia/standar.html.`);
    expect(await outside.snapshot()).toEqual(before);
    // The old site stays whole: its catalogue still lists the service whose pages were not removed.
    expect(await readFile(join(root, 'site', 'index.html'), 'utf8')).toBe(catalogue);
  });

  it('writes into an output folder that is itself a link the user chose', async () => {
    const root = await tempTree(unitFiles());
    const target = await mkdtemp(join(tmpdir(), 'standar-www-'));
    await symlink(target, join(root, 'www'));
    const r = await run(['build', '--out', 'www'], root);
    expect(r.code).toBe(0);
    expect(await entries(target)).toContain('layanan/duk-kk/standar.html');
    expect((await lstat(join(root, 'www'))).isSymbolicLink()).toBe(true);
  });

  it('checks the PDFs\' places before starting Chromium', async () => {
    const root = await tempTree(unitFiles());
    const outside = await outsideFolder();
    const before = await outside.snapshot();
    await mkdir(join(root, 'site', 'layanan'), { recursive: true });
    await symlink(outside.dir, join(root, 'site', 'layanan', 'duk-kk'));
    const r = await run(['build', '--out', 'site', '--to', 'pdf'], root, { PUPPETEER_EXECUTABLE_PATH: '/tidak/ada/chromium' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('site/layanan/duk-kk adalah tautan simbolik');
    expect(r.stderr).toContain('layanan/duk-kk/publik.pdf');
    expect(r.stderr).not.toContain('Chromium');
    expect(await outside.snapshot()).toEqual(before);
  });
});

describe('standar render --out with a symbolic link inside it', () => {
  it('writes no page when one would go through a link, and leaves the link\'s target alone', async () => {
    const root = await tempTree(unitFiles());
    const outside = await outsideFolder();
    const before = await outside.snapshot();
    await mkdir(join(root, 'keluaran'));
    await symlink(join(outside.dir, 'passwd'), join(root, 'keluaran', 'duk-kk.lengkap.html'));
    const r = await run(['render', '.', '--out', 'keluaran'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`✖ keluaran/duk-kk.lengkap.html adalah tautan simbolik (menuju ${join(outside.dir, 'passwd')}); tidak ada yang ditulis atau dihapus melaluinya. Menyangkut 1 berkas: duk-kk.lengkap.html.`);
    expect(r.stderr).toContain('✖ Tidak ada halaman yang ditulis; keluaran/ tetap seperti sebelumnya.');
    expect(await outside.snapshot()).toEqual(before);
    expect(await readdir(join(root, 'keluaran'))).toEqual(['duk-kk.lengkap.html']);
  });

  it('says so when the output folder is a file', async () => {
    const root = await tempTree({ ...unitFiles(), keluaran: 'bukan folder\n' });
    const r = await run(['render', '.', '--out', 'keluaran', '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('✖ keluaran/ is not a folder, yet files are written inside it. This concerns 2 file(s): duk-kia.lengkap.html, duk-kk.lengkap.html.');
    expect(await readFile(join(root, 'keluaran'), 'utf8')).toBe('bukan folder\n');
  });
});
