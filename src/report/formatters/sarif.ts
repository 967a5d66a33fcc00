import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { cellName, DIAGNOSTIC_SOURCES, type CoreSource, type Diagnostic, type Severity } from '../../diagnostics.js';
import type { Text } from '../../i18n/index.js';
import { PACKAGE_VERSION as VERSION } from '../../package-info.js';
import { RULES } from '../../rules/index.js';
import { ruleDocsUrl } from '../rule-docs.js';
import type { Formatter } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Relative paths stay relative to the checkout (%SRCROOT%), so code scanning can place them. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('\\').join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * Stable across line moves, dates in messages and --lang: file, rule, JSON pointer (like the
 * baseline), and which of several problems at the same place this is.
 */
function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = `${d.file}\u0000${d.rule}\u0000${d.pointer}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

/** SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): one run, every rule described. */
export const sarif: Formatter = ({ diagnostics }, { lang }) => {
  const descriptors: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const describe = (id: string, severity: Severity, description: Text) => {
    index.set(id, descriptors.length);
    const helpUri = ruleDocsUrl(id);
    descriptors.push({
      id,
      name: id,
      shortDescription: { text: description[lang] },
      fullDescription: { text: description[lang] },
      defaultConfiguration: { level: LEVEL[severity] },
      help: { text: description[lang], markdown: helpUri ? `**${id}**: ${description[lang]} ([${lang === 'id' ? 'penjelasan' : 'explanation'}](${helpUri}))` : `**${id}**: ${description[lang]}` },
      ...(helpUri ? { helpUri } : {}),
      properties: { tags: ['standar-pelayanan'] },
    });
  };
  for (const rule of Object.values(RULES)) describe(rule.id, rule.severity, rule.description);
  for (const d of diagnostics) {
    if (index.has(d.rule)) continue;
    const core = Object.hasOwn(DIAGNOSTIC_SOURCES, d.rule) ? DIAGNOSTIC_SOURCES[d.rule as CoreSource] : { severity: d.severity, description: { id: d.rule, en: d.rule } };
    describe(d.rule, core.severity, core.description);
  }

  const prints = fingerprints(diagnostics);
  const results: Result[] = diagnostics.map((d, i) => ({
    ruleId: d.rule,
    ruleIndex: index.get(d.rule)!,
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}\n${lang === 'id' ? 'Saran' : 'Fix'}: ${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifact(d.file), region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column : 1) } },
        ...(d.cell ? { logicalLocations: [{ fullyQualifiedName: cellName(d.cell), kind: 'element' }] } : d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'object' }] } : {}),
      },
    ],
    partialFingerprints: { 'standarPelayanan/v1': prints[i]! },
  }));

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'standar', fullName: 'standar-pelayanan', semanticVersion: VERSION, version: VERSION, language: lang, rules: descriptors } },
        language: lang,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
