import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import { parseSource } from '../../src/load/source.js';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const FILES = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'));
const EXAMPLE = fileURLToPath(new URL('../../examples/disdukcapil-sukamaju/', import.meta.url));
const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;

function* refs(node: unknown): Generator<string> {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') yield value;
    else yield* refs(value);
  }
}

/** A plain ajv with the keywords only editors read, as any host or tool would set it up. */
function hostAjv(): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as (ajv: Ajv, formats: string[]) => Ajv;
  const ajv = new AjvClass({ allErrors: true, allowUnionTypes: true, strictRequired: false });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const k of ['defaultSnippets', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'doNotSuggest', 'errorMessage', 'patternErrorMessage']) ajv.addKeyword(k);
  return ajv;
}

const example = (file: string) => parseSource(file, readFileSync(join(EXAMPLE, file)), 'id').source!.data;

describe('the schemas, hosted anywhere', () => {
  it('are ready for SchemaStore: draft-07, a stable https $id, a title and a description', () => {
    for (const file of FILES) {
      const schema = read(SCHEMAS, file);
      expect(schema.$schema, file).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id, file).toBe(`https://standar-pelayanan.id/schema/v1/${file}`);
      expect(typeof schema.title === 'string' && schema.title.length > 3, file).toBe(true);
      expect(typeof schema.description === 'string' && schema.description.length > 20, file).toBe(true);
    }
  });

  it('refer to each other only relatively, to files that sit beside them', () => {
    for (const file of FILES) {
      for (const ref of refs(read(SCHEMAS, file))) {
        expect(ref, `${file}: ${ref}`).toMatch(/^(?:[a-z.]+\.schema\.json)?#/);
        const target = ref.split('#')[0];
        if (target) expect(FILES, `${file}: ${ref}`).toContain(target);
      }
    }
  });

  it('resolve from another $id base, and from the folder they were copied to without any $id', () => {
    const copy = mkdtempSync(join(tmpdir(), 'standar-skema-'));
    cpSync(SCHEMAS, copy, { recursive: true });
    for (const base of ['https://contoh.go.id/skema/standar/', undefined]) {
      const ajv = hostAjv();
      for (const file of FILES) {
        const schema = read(copy, file);
        if (base) schema.$id = base + file;
        else delete schema.$id;
        ajv.addSchema(schema, base ? undefined : pathToFileURL(join(copy, file)).href);
      }
      const key = (file: string) => (base ? base + file : pathToFileURL(join(copy, file)).href);
      const service = ajv.getSchema(key('layanan.schema.json'))!;
      const provider = ajv.getSchema(key('penyelenggara.schema.json'))!;
      expect(service(example('layanan/ktp-el.yaml')), JSON.stringify(service.errors)).toBe(true);
      expect(provider(example('penyelenggara.yaml')), JSON.stringify(provider.errors)).toBe(true);
      // A definition borrowed across files is really checked.
      expect(provider({ ...(example('penyelenggara.yaml') as Json), kode: 'ada spasi' })).toBe(false);
    }
  });

  it('speak Indonesian in the editor where yaml-language-server reads errorMessage, also through a $ref to the other file', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'standar-skema-'));
    cpSync(SCHEMAS, copy, { recursive: true });
    // A copy without $ids, so references can only resolve against where the files are.
    for (const file of FILES) {
      const schema = read(copy, file);
      delete schema.$id;
      writeFileSync(join(copy, file), JSON.stringify(schema));
    }
    const service = getLanguageService({
      schemaRequestService: (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
      workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
    });
    service.configure({ validate: true, yamlVersion: '1.2' });
    const provider = readFileSync(join(EXAMPLE, 'penyelenggara.yaml'), 'utf8')
      .replace(/^kode: .*$/m, 'kode: ada spasi')
      .replace(/^nama: .*$/m, 'nama: "   "');
    const text = `# yaml-language-server: $schema=${pathToFileURL(join(copy, 'penyelenggara.schema.json')).href}\n${provider}`;
    const problems = await service.doValidation(TextDocument.create('file:///unit/penyelenggara.yaml', 'yaml', 1, text), false);
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('Kode ditulis dengan huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi, misalnya DUK-KTP-EL.');
    expect(messages).toContain('Isi dengan teks; tidak boleh kosong.');
    expect(messages.join('\n')).not.toMatch(/Unable to load|\$ref/);
  });
});
