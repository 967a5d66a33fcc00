import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decimal } from '../../src/model/format.js';
import { CONVERSION, fraction, indexFrom, mul, parseFraction, sum, toNumber, type Fraction } from '../../src/survey/arithmetic.js';
import { GroupTally, groupResult } from '../../src/survey/tally.js';

/**
 * Real published SKM tables (their addresses are in each fixture): from the NRR per element they
 * print, the index is computed again and compared with the index they print, to two decimals.
 * Where it differs, the test names the exact difference and its cause.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures', 'terbitan');
const fixture = (name: string) => parse(readFileSync(join(FIXTURES, name), 'utf8'));

/** The published index again, from the printed NRR values and a weight per element. */
function converted(nrr: readonly string[], weight: Fraction): number {
  const index = indexFrom(nrr.map((v, i) => ({ kode: `U${i + 1}`, nrr: parseFraction(v)!, weight })));
  return toNumber(index.converted!);
}

const two = (n: number) => decimal(n, 'en');

describe('published SKM tables, computed again', () => {
  it('a land office, 2023 (nine elements of 14/2017): exact 1/9 weights reproduce the published 87,28', () => {
    const f = fixture('pertanahan-kab-2023.yaml');
    const nrr = f.unsur.map((u: { nrr: string }) => u.nrr);
    expect(two(converted(nrr, fraction(1, 9)))).toBe(f.ikm_terbitan);
    // With the weights some agencies use instead it would have read 87,19 (0.111) or 86,41 (0.11).
    expect(two(converted(nrr, parseFraction('0.111')!))).toBe('87.19');
    expect(two(converted(nrr, parseFraction('0.11')!))).toBe('86.41');
    // Its services' published indices average 85,49: the unit's 87,28 is not that average.
    const services = f.layanan_terbitan.map((l: { ikm: string }) => Number(l.ikm));
    expect(two(services.reduce((a: number, b: number) => a + b, 0) / services.length)).toBe('85.49');
  });

  it('a licensing office, 2011–2014 (14 elements of Kepmenpan 25/2004): reproduced only with its rounded weight 0,071; exact 1/14 gives 0,45–0,46 more', () => {
    const f = fixture('perizinan-kab-2011-2014.yaml');
    expect(f.unsur).toHaveLength(14);
    const exact = [];
    for (const year of f.tahun) {
      expect(two(converted(year.nrr, parseFraction(f.bobot)!)), String(year.tahun)).toBe(year.ikm_terbitan);
      exact.push(two(converted(year.nrr, fraction(1, 14))));
    }
    // 0,071 × 14 = 0,994: every index published 0,6 % too low.
    expect(exact).toEqual(['75.12', '74.96', '75.04', '76.23']);
  });

  it('the same office\'s table with the nine elements of 16/2014: its weighted NRR 3,054 is reproduced with 1/9', () => {
    const f = fixture('perizinan-kab-2011-2014.yaml').unsur_2014;
    const index = indexFrom(f.nrr.map((v: string, i: number) => ({ kode: `U${i + 1}`, nrr: parseFraction(v)!, weight: fraction(1, 9) })));
    expect(decimal(toNumber(index.ikm!), 'en', 3)).toBe(f.nrr_tertimbang_terbitan);
  });

  it('a one-stop service office, semester I: the published 81,71 does not follow from its own table', () => {
    const f = fixture('ptsp-prov-semester1.yaml');
    const nrr = f.unsur.map((u: { nrr: string }) => u.nrr);
    // Its weighted column is NRR × 0,111 rounded to three decimals, row by row…
    for (const u of f.unsur) expect(decimal(toNumber(mul(parseFraction(u.nrr)!, parseFraction('0.111')!)), 'en', 3), u.kode).toBe(u.tertimbang);
    // …and that column sums to 3,305, an index of 82,63; exact weights give 82,70 and 0.111 gives 82,62.
    const column = sum(f.unsur.map((u: { tertimbang: string }) => parseFraction(u.tertimbang)!));
    expect(two(toNumber(mul(column, CONVERSION)))).toBe('82.63');
    expect(two(converted(nrr, fraction(1, 9)))).toBe('82.70');
    expect(two(converted(nrr, parseFraction('0.111')!))).toBe('82.62');
    // The published 81,71 is 0,99 below the regulation's value and 0,92 below its own column: no weighting gives it.
    expect(two(converted(nrr, fraction(1, 9)) - Number(f.ikm_terbitan))).toBe('0.99');
    // Both are grade B all the same; its U3 (2,936 → 73,40) is C on its own.
    expect(indexFrom(nrr.map((v: string, i: number) => ({ kode: `U${i + 1}`, nrr: parseFraction(v)!, weight: fraction(1, 9) }))).grade).toBe('B');
  });

  it('a civil registry, 2023 semester 1: says it weighs by 0,111, yet publishes 100 for all 4s, which only exact 1/9 gives', () => {
    const f = fixture('dukcapil-kab-2023-s1.yaml');
    const tally = new GroupTally(9);
    for (const answers of f.responden) tally.add(answers, { jenisKelamin: undefined, usia: undefined, pendidikan: undefined, pekerjaan: undefined });
    const codes = Array.from({ length: 9 }, (_, i) => `U${i + 1}`);
    const exact = groupResult(tally, codes.map((kode) => ({ kode, weight: fraction(1, 9) })));
    const written = groupResult(tally, codes.map((kode) => ({ kode, weight: parseFraction(f.bobot_tertulis)! })));
    expect(two(exact.konversi!)).toBe('100.00');
    expect(exact.mutu).toBe(f.mutu_terbitan);
    // With the 0,111 it writes: 99,90; with its own printed column (0,44 × 9 × 25): 99,00.
    expect(two(written.konversi!)).toBe('99.90');
    expect(two(written.unsur[0]!.nrrTertimbang!)).toBe(f.nrr_tertimbang_terbitan);
    expect(Number(f.nrr_tertimbang_terbitan) * 9 * 25).toBe(99);
  });
});
