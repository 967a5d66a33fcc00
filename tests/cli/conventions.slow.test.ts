import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored, parseIgnoreLines } from '../../src/load/ignore.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

/** What a real repository holds beside its standards. */
const REPOSITORY_FILES = {
  '.gitlab-ci.yml': 'stages: [test]\nvalidate:\n  script: npx standar-pelayanan validate\n',
  '.github/workflows/standar.yml': 'name: standar\non: push\njobs: {}\n',
  '.pre-commit-config.yaml': 'repos: []\n',
  'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'mkdocs.yml': 'site_name: Dokumentasi\nnav: []\n',
  'data/wilayah.yaml': 'nama: Kota Uji\nkode: "99.71"\n',
  'data/status.yaml': 'status: aktif\n',
};

describe('discovery in a repository', () => {
  it('checks the standards and passes over CI, compose, lock and other YAML files', async () => {
    const root = await tempTree({ ...REPOSITORY_FILES, 'unit/penyelenggara.yaml': PROVIDER_YAML, 'unit/layanan/kk.yaml': SERVICE_YAML, 'lepas/akta.yaml': SERVICE_YAML });
    const r = await run(['validate', '-f', 'json', '-f', 'junit'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // The lone service has no provider to inherit from: its warnings are its own.
    expect(new Set((JSON.parse(r.stdout.slice(0, r.stdout.indexOf('<?xml'))) as { file: string }[]).map((d) => d.file))).toEqual(new Set(['lepas/akta.yaml']));
    expect([...r.stdout.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1])).toEqual(['lepas/akta.yaml', 'unit/penyelenggara.yaml', 'unit/layanan/kk.yaml']);
  });

  it('recognises a half-written or broken service outside layanan/ by its keys, so its problems are said', async () => {
    const root = await tempTree({ ...REPOSITORY_FILES, 'draf.yaml': 'kode: DUK-1\nnama: Uji\nkomponen: [\n' });
    const r = await run(['validate', '.'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('draf.yaml:');
    expect(r.stdout).toContain('1 berkas diperiksa');
  });

  it('takes a layanan/ folder named on the command line whole, but not "." in a repository that happens to be named layanan', async () => {
    const unit = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'layanan/catatan.yaml': 'catatan: draf\n' });
    expect((await run(['validate', 'layanan/'], unit)).stdout).toContain('3 berkas diperiksa');
    const repo = await tempTree({ 'layanan/docker-compose.yml': 'services: {}\n', 'layanan/unit/penyelenggara.yaml': PROVIDER_YAML });
    expect((await run(['validate'], join(repo, 'layanan'))).stdout).toContain('✔ 1 berkas diperiksa');
  });

  it('still checks a file named on the command line, whatever it holds', async () => {
    const root = await tempTree(REPOSITORY_FILES);
    const r = await run(['validate', 'docker-compose.yml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docker-compose.yml:1:1');
  });
});

describe('.standarignore and abaikan:', () => {
  const unit = { 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'layanan/arsip/lama.yaml': 'rusak: [\n', 'layanan/coba.draf.yaml': 'rusak: [\n', 'layanan/arsip/tetap.yaml': SERVICE_YAML };

  it('reads .standarignore like .gitignore, from the nearest one up to the repository root', async () => {
    const root = await tempTree({ ...unit, '.standarignore': '# arsip lama\n*.draf.yaml\nlayanan/arsip/\n!layanan/arsip/tetap.yaml\n' });
    mkdirSync(join(root, '.git'));
    const r = await run(['validate'], root);
    // A file in an ignored folder stays ignored, as in git.
    expect(r).toMatchObject({ code: 0, stdout: '✔ 2 berkas diperiksa, tidak ada masalah.\n' });
    const noIgnore = await run(['validate', '--no-ignore'], root);
    expect(noIgnore.code).toBe(1);
    expect(noIgnore.stdout).toContain('5 berkas diperiksa');
  });

  it('does not look above the repository root for a .standarignore', async () => {
    const root = await tempTree({ '.standarignore': 'layanan/\n', 'repo/penyelenggara.yaml': PROVIDER_YAML, 'repo/layanan/kk.yaml': SERVICE_YAML });
    mkdirSync(join(root, 'repo/.git'));
    expect((await run(['validate'], join(root, 'repo'))).stdout).toBe('✔ 2 berkas diperiksa, tidak ada masalah.\n');
    const outsideRepo = await tempTree({ '.standarignore': 'layanan/\n', 'repo/penyelenggara.yaml': PROVIDER_YAML, 'repo/layanan/kk.yaml': SERVICE_YAML });
    expect((await run(['validate'], join(outsideRepo, 'repo'))).stdout).toBe('✔ 1 berkas diperiksa, tidak ada masalah.\n');
  });

  it('takes abaikan: from standar.config.yaml, relative to its folder, through extends too', async () => {
    const root = await tempTree({ ...unit, 'standar.config.yaml': 'extends: [recommended, bersama.yaml]\nabaikan:\n  - layanan/arsip/\n', 'bersama.yaml': 'abaikan: "*.draf.yaml"\n' });
    const r = await run(['validate'], root);
    expect(r).toMatchObject({ code: 0, stdout: '✔ 2 berkas diperiksa, tidak ada masalah.\n' });
    const bad = await tempTree({ ...unit, 'standar.config.yaml': 'abaikan: []\n' });
    const refused = await run(['validate'], bad);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('standar.config.yaml:1:10');
  });

  it('a file named on the command line and ignored is left out without failing (pre-commit, lint-staged)', async () => {
    const root = await tempTree({ ...unit, '.standarignore': 'layanan/arsip/\n' });
    const r = await run(['validate', 'layanan/arsip/lama.yaml'], root);
    expect(r).toMatchObject({ code: 0, stdout: '✔ 0 berkas diperiksa, tidak ada masalah.\n' });
  });

  it('matches .gitignore semantics', () => {
    const set = { base: '/r', lines: parseIgnoreLines(['/akar.yaml', 'di-mana-saja.yaml', 'folder/', 'a/**/b.yaml', '\\#pagar.yaml', 'spasi.yaml   ', '*.yaml', '!simpan*.yaml']) };
    const ignored = (p: string) => isIgnored(set, `/r/${p}`);
    expect(ignored('akar.yaml')).toBe(true);
    expect(ignored('x/simpan-akar.yaml')).toBe(false);
    expect(ignored('x/y/di-mana-saja.yaml')).toBe(true);
    expect(ignored('folder/x/simpan.yaml')).toBe(true);
    expect(ignored('a/c/d/b.yaml')).toBe(true);
    expect(ignored('#pagar.yaml')).toBe(true);
    expect(ignored('spasi.yaml')).toBe(true);
    expect(ignored('.tersembunyi.yaml')).toBe(true);
    expect(isIgnored({ base: '/r', lines: parseIgnoreLines(['folder/']) }, '/r/folder')).toBe(false);
    expect(isIgnored(set, '/lain/akar.yaml')).toBe(false);
  });
});

describe('an empty input', () => {
  it('is exit 2 with a message naming what was looked for, in both languages', async () => {
    const root = await tempTree(REPOSITORY_FILES);
    const id = await run(['validate'], root);
    expect(id.code).toBe(2);
    expect(id.stdout).toContain('Tidak ada standar pelayanan yang ditemukan di ".". Yang dicari: penyelenggara.yaml, berkas .yaml/.yml di folder layanan/');
    expect(id.stdout).toContain('5 berkas YAML lain bukan standar (misalnya data/status.yaml)');
    const en = await run(['validate', '--lang', 'en', '-f', 'json'], root);
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stdout)[0]).toMatchObject({ rule: 'io', severity: 'error', message: expect.stringContaining('No service standard was found in ".". Looked for: penyelenggara.yaml') });
  });

  it('says what an ignore file left out, and an empty folder is exit 2 for fmt too', async () => {
    const root = await tempTree({ 'layanan/kk.yaml': SERVICE_YAML, '.standarignore': 'layanan/\n' });
    const r = await run(['validate', '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('1 file is ignored by .standarignore or abaikan: in standar.config.yaml.');
    mkdirSync(join(root, 'kosong'));
    const fmt = await run(['fmt', 'kosong'], root);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('Tidak ada standar pelayanan yang ditemukan di "kosong"');
  });
});

describe('standard input', () => {
  it('validate - checks what arrives on stdin, named and configured by --stdin-filepath', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'standar.config.yaml': 'rules:\n  komponen-lengkap: off\n' });
    const broken = SERVICE_YAML.replace('status: draf', 'status: ditetapkn');
    const r = await run(['validate', '-', '--stdin-filepath', 'layanan/baru.yaml', '-f', 'json'], root, {}, broken);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout) as { file: string; line: number; rule: string }[];
    expect(found).toEqual([expect.objectContaining({ file: 'layanan/baru.yaml', line: 3, rule: 'skema' })]);
    const plain = await run(['validate', '-'], root, {}, SERVICE_YAML);
    expect(plain).toMatchObject({ code: 0, stdout: '✔ 2 berkas diperiksa, tidak ada masalah.\n' });
    const named = await run(['validate', '-'], await tempTree({}), {}, 'a: [\n');
    expect(named.stdout).toContain('<stdin>:');
  });

  it('validate - judges what arrives on stdin, not a clean file standing at the --stdin-filepath path', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    expect((await run(['validate', 'layanan/kk.yaml'], root)).code).toBe(0);
    const broken = SERVICE_YAML.replace('status: draf', 'status: ditetapkn');
    const r = await run(['validate', '-', '--stdin-filepath', 'layanan/kk.yaml', '-f', 'json'], root, {}, broken);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'layanan/kk.yaml', line: 3, rule: 'skema' })]));
  });

  it('fmt - writes the tidied text to stdout and touches no file', async () => {
    const root = await tempTree({});
    const untidy = SERVICE_YAML.replace(/^kode: (.*)\n/m, '').replace(/^nama: /m, (m) => m) + `kode: DUK-KK\n`;
    const r = await run(['fmt', '-', '--stdin-filepath', 'layanan/kk.yaml'], root, {}, untidy);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('kode: DUK-KK\n')).toBe(true);
    const check = await run(['fmt', '-', '--check'], root, {}, untidy);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('<stdin>:1  belum rapi');
    const mixed = await run(['fmt', '-', 'layanan/kk.yaml'], root, {}, untidy);
    expect(mixed).toMatchObject({ code: 2, stdout: '' });
    expect(mixed.stderr).toContain('"-" (masukan standar) tidak dapat digabung');
  });
});
