import { describe, expect, it } from 'vitest';
import { COMPONENT_KEYS } from '../../src/model/components.js';
import { ageGroupOf, PROFILE_FIELDS, RESPONSE_HEADER, SKM_UNSUR, USIA } from '../../src/model/skm.js';

describe('the facts of the satisfaction survey', () => {
  it('has the nine unsur of the model questionnaire, U1 to U9, four options each', () => {
    expect(SKM_UNSUR.map((u) => u.kode)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    for (const u of SKM_UNSUR) {
      expect(u.pilihan).toHaveLength(4);
      if (u.komponen) expect(COMPONENT_KEYS).toContain(u.komponen);
    }
    expect(SKM_UNSUR[0]!.pilihan.map((p) => p.id)).toEqual(['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']);
    expect(SKM_UNSUR[3]!.pilihan.map((p) => p.id)).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    // Question 8 of the model asks about facilities, question 9 about complaint handling.
    expect(SKM_UNSUR[7]!.komponen).toBe('sarana_prasarana');
    expect(SKM_UNSUR[8]!.komponen).toBe('pengaduan');
  });

  it('lays out the data-entry sheet as agreed', () => {
    expect(RESPONSE_HEADER).toEqual(['No', 'Kode Layanan', 'Tanggal', 'Jenis Kelamin', 'Usia', 'Pendidikan', 'Pekerjaan', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  });

  it('gives every profile choice a unique code a spreadsheet list can hold', () => {
    for (const field of PROFILE_FIELDS) {
      const codes = field.pilihan.map((p) => p.kode);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[^,"]+$/);
    }
  });

  it('puts an age into its group, boundaries included', () => {
    expect([0, 19, 20, 29, 30, 59, 60, 97].map(ageGroupOf)).toEqual(['<20', '<20', '20-29', '20-29', '30-39', '50-59', '60+', '60+']);
    expect([-1, 2.5, 200, Number.NaN].map(ageGroupOf)).toEqual([undefined, undefined, undefined, undefined]);
    expect(USIA.pilihan.map((g) => g.kode)).toEqual(['<20', '20-29', '30-39', '40-49', '50-59', '60+']);
  });
});
