import { describe, expect, it } from 'vitest';
import { parseTerbilang, terbilang } from '../../src/model/terbilang.js';

const CASES: [number, string][] = [
  [0, 'nol'],
  [1, 'satu'],
  [10, 'sepuluh'],
  [11, 'sebelas'],
  [14, 'empat belas'],
  [20, 'dua puluh'],
  [21, 'dua puluh satu'],
  [100, 'seratus'],
  [115, 'seratus lima belas'],
  [999, 'sembilan ratus sembilan puluh sembilan'],
  [1000, 'seribu'],
  [1500, 'seribu lima ratus'],
  [2025, 'dua ribu dua puluh lima'],
  [50_000, 'lima puluh ribu'],
  [100_000, 'seratus ribu'],
  [350_000, 'tiga ratus lima puluh ribu'],
  [1_000_000, 'satu juta'],
  [1_250_000, 'satu juta dua ratus lima puluh ribu'],
  [11_000_000, 'sebelas juta'],
  [2_000_000_000, 'dua miliar'],
  [1_000_001_000, 'satu miliar seribu'],
  [3_000_000_000_000, 'tiga triliun'],
];

describe('terbilang', () => {
  it.each(CASES)('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('refuses what it cannot say', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(1e15)).toThrow(RangeError);
  });
});

describe('parseTerbilang', () => {
  it.each(CASES)('reads back %i', (n, words) => {
    expect(parseTerbilang(words)?.value).toBe(n);
  });

  it('round-trips every number up to 20 000 and a sample above', () => {
    for (let n = 0; n <= 20_000; n++) expect(parseTerbilang(terbilang(n))?.value).toBe(n);
    for (let n = 20_001; n < 1e13; n = n * 3 + 7) expect(parseTerbilang(terbilang(n))?.value).toBe(n);
  });

  it('stops at the unit that follows the number', () => {
    expect(parseTerbilang('lima puluh ribu rupiah')).toEqual({ value: 50_000, rest: 'rupiah' });
    expect(parseTerbilang('Empat Belas hari kerja')).toEqual({ value: 14, rest: 'hari kerja' });
  });

  it('accepts the variants real documents write', () => {
    expect(parseTerbilang('sejuta')?.value).toBe(1_000_000);
    expect(parseTerbilang('dua milyar')?.value).toBe(2_000_000_000);
    expect(parseTerbilang('dua-puluh')?.value).toBe(20);
    expect(parseTerbilang('lima ribu constructor')).toEqual({ value: 5000, rest: 'constructor' });
  });

  it('rejects words that are not a well-formed number', () => {
    for (const text of ['rupiah', 'lima lima', 'ratus', 'ribu', 'dua puluh belas', 'seribu juta', 'lima ratus dua ratus', 'satu nol', 'constructor', 'toString rupiah', '__proto__']) {
      expect(parseTerbilang(text), text).toBeUndefined();
    }
  });
});
