import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import { newServiceText } from '../../src/authoring/new-service.js';
import { parseSource } from '../../src/load/source.js';
import { COMPONENTS, COMPONENT_KEYS } from '../../src/model/components.js';
import { PROVIDER_YAML, run, tempTree } from '../helpers.js';
import { hostileText, random } from './hostile.js';

const keysOf = (text: string) => {
  const komponen = parseDocument(text).get('komponen');
  return isMap(komponen) ? komponen.items.map((p) => String((p.key as { value: unknown }).value)) : [];
};

/** Components `new` leaves as a commented example: a number or a choice no placeholder can stand for. */
const PENDING: readonly string[] = ['jangka_waktu', 'biaya', 'jumlah_pelaksana'];

describe('standar new', () => {
  it('writes all 14 components in order, each explained, and the file validates as a draft', async () => {
    const dir = await tempTree({});
    const r = await run(['new', 'Penerbitan KTP Elektronik'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dibuat layanan/penerbitan-ktp-elektronik.yaml (kode KTP-ELEKTRONIK, status draf).');
    expect(r.stdout).toContain('Pemeriksaan: 0 galat');
    expect(r.stdout).toContain('Tulis juga komponen yang masih berupa contoh bertanda #: jangka_waktu, biaya, jumlah_pelaksana.');
    const text = await readFile(join(dir, 'layanan/penerbitan-ktp-elektronik.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/layanan\.schema\.json$/);
    expect(text).toMatch(/^kode: KTP-ELEKTRONIK$/m);
    expect(text).toMatch(/^nama: Penerbitan KTP Elektronik$/m);
    expect(text).toMatch(/^status: draf$/m);
    // A component whose content needs a number or a choice only the unit knows is an example to uncomment, not a guess.
    expect(keysOf(text)).toEqual(COMPONENT_KEYS.filter((k) => !PENDING.includes(k)));
    for (const key of PENDING) expect(text).toContain(`  # ${key}: belum ditulis.`);
    // Every component is preceded by the regulation's explanation naming its letter of Pasal 21.
    for (const c of COMPONENTS) {
      const at = Math.max(text.indexOf(`\n  ${c.key}:`), text.indexOf(`\n  # ${c.key}: belum ditulis.`));
      const above = text.slice(0, at).split('\n').slice(-7).join('\n');
      expect(above, c.key).toContain(`Pasal 21 huruf ${c.pasal21}`);
    }

    const check = await run(['validate', '-f', 'json', 'layanan'], dir);
    expect(check.code).toBe(0);
    const diagnostics = JSON.parse(check.stdout) as { severity: string; rule: string; message: string }[];
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Each missing component is said once, by the rule that speaks of missing components.
    expect(diagnostics.filter((d) => d.rule === 'komponen-lengkap').map((d) => d.message)).toEqual(PENDING.map((k) => expect.stringContaining(`(${k}) belum ditulis`)));
    // The file is already in canonical layout.
    expect((await run(['fmt', '--check', 'layanan'], dir)).code).toBe(0);
  });

  it('leaves inherited components to penyelenggara.yaml, saying so where they would be', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/.keep': '' });
    const r = await run(['new', 'Penerbitan Akta Kelahiran'], join(dir, 'layanan'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('7 komponen diwarisi dari bawaan');
    const text = await readFile(join(dir, 'layanan/penerbitan-akta-kelahiran.yaml'), 'utf8');
    expect(keysOf(text)).toEqual(['persyaratan', 'sistem_mekanisme_prosedur', 'produk', 'dasar_hukum']);
    expect(text).toContain('# pengaduan: diwarisi dari penyelenggara.yaml (bawaan.komponen.pengaduan).');
    const check = await run(['validate', dir], dir);
    expect(check.code).toBe(0);

    const full = await run(['new', 'Penerbitan Akta Kematian', '--lengkap'], dir);
    expect(full.code).toBe(0);
    expect(keysOf(await readFile(join(dir, 'layanan/penerbitan-akta-kematian.yaml'), 'utf8'))).toEqual(COMPONENT_KEYS.filter((k) => !PENDING.includes(k)));
  });

  it('never overwrites, and gives a new code when the derived one is taken', async () => {
    const dir = await tempTree({});
    expect((await run(['new', 'Akta Kelahiran'], dir)).code).toBe(0);
    const before = await readFile(join(dir, 'layanan/akta-kelahiran.yaml'), 'utf8');
    const again = await run(['new', 'Akta Kelahiran'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('layanan/akta-kelahiran.yaml sudah ada dan tidak ditimpa');
    expect(await readFile(join(dir, 'layanan/akta-kelahiran.yaml'), 'utf8')).toBe(before);

    const other = await run(['new', 'Penerbitan Akta Kelahiran'], dir);
    expect(other.stdout).toContain('kode AKTA-KELAHIRAN-2');
    const clash = await run(['new', 'Akta Lahir', '--kode', 'akta-kelahiran'], dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('sudah dipakai');
    const bad = await run(['new', 'Akta Lahir', '--kode', 'AKTA LAHIR'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('tidak sah');
  });

  it('writes any name given to the library into a file that parses, keeping the name exactly', () => {
    const nama = 'Akta "Kelahiran": #1\nbaris dua\u0000 - * & ! | >';
    const text = newServiceText({ nama, kode: 'AKTA', schemaPath: 'layanan.schema.json' });
    expect(text).toContain('# Standar pelayanan: Akta "Kelahiran": #1 baris dua - * & ! | >\n');
    expect(text).toContain('nama: "Akta \\"Kelahiran\\": #1\\nbaris dua\\0 - * & ! | >"\n');
    const next = random(7);
    for (let i = 0; i < 300; i++) {
      const hostile = i === 0 ? nama : hostileText(next);
      const parsed = parseSource('baru.yaml', newServiceText({ nama: hostile, kode: 'AKTA', schemaPath: 'layanan.schema.json' }), 'id');
      expect(parsed.diagnostics, JSON.stringify(hostile)).toEqual([]);
      expect((parsed.source!.data as { nama: string }).nama, JSON.stringify(hostile)).toBe(hostile);
    }
  });

  it('writes where -o says, and speaks English with --lang en', async () => {
    const dir = await tempTree({});
    const r = await run(['new', 'Izin Keramaian', '-o', 'lain/izin.yaml', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created lain/izin.yaml (code IZIN-KERAMAIAN');
    expect(await readFile(join(dir, 'lain/izin.yaml'), 'utf8')).toContain('nama: Izin Keramaian');
  });
});
