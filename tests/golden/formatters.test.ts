import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import type { ValidateResult } from '../../src/check/validate.js';
import type { Lang } from '../../src/i18n/index.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import type { FormatContext } from '../../src/report/types.js';
import { sampleResult } from '../formatters/fixture.js';
import { expectGolden, expectNoStrayGoldens } from './golden.js';

const GOLDEN = join(import.meta.dirname, 'formatters');

interface Case {
  file: string;
  formatter: string;
  lang: Lang;
  color?: boolean;
  failSeverity?: FormatContext['failSeverity'];
  /** A run with nothing to report, where formats that list passing files show them. */
  clean?: boolean;
}

/**
 * Every formatter in both languages on one real run (errors, a warning, an info, a clean file,
 * characters every format must escape), colour once, junit at both fail severities, and each on
 * a clean run. Terminal colour codes are written as "␛" so the file stays text.
 */
const CASES: Case[] = [
  ...Object.keys(FORMATTERS).flatMap((formatter): Case[] => {
    const ext = { json: 'json', sarif: 'sarif.json', junit: 'xml', markdown: 'md' }[formatter] ?? 'txt';
    return [
      { file: `${formatter}.id.${ext}`, formatter, lang: 'id' },
      { file: `${formatter}.en.${ext}`, formatter, lang: 'en' },
      { file: `${formatter}.bersih.${ext}`, formatter, lang: 'id', clean: true },
    ];
  }),
  { file: 'stylish.warna.id.txt', formatter: 'stylish', lang: 'id', color: true },
  { file: 'junit.gagal-mulai-peringatan.id.xml', formatter: 'junit', lang: 'id', failSeverity: 'warning' },
];

describe('golden output of every formatter', () => {
  const results = {} as Record<Lang, ValidateResult>;
  beforeAll(async () => {
    results.id = await sampleResult('id');
    results.en = await sampleResult('en');
  });

  it.each(CASES)('$file', ({ file, formatter, lang, color = false, failSeverity, clean }) => {
    const result = results[lang];
    const input = clean ? { diagnostics: [], files: result.files, checked: result.checked } : result;
    const out = FORMATTERS[formatter]!(input, { lang, color, ...(failSeverity ? { failSeverity } : {}) });
    expectGolden(join(GOLDEN, file), out.replace(/\x1b/g, '␛'));
  });

  it('has no golden file that no case makes', () => expectNoStrayGoldens(GOLDEN, CASES.map((c) => c.file)));
});
