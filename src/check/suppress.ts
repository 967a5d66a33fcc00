import type { CoreSource, Diagnostic } from '../diagnostics.js';
import type { Lang, MessageDef } from '../i18n/index.js';
import { didYouMean } from '../i18n/suggest.js';
import { locate, makeDiagnostic, type SourceFile } from '../load/source.js';
import { RULES } from '../rules/index.js';

/** `# standar-disable-next-line <rule>[, <rule>...] -- <reason>` */
export interface Directive {
  /** Line of the comment. */
  line: number;
  column: number;
  /** The line it covers: the next one that is not blank or a comment. */
  target: number;
  rules: string[];
  reason?: string;
}

/** Problems with the directives themselves carry this rule id. */
export const DIRECTIVE_RULE: CoreSource = 'penonaktifan';
const MARK = 'standar-disable-next-line';
const DIRECTIVE = /(^|\s)#\s*standar-disable-next-line\b(.*)$/;

const MESSAGES = {
  unknownRule: {
    message: { id: 'Aturan "{rule}" pada komentar penonaktifan tidak dikenal.', en: 'The rule "{rule}" in the disable comment is not known.' },
    hint: { id: '{suggestion}Hanya aturan pemeriksaan yang dapat dinonaktifkan: {rules}.', en: '{suggestion}Only checking rules can be disabled: {rules}.' },
  },
  noRule: {
    message: { id: 'Komentar penonaktifan tidak menyebut aturan.', en: 'The disable comment names no rule.' },
    hint: { id: 'Tulis aturan yang dinonaktifkan dan alasannya, misalnya "# standar-disable-next-line reviu-berkala -- reviu dijadwalkan Maret".', en: 'Name the rule and the reason, e.g. "# standar-disable-next-line reviu-berkala -- review planned for March".' },
  },
  noReason: {
    message: { id: 'Komentar penonaktifan tidak menyebut alasannya.', en: 'The disable comment gives no reason.' },
    hint: { id: 'Tulis alasannya sesudah " -- ", agar pemeriksa berikutnya tahu mengapa aturan ini dilewati.', en: 'Write the reason after " -- " so the next reviewer knows why the rule is skipped.' },
  },
} satisfies Record<string, MessageDef>;

const cache = new WeakMap<SourceFile, Directive[]>();


/** The directives in a YAML file, read once per file. */
export function directivesOf(source: SourceFile): Directive[] {
  let found = cache.get(source);
  if (found) return found;
  found = [];
  if (source.text.includes(MARK)) {
    // Lines as positions count them (LF, CR LF or a lone CR).
    const lines = source.text.split(/\r\n|\r|\n/);
    lines.forEach((text, i) => {
      const m = DIRECTIVE.exec(text);
      if (!m) return;
      const [list = '', reason] = m[2]!.split(/\s--\s?/, 2);
      let target = i + 1;
      while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
      found.push({
        line: i + 1,
        column: m.index + m[1]!.length + 1,
        target: target + 1,
        rules: list.split(/[\s,]+/).filter(Boolean),
        ...(reason?.trim() ? { reason: reason.trim() } : {}),
      });
    });
  }
  cache.set(source, found);
  return found;
}

/** Whether a rule's problem at `line` (or whose key stands on a covered line) is disabled. */
export function isSuppressed(directives: readonly Pick<Directive, 'target' | 'rules'>[], rule: string, line: number, keyLine?: () => number): boolean {
  for (const d of directives) {
    if (!d.rules.includes(rule)) continue;
    if (d.target === line || (keyLine && d.target === keyLine())) return true;
  }
  return false;
}

export function suppressedInSource(source: SourceFile, rule: string, line: number, pointer: string): boolean {
  const directives = directivesOf(source);
  return directives.length > 0 && isSuppressed(directives, rule, line, () => locate(source, pointer, 'key').line);
}

/** Unknown rules, missing rules or reasons: said once, by the check of the file that holds them. */
export function directiveProblems(source: SourceFile, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = Object.keys(RULES);
  for (const d of directivesOf(source)) {
    const at = { line: d.line, column: d.column, endLine: d.line, endColumn: d.column + 1 };
    const problem = (def: MessageDef, params: Record<string, string> = {}) => out.push(makeDiagnostic(source.path, at, '', { rule: DIRECTIVE_RULE, def, params, severity: 'warning' }, lang));
    if (d.rules.length === 0) problem(MESSAGES.noRule);
    for (const rule of d.rules) {
      if (Object.hasOwn(RULES, rule)) continue;
      const guess = didYouMean(rule, ids);
      problem(MESSAGES.unknownRule, { rule, rules: ids.join(', '), suggestion: guess ? (lang === 'id' ? `Maksudnya "${guess}"? ` : `Did you mean "${guess}"? `) : '' });
    }
    if (d.rules.length > 0 && !d.reason) problem(MESSAGES.noReason);
  }
  return out;
}
