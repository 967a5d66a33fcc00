/** Marks a value the author still has to write; `standar new` and `standar init` leave them. */
export const PLACEHOLDER = /\[isi:[^\]]*\]/;

/** Whole values that stand in for a fact without stating it: empty, a dash, "TBD", an ellipsis. */
const FILLER = new Set(['', '.', '-', '--', '–', '—', '…', '...', 'tbd', 'tba', 'xxx', '?']);

/** The longest filler: a longer text is none, whatever its case (lower case is never shorter). */
const LONGEST_FILLER = Math.max(...[...FILLER].map((f) => f.length));

/** True for a value that only holds the place of a fact ("-", "TBD", "…", ""). */
export function isFiller(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= LONGEST_FILLER && FILLER.has(trimmed.toLowerCase());
}

/**
 * True for a value still to be written, a placeholder or a filler: isian-kosong reports it, and
 * a rule about what the text says waits until it is written.
 */
export function isUnwritten(text: string): boolean {
  return PLACEHOLDER.test(text) || isFiller(text);
}
