import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.js';
import { COMPONENTS, type ComponentKey } from '../../src/model/components.js';
import { componentBlocks, plainText } from '../../src/render/view/plain.js';
import { serviceView } from '../../src/render/view/service.js';
import { validateAgainstSchema } from '../../src/schema/validators.js';
import type { StandarPelayanan } from '../../src/types/schema.js';
import { EXAMPLE_UNITS, EXAMPLES, exportTo, pageServices } from './helpers.js';

/**
 * Issue 14's "the SIPP spreadsheet round-trips through the importer to the same service-delivery
 * data", on every example: exported, imported back with `standar impor`, and compared component by
 * component as the export writes it (so a difference is one a reader of the sheet would see):
 * the SIPP sheet on the 6 service-delivery components, lists without numbers, and the workbook
 * (and its CSV) on all 14, lists numbered, with each draft valid against the schema.
 */

type Data = Record<string, unknown>;

let originals: StandarPelayanan[];

beforeAll(async () => {
  originals = await pageServices(EXAMPLE_UNITS);
});

async function importBack(dir: string, files: string[]): Promise<Data[]> {
  const r = await importFiles(files.map((f) => join(dir, f)), { cwd: dir, lang: 'id', dryRun: true });
  expect(r.problems).toEqual([]);
  return r.services.map((s) => parse(s.text) as Data);
}

const text = (service: unknown, key: ComponentKey, numbers: boolean) => plainText(componentBlocks(serviceView(service, undefined, 'id').komponen[key]!, 'id'), { numbers });

/** Each original service against its draft, component by component, as "kode key: text". */
function compare(drafts: Data[], match: (o: StandarPelayanan, d: Data) => boolean, keys: readonly ComponentKey[], numbers: boolean) {
  const want: string[] = [];
  const got: string[] = [];
  for (const original of originals) {
    const draft = drafts.find((d) => match(original, d));
    expect(draft, original.kode).toBeDefined();
    want.push(`${original.kode} nama: ${original.nama}`, `${original.kode} nomor SK: ${String(original.penetapan && 'nomor' in original.penetapan ? original.penetapan.nomor : '')}`);
    got.push(`${original.kode} nama: ${String(draft!.nama)}`, `${original.kode} nomor SK: ${String((draft!.penetapan as Data | undefined)?.nomor ?? '')}`);
    for (const key of keys) {
      want.push(`${original.kode} ${key}: ${text(original, key, numbers)}`);
      got.push(`${original.kode} ${key}: ${text(draft, key, numbers)}`);
    }
  }
  expect(got).toEqual(want);
}

describe('the spreadsheet exports of every example, imported back', () => {
  it('the SIPP sheets give the same name, decree number and 6 service-delivery components', async () => {
    const { dir, outcome } = await exportTo('sipp', EXAMPLE_UNITS, { cwd: EXAMPLES });
    const drafts = await importBack(dir, outcome.written);
    expect(drafts).toHaveLength(originals.length);
    compare(drafts, (o, d) => d.nama === o.nama, COMPONENTS.filter((c) => c.group === 'A').map((c) => c.key), false);
  });

  it('the workbook and its CSV give the same 14 components, each draft valid against the schema', async () => {
    const xlsx = await exportTo('xlsx', EXAMPLE_UNITS, { cwd: EXAMPLES });
    const fromXlsx = await importBack(xlsx.dir, xlsx.outcome.written);
    expect(fromXlsx.map((d) => d.kode)).toEqual(originals.map((o) => o.kode));
    compare(fromXlsx, (o, d) => d.kode === o.kode, COMPONENTS.map((c) => c.key), true);
    for (const draft of fromXlsx) expect(validateAgainstSchema('layanan', draft), String(draft.kode)).toEqual([]);
    // What the sheet carries beside the components comes back as it was.
    const carried = (s: Data) => {
      const p = (s.penetapan ?? {}) as Data;
      return { deskripsi: s.deskripsi, kategori: s.kategori, peristiwa_hidup: s.peristiwa_hidup, kata_kunci: s.kata_kunci, tanggal_reviu: s.tanggal_reviu, kanal: s.kanal, jam_pelayanan: s.jam_pelayanan, nomor: p.nomor, tanggal: p.tanggal };
    };
    expect(fromXlsx.map(carried)).toEqual(originals.map((o) => carried(JSON.parse(JSON.stringify(o)) as Data)));

    const csv = await exportTo('csv', EXAMPLE_UNITS, { cwd: EXAMPLES });
    const fromCsv = await importBack(csv.dir, ['layanan.csv']);
    const strip = (d: Data) => ({ ...d, sumber: undefined });
    expect(fromCsv.map(strip)).toEqual(fromXlsx.map(strip));
  });
});
