import { Chalk } from 'chalk';
import { summarize, type Severity } from '../../diagnostics.js';
import type { Lang } from '../../i18n/index.js';
import type { Formatter } from '../types.js';

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function plural(n: number, lang: Lang, id: string, en: string, enPlural = en + 's'): string {
  return `${n} ${lang === 'id' ? id : n === 1 ? en : enPlural}`;
}

/**
 * For people: every problem as file:line:column (editors and terminals make it a link), the
 * message, and the fix on the line below; then one summary line.
 */
export const stylish: Formatter = ({ diagnostics, files }, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const words = SEVERITY_WORDS[lang];
  const width = Math.max(...Object.values(words).map((w) => w.length));
  const lines: string[] = [];
  let lastFile: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== lastFile && lastFile !== undefined) lines.push('');
    lastFile = d.file;
    lines.push(`${c.bold(`${d.file}:${d.line}:${d.column}`)}  ${paint[d.severity](words[d.severity].padEnd(width))}  ${d.message}  ${c.dim(d.rule)}`);
    if (d.hint) lines.push(`    ${c.dim(lang === 'id' ? 'Saran:' : 'Fix:')} ${d.hint}`);
  }
  const s = summarize(diagnostics, files);
  const checked = plural(files, lang, 'berkas diperiksa', 'file checked', 'files checked');
  if (diagnostics.length === 0) {
    lines.push(c.green(lang === 'id' ? `✔ ${checked}, tidak ada masalah.` : `✔ ${checked}, no problems.`));
  } else {
    const parts = [
      s.errors && plural(s.errors, lang, 'galat', 'error'),
      s.warnings && plural(s.warnings, lang, 'peringatan', 'warning'),
      s.infos && plural(s.infos, lang, 'info', 'info', 'infos'),
    ].filter(Boolean);
    const withProblems = new Set(diagnostics.map((d) => d.file)).size;
    const mark = s.errors > 0 ? c.red('✖') : c.yellow('⚠');
    lines.push('');
    lines.push(
      lang === 'id'
        ? `${mark} ${plural(diagnostics.length, lang, 'masalah', '')} (${parts.join(', ')}) dalam ${withProblems} berkas; ${checked}.`
        : `${mark} ${plural(diagnostics.length, lang, '', 'problem')} (${parts.join(', ')}) in ${plural(withProblems, lang, '', 'file')}; ${checked}.`,
    );
  }
  return lines.join('\n') + '\n';
};
