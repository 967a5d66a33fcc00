import type { Lang, Text } from '../../../i18n/index.js';
import type { DocumentDiff, SectionChange } from '../compare.js';

export const WORDS = {
  title: { id: 'Perubahan', en: 'Changes' },
  old: { id: 'lama', en: 'old' },
  new: { id: 'baru', en: 'new' },
  added: { id: 'ditambah', en: 'added' },
  removed: { id: 'dihapus', en: 'removed' },
  modified: { id: 'diubah', en: 'changed' },
  unchanged: { id: 'Tidak berubah', en: 'Unchanged' },
  nothing: { id: 'Tidak ada perubahan isi.', en: 'No change in content.' },
  section: { id: 'Bagian', en: 'Section' },
  change: { id: 'Perubahan', en: 'Change' },
  missing: { id: '(tidak ada)', en: '(not there)' },
} satisfies Record<string, Text>;

export type DiffFormatter = (diff: DocumentDiff, lang: Lang) => string;

/** "Rp0 → Rp50.000; ditambah 1, dihapus 0": one line that says what happened to a section. */
export function summaryLine(s: SectionChange, lang: Lang): string {
  const parts: string[] = [];
  if (s.headline) parts.push(`${s.headline.from ?? '—'} → ${s.headline.to ?? '—'}`);
  const counts: string[] = [];
  if (s.added.length + s.removed.length > 0) counts.push(`${WORDS.added[lang]} ${s.added.length}`, `${WORDS.removed[lang]} ${s.removed.length}`);
  if (s.modified.length > 0) counts.push(`${WORDS.modified[lang]} ${s.modified.length}`);
  if (counts.length > 0) parts.push(counts.join(', '));
  return parts.join('; ');
}

/** "Status: draf → ditetapkan" rather than repeating the label on both sides. */
export function arrow(from: string, to: string): string {
  const colon = from.indexOf(': ');
  if (colon > 0 && to.startsWith(from.slice(0, colon + 2))) return `${from.slice(0, colon + 2)}${from.slice(colon + 2)} → ${to.slice(colon + 2)}`;
  return `${from} → ${to}`;
}

export const changedSections = (diff: DocumentDiff) => diff.sections.filter((s) => s.changed);
export const unchangedSections = (diff: DocumentDiff) => diff.sections.filter((s) => !s.changed);

/** "HEAD:layanan/x.yaml (tidak ada)" for a side where the file does not exist. */
export const sideName = (label: string, missing: boolean, lang: Lang) => (missing ? `${label} ${WORDS.missing[lang]}` : label);
