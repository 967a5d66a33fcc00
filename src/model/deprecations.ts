import type { Text } from '../i18n/index.js';

/** A form 0.1.0 accepted that has a newer way of saying the same: still read, with a warning. */
export interface Deprecation {
  /** The key the old form is written under. */
  key: string;
  isOld(value: unknown): boolean;
  /** The same meaning in the new form. */
  upgrade(value: unknown): unknown;
  /** Both forms as an author writes them, for messages. */
  old: string;
  replacement: string;
  why: Text;
}

export const DEPRECATIONS: readonly Deprecation[] = [
  {
    key: 'bentuk',
    isOld: (v) => v === 'asli_dan_fotokopi',
    upgrade: () => ['asli', 'fotokopi'],
    old: 'bentuk: asli_dan_fotokopi',
    replacement: 'bentuk: [asli, fotokopi]',
    why: { id: 'bentuk kini boleh berupa daftar, sehingga setiap gabungan bentuk ditulis dengan cara yang sama', en: 'bentuk may now be a list, so every combination of forms is written the same way' },
  },
];

/** The deprecation a key and value are an old form of, if any. */
export function deprecationOf(key: string, value: unknown): Deprecation | undefined {
  return DEPRECATIONS.find((d) => d.key === key && d.isOld(value));
}
