import { fill, type Lang } from '../i18n/index.js';

/** Commander's usage errors, said in the user's language. */
const PATTERNS: { re: RegExp; id: string; en: string }[] = [
  { re: /unknown option '([^']+)'(?:\s*\(Did you mean (\S+)\?\))?/, id: 'Opsi "{1}" tidak dikenal.{2}', en: 'Unknown option "{1}".{2}' },
  { re: /unknown command '([^']+)'/, id: 'Perintah "{1}" tidak dikenal.', en: 'Unknown command "{1}".' },
  { re: /missing required argument '([^']+)'/, id: 'Argumen "{1}" wajib diisi.', en: 'The argument "{1}" is required.' },
  { re: /option '([^']+)' argument missing/, id: 'Opsi "{1}" memerlukan nilai.', en: 'The option "{1}" needs a value.' },
  { re: /too many arguments/, id: 'Terlalu banyak argumen.', en: 'Too many arguments.' },
  { re: /option '([^']+)' argument '([^']+)' is invalid\.?\s*(.*)/, id: 'Nilai "{2}" untuk opsi "{1}" tidak sah. {3}', en: 'The value "{2}" for "{1}" is invalid. {3}' },
];

export function translateUsageError(text: string, lang: Lang): string {
  const clean = text.replace(/^error:\s*/, '').trim();
  for (const p of PATTERNS) {
    const m = p.re.exec(clean);
    if (!m) continue;
    const suggestion = m[2] && p.re.source.startsWith('unknown option') ? (lang === 'id' ? ` Maksudnya ${m[2]}?` : ` Did you mean ${m[2]}?`) : m[2] ?? '';
    const params = { 1: m[1] ?? '', 2: suggestion, 3: m[3] ?? '' };
    return fill(lang === 'id' ? p.id : p.en, params).trim();
  }
  return clean;
}
