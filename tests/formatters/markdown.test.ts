import { describe, expect, it } from 'vitest';
import { markdown, MARKDOWN_ROW_LIMIT } from '../../src/report/formatters/markdown.js';
import { manyProblems, sampleResult } from './fixture.js';

describe('markdown formatter', () => {
  it('writes a job summary: a heading, the summary line and a table row per problem', async () => {
    const result = await sampleResult();
    const out = markdown(result, { lang: 'id', color: false });
    const rows = out.split('\n').filter((l) => l.startsWith('| `'));
    expect(out).toMatch(/^## Hasil pemeriksaan standar pelayanan\n\n❌ \d+ masalah/);
    expect(rows).toHaveLength(result.diagnostics.length);
    const odd = rows.find((r) => r.includes('persyaratan-ganda'))!;
    // Pipes and angle brackets in messages cannot break the table or inject HTML.
    expect(odd.split(/(?<!\\)\|/)).toHaveLength(8);
    expect(odd).toContain('Surat &lt;pengantar> RT/RW & "100%": ya, \\| pipa');
  });

  it('says all is well, and caps a huge table with a count of the rest', () => {
    expect(markdown({ diagnostics: [], files: 3 }, { lang: 'en', color: false })).toBe('## Service standard check\n\n✅ 3 files checked, no problems.\n');
    const out = markdown(manyProblems(MARKDOWN_ROW_LIMIT + 7), { lang: 'en', color: false });
    expect(out.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(MARKDOWN_ROW_LIMIT);
    expect(out).toContain('…and 7 more problems');
  });
});
