import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerProblem, type AnswerField } from '../../src/authoring/init.js';
import { createPrompter } from '../../src/authoring/prompt.js';
import { validate } from '../../src/check/validate.js';
import { parseSource } from '../../src/load/source.js';
import { run, tempTree } from '../helpers.js';
import { hostileText, random } from './hostile.js';

const GOOD: Record<AnswerField, string> = {
  nama: 'Dinas Kependudukan dan Pencatatan Sipil',
  wilayah: 'Kota Sukamaju',
  kepala: 'Dra. Siti Aminah, M.Si.',
  jabatan: 'Kepala Dinas',
  kode: 'DKPS-SUKAMAJU',
  pemerintah: 'Pemerintah Kota Sukamaju',
};

const get = (data: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
/** What init promises to write for a value it accepts: the text, trimmed, with runs of spaces made one. */
const written = (value: string) => value.trim().replace(/\s+/g, ' ');

describe('standar init with any value a user may type or paste', () => {
  it('refuses a line break in a name, naming the flag, and writes nothing', async () => {
    const root = await tempTree({});
    const r = await run(['init', 'unit', '--nama', 'Dinas\nX', '--wilayah', 'Kota Sukamaju', '--kepala', 'Siti\r\nAminah', '--jabatan', 'Kepala', '--kode', 'A B'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        '--nama "Dinas\\nX" harus ditulis dalam satu baris, tanpa baris baru (Enter) di dalamnya.',
        '--kepala "Siti\\r\\nAminah" harus ditulis dalam satu baris, tanpa baris baru (Enter) di dalamnya.',
        '--kode "A B" tidak sah: pakai huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 64, diawali huruf atau angka), misalnya DKPS-SUKAMAJU.',
        'Tidak ada berkas yang ditulis.',
        '',
      ].join('\n'),
    );
    expect(await readdir(root)).toEqual([]);
    const en = await run(['init', '--lang', 'en', '--nama', 'Dinas\u0000X', '--wilayah', 'Kota\u2028Sukamaju', '--kepala', ' '], root);
    expect(en.stderr).toContain('--nama "Dinas\\u0000X" contains an invisible control character (such as NUL). Type the value again.');
    expect(en.stderr).toContain('--wilayah "Kota\u2028Sukamaju" must be written on one line');
    expect(en.stderr).toContain('--kepala " " cannot be empty.');
  });

  it('either refuses clearly or writes a unit that parses, validates with no error and keeps each value', async () => {
    const next = random(20260105);
    const hostile = () => hostileText(next);
    const fields = Object.keys(GOOD) as AnswerField[];
    let accepted = 0;
    let refused = 0;
    for (let round = 0; round < 200; round++) {
      const values = { ...GOOD };
      const changed = fields.filter(() => next() < 0.2);
      if (changed.length === 0) changed.push(fields[round % fields.length]!);
      for (const f of changed) values[f] = f === 'wilayah' ? `Kota ${hostile()}` : f === 'kode' && next() < 0.5 ? `K${hostile().replace(/[^A-Za-z0-9._-]/g, '')}` : hostile();
      const root = await tempTree({});
      const argv = ['init', 'unit', ...fields.flatMap((f) => [`--${f}`, values[f]])];
      const r = await run(argv, root);
      const replay = JSON.stringify(values).replace(/x{50,}/g, (m) => `x×${m.length}`);

      if (r.code !== 0) {
        refused++;
        expect(r.code, replay).toBe(2);
        expect(r.stderr, replay).not.toMatch(/internal/i);
        expect(r.stderr, replay).toMatch(new RegExp(`^(--(${changed.join('|')}) |Wilayah ")`));
        expect(await readdir(root), replay).toEqual([]);
        continue;
      }
      accepted++;
      const unit = join(root, 'unit');
      const text = await readFile(join(unit, 'penyelenggara.yaml'), 'utf8');
      const parsed = parseSource('penyelenggara.yaml', text, 'id');
      expect(parsed.diagnostics, replay).toEqual([]);
      const data = parsed.source!.data;
      expect(get(data, 'nama'), replay).toBe(written(values.nama));
      expect(get(data, 'wilayah.nama'), replay).toBe(written(values.wilayah));
      expect(get(data, 'kepala.nama'), replay).toBe(written(values.kepala));
      expect(get(data, 'kepala.jabatan'), replay).toBe(written(values.jabatan));
      expect(get(data, 'kode'), replay).toBe(values.kode);
      expect(get(data, 'pemerintah'), replay).toBe(written(values.pemerintah));
      expect(get(data, 'maklumat.tempat'), replay).toBeUndefined();
      const checked = await validate([unit], { cwd: unit, lang: 'id', workers: 0 });
      expect(checked.diagnostics.filter((d) => d.severity === 'error'), replay).toEqual([]);
      expect(JSON.parse(await readFile(join(unit, 'package.json'), 'utf8')).description, replay).toContain(written(values.nama));
    }
    // Both outcomes were exercised.
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(40);
  }, 120_000);

  it('on a terminal, takes lines pasted together as one answer, so a pasted line break is refused and asked again', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = new PassThrough();
    let shown = '';
    output.on('data', (c: Buffer) => (shown += c.toString()));
    const p = createPrompter(input, output, 'Wajib diisi.');
    const asked = p.ask({ text: 'Nama unit', check: (a) => answerProblem('nama', a)?.id });
    input.write('Dinas Kependudukan\ndan Pencatatan Sipil\n');
    await new Promise((r) => setTimeout(r, 50));
    input.write('Dinas Kependudukan dan Pencatatan Sipil\n');
    expect(await asked).toBe('Dinas Kependudukan dan Pencatatan Sipil');
    expect(shown).toContain('harus ditulis dalam satu baris');
    // Typed answers, one per question, still go one by one.
    const wilayah = p.ask({ text: 'Wilayah' });
    input.write('Kota Sukamaju\n');
    expect(await wilayah).toBe('Kota Sukamaju');
    p.close();
  });
});
