import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/model/format.js';
import { fraction, gradeOf, indexFrom, parseFraction, sampleSize, toNumber, weakest, type Fraction } from '../../src/survey/arithmetic.js';
import { GroupTally, groupResult } from '../../src/survey/tally.js';

const NINTH = fraction(1, 9);
const codes = (n: number) => Array.from({ length: n }, (_, i) => `U${i + 1}`);
const elements = (weight: Fraction = NINTH, n = 9) => codes(n).map((kode) => ({ kode, weight }));
const none = { jenisKelamin: undefined, usia: undefined, pendidikan: undefined, pekerjaan: undefined };

/** A group from respondents' answers (undefined: the element was skipped). */
function group(rows: (number | undefined)[][], weight?: Fraction) {
  const tally = new GroupTally(9);
  for (const r of rows) tally.add(r, none);
  return groupResult(tally, elements(weight));
}

describe('the index, computed by hand', () => {
  it('every answer 4 gives 100,00, grade A (sangat baik)', () => {
    const g = group([Array(9).fill(4), Array(9).fill(4)]);
    expect(g.ikm).toBe(4);
    expect(decimal(g.konversi!, 'id')).toBe('100,00');
    expect([g.mutu, g.kinerja]).toEqual(['A', 'sangat baik']);
    expect(g.unsur.every((u) => u.nrr === 4 && u.jawaban === 2 && u.jumlah === 8)).toBe(true);
  });

  it('with the regulation\'s rounded weights a perfect score is 99,90 (0.111) or 99,00 (0.11), never 100', () => {
    expect(decimal(group([Array(9).fill(4)], parseFraction('0.111')!).konversi!, 'id')).toBe('99,90');
    expect(decimal(group([Array(9).fill(4)], parseFraction('0.11')!).konversi!, 'id')).toBe('99,00');
  });

  it('a mixed example: NRR per element, the weighted sum and the grade', () => {
    // Three respondents: the sums per element are 10, 9, 7, 12, 9, 10, 11, 8, 9 (85 in all).
    const g = group([
      [4, 3, 2, 4, 3, 4, 4, 3, 3],
      [3, 3, 2, 4, 3, 3, 4, 2, 3],
      [3, 3, 3, 4, 3, 3, 3, 3, 3],
    ]);
    expect(g.unsur.map((u) => u.jumlah)).toEqual([10, 9, 7, 12, 9, 10, 11, 8, 9]);
    // IKM = (85/3) / 9 = 3,1481…; × 25 = 78,7037…: B.
    expect(g.ikm).toBeCloseTo(85 / 27, 12);
    expect(decimal(g.konversi!, 'id')).toBe('78,70');
    expect(g.mutu).toBe('B');
    expect(g.terlemah).toEqual(['U3']);
    expect(g.unsur[2]!.mutu).toBe('D');
  });

  it('the grade is read from the unrounded value: 88,305 prints as 88,31 but is B; 88,31 is A', () => {
    const at = (nrr: string) => indexFrom(codes(9).map((kode) => ({ kode, nrr: parseFraction(nrr)!, weight: NINTH })));
    const below = at('3.5322'); // × 25 = 88,305 exactly
    expect(toNumber(below.converted!)).toBe(88.305);
    expect(decimal(toNumber(below.converted!), 'id')).toBe('88,31');
    expect(below.grade).toBe('B');
    expect(at('3.5324').grade).toBe('A'); // 88,31
    expect(gradeOf(parseFraction('76.605')!).grade).toBe('C');
    expect(gradeOf(parseFraction('76.61')!).grade).toBe('B');
    expect(gradeOf(parseFraction('64.995')!).grade).toBe('D');
    expect(gradeOf(parseFraction('65')!)).toEqual({ grade: 'C', kinerja: 'kurang baik' });
    expect(gradeOf(parseFraction('25')!)).toEqual({ grade: 'D', kinerja: 'tidak baik' });
  });

  it('an element some respondents skipped is averaged over the answers given, not over every respondent', () => {
    // Four respondents; two skipped U9 and the others answered 4 and 2: NRR U9 = 3, not 6/4 = 1,5.
    const g = group([
      [3, 3, 3, 3, 3, 3, 3, 3, 4],
      [3, 3, 3, 3, 3, 3, 3, 3, 2],
      [3, 3, 3, 3, 3, 3, 3, 3, undefined],
      [3, 3, 3, 3, 3, 3, 3, 3, undefined],
    ]);
    expect(g.unsur[8]).toMatchObject({ jawaban: 2, jumlah: 6, nrr: 3 });
    expect(decimal(g.konversi!, 'id')).toBe('75,00'); // dividing by all four would give 70,83
    expect(g.responden).toBe(4);
  });

  it('an element nobody answered is named, and the index stands on the others with their weights shared out', () => {
    const g = group([[4, 4, 4, 4, 4, 4, 4, 4, undefined]]);
    expect(g.tanpaJawaban).toEqual(['U9']);
    expect(g.unsur[8]!.nrr).toBeNull();
    expect(decimal(g.konversi!, 'id')).toBe('100,00');
    expect(group([]).ikm).toBeNull();
  });

  it('the unit pools every answer: it is not the average of the services\' indices', () => {
    const a = [Array(9).fill(4)];
    const b = Array.from({ length: 9 }, () => Array(9).fill(2));
    const serviceA = group(a);
    const serviceB = group(b);
    const unit = group([...a, ...b]);
    expect([serviceA.konversi, serviceB.konversi]).toEqual([100, 50]);
    // Averaging the two services would give 75,00 (C); the pooled answers give NRR 2,2 → 55,00 (D).
    expect(decimal(unit.konversi!, 'id')).toBe('55,00');
    expect(unit.mutu).toBe('D');
  });

  it('ties for the weakest element are all named', () => {
    expect(weakest([{ kode: 'U1', nrr: fraction(3) }, { kode: 'U2', nrr: fraction(5, 2) }, { kode: 'U3', nrr: fraction(10, 4) }])).toEqual(['U2', 'U3']);
  });
});

describe('fractions as people write weights', () => {
  it('reads decimals with a point or a comma and ratios, exactly', () => {
    expect(parseFraction('0.111')).toEqual(fraction(111, 1000));
    expect(parseFraction('0,11')).toEqual(fraction(11, 100));
    expect(parseFraction('1/9')).toEqual(fraction(1, 9));
    expect(parseFraction('1/0')).toBeUndefined();
    expect(parseFraction('sepersembilan')).toBeUndefined();
  });
});

describe('Krejcie–Morgan sample size (χ² = 3,841, P = 0,5, d = 0,05)', () => {
  it('matches their published table', () => {
    // N → S from Krejcie & Morgan (1970), Table 1.
    const table: [number, number][] = [[10, 10], [15, 14], [20, 19], [30, 28], [50, 44], [75, 63], [100, 80], [200, 132], [500, 217], [1000, 278], [5000, 357], [10000, 370], [75000, 382], [1000000, 384]];
    for (const [n, s] of table) expect(sampleSize(n), `N = ${n}`).toBe(s);
    // The table's row for 100.000 reads 384, the formula it was made with gives 382,6: the formula is followed.
    expect(sampleSize(100000)).toBe(383);
  });

  it('never asks for more respondents than the population has', () => {
    expect(sampleSize(1)).toBe(1);
    expect(sampleSize(0)).toBe(0);
  });
});
