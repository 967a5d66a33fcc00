import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/i18n/describe.js';
import { parseSource } from '../../src/load/source.js';
import { schemaDiagnostics } from '../../src/schema/translate.js';
import { validateAgainstSchema, type DocumentKind } from '../../src/schema/validators.js';
import { PROVIDER_YAML, SERVICE_YAML } from '../helpers.js';

function check(yaml: string, lang: 'id' | 'en' = 'id', kind: DocumentKind = 'layanan') {
  const { source } = parseSource('layanan.yaml', yaml, lang);
  return schemaDiagnostics(validateAgainstSchema(kind, source!.data), source!, lang, kind === 'layanan');
}

/** The valid service with one line replaced. */
const edit = (from: string, to: string) => {
  if (!SERVICE_YAML.includes(from)) throw new Error(`not in fixture: ${from}`);
  return SERVICE_YAML.replace(from, to);
};

describe('schema messages', () => {
  it('accepts the valid fixtures', () => {
    expect(check(SERVICE_YAML)).toEqual([]);
    expect(check(PROVIDER_YAML, 'id', 'penyelenggara')).toEqual([]);
  });

  it('names a missing required key on its parent mapping, with what to write', () => {
    const [d, ...rest] = check(SERVICE_YAML.replace('nama: Penerbitan Kartu Keluarga\n', ''));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 1, column: 1, pointer: '/nama', rule: 'skema', message: 'Kolom wajib "nama" belum ditulis.' });
    expect(d!.hint).toContain('Nama layanan');
    const [en] = check(SERVICE_YAML.replace('nama: Penerbitan Kartu Keluarga\n', ''), 'en');
    expect(en!.message).toBe('The required key "nama" is missing.');
  });

  it('suggests the key the author meant', () => {
    const [d] = check(edit('  produk:', '  prodk:'));
    expect(d).toMatchObject({ line: 23, column: 3, endColumn: 8, pointer: '/komponen/prodk', message: 'Kunci "prodk" tidak dikenal di sini.' });
    expect(d!.hint).toBe('Apakah maksudnya "produk"?');
    expect(check(edit('  produk:', '  prodk:'), 'en')[0]!.hint).toBe('Did you mean "produk"?');
  });

  it('takes the life events of its vocabulary, a misspelt one with the one meant, a repeated one at its second place', () => {
    const events = (list: string) => SERVICE_YAML.replace('nama: Penerbitan Kartu Keluarga\n', `nama: Penerbitan Kartu Keluarga\nperistiwa_hidup: ${list}\n`);
    expect(check(events('[pernikahan, tempat_tinggal]'))).toEqual([]);
    const [typo] = check(events('[pernikahan, pindah_rumah]'));
    expect(typo).toMatchObject({ pointer: '/peristiwa_hidup/1', message: 'Nilai "pindah_rumah" tidak dikenal untuk "peristiwa_hidup (butir ke-2)".' });
    expect(typo!.hint).toContain('Pilihannya: identitas, kelahiran,');
    const [twice, ...rest] = check(events('[pernikahan, kelahiran, pernikahan]'));
    expect(rest).toEqual([]);
    expect(twice).toMatchObject({ pointer: '/peristiwa_hidup/2', column: 42, message: 'Butir ke-3 di "peristiwa_hidup" sama dengan butir ke-1.', hint: 'Hapus salah satunya: setiap butir cukup ditulis sekali.' });
    expect(check(events('[pernikahan, pernikahan]'), 'en')[0]!.message).toBe('Item 2 of "peristiwa_hidup" is the same as item 1.');
  });

  it('explains a component written outside "komponen:"', () => {
    const [d] = check(SERVICE_YAML + 'biaya:\n  gratis: true\n');
    expect(d!.message).toBe('Komponen "biaya" ditulis di luar "komponen:".');
  });

  it('suggests the enum value the author meant and lists the choices', () => {
    const [d] = check(edit('satuan: hari_kerja\n    sejak', 'satuan: hari kerja\n    sejak'));
    expect(d!.message).toBe('Nilai "hari kerja" tidak dikenal untuk "satuan".');
    expect(d!.hint).toBe('Apakah maksudnya "hari_kerja"? Pilihannya: menit, jam, jam_kalender, hari_kerja, hari_kalender, minggu, bulan, hari.');
  });

  it('asks for a plain number when a fee is written as text', () => {
    const [d] = check(edit('    gratis: true', '    tarif:\n      - uraian: Legalisir\n        jumlah: "Rp 50.000"'));
    expect(d!.message).toBe('"jumlah" harus berupa angka, bukan teks "Rp 50.000".');
    expect(d!.hint).toContain('jumlah: 50000');
  });

  it('asks for a list, a mapping, or true/false in plain words', () => {
    expect(check(edit('  produk:\n    - Kartu Keluarga', '  produk: Kartu Keluarga'))[0]!.message).toBe('"produk" harus berupa daftar.');
    expect(check(edit('    gratis: true', '    gratis: ya'))[0]!.message).toBe('"gratis" harus true atau false, bukan "ya".');
    expect(check(edit('  jangka_waktu:\n    nilai: 3\n    satuan: hari_kerja\n    sejak: sejak berkas dinyatakan lengkap', '  jangka_waktu: 3 hari'))[0]!.message).toContain('"jangka_waktu" harus berupa isian bertingkat');
  });

  it('says which types fit when an item is neither text nor a mapping', () => {
    const [d, ...rest] = check(edit('    - Surat pengantar RT/RW', '    - 12'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ pointer: '/komponen/persyaratan/0', line: 6, column: 7 });
    expect(d!.message).toBe('"persyaratan (butir ke-1)" harus berupa teks atau isian bertingkat (kunci: nilai), bukan bilangan bulat.');
  });

  it('reports only the errors of the branch the author chose', () => {
    const diags = check(edit('      bentuk: fotokopi', '      bentuk: fotokopy'));
    expect(diags.map((d) => d.message)).toEqual(['Nilai "fotokopy" tidak dikenal untuk "bentuk".']);
  });

  it('asks for gratis, tarif or the regulation that sets the fee', () => {
    const [d] = check(edit('    gratis: true', '    keterangan: Gratis'));
    expect(d!.message).toBe('"biaya" harus memuat salah satu dari: gratis, tarif atau sesuai_peraturan.');
    expect(d!.hint).toContain('gratis: true');
    expect(d!.hint).toContain('sesuai_peraturan');
  });

  it('reports an empty value and an empty list', () => {
    expect(check(edit('  biaya:\n    gratis: true', '  biaya:'))[0]!.message).toBe('"biaya" belum diisi.');
    expect(check(edit('  produk:\n    - Kartu Keluarga', '  produk: []'))[0]!.message).toBe('Daftar "produk" kosong.');
  });

  it('checks NIP, phone, e-mail, web addresses and dates with a message each', () => {
    const bad = PROVIDER_YAML.replace('nip: 197805122005011003', 'nip: "1978051220050110"')
      .replace('telepon: "(0274) 512345"', 'telepon: "telp 512345"')
      .replace('email: dukcapil@ujikota.go.id', 'email: dukcapil-at-ujikota')
      .replace('website: https://dukcapil.ujikota.go.id', 'website: dukcapil ujikota')
      .replace('tanggal: 2026-01-05', 'tanggal: 2026-02-30');
    const messages = check(bad, 'id', 'penyelenggara').map((d) => d.message);
    expect(messages).toEqual([
      '"telp 512345" bukan nomor telepon Indonesia yang sah.',
      '"dukcapil-at-ujikota" bukan alamat e-mail yang sah.',
      '"dukcapil ujikota" bukan alamat web yang dapat dibaca.',
      'NIP "1978051220050110" tidak sah: NIP terdiri atas 18 angka.',
      '"2026-02-30" bukan tanggal yang sah.',
    ]);
  });

  it('checks the complaint channel address by its kind', () => {
    const bad = PROVIDER_YAML.replace('alamat: 0812-3456-7890', 'alamat: bukan-nomor');
    const [d] = check(bad, 'en', 'penyelenggara');
    expect(d!.message).toBe('"bukan-nomor" is not a valid Indonesian phone number.');
    expect(d!.pointer).toBe('/bawaan/komponen/pengaduan/kanal/1/alamat');
  });

  it('accepts the Indonesian phone numbers real offices print', () => {
    for (const phone of ['(0274) 512345', '0812-3456-7890', '+62 21 5551234', '112', '1500-123', '021-5551234', '+6281234567890']) {
      expect(check(PROVIDER_YAML.replace('"(0274) 512345"', `"${phone}"`), 'id', 'penyelenggara'), phone).toEqual([]);
    }
  });

  it('takes the address of the unit\'s online survey form, https only, located where it is written', () => {
    const provider = (skm: string) => PROVIDER_YAML.replace('bawaan:\n', `${skm}bawaan:\n`);
    expect(check(provider('skm:\n  formulir: https://survei.ujikota.go.id/skm\n'), 'id', 'penyelenggara')).toEqual([]);
    const [d, ...rest] = check(provider('skm:\n  formulir: http://survei.ujikota.go.id/skm\n'), 'id', 'penyelenggara');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 24, column: 13, pointer: '/skm/formulir', rule: 'skema', message: '"http://survei.ujikota.go.id/skm" bukan alamat https formulir survei.' });
    expect(d!.hint).toContain('https://');
    expect(check(provider('skm:\n  formulir: http://x.id\n'), 'en', 'penyelenggara')[0]!.message).toBe('"http://x.id" is not an https address of a survey form.');
    const [key] = check(provider('skm:\n  formular: https://survei.ujikota.go.id/skm\n'), 'id', 'penyelenggara');
    expect(key).toMatchObject({ pointer: '/skm/formular', message: 'Kunci "formular" tidak dikenal di sini.', hint: 'Apakah maksudnya "formulir"?' });
  });

  it('never shows ajv\'s own English', () => {
    const broken = 'kode: "a b"\nnama: ""\nstatus: 3\nkomponen:\n  jumlah_pelaksana: { total: 0 }\n  jangka_waktu: { nilai: -1, satuan: jam }\n  biaya: { gratis: true, tarif: [] }\n';
    for (const lang of ['id', 'en'] as const) {
      for (const d of check(broken, lang)) expect(d.message).not.toMatch(/must have required property|must match (pattern|format)|must be equal to|must NOT have|must be (string|integer|number|object|array|boolean)\b/);
    }
  });
});

describe('values quoted in messages', () => {
  it('translates errors on any value without throwing: mappings with "toString", long text, deep lists', () => {
    const odd = check(edit('status: draf', 'status: { toString: x, valueOf: 1 }').replace('  produk:\n    - Kartu Keluarga\n', `  produk:\n    - ${'panjang '.repeat(500)}\n    - [[[[[[1]]]]]]\n`));
    expect(odd.map((d) => d.message)).toContain('"status" harus berupa teks, bukan isian bertingkat (kunci: nilai).');
    for (const d of odd) expect(d.message.length).toBeLessThan(400);
  });

  it('describes anything in at most the given length, touching no method of the value', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('{"a":1,"self":…}');
    expect(describeValue({ toString: 'x', valueOf: 'y' })).toBe('{"toString":"x","valueOf":"y"}');
    expect(describeValue(Symbol('<<'))).toBe('<<');
    expect(describeValue('x'.repeat(1000))).toBe('x'.repeat(57) + '…');
    expect(describeValue(Array.from({ length: 1e5 }, (_, i) => i))).toHaveLength(58);
    expect(describeValue([1, 'a', null, true, { b: [2] }])).toBe('[1,"a",null,true,{"b":[2]}]');
    expect(describeValue(Infinity)).toBe('Infinity');
  });
});
