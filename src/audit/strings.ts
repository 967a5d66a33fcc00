/**
 * Texts an audit keeps, each kept once: most recur in every unit of a region (a status, a
 * finding's message, a reason), and a region's audit is held until it is written. Bounded, so a
 * long-running process does not keep every text it ever saw.
 */
const kept = new Map<string, string>();
const KEPT_MAX = 50_000;

/**
 * A string of its own, the same one for equal texts: one read out of a document may be a slice
 * of the whole file's text, which it would keep alive as long as the audit is kept (kilobytes per
 * service over a region).
 */
export function detached(text: string): string {
  let own = kept.get(text);
  if (own === undefined) {
    if (kept.size >= KEPT_MAX) kept.clear();
    own = Buffer.from(text, 'utf8').toString('utf8');
    kept.set(own, own);
  }
  return own;
}
