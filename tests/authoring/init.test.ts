import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseWilayah } from '../../src/model/wilayah.js';
import { createPrompter, PromptCancelled } from '../../src/authoring/prompt.js';
import { run, tempTree } from '../helpers.js';

const FLAGS = ['--nama', 'Dinas Kependudukan dan Pencatatan Sipil', '--wilayah', 'Kota Sukamaju', '--kepala', 'Dra. Siti Aminah, M.Si.'];
const SCAFFOLD = ['penyelenggara.yaml', 'layanan/permohonan-informasi-publik.yaml', 'standar.config.yaml', 'README.md', 'package.json', '.vscode/settings.json', '.vscode/extensions.json', '.github/workflows/standar.yml', '.gitignore'];

describe('standar init', () => {
  it('scaffolds a unit from flags that validates and is already formatted', async () => {
    const root = await tempTree({});
    const r = await run(['init', 'unit', ...FLAGS], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of SCAFFOLD) {
      expect(existsSync(join(root, 'unit', f)), f).toBe(true);
      expect(r.stdout).toContain(`dibuat   ${f}`);
    }
    const provider = await readFile(join(root, 'unit/penyelenggara.yaml'), 'utf8');
    expect(provider).toContain('kode: DKPS-SUKAMAJU');
    expect(provider).toMatch(/wilayah:\n  jenis: kota\n  nama: Kota Sukamaju/);
    // What the user did not give is not guessed from what they did: a vertical office in a city
    // is not the city government's, a Camat is no "Kepala Kecamatan". The guess is only an example.
    expect(provider).toContain('pemerintah: "[isi: pemerintah atau instansi induk, misalnya Pemerintah Kota Sukamaju]"');
    expect(provider).toMatch(/kepala:\n  nama: Dra\. Siti Aminah, M\.Si\.\n  jabatan: "\[isi: jabatan kepala unit, misalnya Kepala Dinas Kependudukan dan Pencatatan Sipil\]"/);
    // The maklumat is dated and placed when it is signed, not on the day of init.
    expect(provider).toMatch(/^  # tempat: Sukamaju$/m);
    expect(provider).not.toMatch(/^  tanggal:/m);

    const check = await run(['validate', 'unit'], root);
    expect(check.stdout).not.toContain('galat');
    expect(check.code).toBe(0);
    expect((await run(['fmt', '--check', 'unit'], root)).code).toBe(0);

    const workflow = await readFile(join(root, 'unit/.github/workflows/standar.yml'), 'utf8');
    expect(workflow).toContain('run: npx standar validate');
    expect(workflow).toContain('run: npx standar fmt --check');
    const pkg = JSON.parse(await readFile(join(root, 'unit/package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['standar-pelayanan']).toMatch(/^\^\d+\.\d+\.\d+/);
    expect(await readFile(join(root, 'unit/README.md'), 'utf8')).toContain('npx standar new "Nama Layanan"');
  });

  it('never overwrites: a second run skips every existing file and names it', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': 'kode: MILIK-SAYA\n' });
    const first = await run(['init', ...FLAGS], root);
    expect(first.stdout).toContain('dilewati penyelenggara.yaml (sudah ada, tidak ditimpa)');
    expect(await readFile(join(root, 'penyelenggara.yaml'), 'utf8')).toBe('kode: MILIK-SAYA\n');
    await writeFile(join(root, 'README.md'), 'catatan saya\n');
    const second = await run(['init', ...FLAGS], root);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('dibuat');
    for (const f of SCAFFOLD) expect(second.stdout).toContain(`dilewati ${f}`);
    expect(await readFile(join(root, 'README.md'), 'utf8')).toBe('catatan saya\n');
  });

  it('never writes over or through a symlink, even a dangling one, and says why each file was left alone', async () => {
    const outside = await tempTree({});
    const root = await tempTree({});
    await symlink(join(outside, 'hilang.md'), join(root, 'README.md'));
    await symlink(join(outside, 'ada.yaml'), join(root, 'penyelenggara.yaml'));
    await writeFile(join(outside, 'ada.yaml'), 'kode: MILIK-SAYA\n');
    await symlink(outside, join(root, '.vscode'));
    const r = await run(['init', ...FLAGS], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dilewati README.md (sudah ada, tidak ditimpa)');
    expect(r.stdout).toContain('dilewati penyelenggara.yaml (sudah ada, tidak ditimpa)');
    expect(r.stdout).toContain('dilewati .vscode/settings.json (.vscode adalah tautan simbolik yang tidak menuju folder di dalam unit; tidak ditulis melaluinya)');
    expect(r.stdout).toContain('dibuat   standar.config.yaml');
    expect(existsSync(join(outside, 'hilang.md'))).toBe(false);
    expect(await readFile(join(outside, 'ada.yaml'), 'utf8')).toBe('kode: MILIK-SAYA\n');
    expect(await readdir(outside)).toEqual(['ada.yaml']);

    await writeFile(join(root, 'berkas'), 'x');
    const notFolder = await run(['init', 'berkas', ...FLAGS], root);
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toBe('berkas adalah berkas, bukan folder. Sebutkan folder untuk unit ini.\n');
  });

  it('without a terminal, asks for the missing flags instead of guessing', async () => {
    const root = await tempTree({});
    const r = await run(['init', '--nama', 'Dinas Sosial'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Isi --wilayah, --kepala');
    expect(existsSync(join(root, 'penyelenggara.yaml'))).toBe(false);

    const yes = await run(['init', '--yes'], root);
    expect(yes.code).toBe(0);
    expect(await readFile(join(root, 'penyelenggara.yaml'), 'utf8')).toContain('nama: "[isi: nama unit penyelenggara]"');
    expect((await run(['validate'], root)).stdout).not.toContain('galat');

    const bad = await run(['init', 'x', ...FLAGS.slice(0, 2), '--wilayah', 'Sukamaju', '--kepala', 'A'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Wilayah "Sukamaju" tidak dikenali');
  });

  it('points the editor at the schemas of the installed package', async () => {
    const root = await tempTree({ 'package.json': '{"name":"kantor","private":true}' });
    await mkdir(join(root, 'node_modules'), { recursive: true });
    await symlink(resolve('.'), join(root, 'node_modules/standar-pelayanan'), 'dir');
    const r = await run(['init', 'standar', ...FLAGS], root);
    expect(r.code).toBe(0);
    // The project's package.json above already decides the dependency: none is written below it.
    expect(existsSync(join(root, 'standar/package.json'))).toBe(false);
    const unit = join(root, 'standar');
    const modeline = (await readFile(join(unit, 'layanan/permohonan-informasi-publik.yaml'), 'utf8')).split('\n')[0]!;
    expect(modeline).toBe('# yaml-language-server: $schema=../../node_modules/standar-pelayanan/schemas/layanan.schema.json');
    expect(existsSync(resolve(unit, 'layanan', modeline.split('=')[1]!))).toBe(true);
    const settings = JSON.parse(await readFile(join(unit, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    for (const [schema, globs] of Object.entries(settings['yaml.schemas'])) {
      expect(existsSync(resolve(unit, schema)), schema).toBe(true);
      expect(globs.length).toBeGreaterThan(0);
    }
    expect(settings['yaml.schemas']['../node_modules/standar-pelayanan/schemas/penyelenggara.schema.json']).toEqual(['penyelenggara.yaml', 'penyelenggara.yml']);
  });

  it('reads regions the way staff write them', () => {
    expect(parseWilayah('kab. sleman')).toEqual({ jenis: 'kabupaten', nama: 'Kabupaten sleman' });
    expect(parseWilayah('Provinsi Jawa Tengah')).toEqual({ jenis: 'provinsi', nama: 'Provinsi Jawa Tengah' });
    expect(parseWilayah('DKI Jakarta')).toEqual({ jenis: 'provinsi', nama: 'DKI Jakarta' });
    expect(parseWilayah('nasional')).toEqual({ jenis: 'nasional', nama: 'Republik Indonesia' });
    expect(parseWilayah('Sukamaju')).toBeUndefined();
  });
});

describe('questions on a terminal', () => {
  it('asks again until an answer can be used, and takes the default on Enter', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (c: Buffer) => (shown += c.toString()));
    const p = createPrompter(input, output, 'Wajib diisi.');
    input.write('\nSukamaju\nKota Sukamaju\n\n');
    const wilayah = await p.ask({ text: 'Wilayah', check: (a) => (parseWilayah(a) ? undefined : 'Awali dengan Kota.') });
    const kode = await p.ask({ text: 'Kode', default: 'DKPS-SUKAMAJU' });
    expect(wilayah).toBe('Kota Sukamaju');
    expect(kode).toBe('DKPS-SUKAMAJU');
    expect(shown).toContain('Wajib diisi.');
    expect(shown).toContain('Awali dengan Kota.');
    expect(shown).toContain('Kode [DKPS-SUKAMAJU]: ');
    input.end();
    await expect(p.ask({ text: 'Lagi' })).rejects.toBeInstanceOf(PromptCancelled);
    p.close();
  });
});
