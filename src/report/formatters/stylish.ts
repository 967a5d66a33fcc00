import { Chalk } from 'chalk';
import { locationLabel, type Severity } from '../../diagnostics.js';
import { ruleDocsUrl } from '../rule-docs.js';
import { SEVERITY_WORDS, summaryText } from '../summary.js';
import type { Formatter } from '../types.js';

/**
 * For people: every problem as file:line:column (editors and terminals make it a link), the
 * message, and the fix on the line below (a fix already printed for the same file is not printed
 * again: a fresh draft has a dozen placeholders with one fix, and the list must stay readable);
 * then where each rule met is explained, and one summary line.
 */
export const stylish: Formatter = ({ diagnostics, files }, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const words = SEVERITY_WORDS[lang];
  const width = Math.max(...Object.values(words).map((w) => w.length));
  const lines: string[] = [];
  let lastFile: string | undefined;
  const shownHints = new Set<string>();
  for (const d of diagnostics) {
    if (d.file !== lastFile) {
      if (lastFile !== undefined) lines.push('');
      shownHints.clear();
    }
    lastFile = d.file;
    lines.push(`${c.bold(locationLabel(d))}  ${paint[d.severity](words[d.severity].padEnd(width))}  ${d.message}  ${c.dim(d.rule)}`);
    if (d.hint && !shownHints.has(d.hint)) lines.push(`    ${c.dim(lang === 'id' ? 'Saran:' : 'Fix:')} ${d.hint}`);
    if (d.hint) shownHints.add(d.hint);
  }
  const summary = summaryText(diagnostics, files, lang);
  if (summary.clean) {
    lines.push(c.green(`✔ ${summary.sentence}`));
  } else {
    lines.push('');
    const docs = [...new Set(diagnostics.map((d) => d.rule))].flatMap((rule) => {
      const url = ruleDocsUrl(rule);
      return url ? [`  ${c.dim(rule)}  ${url}`] : [];
    });
    if (docs.length > 0) lines.push(lang === 'id' ? 'Penjelasan aturan:' : 'Rules explained:', ...docs, '');
    lines.push(`${summary.errors > 0 ? c.red('✖') : c.yellow('⚠')} ${summary.sentence}`);
  }
  return lines.join('\n') + '\n';
};
