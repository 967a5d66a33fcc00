import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellName, columnLetters, DIAGNOSTIC_SOURCES, isSetupProblem, isUnreadable, type Diagnostic } from '../../src/diagnostics.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { RULES } from '../../src/rules/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('diagnostic sources', () => {
  it('every id the code reports under is a rule or a listed source', () => {
    const known = new Set([...Object.keys(RULES), ...Object.keys(DIAGNOSTIC_SOURCES)]);
    const used = new Map<string, string>();
    for (const file of sourceFiles(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\brule: '([a-z-]+)'|_RULE(?:: CoreSource)? = '([a-z-]+)'/g)) used.set(m[1] ?? m[2]!, file);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter(([id]) => !known.has(id))).toEqual([]);
  });

  it('a run problem is never hidden and an unreadable file is the only thing that keeps a page from being written', () => {
    const d = (rule: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule, severity, message: 'm' });
    expect(['io', 'konfigurasi', 'baseline', 'internal'].every((r) => isSetupProblem(d(r)))).toBe(true);
    expect(['yaml', 'skema', 'komponen-lengkap', 'constructor', '__proto__'].some((r) => isSetupProblem(d(r)))).toBe(false);
    expect(['io', 'berkas', 'yaml'].every((r) => isUnreadable(d(r)))).toBe(true);
    expect(isUnreadable(d('yaml', 'warning')) || isUnreadable(d('skema')) || isUnreadable(d('toString'))).toBe(false);
  });
});

describe('a problem in a spreadsheet cell', () => {
  const inCell: Diagnostic = {
    file: 'tanggapan.xlsx', line: 12, column: 6, endLine: 12, endColumn: 6, pointer: '', cell: { sheet: 'Sheet1', row: 12, column: 6 },
    rule: 'skema', severity: 'error', message: 'Nilai 5 di luar 1–4.', hint: 'Tulis 1, 2, 3 atau 4.',
  };
  const input = { diagnostics: [inCell], files: 1, checked: ['tanggapan.xlsx'] };

  it('is named as the spreadsheet names it', () => {
    expect([1, 6, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'F', 'Z', 'AA', 'AZ', 'AAA']);
    expect(cellName(inCell.cell!)).toBe('Sheet1!F12');
  });

  it('is printed with its sheet and cell by every formatter for people and by the machine formats', () => {
    for (const name of ['stylish', 'junit', 'markdown', 'github']) {
      expect(FORMATTERS[name]!(input, { lang: 'id', color: false }), name).toContain('Sheet1!F12');
    }
    expect(JSON.parse(FORMATTERS.json!(input, { lang: 'id', color: false }))[0].cell).toEqual({ sheet: 'Sheet1', row: 12, column: 6, name: 'Sheet1!F12' });
    const sarif = JSON.parse(FORMATTERS.sarif!(input, { lang: 'id', color: false }));
    expect(sarif.runs[0].results[0].locations[0].logicalLocations).toEqual([{ fullyQualifiedName: 'Sheet1!F12', kind: 'element' }]);
    expect(FORMATTERS.stylish!(input, { lang: 'id', color: false })).toContain('tanggapan.xlsx: Sheet1!F12');
  });
});
