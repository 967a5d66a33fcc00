/**
 * The survey's arithmetic (PermenPANRB 14/2017), pure and exact. Sums and counts are whole numbers
 * and the weights are fractions, so every value is kept as a fraction until it is shown: a grade
 * is read from the exact index (88.305 is a B even though it prints as 88,31), and no value is
 * rounded on the way. Only `toNumber` and the display round.
 */
import type { Grade, Performance } from '../model/skm-results.js';

/** A fraction of big integers, always reduced, with a positive denominator. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('A fraction cannot have 0 as its denominator.');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { n: num / g, d: den / g };
}

export const ZERO = fraction(0);

export const add = (a: Fraction, b: Fraction) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction) => fraction(a.n * b.d, a.d * b.n);
export const compare = (a: Fraction, b: Fraction) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const sum = (values: readonly Fraction[]) => values.reduce(add, ZERO);

/** The double nearest the fraction (1/10 is 0.1), through its decimal expansion to 30 places. */
export function toNumber(f: Fraction): number {
  const negative = f.n < 0n;
  const digits = String(((negative ? -f.n : f.n) * 10n ** 30n) / f.d).padStart(31, '0');
  return Number(`${negative ? '-' : ''}${digits.slice(0, -30)}.${digits.slice(-30)}`);
}

/** "0.111", "1/9", "0,11", "1" as the exact fraction written; undefined for anything else. */
export function parseFraction(text: string): Fraction | undefined {
  const t = text.trim().replace(',', '.');
  const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (ratio) return BigInt(ratio[2]!) === 0n ? undefined : fraction(BigInt(ratio[1]!), BigInt(ratio[2]!));
  const dec = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!dec) return undefined;
  const digits = dec[2] ?? '';
  return fraction(BigInt(dec[1]! + digits), 10n ** BigInt(digits.length));
}

/** Lower bounds of the grades on the converted scale (25–100), highest first: 88,31, 76,61, 65,00. */
export const GRADE_BOUNDS: readonly { grade: Grade; kinerja: Performance; from: Fraction }[] = [
  { grade: 'A', kinerja: 'sangat baik', from: fraction(8831, 100) },
  { grade: 'B', kinerja: 'baik', from: fraction(7661, 100) },
  { grade: 'C', kinerja: 'kurang baik', from: fraction(65) },
  { grade: 'D', kinerja: 'tidak baik', from: ZERO },
];

/** The grade of a converted value, read from the value itself, never from its rounding. */
export function gradeOf(converted: Fraction): { grade: Grade; kinerja: Performance } {
  const bound = GRADE_BOUNDS.find((b) => compare(converted, b.from) >= 0) ?? GRADE_BOUNDS[GRADE_BOUNDS.length - 1]!;
  return { grade: bound.grade, kinerja: bound.kinerja };
}

/** The index on the 1–4 scale is multiplied by this to give the converted index (25–100). */
export const CONVERSION = fraction(25);

/** How many answers of each value (1, 2, 3, 4) an element received. */
export type AnswerCounts = [number, number, number, number];

export interface ElementFigures {
  /** Answers given for the element: respondents who skipped it do not count. */
  answers: number;
  /** Sum of the answers. */
  total: number;
  /** Average of the answers given (NRR), undefined when nobody answered. */
  nrr?: Fraction;
}

export function elementFigures(counts: AnswerCounts): ElementFigures {
  const answers = counts[0] + counts[1] + counts[2] + counts[3];
  const total = counts[0] + 2 * counts[1] + 3 * counts[2] + 4 * counts[3];
  return answers > 0 ? { answers, total, nrr: fraction(total, answers) } : { answers, total };
}

export interface IndexFigures {
  /** Σ NRRᵢ × wᵢ on the 1–4 scale; over the answered elements, weights scaled to their share, when one had no answer. */
  ikm?: Fraction;
  /** `ikm` × 25. */
  converted?: Fraction;
  grade?: Grade;
  kinerja?: Performance;
  /** Codes of the elements nobody answered (the index then stands on the others). */
  unanswered: string[];
}

/**
 * The index from each element's NRR and weight. When an element has no answer at all its weight
 * is shared out in proportion, and the result says which ones: a regulation-conform index needs
 * every element answered by someone.
 */
export function indexFrom(elements: readonly { kode: string; nrr?: Fraction; weight: Fraction }[]): IndexFigures {
  const answered = elements.filter((e) => e.nrr !== undefined);
  const unanswered = elements.filter((e) => e.nrr === undefined).map((e) => e.kode);
  if (answered.length === 0) return { unanswered };
  const allWeight = sum(elements.map((e) => e.weight));
  const answeredWeight = sum(answered.map((e) => e.weight));
  const weighted = sum(answered.map((e) => mul(e.nrr!, e.weight)));
  const ikm = compare(allWeight, answeredWeight) === 0 ? weighted : div(mul(weighted, allWeight), answeredWeight);
  const converted = mul(ikm, CONVERSION);
  return { ikm, converted, ...gradeOf(converted), unanswered };
}

/** The elements with the lowest NRR (all of them when several share it). */
export function weakest(elements: readonly { kode: string; nrr?: Fraction }[]): string[] {
  const answered = elements.filter((e): e is { kode: string; nrr: Fraction } => e.nrr !== undefined);
  if (answered.length === 0) return [];
  const low = answered.reduce((min, e) => (compare(e.nrr, min) < 0 ? e.nrr : min), answered[0]!.nrr);
  return answered.filter((e) => compare(e.nrr, low) === 0).map((e) => e.kode);
}

/**
 * The smallest sample for a population (Krejcie and Morgan 1970, the table PermenPANRB 14/2017
 * refers to): s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with χ² = 3,841, P = 0,5 and d = 0,05,
 * rounded to the nearest whole respondent as their table is (N = 100 → 80, N = 1.000 → 278).
 */
export function sampleSize(population: number): number {
  if (!Number.isFinite(population) || population < 1) return 0;
  const chi = 3.841;
  const pq = 0.25;
  return Math.min(Math.round(population), Math.round((chi * population * pq) / (0.05 ** 2 * (population - 1) + chi * pq)));
}
