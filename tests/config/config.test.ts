import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { RULES } from '../../src/rules/index.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

/** A service with two problems on NOW: an overdue review (warning) and an http link (warning). */
const STALE = variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Lihat http://dukcapil.sukamajukota.go.id.\n');
const NOW = '2027-06-01T00:00:00Z';
const rulesOf = (r: { diagnostics: { file: string; rule: string; severity: string }[] }) => r.diagnostics.map((d) => `${d.file} ${d.rule} ${d.severity}`);

async function check(files: Record<string, string>, inputs = ['.'], extra: Parameters<typeof validate>[1] = {}) {
  const root = await tempTree(files);
  return { root, result: await validate(inputs, { cwd: root, now: NOW, workers: 0, ...extra }) };
}

describe('standar.config.yaml', () => {
  it('without one, every rule runs at its own severity', async () => {
    const { result } = await check({ 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/kk.yaml': STALE });
    expect(rulesOf(result)).toEqual(['layanan/kk.yaml reviu-berkala warning', 'layanan/kk.yaml tautan-https warning']);
  });

  it('is found by walking up from the files, and sets severities and options', async () => {
    const config = 'rules:\n  tautan-https: error\n  reviu-berkala:\n    options:\n      bulan: 36\n';
    const { result } = await check({ 'standar.config.yaml': config, 'unit/penyelenggara.yaml': BASE_PROVIDER, 'unit/layanan/kk.yaml': STALE }, ['unit/layanan/kk.yaml']);
    expect(rulesOf(result)).toEqual(['unit/layanan/kk.yaml tautan-https error']);
  });

  it('extends strict: every rule becomes an error; off turns one off', async () => {
    const { result } = await check({ 'standar.config.yaml': 'extends: strict\nrules:\n  tautan-https: "off"\n', 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/kk.yaml': STALE });
    expect(rulesOf(result)).toEqual(['layanan/kk.yaml reviu-berkala error']);
  });

  it('applies overrides to the files their globs match, relative to the configuration', async () => {
    const config = 'overrides:\n  - files: "arsip/**"\n    rules:\n      reviu-berkala: "off"\n      tautan-https: info\n';
    const { result } = await check({ 'standar.config.yaml': config, 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/kk.yaml': STALE, 'arsip/kk-lama.yaml': variant(STALE, 'kode: DUK-KK', 'kode: DUK-KK-LAMA') });
    expect(rulesOf(result)).toEqual(['arsip/kk-lama.yaml tautan-https info', 'layanan/kk.yaml reviu-berkala warning', 'layanan/kk.yaml tautan-https warning']);
  });

  it('uses the nearest configuration for each file', async () => {
    const { result } = await check({
      'standar.config.yaml': 'rules:\n  tautan-https: "off"\n',
      'a/penyelenggara.yaml': BASE_PROVIDER,
      'a/kk.yaml': STALE,
      'b/standar.config.yaml': 'rules:\n  reviu-berkala: "off"\n',
      'b/penyelenggara.yaml': BASE_PROVIDER,
      'b/kk.yaml': STALE,
    });
    expect(rulesOf(result)).toEqual(['a/kk.yaml reviu-berkala warning', 'b/kk.yaml tautan-https warning']);
  });

  it('--config names one file for everything, and may extend another file', async () => {
    const files = {
      'ci/bersama.yaml': 'extends: strict\n',
      'ci/standar.yaml': 'extends: [recommended, bersama.yaml]\nrules:\n  reviu-berkala: info\n',
      'standar.config.yaml': 'rules:\n  tautan-https: "off"\n',
      'penyelenggara.yaml': BASE_PROVIDER,
      'layanan/kk.yaml': STALE,
    };
    const { result } = await check(files, ['.'], { configFile: 'ci/standar.yaml' });
    expect(rulesOf(result)).toEqual(['layanan/kk.yaml reviu-berkala info', 'layanan/kk.yaml tautan-https error']);
    const none = await check(files, ['layanan'], { configFile: false });
    expect(rulesOf(none.result)).toEqual(['layanan/kk.yaml reviu-berkala warning', 'layanan/kk.yaml tautan-https warning']);
  });

  it('reports mistakes in the configuration with file, line, column and a fix, and checks nothing', async () => {
    const config = 'extends: strik\nrules:\n  tautan-http: error\n  reviu-berkala: kadang\n  waktu-langkah-melebihi:\n    options:\n      jam_kerja_per_hari: delapan\n';
    const { result } = await check({ 'standar.config.yaml': config, 'layanan/kk.yaml': STALE });
    expect(result.files).toBe(0);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message} | ${d.hint}`)).toEqual([
      'standar.config.yaml:1:10 konfigurasi Dasar konfigurasi "strik" tidak dikenal dan bukan berkas yang ada. | Tulis recommended, strict, atau jalur berkas konfigurasi lain relatif terhadap berkas ini. Maksudnya "strict"?',
      expect.stringMatching(/^standar\.config\.yaml:3:3 konfigurasi Kunci "tautan-http" tidak dikenal di sini\. \| .*tautan-https/),
      expect.stringMatching(/^standar\.config\.yaml:4:18 konfigurasi Nilai "kadang" tidak dikenal untuk "reviu-berkala"\./),
      expect.stringMatching(/^standar\.config\.yaml:7:27 konfigurasi .*jam_kerja_per_hari/),
    ]);
  });

  it('names the inherited members of JavaScript objects as unknown bases, never reaching them', async () => {
    for (const name of ['hasOwnProperty', '__proto__', 'constructor', 'toString']) {
      const { result } = await check({ 'standar.config.yaml': `extends: ${name}\n`, 'layanan/kk.yaml': STALE });
      expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`), name).toEqual([`standar.config.yaml:1:10 konfigurasi Dasar konfigurasi "${name}" tidak dikenal dan bukan berkas yang ada.`]);
    }
    const { result } = await check({ 'standar.config.yaml': 'rules:\n  __proto__: "off"\n  constructor: error\n', 'layanan/kk.yaml': STALE });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:3 Kunci "__proto__" tidak dikenal di sini.', '3:3 Kunci "constructor" tidak dikenal di sini.']);
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
  });

  it('keeps a rule named "__proto__" by a library caller as a name, not a prototype', async () => {
    const rules = JSON.parse('{"__proto__": {"severity": "off"}, "tautan-https": {"severity": "error"}}') as Record<string, { severity: 'off' | 'error' }>;
    const { result } = await check({ 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/kk.yaml': STALE }, ['.'], { configFile: false, rules });
    expect(rulesOf(result)).toEqual(['layanan/kk.yaml reviu-berkala warning', 'layanan/kk.yaml tautan-https error']);
  });

  it('refuses an extends loop and a missing --config file', async () => {
    const loop = await check({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: a.yaml\n', 'kk.yaml': STALE }, ['kk.yaml'], { configFile: 'a.yaml' });
    expect(loop.result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual(['b.yaml:1 Konfigurasi ini memperluas dirinya sendiri lewat "a.yaml".']);
    const missing = await check({ 'kk.yaml': STALE }, ['kk.yaml'], { configFile: 'tidak-ada.yaml', lang: 'en' });
    expect(missing.result.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual(['konfigurasi The configuration file "tidak-ada.yaml" does not exist.']);
  });
});

describe('schemas/standar.config.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/standar.config.schema.json', import.meta.url), 'utf8')) as {
    $id: string;
    definitions: { aturan: { properties: Record<string, { else: { properties: { options: { properties: Record<string, unknown> } } } }> } };
  };

  it('is draft-07 and describes every property in Indonesian, for editors', () => {
    const raw = schema as unknown as Record<string, unknown> & { definitions: Record<string, { description?: string }> };
    expect(raw.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') {
          for (const [name, prop] of Object.entries(value as Record<string, { description?: string; $ref?: string }>)) {
            const described = prop.description ?? (prop.$ref ? raw.definitions[prop.$ref.split('/').pop()!]?.description : undefined);
            if (!described || described.length < 5) undescribed.push(`${path}/properties/${name}`);
          }
        }
        walk(value, `${path}/${key}`);
      }
    };
    walk(raw, '#');
    expect(undescribed).toEqual([]);
  });

  it('has a stable id and lists every rule with exactly its options', () => {
    expect(schema.$id).toBe('https://standar-pelayanan.id/schema/v1/standar.config.schema.json');
    const listed = schema.definitions.aturan.properties;
    expect(Object.keys(listed).sort()).toEqual(Object.keys(RULES).sort());
    for (const rule of Object.values(RULES)) {
      expect(Object.keys(listed[rule.id]!.else.properties.options.properties).sort(), rule.id).toEqual(Object.keys(rule.defaultOptions ?? {}).sort());
    }
  });
});
