import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { statedKomponen } from '../../src/model/absence.js';

describe('statedKomponen', () => {
  it('leaves out the components not stated, and keeps a key "__proto__" as a key, never as the result\'s prototype', () => {
    const komponen = parse('__proto__: { produk: [Kartu Keluarga] }\nbiaya: { gratis: true }\npengaduan: { tidak_dinyatakan: true }\n');
    const stated = statedKomponen(komponen) as Record<string, unknown>;
    expect(Object.keys(stated)).toEqual(['__proto__', 'biaya']);
    expect(stated.produk).toBeUndefined();
    expect(Object.getPrototypeOf(stated)).toBe(Object.prototype);
  });
});
