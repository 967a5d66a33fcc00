import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { exportTo, EXAMPLE_UNITS, EXAMPLES, sheetValues, workbook } from '../export/helpers.js';
import { expectGolden, expectNoStrayGoldens } from './golden.js';

const GOLDEN = join(import.meta.dirname, 'ekspor');
const CSV = ['layanan.csv', 'tarif.csv', 'persyaratan.csv'];
const SIPP = ['dukcapil-sukamaju-sipp.txt', 'kanim-sukamaju-sipp.txt'];

/**
 * What the spreadsheet targets make of the example units, in a form a reviewer reads in a diff:
 * the CSV files as written (byte-order mark and CR LF included), and each SIPP sheet cell by cell
 * under its header (a workbook's bytes say nothing in a diff).
 */
describe('golden output of the spreadsheet exports of the examples', () => {
  let csvDir: string;
  beforeAll(async () => {
    csvDir = (await exportTo('csv', EXAMPLE_UNITS, { cwd: EXAMPLES })).dir;
  });

  it.each(CSV)('csv/%s', async (file) => {
    const dir = csvDir;
    expectGolden(join(GOLDEN, 'csv', file), await readFile(join(dir, file), 'utf8'));
  });

  it('sipp', async () => {
    const { dir, outcome } = await exportTo('sipp', EXAMPLE_UNITS, { cwd: EXAMPLES });
    for (const file of outcome.written) {
      const ws = (await workbook(join(dir, file))).worksheets[0]!;
      const [header, ...rows] = sheetValues(ws);
      const text = rows.map((r) => r.map((v, i) => `## ${String(header![i])}\n${v === null ? '' : String(v)}\n`).join('\n')).join(`\n${'='.repeat(72)}\n\n`);
      expectGolden(join(GOLDEN, 'sipp', file.replace(/\.xlsx$/, '.txt')), `# ${ws.name}\n\n${text}`);
    }
  });

  // cpsv-ap/ is tests/export/cpsv-ap.test.ts's, which checks its own.
  it('has no golden file that no case makes', () => expectNoStrayGoldens(GOLDEN, [...CSV.map((f) => `csv/${f}`), ...SIPP.map((f) => `sipp/${f}`), 'cpsv-ap/']));
});
