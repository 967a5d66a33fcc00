import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/authoring/package-json.js';
import { run, tempTree } from '../helpers.js';

const INIT = ['init', 'unit', '--nama', 'Dinas Sosial', '--wilayah', 'Kota Sukamaju', '--kepala', 'Budi'];

/** package.json files that npm cannot read either, with where and what `standar` says. */
const BROKEN: [string, string, string][] = [
  ['{\n  "name": "kantor",\n}\n', 'package.json:2:19', 'Ada koma sebelum penutup } atau ] di package.json.'],
  ['{\n  // proyek kantor\n  "private": true\n}\n', 'package.json:2:3', 'package.json memuat komentar'],
  ['{ "private": true /* x */ }', 'package.json:1:19', 'package.json memuat komentar'],
  ['', 'package.json:1:1', 'package.json kosong.'],
  ['\n  \n', 'package.json:1:1', 'package.json kosong.'],
  ["{ 'name': 'kantor' }", 'package.json:1:3', 'diapit tanda kutip tunggal'],
  ['{ "name": "kantor"', 'package.json:1:19', 'berakhir sebelum JSON-nya lengkap'],
  ['{ name: "kantor" }', 'package.json:1:3', 'Penulisan JSON di package.json tidak sah di sini.'],
  ['["kantor"]', 'package.json:1:1', 'harus berisi satu objek JSON'],
  [Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]).toString('latin1'), 'package.json:1:7', 'tidak tersimpan sebagai UTF-8'],
];

describe('a package.json npm could not read stops init and new with a located message', () => {
  it.each(BROKEN)('%j', async (content, where, message) => {
    const root = await tempTree({ 'package.json': content.startsWith('{"a":"') ? Buffer.from(content, 'latin1') : content });
    for (const argv of [INIT, ['new', 'Akta Kelahiran']]) {
      const r = await run(argv, root);
      expect(r.code, argv[0]).toBe(2);
      expect(r.stderr).toContain(`${where}  galat`);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('package.json perlu diperbaiki dulu; tidak ada berkas yang ditulis.');
      expect(r.stderr).not.toMatch(/internal/i);
      expect(await readdir(root)).toEqual(['package.json']);
    }
  });

  it('reads past a byte order mark, as npm does', async () => {
    const root = await tempTree({ 'package.json': '\uFEFF{ "name": "kantor", "private": true }\n' });
    const r = await run(INIT, root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The package.json above the unit decides where standar-pelayanan is installed.
    expect(r.stdout).toContain('npm install --save-dev standar-pelayanan (di ');
  });

  it('refuses a FIFO or a folder named package.json without waiting on it', async () => {
    const root = await tempTree({ 'folder/package.json/.keep': '' });
    execFileSync('mkfifo', [join(root, 'package.json')]);
    for (const argv of [INIT, ['new', 'Akta Kelahiran']]) {
      const r = await run(argv, root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/package\.json:1:1  galat       "package\.json" bukan berkas biasa, melainkan (pipa bernama \(FIFO\)|sebuah folder), jadi tidak dibaca\.  berkas/);
    }
    const inFolder = await run(['init', '--nama', 'Dinas Sosial', '--wilayah', 'Kota Sukamaju', '--kepala', 'Budi', '--lang', 'en'], join(root, 'folder'));
    expect(inFolder.code).toBe(2);
    expect(inFolder.stderr).toMatch(/^package\.json:1:1 +error +"package\.json" is not an ordinary file but a folder/);
    expect(inFolder.stderr).toContain('package.json needs fixing first; no file was written.');
    expect((await readdir(root)).sort()).toEqual(['folder', 'package.json']);
    expect(await readdir(join(root, 'folder'))).toEqual(['package.json']);
  }, 10_000);

  it('locates the first strict-JSON error the way an author reads the file', () => {
    expect(jsonSyntaxError('{"a": [1, 2,]}')).toEqual({ offset: 11, kind: 'trailingComma' });
    expect(jsonSyntaxError('{"a": 01}')).toEqual({ offset: 7, kind: 'unexpected' });
    expect(jsonSyntaxError('{"a": "\\x"}')).toEqual({ offset: 7, kind: 'unexpected' });
    expect(jsonSyntaxError('{"a": "tab\there"}')).toEqual({ offset: 10, kind: 'unexpected' });
    expect(jsonSyntaxError('{"a": 1} {}')).toEqual({ offset: 9, kind: 'unexpected' });
    expect(jsonSyntaxError('{"a": tru}')).toEqual({ offset: 6, kind: 'unexpected' });
    expect(jsonSyntaxError('[' .repeat(100_000))).toEqual({ offset: 100_000, kind: 'end' });
    for (const valid of ['{}', '[]', '{"a": {"b": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}}', ' 0 ']) expect(jsonSyntaxError(valid), valid).toBeUndefined();
  });
});
