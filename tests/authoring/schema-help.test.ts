import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type CompletionItem } from 'yaml-language-server';
import { PLACEHOLDER } from '../../src/model/placeholders.js';
import { createAjv, readSchema, SCHEMA_DIR, SCHEMA_FILES } from '../../src/schema/validators.js';

type SchemaNode = Record<string, unknown>;

/** Every schema node below `node`, with its JSON pointer. */
function* nodes(node: unknown, pointer = ''): Generator<[string, SchemaNode]> {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield [pointer, node as SchemaNode];
  for (const [key, value] of Object.entries(node)) if (key !== 'defaultSnippets') yield* nodes(value, `${pointer}/${key}`);
}

/**
 * What a snippet inserts when the author accepts every default: "${1:teks}" → teks, "${2|a,b|}" → a,
 * "^14" → 14, and an empty tab stop ("^${3}", where a number or a date is typed) → null.
 */
function accept(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(accept);
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, accept(v)]));
  if (typeof body !== 'string') return body;
  const text = body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+\}/g, '');
  if (text === '^') return null;
  if (text.startsWith('^')) return JSON.parse(text.slice(1).replace(/^(\d{4}-\d{2}-\d{2})$/, '"$1"'));
  return /^".*"$/.test(text) ? JSON.parse(text) : text;
}

/** Every scalar of an inserted value, with its JSON pointer. */
function* leaves(value: unknown, pointer = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, `${pointer}/${i}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* leaves(v, `${pointer}/${k}`);
  else yield [pointer, value];
}

/** Every text the author is meant to type over (a "${n:…}" tab stop), with its JSON pointer in the body. */
function* typedTexts(body: unknown, pointer = ''): Generator<[string, string]> {
  if (Array.isArray(body)) for (const [i, v] of body.entries()) yield* typedTexts(v, `${pointer}/${i}`);
  else if (body && typeof body === 'object') for (const [k, v] of Object.entries(body)) yield* typedTexts(v, `${pointer}/${k}`);
  else if (typeof body === 'string') for (const m of body.matchAll(/\$\{\d+:([^}]*)\}/g)) yield [pointer, m[1]!];
}

describe('the schemas help while typing', () => {
  const { ajv, ids } = createAjv();

  for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
    it(`${file}: every enum value is explained, every snippet inserts placeholders, never a fact`, () => {
      const schema = readSchema(file);
      let snippets = 0;
      for (const [pointer, node] of nodes(schema)) {
        if (Array.isArray(node.enum) && !pointer.includes('/if/')) {
          expect(node.enumDescriptions, `${file}#${pointer}`).toHaveLength(node.enum.length);
          for (const d of node.enumDescriptions as string[]) expect(d.length, `${file}#${pointer}`).toBeGreaterThan(5);
        }
        for (const s of (node.defaultSnippets ?? []) as { label: string; body: unknown }[]) {
          snippets++;
          // A snippet never inserts a fact: what the author types over is a visible "[isi: …]".
          for (const [at, typed] of typedTexts(s.body)) expect(typed, `${s.label} ${at}`).toMatch(PLACEHOLDER);
          // Accepted as inserted, it is valid except where the author still has to type: an empty
          // number or date, or a placeholder in a field with a format (a phone number, a link).
          const inserted = accept(s.body);
          const open = [...leaves(inserted)].filter(([, v]) => v === null || (typeof v === 'string' && PLACEHOLDER.test(v))).map(([at]) => at);
          const validate = ajv.compile({ $ref: `${ids[kind as keyof typeof ids]}#${pointer}` });
          validate(inserted);
          const left = (validate.errors ?? []).filter((e) => !open.some((at) => at === e.instancePath || at.startsWith(`${e.instancePath}/`)));
          expect(left, `${s.label}: ${JSON.stringify(left)}`).toEqual([]);
        }
      }
      expect(snippets).toBeGreaterThan(kind === 'layanan' ? 20 : 1);
    });
  }

  // The engine of VS Code's YAML extension (Red Hat's yaml-language-server), on a file as staff write it.
  const service = getLanguageService({
    schemaRequestService: (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  service.configure({ completion: true, hover: true, validate: true, yamlVersion: '1.2' });
  const modeline = `# yaml-language-server: $schema=${pathToFileURL(fileURLToPath(new URL('layanan.schema.json', SCHEMA_DIR))).href}`;
  const TEXT = `${modeline}
kode: KTP-EL
nama: Penerbitan KTP Elektronik
status: draf
komponen:
  persyaratan:
    - 
  sistem_mekanisme_prosedur:
    - 
  biaya:
    tarif:
      - 
  pengaduan:
    kanal:
      - 
      - jenis: 
  jangka_waktu:
    nilai: 14
    satuan: 
`;
  const doc = TextDocument.create('file:///unit/layanan/ktp.yaml', 'yaml', 1, TEXT);
  const lineOf = (needle: string, nth = 0) => TEXT.split('\n').findIndex((l, i, all) => l === needle && all.slice(0, i).filter((x) => x === needle).length === nth);
  const complete = async (needle: string, nth = 0) => {
    const line = lineOf(needle, nth);
    return (await service.doComplete(doc, { line, character: needle.length }, false)).items;
  };
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const documentation = (items: CompletionItem[], label: string) => JSON.stringify(items.find((i) => i.label === label)?.documentation ?? '');

  it('offers snippets for a requirement, a step, a tariff line and a complaint channel', async () => {
    expect(labels(await complete('    - '))).toEqual(expect.arrayContaining(['Dokumen persyaratan', 'Persyaratan per keadaan pemohon']));
    expect(labels(await complete('    - ', 1))).toContain('Langkah prosedur');
    expect(labels(await complete('      - '))).toEqual(expect.arrayContaining(['Baris tarif', 'Baris tarif dengan dasar hukumnya']));
    expect(labels(await complete('      - ', 1))).toEqual(expect.arrayContaining(['SP4N-LAPOR!', 'WhatsApp pengaduan', 'E-mail pengaduan', 'Kotak saran']));
  });

  it('inserts a quoted placeholder to type over, and leaves numbers empty', async () => {
    const item = (await complete('    - ')).find((i) => i.label === 'Dokumen persyaratan');
    const text = String(item?.insertText ?? item?.textEdit?.newText);
    expect(text).toContain('uraian: "${1:[isi: misalnya Kartu Keluarga]}"');
    expect(text).toMatch(/jumlah: \$\{3\}/);
  });

  it('explains each choice of a list of values, in Indonesian', async () => {
    const jenis = await complete('      - jenis: ');
    expect(labels(jenis)).toEqual(expect.arrayContaining(['sp4n_lapor', 'whatsapp', 'kotak_saran']));
    expect(documentation(jenis, 'sp4n_lapor')).toContain('saluran pengaduan nasional');
    const satuan = await complete('    satuan: ');
    expect(documentation(satuan, 'hari_kerja')).toContain('tidak menghitung Sabtu, Minggu dan hari libur');

    const hover = await service.doHover(doc, { line: lineOf('status: draf'), character: 9 });
    expect(JSON.stringify(hover?.contents)).toContain('`draf`: Sedang disusun');
  });
});
