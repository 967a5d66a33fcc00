import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIMIT, github } from '../../src/report/formatters/github.js';
import { manyProblems, sampleResult } from './fixture.js';

describe('github formatter', () => {
  it('writes one workflow command per problem, escaped, with the fix', async () => {
    const out = github(await sampleResult(), { lang: 'id', color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines.find((l) => l.includes('jumlah-pelaksana'))).toBe(
      '::error file=layanan/rusak.yaml,line=49,col=12,endLine=49,endColumn=13,title=standar%3A jumlah-pelaksana-tidak-cocok::Jumlah pelaksana ditulis 8 orang, tetapi rinciannya berjumlah 3 orang (2 Petugas loket + 1 Operator).%0ASaran: Ubah "total" menjadi 3, atau perbaiki jumlah pada rincian yang keliru.',
    );
    expect(lines.find((l) => l.includes('tautan-https'))).toContain('::warning file=layanan/rusak.yaml,');
    expect(lines.find((l) => l.includes('persyaratan-ganda'))).toMatch(/^::notice file=layanan\/rusak\.yaml,line=\d+,col=7,endLine=\d+,endColumn=\d+,title=standar%3A persyaratan-ganda::Persyaratan "Surat <pengantar> RT\/RW & "100%25": ya, \| pipa" sudah/);
    expect(lines.at(-1)).toMatch(/^::notice title=standar validate::\d+ masalah \(.*\) dalam 1 berkas; 3 berkas diperiksa\.$/);
  });

  it('stays within GitHub\'s limit per kind and says how many did not fit, listing them in the log', () => {
    const out = github(manyProblems(90), { lang: 'en', color: false });
    const lines = out.trimEnd().split('\n');
    const count = (kind: string) => lines.filter((l) => l.startsWith(`::${kind} `)).length;
    expect(count('error')).toBe(ANNOTATION_LIMIT);
    expect(count('warning')).toBe(ANNOTATION_LIMIT);
    expect(count('notice')).toBe(ANNOTATION_LIMIT); // 9 problems + the summary
    expect(lines.filter((l) => /^layanan\/l\d{3}\.yaml:\d+:3: /.test(l))).toHaveLength(90 - 29);
    expect(lines.at(-1)).toBe("::notice title=standar validate::90 problems (30 errors, 30 warnings, 30 infos) in 40 files; 40 files checked. 61 problems are not shown as annotations because of GitHub's limit; see this step's log or upload SARIF.");
  });
});
