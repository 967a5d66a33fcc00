import { summarize, type Diagnostic, type Severity } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function plural(n: number, lang: Lang, id: string, en: string, enPlural = en + 's'): string {
  return `${n} ${lang === 'id' ? id : n === 1 ? en : enPlural}`;
}

export interface SummaryText {
  /** "3 berkas diperiksa" */
  checked: string;
  /** "5 masalah (3 galat, 2 peringatan) dalam 2 berkas; 12 berkas diperiksa." or the all-clear sentence. */
  sentence: string;
  clean: boolean;
  errors: number;
}

/** The closing sentence every human-readable format ends with, in the user's language. */
export function summaryText(diagnostics: readonly Diagnostic[], files: number, lang: Lang): SummaryText {
  const s = summarize(diagnostics, files);
  const checked = plural(files, lang, 'berkas diperiksa', 'file checked', 'files checked');
  if (diagnostics.length === 0) return { checked, clean: true, errors: 0, sentence: lang === 'id' ? `${checked}, tidak ada masalah.` : `${checked}, no problems.` };
  const parts = [
    s.errors && plural(s.errors, lang, 'galat', 'error'),
    s.warnings && plural(s.warnings, lang, 'peringatan', 'warning'),
    s.infos && plural(s.infos, lang, 'info', 'info', 'infos'),
  ].filter(Boolean);
  const withProblems = new Set(diagnostics.map((d) => d.file)).size;
  const sentence =
    lang === 'id'
      ? `${plural(diagnostics.length, lang, 'masalah', '')} (${parts.join(', ')}) dalam ${withProblems} berkas; ${checked}.`
      : `${plural(diagnostics.length, lang, '', 'problem')} (${parts.join(', ')}) in ${plural(withProblems, lang, '', 'file')}; ${checked}.`;
  return { checked, clean: false, errors: s.errors, sentence };
}
