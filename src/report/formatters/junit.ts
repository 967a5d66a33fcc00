import { cellName, SEVERITY_RANK, type Diagnostic } from '../../diagnostics.js';
import { SEVERITY_WORDS } from '../summary.js';
import type { Formatter } from '../types.js';
import { escapeMarkup, xmlCharacters } from '../../files/markup.js';

const escapeXml = (s: string) => escapeMarkup(xmlCharacters(s));

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure): a suite per file, a test case per
 * problem that fails only when the problem fails the check (--fail-severity, errors by default),
 * and a passing one per clean file, so the counts show progress and agree with the exit code.
 */
export const junit: Formatter = ({ diagnostics, files, checked }, { lang, failSeverity = 'error' }) => {
  const failRank = SEVERITY_RANK[failSeverity];
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of checked ?? []) byFile.set(file, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const fix = lang === 'id' ? 'Saran' : 'Fix';
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const [file, list] of byFile) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const d of list) {
      const name = `${d.cell ? cellName(d.cell) : `${d.line}:${d.column}`} ${d.rule}: ${d.message}`;
      const attrs = `classname="${escapeXml(file)}" name="${escapeXml(name)}" file="${escapeXml(file)}" line="${d.line}"`;
      const body = `${d.cell ? `${file}: ${cellName(d.cell)}` : `${file}:${d.line}:${d.column}`} ${SEVERITY_WORDS[lang][d.severity]} ${d.message} (${d.rule})${d.hint ? `\n${fix}: ${d.hint}` : ''}`;
      if (SEVERITY_RANK[d.severity] < failRank) cases.push(`    <testcase ${attrs}>\n      <system-out>${escapeXml(body)}</system-out>\n    </testcase>`);
      else {
        suiteFailures++;
        cases.push(`    <testcase ${attrs}>\n      <failure message="${escapeXml(d.message)}" type="${d.severity}">${escapeXml(body)}</failure>\n    </testcase>`);
      }
    }
    if (list.length === 0) cases.push(`    <testcase classname="${escapeXml(file)}" name="standar validate" file="${escapeXml(file)}"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const title = lang === 'id' ? `standar validate (${files} berkas)` : `standar validate (${files} files)`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXml(title)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
