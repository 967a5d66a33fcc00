import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/formatters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { manyProblems, sampleResult } from './fixture.js';

// The official SARIF 2.1.0 schema (rtm.5, JSON Schema draft-04) as shipped by Microsoft's SARIF SDK.
const require = createRequire(import.meta.url);
const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// CommonJS packages: their default export is the module itself at run time.
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as (ajv: InstanceType<typeof AjvDraft04>) => void;
// unicodeRegExp off: the published schema's pattern for `language` is not valid in Unicode mode.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SCHEMA);

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[] }[];
  }[];
}

describe('sarif formatter', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts', async () => {
    for (const input of [await sampleResult(), await sampleResult('en'), manyProblems(30), { diagnostics: [], files: 0 }]) {
      const log = JSON.parse(sarif(input, { lang: 'id', color: false })) as unknown;
      expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    }
    // The schema is really applied: a log without runs, or with a wrong level, is refused.
    expect(validateSarif({ version: '2.1.0' })).toBe(false);
    const wrong = JSON.parse(sarif(await sampleResult(), { lang: 'id', color: false })) as { runs: { results: { level: string }[] }[] };
    wrong.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(wrong)).toBe(false);
  });

  it('holds every problem with its rule, level, location and fix', async () => {
    const result = await sampleResult();
    const log = JSON.parse(sarif(result, { lang: 'id', color: false })) as Log;
    const run = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('standar');
    expect(run.results).toHaveLength(result.diagnostics.length);
    for (const rule of Object.values(RULES)) expect(run.tool.driver.rules.map((r) => r.id)).toContain(rule.id);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const staff = run.results.find((r) => r.ruleId === 'jumlah-pelaksana-tidak-cocok')!;
    expect(staff.level).toBe('error');
    expect(staff.message.text).toBe('Jumlah pelaksana ditulis 8 orang, tetapi rinciannya berjumlah 3 orang (2 Petugas loket + 1 Operator).\nSaran: Ubah "total" menjadi 3, atau perbaiki jumlah pada rincian yang keliru.');
    expect(staff.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'layanan/rusak.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 49, startColumn: 12, endLine: 49, endColumn: 13 } });
    expect(run.results.find((r) => r.ruleId === 'persyaratan-ganda')!.level).toBe('note');
    expect(new Set(run.results.map((r) => r.partialFingerprints['standarPelayanan/v1'])).size).toBe(run.results.length);
  });
});
