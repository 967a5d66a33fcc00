import { sep } from 'node:path';
import { isRecord } from '../../load/guards.js';
import { joinPointer } from '../../load/pointer.js';
import { originOf } from '../../load/unit.js';
import { numberWithWords, rupiah } from '../../model/format.js';
import { terbilang } from '../../model/terbilang.js';
import { isDraft } from '../../render/gate.js';
import type { ExportFile, ExportTarget, ExportUnit } from '../types.js';

/** Where the schema of this export is published; `schemas/ekspor-json.schema.json` is its copy. */
export const EXPORT_JSON_SCHEMA = 'https://standar-pelayanan.id/schema/v1/ekspor-json.schema.json';

/** Keys whose number is a quantity decrees write in words too: durations, tariffs, counts. */
const COUNTED = new Set(['nilai', 'jumlah', 'total']);

/** Every quantity of a value, by pointer, as decrees write it: "14 (empat belas)", "Rp350.000,00 (tiga ratus lima puluh ribu rupiah)". */
function numbersInWords(value: unknown, pointer = '', key = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'number' && COUNTED.has(key) && Number.isFinite(value)) {
    const money = pointer.startsWith('/komponen/biaya/') && key === 'jumlah';
    out[pointer] = money && Number.isSafeInteger(value) && value >= 0 ? `${rupiah(value, 'id')} (${value === 0 ? 'nol' : terbilang(value)} rupiah)` : numberWithWords(value, 'id');
  } else if (Array.isArray(value)) value.forEach((v, i) => numbersInWords(v, joinPointer(pointer, i), key, out));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) numbersInWords(v, joinPointer(pointer, k), k, out);
  return out;
}

const posix = (path: string) => path.split(sep).join('/');

/** The service's data as resolved, and where each value it inherited is written. */
function serviceRecord(unit: ExportUnit, i: number) {
  const doc = unit.services[i]!;
  const data = unit.unit.services[i]!;
  const asal: Record<string, string> = {};
  for (const pointer of doc.inherited.keys()) {
    const origin = originOf(doc, pointer);
    asal[pointer] = `${posix(origin.source.path)}#${origin.pointer}`;
  }
  return { berkas: posix(doc.source.path), layanan: data, terbilang: numbersInWords(data), asal };
}

/** The provider as the pages show it, without the defaults already applied to each service. */
function providerRecord(unit: ExportUnit) {
  if (!isRecord(unit.unit.provider)) return undefined;
  const { bawaan: _applied, maklumat, ...identity } = unit.unit.provider;
  return unit.maklumat ? { ...identity, maklumat } : identity;
}

const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `--ke json`: for each service its resolved data (what every page and export is made of), the
 * provider it belongs to, its quantities in words and the origin of what it inherits; with
 * `--satu-berkas`, one file per unit holding all of them.
 */
export const json: ExportTarget = {
  async export(units, options) {
    const files: ExportFile[] = [];
    for (const unit of units) {
      const penyelenggara = providerRecord(unit);
      const records = unit.services.map((_, i) => serviceRecord(unit, i));
      const drafts = unit.unit.verdict?.services.map(isDraft) ?? [];
      if (options.oneFile) {
        if (records.length > 0 || penyelenggara) files.push({ path: `${unit.name}.json`, content: text({ $schema: EXPORT_JSON_SCHEMA, penyelenggara, layanan: records }), draft: drafts.some(Boolean) });
        continue;
      }
      records.forEach((record, i) => {
        files.push({ path: `${unit.name}/${String(record.layanan.kode).toLowerCase()}.json`, content: text({ $schema: EXPORT_JSON_SCHEMA, penyelenggara, ...record }), draft: drafts[i] ?? false });
      });
    }
    return { files, diagnostics: [] };
  },
};
