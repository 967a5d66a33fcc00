import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatYaml } from '../../src/authoring/fmt.js';
import { newServiceText } from '../../src/authoring/new-service.js';
import { parseSource } from '../../src/load/source.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

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

function comments(text: string): string[] {
  return (text.match(/#.*$/gm) ?? []).map((c) => c.trim()).sort();
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
