import { arrow, changedSections, sideName, summaryLine, unchangedSections, WORDS, type DiffFormatter } from './words.js';

/** Characters that would turn user text into Markdown syntax (or break a table row). */
const md = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** For a consultation notice or a pull request: a summary table, then the details per section. */
export const markdown: DiffFormatter = (diff, lang) => {
  const out = [`### ${WORDS.title[lang]}: ${md(diff.title)}`, '', `${sideName(code(diff.old), diff.oldMissing, lang)} → ${sideName(code(diff.new), diff.newMissing, lang)}`, ''];
  const changed = changedSections(diff);
  if (changed.length === 0) return [...out, WORDS.nothing[lang], ''].join('\n');
  out.push(`| ${WORDS.section[lang]} | ${WORDS.change[lang]} |`, '| --- | --- |');
  for (const s of changed) out.push(`| ${md(s.label)} | ${md(summaryLine(s, lang))} |`);
  for (const s of changed) {
    if (s.added.length + s.removed.length + s.modified.length === 0) continue;
    out.push('', `#### ${md(s.label)}`, '');
    for (const a of s.added) out.push(`- **${WORDS.added[lang]}:** ${md(a)}`);
    for (const r of s.removed) out.push(`- **${WORDS.removed[lang]}:** ${md(r)}`);
    for (const m of s.modified) out.push(`- **${WORDS.modified[lang]}:** ${md(arrow(m.from, m.to))}`);
  }
  const same = unchangedSections(diff);
  if (same.length > 0) out.push('', `${WORDS.unchanged[lang]}: ${same.map((s) => md(s.label)).join('; ')}.`);
  return out.join('\n') + '\n';
};
