import { cellName } from '../../diagnostics.js';
import { SEVERITY_WORDS, summaryText } from '../summary.js';
import type { Formatter } from '../types.js';

/** A job summary may hold 1 MiB; past this many rows the table says how many more there are. */
export const MARKDOWN_ROW_LIMIT = 500;

/** Table cells: no pipes, no line breaks, no HTML. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

/** Markdown for a CI job summary or a merge-request comment. */
export const markdown: Formatter = ({ diagnostics, files }, { lang }) => {
  const id = lang === 'id';
  const summary = summaryText(diagnostics, files, lang);
  const lines = [id ? '## Hasil pemeriksaan standar pelayanan' : '## Service standard check', '', `${summary.clean ? '✅' : summary.errors > 0 ? '❌' : '⚠️'} ${summary.sentence}`];
  if (!summary.clean) {
    lines.push('', id ? '| Berkas | Letak | Tingkat | Aturan | Masalah | Saran |' : '| File | Position | Severity | Rule | Problem | Fix |', '| --- | --- | --- | --- | --- | --- |');
    for (const d of diagnostics.slice(0, MARKDOWN_ROW_LIMIT)) {
      lines.push(`| ${code(cell(d.file))} | ${d.cell ? cellName(d.cell) : `${d.line}:${d.column}`} | ${SEVERITY_WORDS[lang][d.severity]} | ${code(d.rule)} | ${cell(d.message)} | ${cell(d.hint ?? '')} |`);
    }
    const more = diagnostics.length - MARKDOWN_ROW_LIMIT;
    if (more > 0) lines.push('', id ? `…dan ${more} masalah lain; lihat keluaran lengkap (json atau sarif).` : `…and ${more} more problems; see the full output (json or sarif).`);
  }
  return lines.join('\n') + '\n';
};
