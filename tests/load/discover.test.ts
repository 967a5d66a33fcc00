import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInputs } from '../../src/load/discover.js';
import { tempTree } from '../helpers.js';

describe('planInputs', () => {
  it('knows a unit folder, walks it recursively and skips config, hidden and node_modules folders', async () => {
    const root = await tempTree({
      'unit/penyelenggara.yaml': 'x: 1',
      'unit/standar.config.yaml': 'x: 1',
      'unit/layanan/a.yaml': 'x: 1',
      'unit/layanan/sub/b.yml': 'x: 1',
      'unit/layanan/catatan.txt': 'x',
      'unit/.git/c.yaml': 'x: 1',
      'unit/node_modules/d.yaml': 'x: 1',
    });
    const plan = await planInputs(['unit'], root);
    expect(plan.missing).toEqual([]);
    expect(plan.units.map(({ dir, providerPath, servicePaths }) => ({ dir, providerPath, servicePaths }))).toEqual([
      { dir: join(root, 'unit'), providerPath: join(root, 'unit/penyelenggara.yaml'), servicePaths: [join(root, 'unit/layanan/a.yaml'), join(root, 'unit/layanan/sub/b.yml')] },
    ]);
  });

  it('finds the provider of a lone service file by walking up, and groups several units', async () => {
    const root = await tempTree({
      'a/penyelenggara.yaml': 'x: 1',
      'a/layanan/s.yaml': 'x: 1',
      'b/penyelenggara.yml': 'x: 1',
      'b/layanan/t.yaml': 'x: 1',
      'lepas.yaml': 'x: 1',
    });
    const plan = await planInputs(['a/layanan/s.yaml', 'b', 'lepas.yaml'], root);
    expect(plan.units.map((u) => [u.providerPath?.slice(root.length), u.servicePaths.map((p) => p.slice(root.length))])).toEqual([
      ['/a/penyelenggara.yaml', ['/a/layanan/s.yaml']],
      ['/b/penyelenggara.yml', ['/b/layanan/t.yaml']],
      [undefined, ['/lepas.yaml']],
    ]);
  });

  it('expands globs and reports inputs that match nothing', async () => {
    const root = await tempTree({ 'u/layanan/a.yaml': 'x: 1', 'u/layanan/b.yaml': 'x: 1', 'u/lain/c.yaml': 'x: 1' });
    const plan = await planInputs(['u/layanan/*.yaml', 'u/**/tidak-ada*.yaml', 'salah-ketik'], root);
    expect(plan.units.flatMap((u) => u.servicePaths).map((p) => p.slice(root.length))).toEqual(['/u/layanan/a.yaml', '/u/layanan/b.yaml']);
    expect(plan.missing).toEqual([
      { input: 'u/**/tidak-ada*.yaml', kind: 'noMatch' },
      { input: 'salah-ketik', kind: 'notFound' },
    ]);
  });

  it("keeps a unit's files as given, in order, whatever a caller assigns (a file outside its folder, names alike)", async () => {
    const root = await tempTree({ 'u/penyelenggara.yaml': 'x: 1', 'u/layanan/a.yaml': 'x: 1' });
    const [unit] = (await planInputs(['u'], root)).units;
    const given = [join(root, 'lain/x.yaml'), join(root, 'u/layanan/a.yaml'), join(root, 'u-b/y.yaml'), join(root, 'u/layanan/a.yaml')];
    unit!.servicePaths = given;
    expect(unit!.servicePaths).toEqual(given);
    unit!.servicePaths = [];
    expect(unit!.servicePaths).toEqual([]);
  });
});
