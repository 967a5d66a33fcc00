import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, Severity } from '../../diagnostics.js';
import type { Text } from '../../i18n/index.js';
import { PACKAGE_VERSION as VERSION } from '../../package-info.js';
import { RULES } from '../../rules/index.js';
import { ruleDocsUrl } from '../rule-docs.js';
import type { Formatter } from '../types.js';

/** The checks that are not rules: reading, schema, configuration. */
const CORE_CHECKS: Record<string, { severity: Severity; description: Text }> = {
  yaml: { severity: 'error', description: { id: 'Berkas harus berupa YAML yang sah.', en: 'The file must be valid YAML.' } },
  berkas: { severity: 'error', description: { id: 'Berkas harus terbaca: UTF-8, tidak kosong, tidak terlalu besar.', en: 'The file must be readable: UTF-8, not empty, not too large.' } },
  io: { severity: 'error', description: { id: 'Jalur yang diberikan harus ada dan dapat dibaca.', en: 'The given paths must exist and be readable.' } },
  skema: { severity: 'error', description: { id: 'Isi berkas harus sesuai skema standar pelayanan.', en: 'The file must match the service-standard schema.' } },
  konfigurasi: { severity: 'error', description: { id: 'standar.config.yaml harus sah.', en: 'standar.config.yaml must be valid.' } },
  baseline: { severity: 'error', description: { id: 'Berkas baseline harus sah.', en: 'The baseline file must be valid.' } },
  internal: { severity: 'error', description: { id: 'Pemeriksaan sebuah berkas tidak boleh terhenti karena kesalahan di dalam standar sendiri.', en: 'Checking a file must not stop on an error inside standar itself.' } },
  penonaktifan: { severity: 'warning', description: { id: 'Komentar standar-disable-next-line harus menyebut aturan yang ada dan alasannya.', en: 'standar-disable-next-line comments must name existing rules and a reason.' } },
};

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
    const core = CORE_CHECKS[d.rule] ?? { severity: d.severity, description: { id: d.rule, en: d.rule } };
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
        ...(d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'object' }] } : {}),
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
