import { describe, expect, it } from 'vitest';
import { BASE_PROVIDER, BASE_SERVICE, checkUnit, variant } from './helpers.js';

const id = 'skm-kedaluwarsa';
/** A unit's results file as skm hitung writes it, cut to what the rule reads: its period. */
const results = (kode: string, mulai: string, selesai: string) => `{
  "versi": 1,
  "periode": { "kode": "${kode}", "mulai": "${mulai}", "selesai": "${selesai}" }
}
`;
const S2_2024 = results('2024-S2', '2024-07-01', '2024-12-31');
const S1_2025 = results('2025-S1', '2025-01-01', '2025-06-30');
const said = (found: ReturnType<typeof checkUnit>) => found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
const DRAFT = variant(BASE_SERVICE, 'status: ditetapkan', 'status: draf');

describe('skm-kedaluwarsa: the last survey period ended too long ago', () => {
  it('is said at the last day of the latest period, with its age in months, whatever order the files come in', () => {
    const files: [string, string][] = [['layanan/kk.yaml', BASE_SERVICE], ['skm/hasil-2025-S1.json', S1_2025], ['skm/hasil-2024-S2.json', S2_2024]];
    expect(said(checkUnit(id, files, { now: '2026-08-01T00:00:00Z' }))).toEqual(['skm/hasil-2025-S1.json:3:69 warning Survei kepuasan terakhir (periode 2025-S1) berakhir 2025-06-30, 13 bulan yang lalu; batasnya 12 bulan.']);
    const [en] = checkUnit(id, files, { now: '2026-08-01T00:00:00Z', lang: 'en' });
    expect(en!.message).toBe('The last satisfaction survey (period 2025-S1) ended on 2025-06-30, 13 months ago; the limit is 12 months.');
    expect(en!.hint).toBe('Hold the next period\'s survey, then keep its results in the unit: standar skm hitung <responses> --periode <period> --format json --out skm/hasil-<period>.json.');
  });

  it('counts twelve whole months from the last day, and takes its limit from the option', () => {
    const files: [string, string][] = [['layanan/kk.yaml', BASE_SERVICE], ['skm/hasil-2025-S1.json', S1_2025]];
    expect(checkUnit(id, files, { now: '2026-06-30T00:00:00Z' })).toEqual([]);
    expect(checkUnit(id, files, { now: '2026-07-01T00:00:00Z' }).map((d) => d.message)).toEqual(['Survei kepuasan terakhir (periode 2025-S1) berakhir 2025-06-30, 12 bulan yang lalu; batasnya 12 bulan.']);
    expect(checkUnit(id, files, { now: '2026-07-01T00:00:00Z', options: { bulan: 18 } })).toEqual([]);
    expect(checkUnit(id, files, { now: '2026-01-01T00:00:00Z', options: { bulan: 6 } }).map((d) => d.message)).toEqual(['Survei kepuasan terakhir (periode 2025-S1) berakhir 2025-06-30, 6 bulan yang lalu; batasnya 6 bulan.']);
  });

  it('is said of stale results even when every standard is a draft: the yearly survey is the provider\'s duty, not the standard\'s', () => {
    expect(checkUnit(id, [['layanan/kk.yaml', DRAFT], ['skm/hasil-2024-S2.json', S2_2024]], { now: '2026-06-01T00:00:00Z' })).toHaveLength(1);
  });
});

describe('skm-kedaluwarsa: a unit that keeps its survey with the tool but has no results', () => {
  const noResults: [string, string] = ['skm/', ''];

  it('is reminded once, at the evaluation component its set standards take from penyelenggara.yaml', () => {
    const found = checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], ['layanan/ktp.yaml', variant(BASE_SERVICE, 'kode: DUK-KK', 'kode: DUK-KTP')], noResults]);
    expect(said(found)).toEqual(['penyelenggara.yaml:35:23 warning Unit ini menyimpan survei kepuasan di folder skm/, tetapi belum ada hasilnya, padahal 2 standar yang ditetapkan menjanjikan survei itu di komponen evaluasi kinerja.']);
    expect(found[0]!.pointer).toBe('/bawaan/komponen/evaluasi_kinerja');
    expect(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], noResults], { lang: 'en' }).map((d) => d.message)).toEqual([
      'This unit keeps its satisfaction survey in an skm/ folder but has no results there yet, while the set standard DUK-KK promises that survey in the performance-evaluation component.',
    ]);
  });

  it('is silent when nothing set promises the survey: drafts, an evaluation without it, an evaluation not stated', () => {
    expect(checkUnit(id, [['layanan/kk.yaml', DRAFT], noResults])).toEqual([]);
    const otherEvaluation = variant(BASE_PROVIDER, 'evaluasi_kinerja: [Survei Kepuasan Masyarakat]', 'evaluasi_kinerja: [Rapat evaluasi bulanan]');
    expect(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], noResults], { provider: otherEvaluation })).toEqual([]);
    const notStated = variant(BASE_PROVIDER, 'evaluasi_kinerja: [Survei Kepuasan Masyarakat]', 'evaluasi_kinerja: { tidak_dinyatakan: true }');
    expect(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], noResults], { provider: notStated })).toEqual([]);
  });

  it('reads the promise in the service\'s own evaluation component too (IKM, SKM)', () => {
    const otherEvaluation = variant(BASE_PROVIDER, 'evaluasi_kinerja: [Survei Kepuasan Masyarakat]', 'evaluasi_kinerja: [Rapat evaluasi bulanan]');
    const own = variant(BASE_SERVICE, 'komponen:\n', 'komponen:\n  evaluasi_kinerja:\n    - Pengukuran IKM setiap semester.\n');
    expect(checkUnit(id, [['layanan/kk.yaml', own], noResults], { provider: otherEvaluation }).map((d) => `${d.file} ${d.pointer}`)).toEqual(['penyelenggara.yaml /bawaan/komponen/evaluasi_kinerja']);
  });

  it('is silent for a unit that keeps no survey with the tool, and when results files exist but cannot be used (they are said where they are wrong)', () => {
    expect(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE]])).toEqual([]);
    expect(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], ['skm/hasil-rusak.json', '{ "versi": 1, "periode": null }']])).toEqual([]);
  });
});
