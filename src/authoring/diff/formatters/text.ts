import { arrow, changedSections, sideName, summaryLine, unchangedSections, WORDS, type DiffFormatter } from './words.js';

/** For a terminal: one line per changed section, then its items marked + (added), - (removed), ~ (changed). */
export const text: DiffFormatter = (diff, lang) => {
  const lines = [`${WORDS.title[lang]}: ${diff.title}`, `  ${WORDS.old[lang]}: ${sideName(diff.old, diff.oldMissing, lang)}`, `  ${WORDS.new[lang]}: ${sideName(diff.new, diff.newMissing, lang)}`, ''];
  const changed = changedSections(diff);
  if (changed.length === 0) lines.push(WORDS.nothing[lang]);
  for (const s of changed) {
    lines.push(`${s.label}: ${summaryLine(s, lang)}`);
    for (const a of s.added) lines.push(`  + ${a}`);
    for (const r of s.removed) lines.push(`  - ${r}`);
    for (const m of s.modified) lines.push(`  ~ ${arrow(m.from, m.to)}`);
  }
  const same = unchangedSections(diff);
  if (changed.length > 0 && same.length > 0) lines.push('', `${WORDS.unchanged[lang]}: ${same.map((s) => s.label).join('; ')}.`);
  return lines.join('\n') + '\n';
};
