import { chmod, lstat, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatYaml } from '../../src/authoring/fmt.js';
import { newServiceText } from '../../src/authoring/new-service.js';
import { parseSource } from '../../src/load/source.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';
import { brokenPromise, commentTexts } from './fmt-helpers.js';

const SHUFFLED = `# yaml-language-server: $schema=../schemas/layanan.schema.json
# Kepala berkas.

# status di atas
status: draf
komponen:
  # biaya dulu, padahal urutannya sesudah jangka waktu
  biaya:
    gratis: true # baris ini
  # persyaratan
  persyaratan:
    - satuan: 1
      uraian: Kartu Keluarga
  jangka_waktu: { satuan: hari_kerja, nilai: 3 }
# nama ditulis terakhir
nama: Penerbitan Kartu Keluarga
kode: DUK-KK
penetapan:
  penandatangan:
    nip: 197805122005011003
    nama: Budi
    jabatan: Kepala Dinas
  # komentar di akhir penetapan
`;

const comments = commentTexts;

/** Format a service text and check the formatter's promise (same data and comments, stable). */
function formatted(text: string) {
  const r = formatYaml('x.yaml', text, 'layanan', 'id');
  expect(brokenPromise(text, 'layanan', r)).toBeUndefined();
  return r;
}

describe('formatting', () => {
  it('puts keys in schema order; every comment moves with the key it was written above', () => {
    const r = formatYaml('x.yaml', SHUFFLED, 'layanan', 'id');
    expect(r.diagnostics).toEqual([]);
    expect(r.changed).toBe(true);
    expect(r.text).toBe(`# yaml-language-server: $schema=../schemas/layanan.schema.json
# Kepala berkas.

kode: DUK-KK
# nama ditulis terakhir
nama: Penerbitan Kartu Keluarga
# status di atas
status: draf
penetapan:
  penandatangan:
    nama: Budi
    jabatan: Kepala Dinas
    nip: "197805122005011003"
  # komentar di akhir penetapan
komponen:
  # persyaratan
  persyaratan:
    - uraian: Kartu Keluarga
      satuan: 1
  jangka_waktu: { nilai: 3, satuan: hari_kerja }
  # biaya dulu, padahal urutannya sesudah jangka waktu
  biaya:
    gratis: true # baris ini
`);
    expect(comments(r.text)).toEqual(comments(SHUFFLED));
    expect(formatYaml('x.yaml', r.text, 'layanan', 'id').changed).toBe(false);
  });

  it("keeps the author's line breaks in long text and short lists on one line", () => {
    const text = `kode: A
nama: B
deskripsi: Teks panjang yang ditulis
  di atas dua baris.
kata_kunci: [satu, dua]
status: draf
komponen:
  biaya:
    keterangan: >-
      Dibayar melalui bank
      persepsi.
    gratis: false
`;
    const r = formatYaml('x.yaml', text, 'layanan', 'id');
    expect(r.text).toContain('deskripsi: Teks panjang yang ditulis\n  di atas dua baris.\n');
    expect(r.text).toContain('kata_kunci: [satu, dua]\n');
    expect(r.text).toContain('  biaya:\n    gratis: false\n    keterangan: >-\n      Dibayar melalui bank\n      persepsi.\n');
    expect(isDeepStrictEqual(parseSource('a', r.text, 'id').source!.data, parseSource('b', text, 'id').source!.data)).toBe(true);
  });

  it('is idempotent and changes no value on every example and scaffold', async () => {
    const files: [string, string, 'layanan' | 'penyelenggara'][] = [
      ['helpers provider', PROVIDER_YAML, 'penyelenggara'],
      ['helpers service', SERVICE_YAML, 'layanan'],
      ['new', newServiceText({ nama: 'Uji', kode: 'UJI', schemaPath: 'x.json' }), 'layanan'],
    ];
    const examples = join('examples');
    for (const entry of await readdir(examples, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory()) continue;
      const unit = entry.name;
      const dir = join(examples, unit);
      files.push([`${unit}/penyelenggara.yaml`, await readFile(join(dir, 'penyelenggara.yaml'), 'utf8'), 'penyelenggara']);
      for (const f of await readdir(join(dir, 'layanan'))) files.push([f, await readFile(join(dir, 'layanan', f), 'utf8'), 'layanan']);
    }
    for (const [name, text, kind] of files) {
      const once = formatYaml(name, text, kind, 'id');
      expect(once.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
      expect(formatYaml(name, once.text, kind, 'id').text, name).toBe(once.text);
      expect(isDeepStrictEqual(parseSource('a', once.text, 'id').source!.data, parseSource('b', text, 'id').source!.data), name).toBe(true);
      expect(comments(once.text), name).toEqual(comments(text));
    }
  });
});


describe('what fuzzing found: every value and comment survives', () => {
  it('keeps a flow list inside a flow collection (it came back as an internal token)', () => {
    const text = 'kode: A\nnama: B\nkata_kunci: [KK, [kartu, keluarga], { lama: [a, b] }]\ncatatan: {a: [1, 2], b: c}\n';
    const r = formatted(text);
    expect(r.text).toBe('kode: A\nnama: B\nkata_kunci: [KK, [kartu, keluarga], { lama: [a, b] }]\ncatatan: { a: [1, 2], b: c }\n');
    expect(r.text).not.toMatch(/fmt-keep/);
  });

  it('leaves a comment on the header of a folded block where it is, run after run', () => {
    const text = 'kode: A\nnama: >- # TODO\n  Penerbitan Kartu\n  Keluarga\n';
    expect(formatYaml('x.yaml', text, 'layanan', 'id')).toMatchObject({ outcome: 'tidy', changed: false, text });
    const moved = formatted('nama: >- # TODO\n  Penerbitan Kartu\n  Keluarga\nkode: A\n');
    expect(moved.text).toBe(text);
    expect(parseSource('x', moved.text, 'id').source!.data).toEqual({ kode: 'A', nama: 'Penerbitan Kartu Keluarga' });
  });

  it('keeps a comment between a key and its wrapped value', () => {
    expect(formatted('kode: A\ndeskripsi: # ringkas\n  Teks panjang\n  dua baris.\nnama: B\n').text).toBe('kode: A\nnama: B\ndeskripsi: # ringkas\n  Teks panjang\n  dua baris.\n');
    expect(formatted('kode: A\ndeskripsi:\n  # ringkas\n  Teks panjang\nnama: B\n').text).toBe('kode: A\nnama: B\ndeskripsi:\n  # ringkas\n  Teks panjang\n');
  });

  it('re-indents block scalars without touching their text: tabs, lines of spaces, an indentation number', () => {
    const text = 'kode: A\nnama: B\ndeskripsi: |\n      \tditab\n      baris\n\n         \n        lebih dalam\n         \ncatatan: |2\n     dua spasi lebih\n   lalu biasa\n';
    const r = formatted(text);
    expect(r.text).toBe('kode: A\nnama: B\ndeskripsi: |\n  \tditab\n  baris\n\n     \n    lebih dalam\n     \ncatatan: |2\n     dua spasi lebih\n   lalu biasa\n');
    expect(parseSource('x', r.text, 'id').source!.data).toMatchObject({ deskripsi: '\tditab\nbaris\n\n   \n  lebih dalam\n   \n', catatan: '   dua spasi lebih\n lalu biasa\n' });
  });

  it('puts a value written below its key, after a blank line, beside the key, and keeps it there', () => {
    expect(formatted('kode:\n\n  A\nnama: B\n').text).toBe('kode: A\nnama: B\n');
  });

  it('leaves text that looks like an internal token alone', () => {
    const text = 'nama: fmt-keep-0-7f3a\nkode: "fmt-keep-1-7f3a"\ndeskripsi: fmt-keep-2-7f3a # fmt-keep-3-7f3a\n';
    expect(formatted(text).text).toBe('kode: "fmt-keep-1-7f3a"\nnama: fmt-keep-0-7f3a\ndeskripsi: fmt-keep-2-7f3a # fmt-keep-3-7f3a\n');
  });

  it('keeps CRLF line ends on every line, and LF ones', () => {
    const lf = 'nama: B\nkode: A\n# tentang deskripsi\ndeskripsi: |\n  satu\n  dua\nkata_kunci: [a, b]\n';
    const crlf = formatted(lf.replace(/\n/g, '\r\n'));
    expect(crlf.text).toBe('kode: A\r\nnama: B\r\n# tentang deskripsi\r\ndeskripsi: |\r\n  satu\r\n  dua\r\nkata_kunci: [a, b]\r\n');
    expect(formatted(lf).text).toBe(crlf.text.replace(/\r\n/g, '\n'));
    // A file with a stray LF line comes out with the line end most of its lines use.
    expect(formatted('nama: B\r\nkode: A\nstatus: draf\r\n').text).toBe('kode: A\r\nnama: B\r\nstatus: draf\r\n');
  });

  it('keeps a byte order mark', () => {
    expect(formatted('\uFEFFnama: B\nkode: A\n').text).toBe('\uFEFFkode: A\nnama: B\n');
  });

  it('leaves a file with complex keys untouched and says where and why, in both languages', () => {
    const text = 'kode: A\n? nama\n: B\n';
    const id = formatYaml('x.yaml', text, 'layanan', 'id');
    expect(id).toMatchObject({ outcome: 'kept', changed: false, text });
    expect(id.diagnostics).toMatchObject([{ file: 'x.yaml', line: 2, column: 1, rule: 'fmt', severity: 'warning' }]);
    expect(id.diagnostics[0]!.message).toContain('kunci kompleks (kunci yang diawali "?")');
    expect(id.diagnostics[0]!.message).toContain('dibiarkan apa adanya');
    expect(formatYaml('x.yaml', text, 'layanan', 'en').diagnostics[0]!.message).toBe('fmt does not tidy complex keys (a key introduced by "?"). The file is left as it is.');
    // An alias as a key is not data a standard can hold: the loader refuses it, as validate does.
    expect(formatYaml('x.yaml', 'kode: &k A\nx: { *k : c }\n', 'layanan', 'en')).toMatchObject({ outcome: 'refused', diagnostics: [{ line: 2, column: 6, rule: 'yaml', severity: 'error' }] });
  });

  it('leaves a file untouched when sorting would put an alias before its anchor, naming both', () => {
    const text = 'status: &s draf\nkode: *s\nnama: B\n';
    const r = formatYaml('x.yaml', text, 'layanan', 'en');
    expect(r).toMatchObject({ outcome: 'kept', text });
    expect(r.diagnostics).toMatchObject([{ line: 2, column: 7, pointer: '/kode', rule: 'fmt', severity: 'warning' }]);
    expect(r.diagnostics[0]!.message).toBe('Once the keys are sorted, the alias *s would come before its anchor &s. The file is left as it is.');
    // An alias that still follows its anchor is fine.
    expect(formatted('nama: B\nkode: &k A\nkata_kunci: [*k]\n').text).toBe('kode: &k A\nnama: B\nkata_kunci: [*k]\n');
  });

  it('refuses a file that is not UTF-8 with the message validate gives', () => {
    const bytes = Buffer.from('kode: A\nnama: Kafe Ibu Sri\xe9\n', 'latin1');
    const r = formatYaml('x.yaml', bytes, 'layanan', 'id');
    expect(r.outcome).toBe('refused');
    expect(r.diagnostics).toEqual(parseSource('x.yaml', bytes, 'id').diagnostics);
    expect(r.diagnostics).toMatchObject([{ line: 2, column: 19, rule: 'berkas', severity: 'error' }]);
  });
});

describe('standar fmt', () => {
  it('--check lists unformatted files with a line and fails; fmt fixes them; --check then passes', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': formatYaml('p', PROVIDER_YAML, 'penyelenggara', 'id').text, 'layanan/kk.yaml': SHUFFLED, 'layanan/rapi.yaml': formatYaml('r', SERVICE_YAML, 'layanan', 'id').text });
    const check = await run(['fmt', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('layanan/kk.yaml:4  belum rapi');
    expect(check.stdout).not.toContain('rapi.yaml:');
    expect(check.stdout).toContain('belum rapi. Jalankan: npx standar fmt');
    expect(await readFile(join(dir, 'layanan/kk.yaml'), 'utf8')).toBe(SHUFFLED);

    const fix = await run(['fmt'], dir);
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('dirapikan  layanan/kk.yaml');
    expect((await run(['fmt', '--check'], dir)).code).toBe(0);
  });

  it('keeps the file mode, and writes through a symlink to its target, keeping the link', async () => {
    // The link stays inside the unit's folder: one leading out is refused like everywhere else.
    const dir = await tempTree({ 'layanan/kk.yaml': SHUFFLED, 'layanan/asli/rapi.yaml': SHUFFLED });
    await chmod(join(dir, 'layanan/kk.yaml'), 0o640);
    await symlink('asli/rapi.yaml', join(dir, 'layanan/tautan.yaml'));
    // Folder walks skip links (src/load/discover.ts), so the link is named.
    const r = await run(['fmt', 'layanan/kk.yaml', 'layanan/tautan.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dirapikan  layanan/tautan.yaml');
    expect((await stat(join(dir, 'layanan/kk.yaml'))).mode & 0o777).toBe(0o640);
    expect((await lstat(join(dir, 'layanan/tautan.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'layanan/tautan.yaml'))).toBe('asli/rapi.yaml');
    const tidy = formatYaml('x', SHUFFLED, 'layanan', 'id').text;
    expect(await readFile(join(dir, 'layanan/asli/rapi.yaml'), 'utf8')).toBe(tidy);
    expect(await readFile(join(dir, 'layanan/kk.yaml'), 'utf8')).toBe(tidy);
    expect(await readdir(join(dir, 'layanan/asli'))).toEqual(['rapi.yaml']);
  });

  it('refuses a file that is not UTF-8 with the message validate gives, and leaves it untouched', async () => {
    const latin1 = Buffer.from('kode: A\nnama: Kafe Ibu Sri\xe9\n', 'latin1');
    const dir = await tempTree({ 'layanan/lama.yaml': latin1 });
    const r = await run(['fmt', 'layanan'], dir);
    expect(r.code).toBe(1);
    const located = (out: string) => out.split('\n').find((l) => l.startsWith('layanan/lama.yaml:'));
    expect(located(r.stderr)).toMatch(/^layanan\/lama\.yaml:2:19 +galat +Berkas tidak tersimpan sebagai UTF-8/);
    expect(located(r.stderr)).toBe(located((await run(['validate', 'layanan'], dir)).stdout));
    expect(await readFile(join(dir, 'layanan/lama.yaml'))).toEqual(latin1);
  });

  it('leaves a file it cannot tidy safely as it is, with a warning that does not fail --check', async () => {
    const complex = 'kode: A\n? nama\n: B\n';
    const dir = await tempTree({ 'layanan/rumit.yaml': complex, 'layanan/rapi.yaml': formatYaml('r', SERVICE_YAML, 'layanan', 'id').text });
    const check = await run(['fmt', '--check', 'layanan'], dir);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/^layanan\/rumit\.yaml:2:1 +peringatan +fmt tidak merapikan kunci kompleks \(kunci yang diawali "\?"\)\. Berkas ini dibiarkan apa adanya\. +fmt$/m);
    expect(check.stderr).toContain('Saran: Tulis kunci sebagai teks biasa pada satu baris');
    expect(check.stdout).toBe('✔ 1 berkas sudah rapi.\n⚠ 1 berkas dibiarkan apa adanya karena fmt tidak dapat merapikannya dengan aman (lihat peringatan).\n');
    const fix = await run(['fmt', 'layanan'], dir);
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('0 berkas dirapikan, 1 sudah rapi.');
    expect(await readFile(join(dir, 'layanan/rumit.yaml'), 'utf8')).toBe(complex);
  });

  it('leaves a file it cannot parse untouched and says where it breaks', async () => {
    const dir = await tempTree({ 'rusak.yaml': 'kode: A\nnama: [B\n' });
    const r = await run(['fmt', 'rusak.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rusak\.yaml:\d+:\d+/);
    expect(await readFile(join(dir, 'rusak.yaml'), 'utf8')).toBe('kode: A\nnama: [B\n');
    expect((await run(['fmt', 'tidak-ada.yaml'], dir)).code).toBe(2);
    await writeFile(join(dir, 'rusak.yaml'), 'kode: A\n');
  });
});
