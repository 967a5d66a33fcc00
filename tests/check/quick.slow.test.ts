import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProviderFile, checkProviderSource, checkServiceFile, checkServiceSource, type ProviderResult } from '../../src/check/files.js';
import { readSurveyResults } from '../../src/check/skm-results.js';
import type { CheckOptions } from '../../src/check/options.js';
import { displayPath } from '../../src/load/discover.js';
import { quickData, quickJsonData, readStandard } from '../../src/load/quick.js';
import { parseSource, readSource } from '../../src/load/source.js';
import { loadCorpus, REPO, type Seed } from '../fuzz/lib/corpus.js';
import { mutate } from '../fuzz/lib/mutate.js';
import { documentRandom } from '../fuzz/lib/random.js';

/**
 * Checking a file read quickly (js-yaml data, positions parsed only when a problem needs one)
 * against checking it read whole (yaml's Document with positions) on every example and fixture,
 * read at run time so new ones are included, on rewritings of them and on fuzzed mutants: wherever
 * a file is read quickly, its check is the whole reading's, to the last character.
 */

const corpus = loadCorpus();
const services = corpus.filter((s) => s.kind === 'layanan');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const root = mkdtempSync(join(tmpdir(), 'standar-quick-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The quick reading is the full one: no diagnostic and the same data. */
function sameReading(text: string): boolean {
  const quick = quickData(text);
  if (quick === undefined) return false;
  const full = parseSource('x.yaml', text, 'en');
  expect(full.diagnostics, text).toEqual([]);
  expect(quick, text).toEqual(full.source?.data);
  return true;
}

let unitCount = 0;

// Most variants share their seed's penyelenggara.yaml: it is compared both ways once per text and language.
const providers = new Map<string, { quickProvider: ProviderResult; wholeProvider: ProviderResult }>();
async function providersOf(bytes: Uint8Array, path: string, options: CheckOptions) {
  const key = `${options.lang}\0${decode(bytes)}`;
  let both = providers.get(key);
  if (!both) {
    const quickProvider = await checkProviderFile(path, options);
    const wholeProvider = checkProviderSource(await readSource(path, { lang: options.lang, displayPath: displayPath(options.cwd, path) }), options);
    expect(quickProvider.diagnostics).toEqual(wholeProvider.diagnostics);
    providers.set(key, (both = { quickProvider, wholeProvider }));
  }
  return both;
}
/**
 * Checks `text` as a service beside `provider`, both read quickly where sure and both read whole:
 * the same diagnostics and summaries. Says whether the service was read quickly.
 */
async function sameVerdict(text: string | Uint8Array, provider: Uint8Array | undefined, lang: 'id' | 'en' = 'id'): Promise<boolean> {
  const dir = join(root, `u${unitCount++}`);
  mkdirSync(join(dir, 'layanan'), { recursive: true });
  const providerPath = join(dir, 'penyelenggara.yaml');
  if (provider) writeFileSync(providerPath, provider);
  const file = join(dir, 'layanan', 'layanan.yaml');
  writeFileSync(file, text);
  const options: CheckOptions = { lang, cwd: dir, now: '2026-11-01T00:00:00Z' };
  const whole = (path: string) => readSource(path, { lang, displayPath: displayPath(dir, path) });
  const { quickProvider, wholeProvider } = provider ? await providersOf(provider, providerPath, options) : {};
  const quick = await checkServiceFile(file, quickProvider?.provider, options);
  const full = checkServiceSource(displayPath(dir, file), await whole(file), wholeProvider?.provider, options);
  expect(quick.diagnostics).toEqual(full.diagnostics);
  expect(quick.summary).toEqual(full.summary);
  return (await readStandard(file, { lang })).quick === true;
}

/** The seed's text with `edit` applied, which must change it. */
function edited(seed: Seed, edit: (text: string) => string): string {
  const before = decode(seed.bytes);
  const after = edit(before);
  expect(after).not.toBe(before);
  return after;
}

const example = (name: string) => services.find((s) => s.name === `examples/${name}`)!;
const ktp = example('disdukcapil-sukamaju/layanan/ktp-el.yaml');
const paspor = example('kanim-sukamaju/layanan/paspor-biasa.yaml');

describe('a file read quickly is checked as if read whole', () => {
  it('on every example and fixture, and every example is read quickly', async () => {
    expect(services.length).toBeGreaterThan(20);
    let quick = 0;
    for (const seed of services) {
      sameReading(decode(seed.bytes).replace(/^\uFEFF/, ''));
      for (const lang of ['id', 'en'] as const) if (await sameVerdict(seed.bytes, seed.provider, lang)) quick++;
    }
    for (const seed of services.filter((s) => s.name.startsWith('examples/'))) expect(await sameVerdict(seed.bytes, seed.provider), seed.name).toBe(true);
    expect(quick).toBeGreaterThan(10);
  });

  it('on the same data written in every style yaml knows (quotes, block scalars, folded lines, flow, indents)', async () => {
    const styles = [
      { defaultStringType: 'QUOTE_DOUBLE' },
      { defaultStringType: 'QUOTE_SINGLE' },
      { defaultStringType: 'BLOCK_LITERAL' },
      { defaultStringType: 'BLOCK_FOLDED' },
      { lineWidth: 30, minContentWidth: 0 },
      { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 30, minContentWidth: 0 },
      { defaultStringType: 'QUOTE_SINGLE', lineWidth: 25, minContentWidth: 0 },
      { collectionStyle: 'flow' },
      { collectionStyle: 'flow', lineWidth: 40 },
      { indent: 4, indentSeq: false },
      { doubleQuotedAsJSON: true, defaultStringType: 'QUOTE_DOUBLE' },
    ] as const;
    let quick = 0;
    for (const seed of services) {
      const doc = parseDocument(decode(seed.bytes).replace(/^\uFEFF/, ''));
      if (doc.errors.length > 0) continue;
      for (const style of styles) {
        const text = doc.toString(style);
        if (sameReading(text)) quick++;
        await sameVerdict(text, seed.provider);
      }
    }
    expect(quick).toBeGreaterThan(100);
    // Every service in eleven styles, each checked read quickly and read whole: minutes when the machine is busy.
  }, 300_000);

  it('on the values that must keep their form: 18-digit NIPs, leading zeros, dates, numbers of every kind', async () => {
    const values = ['197805122005011003', '0274512345', '00', '0', '0o17', '0x1F', '+12', '-0', '1.50', '1e3', '.5', '.inf', '-.Inf', '.NaN', '1_000', '2026-02-16', '2026-02-16T10:00:00Z', '~', 'Null', 'TRUE', 'yes', 'off', '12345678901234567890', '-12345678901234567', '1:30', '08.00'];
    for (const v of values) {
      expect(sameReading(`kode: X\nnilai: ${v}\ndaftar: [${v}, "${v}"]\nkunci:\n  ${v === '~' || v === 'Null' ? 'k' : v}: a\n`), v).toBeTypeOf('boolean');
    }
    const nip = sameReading(edited(ktp, (t) => t.replace(/nip: "(\d{18})"/, 'nip: $1')));
    expect(nip).toBe(true);
    expect(await sameVerdict(edited(ktp, (t) => t.replace(/nip: "(\d{18})"/, 'nip: $1')), ktp.provider)).toBe(true);
    expect(quickData('tanggal: 2026-02-16\nnip: 197805122005011003\nkode_pos: 01234\n')).toEqual({ tanggal: '2026-02-16', nip: '197805122005011003', kode_pos: '01234' });
  });

  it('on everything parseSource reports or yaml and js-yaml may read apart: read whole, never quickly', async () => {
    const undecided = [
      'a: 1\na: 2\n', // duplicate key
      'a: &x [1]\nb: *x\n', // anchor and alias
      'a: !!str 1\n', // tag
      'a: !!binary aGVsbG8=\n',
      'a: !!timestamp 2026-01-01\n',
      'a: 1\n---\nb: 2\n', // multiple documents
      '%YAML 1.2\n---\na: 1\n', // directive
      '? [a]\n: 1\n', // complex key
      '[a]: 1\n',
      '{a: 1}: 2\n',
      'a:\n\tb: 1\n', // tab
      'a: 1\rb: 2\n', // lone CR
      'a: [\n  1,\n]\n', // flow end at the parent's indentation (a yaml warning)
      'a: b: c\n',
      'a: "unclosed\n',
      '~: 1\n', // null key
      'null: 1\n',
      '<<: {a: 1}\n',
      '__proto__: 1\n',
      `${'k'.repeat(1100)}: 1\n`,
      Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}a:\n`).join('') + `${'  '.repeat(70)}b: 1\n`, // too deep
      `${'['.repeat(80)}${']'.repeat(80)}\n`,
      '', // empty
      '# only a comment\n',
      '- a\n- b\n', // not a mapping
      'a: \u0085b\n',
      'a: `b`\n',
      'a: @b\n',
    ];
    for (const text of undecided) {
      expect(quickData(text), JSON.stringify(text)).toBeUndefined();
      await sameVerdict(text, ktp.provider);
    }
  });

  it('on BOM, CRLF, trailing spaces and comments, disable comments and structure problems in real files', async () => {
    const variants: [string, string | Uint8Array, boolean][] = [
      ['BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...ktp.bytes]), true],
      ['CRLF', edited(ktp, (t) => t.replace(/\n/g, '\r\n')), true],
      ['BOM and CRLF', '\uFEFF' + edited(paspor, (t) => t.replace(/\n/g, '\r\n')), true],
      ['trailing spaces and comments', edited(ktp, (t) => t.replace(/^(kode: \S+)$/m, '$1    # kode tetap').replace(/^(nama: .*)$/m, '$1   ')), true],
      ['kode quoted', edited(ktp, (t) => t.replace(/^kode: (\S+)$/m, 'kode: "$1"')), true],
      ['a BOM inside', edited(ktp, (t) => t.replace('nama:', 'nama: \uFEFF')), false],
      ['disable comment', edited(ktp, (t) => t.replace(/^kode:/m, '# standar-disable-next-line reviu-berkala -- dijadwalkan\nkode:')), true],
      ['duplicate key', edited(ktp, (t) => t.replace(/^(nama: .*)$/m, '$1\n$1')), false],
      ['anchor and alias', edited(ktp, (t) => t.replace(/^(nama:) (.*)$/m, '$1 &nama $2\nkategori_lain: *nama')), false],
      ['unknown key', edited(ktp, (t) => t.replace(/^(nama: .*)$/m, '$1\nnamaa: x')), true],
      ['date as a string', edited(ktp, (t) => t.replace(/tanggal: (\d{4}-\d\d-\d\d)/, 'tanggal: "$1"')), true],
      ['second document', edited(ktp, (t) => t + '---\nkode: X\n'), false],
      ['invalid UTF-8', new Uint8Array([...ktp.bytes, 0xff]), false],
      // The scope reaches unit rules through the summary, on both paths.
      ['a set public page', edited(ktp, (t) => t.replace(/^status: ditetapkan$/m, 'status: ditetapkan\ncakupan: penyampaian')), true],
      // A passive step is listed, at its place, by tidak-dinyatakan: read quickly, its place is parsed when asked for.
      ['a step without its actor', edited(ktp, (t) => t.replace('          - pelaksana: Petugas loket\n            uraian:', '          - uraian:')), true],
    ];
    for (const [name, text, quick] of variants) expect(await sameVerdict(text, ktp.provider), name).toBe(quick);
  });

  it('on services that inherit from penyelenggara.yaml\'s bawaan, and with another or no provider', async () => {
    // paspor-biasa.yaml takes its kanal, jam_pelayanan and six components from bawaan.
    expect(await sameVerdict(paspor.bytes, paspor.provider)).toBe(true);
    const provider = decode(paspor.provider!);
    for (const broken of [provider.replace(/https:\/\//g, 'http://'), provider.replace(/^bawaan:\n  kanal:/m, 'bawaan:\n  kanal: []\n  kanal_lama:'), provider.replace(/^bawaan:/m, 'bawaan_lama:')]) {
      expect(broken).not.toBe(provider);
      await sameVerdict(paspor.bytes, new TextEncoder().encode(broken));
    }
    for (const seed of services.filter((s) => s.name.startsWith('examples/'))) {
      await sameVerdict(seed.bytes, undefined);
      await sameVerdict(seed.bytes, ktp.provider);
      await sameVerdict(seed.bytes, paspor.provider);
    }
  });

  it('on fuzzed mutants of every example and fixture', { timeout: 240_000 }, async () => {
    let quick = 0;
    for (let i = 0; i < 400; i++) {
      const rnd = documentRandom(20261127, i);
      const seed = rnd.pick(services);
      const { bytes } = mutate(seed, rnd);
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      sameReading(text);
      if (await sameVerdict(bytes, seed.provider, i % 2 === 0 ? 'id' : 'en')) quick++;
    }
    expect(quick).toBeGreaterThan(0);
  });
});

/**
 * A unit's survey results (skm/hasil-*.json) are read with JSON.parse where sure: the same
 * results and diagnostics as read whole by yaml. A comment after the JSON keeps JSON.parse out
 * and changes neither the data nor any position before it: that is the whole reading.
 */
describe('survey results read with JSON.parse are read as if read whole', () => {
  const examples = readdirSync(join(REPO, 'examples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => readdirSync(join(REPO, 'examples', e.name), { recursive: true, encoding: 'utf8' }).filter((f) => f === 'skm').flatMap(() => readdirSync(join(REPO, 'examples', e.name, 'skm'))).filter((f) => /^hasil-.*\.json$/.test(f)).map((f) => ({ name: f, text: readFileSync(join(REPO, 'examples', e.name, 'skm', f), 'utf8') })));

  /** Read by JSON.parse, the same reading as whole; says whether `text` was read by JSON.parse. */
  function sameResults(text: string, name = 'hasil-2026-S1.json', lang: 'id' | 'en' = 'id'): boolean {
    const dir = join(root, `skm${unitCount++}`);
    mkdirSync(join(dir, 'skm'), { recursive: true });
    writeFileSync(join(dir, 'skm', name), text);
    writeFileSync(join(dir, 'skm', `whole-${name}`), `${text}${text.endsWith('\n') ? '' : '\n'}# dibaca utuh\n`);
    const read = (file: string) => readSurveyResults(dir, join('skm', file), { lang, displayPath: `skm/${name}` });
    const quick = read(name);
    // Text JSON.parse is unsure of is read whole already.
    if (quickJsonData(text) === undefined) return false;
    const whole = read(`whole-${name}`);
    expect(quick.diagnostics, text).toEqual(whole.diagnostics);
    expect(quick.results, text).toEqual(whole.results);
    const full = parseSource('x.json', text, 'en');
    expect(full.diagnostics, text).toEqual([]);
    expect(quickJsonData(text), text).toEqual(full.source?.data);
    return true;
  }

  it('on every example, as the tool writes it, compact, re-indented and with CR LF', () => {
    expect(examples.length).toBeGreaterThan(1);
    for (const { name, text } of examples) {
      const data = JSON.parse(text) as unknown;
      for (const variant of [text, JSON.stringify(data), JSON.stringify(data, null, 4), text.replace(/\n/g, '\r\n')]) {
        for (const lang of ['id', 'en'] as const) expect(sameResults(variant, name, lang), variant.slice(0, 80)).toBe(true);
      }
    }
  });

  it('on what JSON.parse and yaml may read apart: read whole, never by JSON.parse', () => {
    const { name, text } = examples[0]!;
    const undecided = [
      text.replace('"versi": 1,', '"versi": 1,\n  "versi": 1,'), // a key written twice
      text.replace('"kode": "U1",', '"kode": "U1",\n      "kode": "U1",'),
      text.replace('"versi": 1,', '"versi": 1,\n  "besar": 12345678901234567,'), // digits yaml keeps as text
      text.replace('"Persyaratan"', '"Persyaratan \\u00e9"'), // an escape
      text.replace('"Persyaratan"', '"Persyaratan\u2028"'),
      text.replace('"Persyaratan"', '"Persyaratan\uFEFF"'),
      text.replace('"Persyaratan"', '"Persyaratan\x7f"'),
      text.replace('\n  "versi"', '\n\t"versi"'), // a tab
      text.replace('\n', '\r'), // a lone CR
      text.replace('"versi": 1,', '"": 1,\n  "versi": 1,'), // an empty key
      text.replace('"versi": 1,', '"__proto__": 1,\n  "versi": 1,'),
      `[${text}]`, // not a mapping
      `${text}}`, // not JSON
    ];
    for (const variant of undecided) {
      expect(variant).not.toBe(text);
      expect(sameResults(variant, name), JSON.stringify(variant.slice(0, 120))).toBe(false);
    }
  });

  it('on results with problems: each located where it is written', () => {
    const { text } = examples[0]!;
    const problems = [
      text.replace('"versi": 1', '"versi": 2'),
      text.replace(/"selesai": "(\d{4})/, (_: string, year: string) => `"selesai": "${Number(year) - 2}`),
      text.replace(/"kode": "(\d{4})-/, (_: string, year: string) => `"kode": "${Number(year) + 1}-`),
      text.replace(/"perangkatUnsur": "(\d+)"/, '"perangkatUnsur": $1'),
      text.replace(/"periode": \{[^}]*\}/, '"periode": null'),
      text.replace(/"bobot": [\d.]+/, '"bobot": "sepersembilan"'),
      text.replace('"versi": 1,', '"versi": 1,\n  "tambahan": true,'),
    ];
    for (const variant of problems) {
      expect(variant).not.toBe(text);
      for (const lang of ['id', 'en'] as const) expect(sameResults(variant, 'hasil-2026-S1.json', lang)).toBe(true);
    }
  });

  it('on fuzzed mutants of the examples: lines dropped, doubled and swapped, values changed', () => {
    let sure = 0;
    for (let i = 0; i < 100; i++) {
      const rnd = documentRandom(20261127, 10_000 + i);
      const lines = rnd.pick(examples).text.split('\n');
      for (let edits = rnd.between(1, 3); edits > 0; edits--) {
        const at = rnd.int(lines.length);
        const kind = rnd.int(5);
        if (kind === 0) lines.splice(at, 1);
        else if (kind === 1) lines.splice(at, 0, lines[at]!);
        else if (kind === 2) [lines[at], lines[(at + 1) % lines.length]] = [lines[(at + 1) % lines.length]!, lines[at]!];
        else if (kind === 3) lines[at] = lines[at]!.replace(/\d+/, String(rnd.pick([0, -1, 7, 1e16, 2.5])));
        else lines[at] = lines[at]!.replace(/"[^"]*"(?=,?$)/, rnd.pick(['""', '"x"', 'null', 'true', '[]', '{}']));
      }
      if (sameResults(lines.join('\n'), 'hasil-2026-S1.json', i % 2 === 0 ? 'id' : 'en')) sure++;
    }
    expect(sure).toBeGreaterThan(20);
  });
});
