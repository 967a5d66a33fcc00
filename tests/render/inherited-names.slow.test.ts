import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_YAML, run, tempTree } from '../helpers.js';

/**
 * Values and keys that name members every JavaScript object inherits ("toString", "constructor",
 * "__proto__", "valueOf", "hasOwnProperty"), written where the schema expects a unit of time, a
 * kind of channel or regulation, a form, a scope or a text. The file is wrong and validate says
 * where; render and build still make its pages as drafts, printing what is written as written,
 * and nothing stops with an internal error.
 */
const SERVICE = `kode: DUK-WARISAN
nama: Penerbitan Kartu Keluarga
status: draf
cakupan: valueOf
deskripsi:
  toString: Teks yang ditulis sebagai pemetaan
komponen:
  persyaratan:
    - uraian: Buku nikah
      bentuk: __proto__
    - uraian: Akta kelahiran
      bentuk: [constructor, toString]
  sistem_mekanisme_prosedur:
    - pelaksana: Petugas
      uraian: Menerbitkan KK.
      waktu: { nilai: 2, satuan: toString }
  jangka_waktu:
    nilai: 3
    satuan: constructor
    paling_cepat: { nilai: 1, satuan: __proto__ }
  biaya:
    gratis: true
  produk:
    - Kartu Keluarga
  pengaduan:
    kanal:
      - jenis: constructor
        alamat: https://pengaduan.ujikota.go.id
      - jenis: toString
        alamat: 0812-3456-7890
  dasar_hukum:
    - jenis: constructor
      nomor: 24
      tahun: 2013
      tentang: Administrasi Kependudukan
  sarana_prasarana:
    - __proto__: { nama: Kursi roda }
  evaluasi_kinerja:
    - uraian: Survei Kepuasan Masyarakat
      frekuensi: hasOwnProperty
kanal:
  - jenis: __proto__
    nama: Loket
jam_pelayanan:
  - hari: { valueOf: 1 }
    jam: { toString: "08.00" }
`;

const unit = () => tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/warisan.yaml': SERVICE });

const LOCATED = /^layanan\/warisan\.yaml:\d+:\d+\s/;

/** Nothing a user sees is a stack trace or the CLI's "internal error". */
function expectNoCrash(output: string): void {
  expect(output).not.toMatch(/kesalahan internal|internal error|\n\s+at .+:\d+:\d+/i);
}

/** Markup without tags, spaces made one: what a reader of the page sees. */
const visible = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('names of inherited members written as values', () => {
  it('validate reports each where it is written', async () => {
    const root = await unit();
    const r = await run(['validate', '.'], root);
    expect(r.code).toBe(1);
    expectNoCrash(r.stdout + r.stderr);
    const diagnostics = JSON.parse((await run(['validate', '.', '--format', 'json'], root)).stdout) as { file: string; line: number; column: number; pointer: string; rule: string }[];
    const pointers = diagnostics.filter((d) => d.rule === 'skema').map((d) => d.pointer);
    for (const pointer of ['/cakupan', '/deskripsi', '/komponen/sistem_mekanisme_prosedur/0/waktu/satuan', '/komponen/jangka_waktu/satuan', '/komponen/pengaduan/kanal/0/jenis', '/komponen/pengaduan/kanal/1/jenis', '/komponen/dasar_hukum/0/jenis', '/komponen/evaluasi_kinerja/0/frekuensi', '/kanal/0/jenis']) {
      expect(pointers.some((p) => p.startsWith(pointer)), pointer).toBe(true);
    }
    for (const d of diagnostics) expect([d.file, d.line > 1], d.pointer).toEqual(['layanan/warisan.yaml', true]);
    expect(diagnostics.filter((d) => d.rule === 'internal')).toEqual([]);
  });

  it('render says where the file is wrong and writes its pages, each value as written', async () => {
    const root = await unit();
    const r = await run(['render', 'layanan/warisan.yaml', '--out', 'keluaran', '--varian', 'lengkap,publik'], root);
    expectNoCrash(r.stdout + r.stderr);
    expect(r.code).toBe(1);
    const problems = r.stderr.split('\n').filter((l) => /\s(galat|peringatan)\s{2}/.test(l));
    expect(problems.length).toBeGreaterThanOrEqual(18);
    for (const problem of problems) expect(problem.trim()).toMatch(LOCATED);
    expect(r.stdout).toMatch(/^✔ 2 halaman HTML ditulis ke keluaran\/ \(2 bertanda DRAF/);
    const page = visible(await readFile(join(root, 'keluaran', 'duk-warisan.lengkap.html'), 'utf8'));
    // A unit or kind the tool does not know is printed as the document wrote it, never replaced by a built-in name.
    expect(page).toContain('2 (dua) toString');
    expect(page).toContain('3 (tiga) constructor');
    expect(page).toContain('constructor Nomor 24 Tahun 2013 tentang Administrasi Kependudukan');
    expect(page).not.toMatch(/\bObject\b|function|\[native code\]/);
    // A key "__proto__" is a key like any other: the item it is in has no name, so the page says so.
    expect(page).not.toContain('Kursi roda');
  });

  it('build writes the site as drafts', async () => {
    const root = await unit();
    const r = await run(['build', '.', '--out', 'situs'], root);
    expectNoCrash(r.stdout + r.stderr);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✔ Situs 1 layanan ditulis ke situs\//);
    expect(await readdir(join(root, 'situs', 'layanan', 'duk-warisan'))).toEqual(['index.html', 'standar.html']);
    const contacts = visible(await readFile(join(root, 'situs', 'kontak.html'), 'utf8'));
    expect(contacts).toContain('https://pengaduan.ujikota.go.id');
    expect(contacts).not.toMatch(/\bObject\b|function|\[native code\]/);
  });
});
