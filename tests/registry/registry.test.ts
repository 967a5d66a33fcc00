import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Ajv } from 'ajv';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { integrityProblems } from '../../src/registry/integrity.js';
import { compactRegistry, readCompiled, readRegistryFolder, registryData, registryFiles, registryHash, registryStamps, SHIPPED_REGISTRY } from '../../src/registry/load.js';
import { Registry } from '../../src/registry/registry.js';
import { CaselessPattern, compileTerms, obsoleteIn } from '../../src/registry/terms.js';
import { TEST_REGISTRY } from '../rules/helpers.js';

const schema = (name: string) => new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as object);
const validList = schema('peraturan.schema.json');
const validTerms = schema('istilah-usang.schema.json');
const read = (file: string) => jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA });

/** What the registry holds must be usable as it is: the rules trust it to fault citations. */
describe.each([
  ['the shipped registry', SHIPPED_REGISTRY],
  ['the tests\' registry', TEST_REGISTRY],
])('%s', (_name, dir) => {
  const files = registryFiles(dir).filter((f) => !f.endsWith('istilah-usang.yaml'));
  const entries = readRegistryFolder(dir).nasional;

  it.each(files.map((f) => [basename(f), f]))('%s is valid against schemas/peraturan.schema.json', (_file, file) => {
    expect(validList(read(file)) ? [] : validList.errors).toEqual([]);
  });

  it('has no two entries with one id or for one regulation, every relation resolves and is stated on both sides, every status agrees with its relations', () => {
    expect(integrityProblems(entries)).toEqual([]);
  });

  it('indexes every entry under its kind, number and year', () => {
    const registry = new Registry(entries);
    for (const e of entries) expect(registry.withNumber(e.jenis, e.nomor, e.tahun)).toContain(e);
  });
});

describe('registry/istilah-usang.yaml', () => {
  const file = `${SHIPPED_REGISTRY}istilah-usang.yaml`;
  const { istilah } = registryData();

  it('is valid against schemas/istilah-usang.schema.json, with unique ids and patterns that compile', () => {
    expect(validTerms(read(file)) ? [] : validTerms.errors).toEqual([]);
    expect(new Set(istilah.map((t) => t.id)).size).toBe(istilah.length);
    expect(compileTerms(istilah).terms).toHaveLength(istilah.length);
  });

  it('names, for each term, a regulation of the shipped registry', () => {
    const ids = new Set(registryData().nasional.map((e) => e.id));
    expect(istilah.filter((t) => !ids.has(t.diganti_oleh)).map((t) => `${t.id} → ${t.diganti_oleh}`)).toEqual([]);
  });

  it.each([
    ['Surat pernyataan bermeterai Rp6.000', 'bea-meterai-lama'],
    ['Materai 6000', 'bea-meterai-lama'],
    ['Rp 3.000,- (meterai)', 'bea-meterai-lama'],
    ['Fotokopi IMB', 'imb'],
    ['Izin Mendirikan Bangunan yang masih berlaku', 'imb'],
    ['SIUP dan TDP', 'siup'],
    ['Kartu Askes', 'askes'],
    ['Kartu peserta Jamsostek', 'jamsostek'],
    ['Surat keterangan Departemen Dalam Negeri', 'departemen'],
  ])('finds "%s" (%s)', (text, id) => {
    expect(obsoleteIn(text, compileTerms(istilah)).map((t) => t.term.id)).toContain(id);
  });

  it.each(['Surat pernyataan bermeterai Rp10.000', 'PBG (dahulu IMB)', 'Kartu BPJS Kesehatan', 'Kementerian Dalam Negeri', 'Rp6.000 per lembar', 'HOTLINE 112'])('leaves "%s" alone', (text) => {
    expect(obsoleteIn(text, compileTerms(istilah)).map((t) => t.term.id)).toEqual([]);
  });
});

/** The build's compiled copy is read only while it is the copy of the files as they are. */
describe('the compiled registry', () => {
  const setUp = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'registry-')), 'registry') + '/';
    cpSync(TEST_REGISTRY, dir, { recursive: true });
    const compiledFile = join(dir, '..', 'registry.json');
    // What scripts/compile-registry.mjs writes, marked so a test can tell it from the YAML.
    const data = compactRegistry(readRegistryFolder(dir));
    writeFileSync(compiledFile, JSON.stringify({ hash: registryHash(dir), stamps: registryStamps(dir), ...data, nasional: data.nasional.slice(0, 1) }));
    return { dir, compiledFile, first: registryFiles(dir)[0]!, entries: data.nasional.length };
  };

  it('is read while its files are unchanged', () => {
    const { dir, compiledFile } = setUp();
    expect(readCompiled(compiledFile, dir).nasional).toHaveLength(1);
  });

  it('is read when only the files\' times changed, as in a package installed from its tarball', () => {
    const { dir, compiledFile, first } = setUp();
    utimesSync(first, new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z'));
    expect(readCompiled(compiledFile, dir).nasional).toHaveLength(1);
  });

  it('is passed over for the YAML once a file changed', () => {
    const { dir, compiledFile, first, entries } = setUp();
    writeFileSync(first, readFileSync(first, 'utf8') + '\n# diubah\n');
    expect(readCompiled(compiledFile, dir).nasional).toHaveLength(entries);
  });
});

/** The fast reading of ASCII texts must find what the Unicode one finds, and only that. */
describe('CaselessPattern', () => {
  it.each([
    ['\\bIMB\\b', 'fotokopi imb lama', true],
    ['\\bIMB\\b', 'fotokopi IMBx', false],
    // Unicode case folding: the long s is an s, the Kelvin sign a k, also to \b and \w.
    ['kasus', 'ka\u017Fus', true],
    ['\\bkasus\\b', '\u212Aasus baru', true],
    ['\\bIMB\\b', 'x\u017FIMB', false],
    // A pattern naming a code point, a property or a class that folds onto ASCII letters.
    ['[\\u0100-\\u024f]', 'kasus', true],
    ['\\p{Lu}', 'kasus', true],
    // A surrogate pair is one character to a counted repetition.
    ['a.{1}b', 'a\u{1F600}b', true],
    // Texts beyond ASCII that neither reading departs on, and those it does, matched or not.
    ['\\bIMB\\b', 'fotokopi IMB \u2013 lama, caf\u00e9', true],
    ['\\bIMB\\b', 'caf\u00e9 \u2013 tanpa izin', false],
    ['\\bIMB\\b', 'IMB \u{1F600}', true],
    ['\\bIMB\\b', 'tanpa izin \u{1F600} \u017F', false],
  ])('/%s/iu on "%s": %s', (source, text, found) => {
    const pattern = new CaselessPattern(source);
    expect(pattern.test(text)).toBe(found);
    expect(pattern.test(text)).toBe(new RegExp(source, 'iu').test(text));
    expect(pattern.exec(text)?.[0]).toBe(new RegExp(source, 'iu').exec(text)?.[0]);
  });

  // Texts pieced together from what the shipped terms look for and the characters the two readings part on.
  it('reads every shipped term as /iu/ does, on a thousand mixed texts', () => {
    const pieces = ['IMB', 'imb', 'izin  mendirikan\nbangunan', 'meterai', 'Rp6.000', 'Rp 3000,-', ' ', '.', 'SIUP', 'PT. Askes', 'Departemen Agama', 'Depdagri', 'dahulu ', '(', 'caf\u00e9', '\u2013', '\u017F', '\u212A', '\u{1F600}', 'x', 'tanda daftar perusahaan', 'A\u017Fkes', '\u017FIUP', 'Dep\u212Aes', 'meterai ' + '\u{1F600}'.repeat(25)];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const texts = Array.from({ length: 1000 }, () => Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join(''));
    for (const source of registryData().istilah.flatMap((t) => [...t.pola, ...(t.kecuali ?? [])])) {
      const pattern = new CaselessPattern(source);
      const unicode = new RegExp(source, 'iu');
      for (const text of texts) {
        expect([source, text, pattern.test(text)]).toEqual([source, text, unicode.test(text)]);
        expect([source, text, pattern.exec(text)?.[0]]).toEqual([source, text, unicode.exec(text)?.[0]]);
      }
    }
  });
});
