import type { ExportTarget } from '../types.js';
import { hasDraft, standardTables } from './table.js';
import { workbookBytes } from './workbook.js';

/** The workbook of one run: every service of every unit given, so a bureau collects all its offices in one file. */
const XLSX_FILE = 'standar-pelayanan.xlsx';

/**
 * `--ke xlsx`: one workbook with the sheets "Layanan" (one row per service, the unit in its first
 * column), "Tarif" and "Persyaratan".
 */
export const xlsx: ExportTarget = {
  async export(units) {
    const tables = standardTables(units);
    if (tables[0]!.rows.length === 0) return { files: [], diagnostics: [] };
    return { files: [{ path: XLSX_FILE, content: await workbookBytes(tables), draft: hasDraft(units) }], diagnostics: [] };
  },
};
