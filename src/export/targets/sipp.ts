import type { ExportFile, ExportTarget } from '../types.js';
import { DEFAULT_SIPP_MAPPING, readSippMapping } from './sipp-mapping.js';
import { hasDraft, serviceTable } from './table.js';
import { workbookBytes } from './workbook.js';

/**
 * `--ke sipp`: per unit, the spreadsheet SIPP's "import excel" takes, one row per service, under
 * the columns of the mapping (the package's default, or the unit's with `--pemetaan`). List items
 * go one a line without their own numbers, since SIPP numbers them itself, and a component the
 * standard does not give is an empty cell, not the pages' "Belum diisi".
 */
export const sipp: ExportTarget = {
  async export(units, options) {
    const { mapping, diagnostics } = await readSippMapping(options.mapping ?? DEFAULT_SIPP_MAPPING, options);
    if (!mapping) return { files: [], diagnostics };
    const files: ExportFile[] = [];
    for (const unit of units) {
      if (unit.services.length === 0) continue;
      const table = serviceTable([unit], mapping.sheet, mapping.columns, { numbers: false, gaps: false });
      files.push({ path: `${unit.name}-sipp.xlsx`, content: await workbookBytes([table]), draft: hasDraft([unit]) });
    }
    return { files, diagnostics };
  },
};
