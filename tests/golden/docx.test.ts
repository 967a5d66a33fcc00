import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../src/export/index.js';
import { docx } from '../../src/export/targets/docx.js';
import { dumpDocx } from '../export/docx-dump.js';
import { exportUnit } from '../export/docx-text.js';
import { EXAMPLES } from '../render/units.js';
import { expectGolden, expectNoStrayGoldens } from './golden.js';

const GOLDEN = join(import.meta.dirname, 'docx');

/** The example's service whose Word file stands for all (the same one the golden pages show), and its unit's maklumat. */
const FILES = ['duk-ktp-el', 'maklumat'];

/**
 * What `standar ekspor --ke docx` writes, as its paragraphs, lists, tables and sections (see
 * tests/export/docx-dump.ts). After an intended change: review the difference and run
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden/docx.test.ts`.
 */
describe('golden Word files of disdukcapil-sukamaju', () => {
  let exported: Promise<ExportResult> | undefined;
  it.each(FILES)('%s.docx', async (name) => {
    exported ??= exportUnit(join(EXAMPLES, 'disdukcapil-sukamaju')).then((unit) => docx.export([unit], { lang: 'id', format: 'docx', oneFile: false, cwd: process.cwd() }));
    const { files } = await exported;
    const file = files.find((f) => f.path === `unit/${name}.docx`);
    expect(file).toBeDefined();
    expectGolden(join(GOLDEN, `${name}.txt`), dumpDocx(file!.content as Uint8Array));
  });

  it('has no golden file no case makes', () => {
    expectNoStrayGoldens(GOLDEN, FILES.map((name) => `${name}.txt`));
  });
});
