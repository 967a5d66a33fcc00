/** Marks a value the author still has to write; `standar new` and `standar init` leave them. */
export const PLACEHOLDER = /\[isi:[^\]]*\]/;

/** Whole values that stand in for a fact without stating it: empty, a dash, "TBD", an ellipsis. */
const FILLER = new Set(['', '.', '-', '--', '–', '—', '…', '...', 'tbd', 'tba', 'xxx', '?']);

/** True for a value that only holds the place of a fact ("-", "TBD", "…", ""). */
export function isFiller(text: string): boolean {
  return FILLER.has(text.trim().toLowerCase());
}
