import { csvField } from '../../files/csv.js';
import type { ExportTarget } from '../types.js';
import { hasDraft, standardTables, type Table } from './table.js';

/**
 * `--ke csv`: the tables of `--ke xlsx` as three files (layanan.csv, tarif.csv, persyaratan.csv),
 * written the way Excel opens them right: UTF-8 with a byte-order mark, lines ended by CR LF,
 * fields quoted as RFC 4180 says. Fields are separated by commas, or with `--format titik-koma`
 * by semicolons, the list separator of Excel set to Indonesian.
 */

const SEPARATORS: Record<string, string> = { koma: ',', 'titik-koma': ';' };

function csvText(table: Table, separator: string): string {
  const rows = [table.columns.map((c) => c.header), ...table.rows];
  return `\uFEFF${rows.map((r) => r.map((v) => csvField(v, separator)).join(separator)).join('\r\n')}\r\n`;
}

export const csv: ExportTarget = {
  async export(units, options) {
    const separator = SEPARATORS[options.format] ?? ',';
    const tables = standardTables(units);
    if (tables[0]!.rows.length === 0) return { files: [], diagnostics: [] };
    const draft = hasDraft(units);
    return { files: tables.map((t) => ({ path: `${t.name.toLowerCase()}.csv`, content: csvText(t, separator), draft })), diagnostics: [] };
  },
};
