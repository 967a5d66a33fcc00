/** Pieces that YAML, a shell or a terminal treat specially, and text from beyond ASCII. */
const PIECES = [
  '"', "'", ':', ': ', ' #', '#', '- ', '-', '*', '&', '!', '%', '@', '`', '{', '}', '[', ']', '|', '>', '?', ',', '\\', '~', 'null', 'true', '0x1F', '1e3', '---', '...',
  'é', 'Ñ', 'ß', '中文', '😀', 'ﬁ', '\u00a0', '\u200b', '\u202e', '\ufeff', '\u3000',
  '\0', '\u0007', '\u007f', '\u009b', '\ud800', '\t', '\r', '\n', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029',
  ' ', '  ', 'a', 'Dinas', 'x'.repeat(3000),
];

/** mulberry32: a seeded generator, so a failure can be replayed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One to six pieces, as a user might type or paste them. */
export const hostileText = (next: () => number) => Array.from({ length: 1 + Math.floor(next() * 6) }, () => PIECES[Math.floor(next() * PIECES.length)]!).join('');
