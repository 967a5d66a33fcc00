import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/diagnostics.js';
import { junit } from '../../src/report/formatters/junit.js';
import { manyProblems, ODD_TEXT, sampleResult } from './fixture.js';

interface Case {
  '@_name': string;
  failure?: { '@_type': string; '#text': string };
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: Case[];
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as { testsuites: { '@_tests': string; '@_failures': string; testsuite?: Suite[] } };
}

describe('junit formatter', () => {
  it('is well-formed XML whose counts match the problems, with a passing case per clean file', async () => {
    const result = await sampleResult();
    const doc = parse(junit(result, { lang: 'id', color: false, failSeverity: 'warning' }));
    const s = summarize(result.diagnostics, result.files);
    const suites = doc.testsuites.testsuite!;
    expect(Number(doc.testsuites['@_failures'])).toBe(s.errors + s.warnings);
    expect(Number(doc.testsuites['@_tests'])).toBe(result.diagnostics.length + 2); // + penyelenggara.yaml and layanan/baik.yaml, clean
    expect(suites.map((x) => x['@_name']).sort()).toEqual(['layanan/baik.yaml', 'layanan/rusak.yaml', 'penyelenggara.yaml']);
    for (const suite of suites) {
      expect(Number(suite['@_tests'])).toBe(suite.testcase.length);
      expect(Number(suite['@_failures'])).toBe(suite.testcase.filter((c) => c.failure).length);
    }
    const rusak = suites.find((x) => x['@_name'] === 'layanan/rusak.yaml')!;
    const link = rusak.testcase.find((c) => c['@_name'].includes('tautan-https'))!;
    expect(link.failure!['@_type']).toBe('warning');
    expect(link.failure!['#text']).toContain('http://a.go.id/biaya');
    const twice = rusak.testcase.find((c) => c['@_name'].includes('persyaratan-ganda'))!;
    expect(twice['system-out']).toContain(`info Persyaratan "${ODD_TEXT}" sudah ditulis`);
  });

  it('fails only on what fails the check: errors by default, warnings with --fail-severity warning', async () => {
    const result = await sampleResult();
    const s = summarize(result.diagnostics, result.files);
    expect(s.warnings).toBeGreaterThan(0);
    const doc = parse(junit(result, { lang: 'id', color: false }));
    expect(Number(doc.testsuites['@_failures'])).toBe(s.errors);
    const link = doc.testsuites.testsuite!.flatMap((x) => x.testcase).find((c) => c['@_name'].includes('tautan-https'))!;
    expect(link.failure).toBeUndefined();
    expect(link['system-out']).toContain('peringatan');
    expect(Number(parse(junit(result, { lang: 'id', color: false, failSeverity: 'info' })).testsuites['@_failures'])).toBe(result.diagnostics.length);
  });

  it('counts a large run and an empty one', () => {
    const many = manyProblems(300);
    const doc = parse(junit(many, { lang: 'en', color: false, failSeverity: 'warning' }));
    expect(Number(doc.testsuites['@_tests'])).toBe(300);
    expect(Number(doc.testsuites['@_failures'])).toBe(200);
    expect(doc.testsuites.testsuite).toHaveLength(40);
    expect(parse(junit({ diagnostics: [], files: 0 }, { lang: 'id', color: false })).testsuites['@_tests']).toBe('0');
  });
});
