/**
 * Damerau-free Levenshtein distance, or any number above `bound` once the distance is sure to
 * exceed it: a file may hold thousands of unknown keys, each compared with every known one.
 */
function distance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
      if (row[j]! < best) best = row[j]!;
    }
    if (best > bound) return bound + 1;
  }
  return row[b.length]!;
}

const normalize = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** Candidate lists are usually the same array for many inputs (a schema's keys, the rule ids). */
const normalized = new WeakMap<readonly string[], string[]>();

/** The closest candidate, when it is close enough to be what the author meant. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const n = normalize(input);
  let forms = normalized.get(candidates);
  if (!forms) normalized.set(candidates, (forms = candidates.map(normalize)));
  const limit = Math.max(2, Math.floor(n.length / 3));
  let best: string | undefined;
  let bestScore = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const nc = forms[i]!;
    const score = nc === n ? 0 : nc.startsWith(n) || n.startsWith(nc) ? 1 : distance(n, nc, bestScore - 1);
    if (score < bestScore) {
      bestScore = score;
      best = candidates[i];
    }
  }
  return best;
}
