import { cellName, locationLabel, type Diagnostic, type Severity } from '../../diagnostics.js';
import { SEVERITY_WORDS, summaryText } from '../summary.js';
import type { Formatter } from '../types.js';

/**
 * GitHub shows at most 10 annotations of each kind per step (and 50 per job): past that they
 * vanish without a word. Keep one notice for the summary that says how many are not shown.
 */
export const ANNOTATION_LIMIT = 10;
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(d: Diagnostic, fix: string): string {
  const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(`standar: ${d.rule}`)}`];
  // A pull request shows a spreadsheet as a binary file: the cell must be in the words.
  const where = d.cell ? `${cellName(d.cell)}: ` : '';
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(`${where}${d.message}${d.hint ? `\n${fix}: ${d.hint}` : ''}`)}`;
}

/** Workflow commands that annotate pull requests; what does not fit is listed in the log. */
export const github: Formatter = ({ diagnostics, files }, { lang }) => {
  const fix = lang === 'id' ? 'Saran' : 'Fix';
  const budget: Record<Severity, number> = { error: ANNOTATION_LIMIT, warning: ANNOTATION_LIMIT, info: ANNOTATION_LIMIT - 1 };
  const lines: string[] = [];
  const rest: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (budget[d.severity] > 0) {
      budget[d.severity]--;
      lines.push(annotation(d, fix));
    } else rest.push(d);
  }
  if (rest.length > 0) {
    lines.push(lang === 'id' ? `Masalah lain yang tidak muat sebagai anotasi (${rest.length}):` : `Other problems that do not fit as annotations (${rest.length}):`);
    for (const d of rest) lines.push(`${locationLabel(d)}: ${SEVERITY_WORDS[lang][d.severity]}: ${d.message} (${d.rule})`);
  }
  const { sentence } = summaryText(diagnostics, files, lang);
  const hidden = rest.length === 0 ? '' : lang === 'id' ? ` ${rest.length} masalah tidak ditampilkan sebagai anotasi karena batas GitHub; lihat log langkah ini atau unggah SARIF.` : ` ${rest.length} problems are not shown as annotations because of GitHub's limit; see this step's log or upload SARIF.`;
  lines.push(`::notice title=${escapeProperty('standar validate')}::${escapeData(`${sentence}${hidden}`)}`);
  return lines.join('\n') + '\n';
};
