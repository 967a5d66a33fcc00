import { mkdir, readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishExport, type ExportRequest } from '../../src/publish/export.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';
import { EXAMPLES } from '../render/units.js';

const require = createRequire(import.meta.url);
const SCHEMAS = join(import.meta.dirname, '..', '..', 'schemas');

async function exportValidator() {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as (ajv: InstanceType<typeof Ajv>, formats: string[]) => unknown;
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const file of ['layanan.schema.json', 'penyelenggara.schema.json']) ajv.addSchema(JSON.parse(await readFile(join(SCHEMAS, file), 'utf8')));
  return ajv.compile(JSON.parse(await readFile(join(SCHEMAS, 'ekspor-json.schema.json'), 'utf8')));
}

const request = (cwd: string, outDir: string, extra: Partial<ExportRequest> = {}): ExportRequest => ({ inputs: ['.'], target: 'json', outDir, shownOut: 'ekspor/', lang: 'id', cwd, ...extra });

async function filesIn(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(dir.length + 1)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  return out;
}

describe('standar ekspor --ke json', () => {
  it('writes every example service, each valid against the published schema, the same bytes every time', async () => {
    const out = await tempTree({});
    const first = await publishExport(request(EXAMPLES, join(out, 'a')));
    expect(first.notWritten).toEqual([]);
    expect(first.written.length).toBe(11);
    const validate = await exportValidator();
    const files = await filesIn(join(out, 'a'));
    for (const [path, text] of Object.entries(files)) expect(validate(JSON.parse(text)), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    await publishExport(request(EXAMPLES, join(out, 'b')));
    expect(await filesIn(join(out, 'b'))).toEqual(files);
  });

  it('says where each inherited part is written and every quantity in words', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    await publishExport(request(dir, join(dir, 'ekspor')));
    const record = JSON.parse(await readFile(join(dir, 'ekspor', 'dukcapil-uji', 'duk-kk.json'), 'utf8'));
    expect(record.berkas).toBe('layanan/kk.yaml');
    expect(record.asal['/komponen/pengaduan']).toBe('penyelenggara.yaml#/bawaan/komponen/pengaduan');
    expect(record.layanan.komponen.pengaduan.kanal[0].jenis).toBe('sp4n_lapor');
    expect(record.terbilang).toMatchObject({ '/komponen/jangka_waktu/nilai': '3 (tiga)', '/komponen/jumlah_pelaksana/total': '3 (tiga)', '/komponen/persyaratan/1/jumlah': '1 (satu)' });
    expect(record.penyelenggara.bawaan).toBeUndefined();
    expect(record.penyelenggara.maklumat.tempat).toBe('Kota Uji');
  });

  it('refuses a service with a placeholder, naming where it is, and exports the others', async () => {
    const dir = await tempTree({
      'penyelenggara.yaml': PROVIDER_YAML,
      'layanan/kk.yaml': SERVICE_YAML,
      'layanan/akta.yaml': SERVICE_YAML.replace('kode: DUK-KK', 'kode: DUK-AKTA').replace('    - Kartu Keluarga\n', '    - "[isi: nama produk]"\n'),
    });
    const outcome = await publishExport(request(dir, join(dir, 'ekspor')));
    expect(outcome.written).toEqual(['dukcapil-uji/duk-kk.json']);
    expect(outcome.notWritten).toHaveLength(1);
    expect(outcome.notWritten[0]!.what).toMatch(/^.*layanan\/akta\.yaml:\d+:\d+$/);
    expect(outcome.errors).toBe(true);
  });

  it('writes one file per unit with --satu-berkas', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    await publishExport(request(dir, join(dir, 'ekspor'), { oneFile: true }));
    const unit = JSON.parse(await readFile(join(dir, 'ekspor', 'dukcapil-uji.json'), 'utf8'));
    expect(unit.layanan.map((r: { layanan: { kode: string } }) => r.layanan.kode)).toEqual(['DUK-KK']);
    expect((await exportValidator())(unit)).toBe(true);
  });

  it('writes nothing when something stands in the way, and says what', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    await mkdir(join(dir, 'ekspor', 'dukcapil-uji', 'duk-kk.json'), { recursive: true });
    const outcome = await publishExport(request(dir, join(dir, 'ekspor')));
    expect(outcome.stop?.reason).toBe('obstacles');
    expect(outcome.stop?.obstacles).toContain('duk-kk.json');
    expect(outcome.written).toEqual([]);
  });
});
