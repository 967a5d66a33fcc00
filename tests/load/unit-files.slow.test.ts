import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInputs } from '../../src/load/discover.js';
import { runBounded } from '../files/bounded.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

const OTHER_SERVICE = SERVICE_YAML.replace('kode: DUK-KK', 'kode: DUK-AKTA').replace('nama: Penerbitan Kartu Keluarga', 'nama: Penerbitan Akta Kelahiran');

/** A unit with a service kept in a hidden folder (never walked), and beside the unit a service that is not part of it. */
async function unitWithNeighbour() {
  const root = await tempTree({ 'unit/penyelenggara.yaml': PROVIDER_YAML, 'unit/layanan/kk.yaml': SERVICE_YAML, 'unit/.bersama/akta.yaml': OTHER_SERVICE, 'lain/akta.yaml': OTHER_SERVICE });
  return { root, unit: join(root, 'unit') };
}

describe('a symlinked service file in layanan/', () => {
  it('is followed when it leads to an ordinary file inside the unit: checked and published like any file', async () => {
    const { unit } = await unitWithNeighbour();
    symlinkSync('../.bersama/akta.yaml', join(unit, 'layanan/akta.yaml'));
    const plan = await planInputs(['.'], unit);
    expect(plan.refused).toEqual([]);
    expect(plan.units[0]!.servicePaths).toContain(join(unit, 'layanan/akta.yaml'));

    const out = join(unit, 'situs');
    const built = await run(['build', '--out', out], unit);
    expect(built.code).toBe(0);
    expect(readdirSync(join(out, 'layanan')).sort()).toEqual(['duk-akta', 'duk-kk']);
  });

  it('leading out of the unit is refused with its name, where it leads and what to do; never checked, never published', async () => {
    const { root, unit } = await unitWithNeighbour();
    symlinkSync(join(root, 'lain/akta.yaml'), join(unit, 'layanan/akta.yaml'));
    symlinkSync('/etc/passwd', join(unit, 'layanan/sandi.yaml'));
    const plan = await planInputs(['.'], unit);
    expect(plan.units[0]!.servicePaths).toEqual([join(unit, 'layanan/kk.yaml')]);
    expect(plan.refused.map((r) => [r.file, r.problem.reason, r.link])).toEqual([
      ['layanan/akta.yaml', 'outside', join(root, 'lain/akta.yaml')],
      ['layanan/sandi.yaml', 'outside', '/etc/passwd'],
    ]);

    const r = await run(['validate'], unit);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`layanan/sandi.yaml:1:1  galat       "layanan/sandi.yaml" adalah tautan simbolik ke "/etc/passwd", di luar folder unit .: tidak diperiksa dan tidak diterbitkan.  berkas`);
    expect(r.stdout).toContain('Saran: Standar hanya menerbitkan isi foldernya sendiri. Ganti tautan itu dengan salinan berkasnya, atau hapus tautannya.');
    expect(r.stdout).not.toContain('root:');

    const en = await run(['validate', '--lang', 'en'], unit);
    expect(en.stdout).toContain(`"layanan/akta.yaml" is a symbolic link to "${join(root, 'lain/akta.yaml')}", outside the unit folder .: it is neither checked nor published.`);

    // The site is not built: a file of the unit could not be checked.
    const built = await run(['build', '--out', join(root, 'situs')], unit);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('layanan/sandi.yaml');
  });

  it('leading to nothing is said, not skipped', async () => {
    const { unit } = await unitWithNeighbour();
    symlinkSync('hilang.yaml', join(unit, 'layanan/rusak.yaml'));
    const r = await run(['validate'], unit);
    expect(r.stdout).toContain('layanan/rusak.yaml:1:1  galat       "layanan/rusak.yaml" adalah tautan simbolik ke "hilang.yaml", yang tidak ada: tidak diperiksa dan tidak diterbitkan.  io');
    expect(r.code).toBe(2);
  });

  it('leading through a linked folder is judged by where the file really is', async () => {
    const { root, unit } = await unitWithNeighbour();
    symlinkSync(join(root, 'lain'), join(unit, 'layanan/luar'));
    // The walk never follows a linked folder; a path given through it is refused.
    expect((await planInputs(['.'], unit)).refused).toEqual([]);
    const plan = await planInputs(['layanan/luar/akta.yaml'], unit);
    expect(plan.units.flatMap((u) => u.servicePaths)).toEqual([]);
    expect(plan.refused.map((r) => [r.file, r.problem])).toEqual([['layanan/luar/akta.yaml', { ok: false, reason: 'outside', target: realpathSync(join(root, 'lain/akta.yaml')) }]]);
  });

  it('named as a folder to walk, it is walked, and what it holds is judged by where it really is', async () => {
    const { root, unit } = await unitWithNeighbour();
    symlinkSync(join(root, 'lain'), join(unit, 'layanan/luar'));
    // The unit's folder and the linked one, each walked: the unit's own file stays, the other leads out.
    const plan = await planInputs(['.', 'layanan/luar'], unit);
    expect(plan.units.flatMap((u) => u.servicePaths)).toEqual([join(unit, 'layanan/kk.yaml')]);
    expect(plan.refused.map((r) => [r.file, r.problem])).toEqual([['layanan/luar/akta.yaml', { ok: false, reason: 'outside', target: realpathSync(join(root, 'lain/akta.yaml')) }]]);
  });

  it('a unit reached through a linked folder, or walked from its layanan/ folder, is the unit itself', async () => {
    const { root, unit } = await unitWithNeighbour();
    symlinkSync(unit, join(root, 'pintas'));
    for (const [input, provider] of [['pintas', join(root, 'pintas/penyelenggara.yaml')], ['pintas/layanan', join(root, 'pintas/penyelenggara.yaml')], ['unit/layanan', join(unit, 'penyelenggara.yaml')]] as const) {
      const plan = await planInputs([input], root);
      expect(plan.refused, input).toEqual([]);
      expect(plan.units.map((u) => [u.providerPath, u.servicePaths]), input).toEqual([[provider, [join(provider, '../layanan/kk.yaml')]]]);
    }
  });
});

describe('special files named like a standard', () => {
  it('a FIFO in layanan/ is refused at once, and the rest is checked', async () => {
    const { unit } = await unitWithNeighbour();
    execFileSync('mkfifo', [join(unit, 'layanan/pipa.yaml')]);
    const r = await runBounded(['validate'], unit);
    expect(r.stdout).toContain('layanan/pipa.yaml:1:1  galat       "layanan/pipa.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.  berkas');
    expect(r.stdout).toContain('✖ 1 masalah (1 galat) dalam 1 berkas; 3 berkas diperiksa.');
    expect(r.code).toBe(1);
  }, 90_000);

  it('a symlink to /dev/zero is refused, as is a FIFO given on the command line', async () => {
    const { unit } = await unitWithNeighbour();
    symlinkSync('/dev/zero', join(unit, 'layanan/nol.yaml'));
    execFileSync('mkfifo', [join(unit, 'pipa.yaml')]);
    const r = await runBounded(['validate', '.', 'pipa.yaml'], unit);
    expect(r.stdout).toContain('"layanan/nol.yaml" adalah tautan simbolik ke "/dev/zero", di luar folder unit .');
    expect(r.stdout).toContain('pipa.yaml:1:1  galat       "pipa.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.');
    expect(r.code).toBe(1);
  }, 90_000);

  it('a FIFO named penyelenggara.yaml is the unit\'s provider, refused, not mistaken for no provider', async () => {
    const root = await tempTree({ 'unit/layanan/kk.yaml': SERVICE_YAML });
    execFileSync('mkfifo', [join(root, 'unit/penyelenggara.yaml')]);
    const r = await runBounded(['validate', 'unit'], root);
    expect(r.stdout).toContain('unit/penyelenggara.yaml:1:1  galat       "unit/penyelenggara.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.  berkas');
    expect(r.code).toBe(1);
  }, 90_000);

  it('a folder named like a standard is walked as a folder, never opened as a file', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    mkdirSync(join(root, 'layanan/folder.yaml'));
    writeFileSync(join(root, 'layanan/folder.yaml/akta.yaml'), OTHER_SERVICE);
    const plan = await planInputs(['.'], root);
    expect(plan.units[0]!.servicePaths).toEqual([join(root, 'layanan/folder.yaml/akta.yaml'), join(root, 'layanan/kk.yaml')]);
    expect((await run(['validate'], root)).code).toBe(0);
  });
});
