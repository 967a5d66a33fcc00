/** Damerau-free Levenshtein distance, small strings only (keys and enum values). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

const normalize = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The closest candidate, when it is close enough to be what the author meant. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const n = normalize(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const nc = normalize(c);
    const score = nc === n ? 0 : nc.startsWith(n) || n.startsWith(nc) ? 1 : distance(n, nc);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(n.length / 3));
  return bestScore <= limit ? best : undefined;
}
