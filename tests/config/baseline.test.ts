import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline, readBaseline } from '../../src/check/baseline.js';
import { validate } from '../../src/check/validate.js';
import { writeFileAtomic } from '../../src/files/write.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

const NOW = '2026-06-01T00:00:00Z';
const HTTP = (n: number) => variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', `    keterangan: Lihat http://situs-${n}.go.id.\n`);
const rules = (ds: { file: string; rule: string }[]) => ds.map((d) => `${d.file} ${d.rule}`);

/** What the CLI's --write-baseline does, through the library. */
async function writeBaselineFor(root: string, path = join(root, 'standar-baseline.json')) {
  const today = await validate(['.'], { cwd: root, now: NOW, workers: 0, baseline: false });
  const previous = (await readBaseline(path, { lang: 'id', cwd: root, required: false })).baseline;
  await writeFileAtomic(path, buildBaseline(today.diagnostics, path, root, previous));
  return path;
}

describe('baseline', () => {
  it('records today\'s problems; later runs report only new ones', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/a.yaml': HTTP(1), 'layanan/b.yaml': variant(HTTP(2), 'DUK-KK', 'DUK-B') });
    const path = await writeBaselineFor(root);
    const written = JSON.parse(await readFile(path, 'utf8')) as { entries: unknown[] };
    expect(written.entries).toEqual([
      { file: 'layanan/a.yaml', rule: 'tautan-https', pointer: '/komponen/biaya/keterangan', count: 1, message: 'Tautan "http://situs-1.go.id" memakai http:// yang tidak aman.', generated: true },
      { file: 'layanan/b.yaml', rule: 'tautan-https', pointer: '/komponen/biaya/keterangan', count: 1, message: 'Tautan "http://situs-2.go.id" memakai http:// yang tidak aman.', generated: true },
    ]);
    const quiet = await validate(['.'], { cwd: root, now: NOW, workers: 0 });
    expect(quiet.diagnostics).toEqual([]);
    expect(quiet.baseline).toMatchObject({ used: true, hidden: 2, fixed: 0 });

    // A new problem is reported; lines moving above an old one do not wake it up.
    await writeFile(join(root, 'layanan/a.yaml'), '# komentar baru\n# dan satu lagi\n' + variant(HTTP(1), 'total: 3', 'total: 9'));
    const next = await validate(['.'], { cwd: root, now: NOW, workers: 0 });
    expect(rules(next.diagnostics)).toEqual(['layanan/a.yaml jumlah-pelaksana-tidak-cocok']);
  });

  it('says how many recorded problems are gone, and --baseline false shows everything', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/a.yaml': HTTP(1) });
    await writeBaselineFor(root);
    await writeFile(join(root, 'layanan/a.yaml'), BASE_SERVICE);
    expect((await validate(['.'], { cwd: root, now: NOW, workers: 0 })).baseline).toMatchObject({ hidden: 0, fixed: 1 });
    await writeFile(join(root, 'layanan/a.yaml'), HTTP(1));
    expect(rules((await validate(['.'], { cwd: root, now: NOW, workers: 0, baseline: false })).diagnostics)).toEqual(['layanan/a.yaml tautan-https']);
  });

  it('keeps entries written by hand when written again, and honours their globs and "*"', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/a.yaml': HTTP(1), 'arsip/lama.yaml': variant(variant(HTTP(3), 'DUK-KK', 'DUK-LAMA'), 'total: 3', 'total: 4') });
    const manual = { file: 'arsip/**', rule: '*', reason: 'Arsip, tidak diterbitkan lagi' };
    const path = join(root, 'standar-baseline.json');
    await writeFile(path, JSON.stringify({ version: 1, entries: [manual, { file: 'x.yaml', rule: 'skema', pointer: '', count: 1, generated: true }] }));
    await writeBaselineFor(root);
    const written = JSON.parse(await readFile(path, 'utf8')) as { entries: { file: string }[] };
    expect(written.entries[0]).toEqual(manual);
    expect(written.entries.map((e) => e.file)).toEqual(['arsip/**', 'layanan/a.yaml']);
    expect((await validate(['.'], { cwd: root, now: NOW, workers: 0 })).diagnostics).toEqual([]);
  });

  it('is named by the configuration, and a broken one stops the run with located problems', async () => {
    const root = await tempTree({ 'standar.config.yaml': 'baseline: ci/lama.json\n', 'penyelenggara.yaml': BASE_PROVIDER, 'a.yaml': HTTP(1) });
    const result = await validate(['.'], { cwd: root, now: NOW, workers: 0 });
    expect(result.baseline.path).toBe(join(root, 'ci/lama.json'));
    await writeBaselineFor(root, result.baseline.path);
    expect((await validate(['.'], { cwd: root, now: NOW, workers: 0 })).diagnostics).toEqual([]);
    await writeFile(result.baseline.path, '{\n  "entries": [\n    { "file": "a.yaml", "rule": 5 }\n  ]\n}\n');
    const broken = await validate(['.'], { cwd: root, now: NOW, workers: 0 });
    expect(broken.files).toBe(0);
    expect(broken.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual(['ci/lama.json:3:5 baseline: Entri baseline ini tidak sah: periksa "rule".']);
    const missing = await validate(['.'], { cwd: root, now: NOW, workers: 0, baseline: 'tidak-ada.json' });
    expect(rules(missing.diagnostics)).toEqual(['tidak-ada.json baseline']);
  });
});
