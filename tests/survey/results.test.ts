import { readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { readUnitSurvey } from '../../src/check/skm-results.js';
import { validate } from '../../src/check/validate.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';

/** The example unit's results for 2026-S1, as skm hitung wrote them. */
const EXAMPLE = readFileSync(new URL('../../examples/disdukcapil-sukamaju/skm/hasil-2026-S1.json', import.meta.url), 'utf8');
const withPeriod = (text: string, kode: string, mulai: string, selesai: string) =>
  text.replace(/"periode": \{[^}]*\}/, `"periode": {\n    "kode": "${kode}",\n    "mulai": "${mulai}",\n    "selesai": "${selesai}"\n  }`);
const said = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity} ${d.message}`);

describe('the survey results a unit keeps: skm/hasil-<periode>.json', () => {
  it('reads every period, oldest first, and knows the latest by its last day', async () => {
    const root = await tempTree({
      'skm/hasil-2026-S1.json': EXAMPLE,
      'skm/hasil-2025.json': withPeriod(EXAMPLE, '2025', '2025-01-01', '2025-12-31'),
      'skm/hasil-2025-S2.json': withPeriod(EXAMPLE, '2025-S2', '2025-07-01', '2025-12-31'),
      'skm/tanggapan-2026-S1.csv': 'No;U1\n',
    });
    const survey = readUnitSurvey(root, { lang: 'id', cwd: root });
    expect(survey.diagnostics).toEqual([]);
    expect(survey.periods.map((p) => p.file)).toEqual(['skm/hasil-2025-S2.json', 'skm/hasil-2025.json', 'skm/hasil-2026-S1.json']);
    expect(survey.latest?.results.unit.konversi).toBeCloseTo(80.396, 3);
    expect(survey.latest?.selesaiAt).toMatchObject({ line: 6, column: 16 });
    expect(survey).toMatchObject({ found: 3, kept: true });
  });

  it('says what is wrong in a results file where it is written, in both languages, and uses none of it', async () => {
    const broken = EXAMPLE.replace('"responden": 150', '"responden": -3').replace('"mutu": "B"', '"mutu": "E"');
    const root = await tempTree({ 'skm/hasil-2026-S1.json': broken, 'skm/hasil-2026-S2.json': '{ "versi": 1, "periode": ' });
    const survey = readUnitSurvey(root, { lang: 'id', cwd: root });
    expect(survey.periods).toEqual([]);
    expect(said(survey.diagnostics)).toEqual([
      'skm/hasil-2026-S1.json:79:18 skm error "responden" paling kecil 0, bukan -3.',
      'skm/hasil-2026-S1.json:94:17 skm error Nilai "E" tidak dikenal untuk "mutu".',
      expect.stringMatching(/^skm\/hasil-2026-S2\.json:1:\d+ yaml error /),
    ]);
    expect(readUnitSurvey(root, { lang: 'en', cwd: root }).diagnostics[1]!.message).toBe('The value "E" is not known for "mutu".');
  });

  it('refuses results of a newer version, and warns of results without a period or named after another one', async () => {
    const root = await tempTree({
      'skm/hasil-2027-S1.json': '{\n  "versi": 2,\n  "periode": null\n}\n',
      'skm/hasil-lama.json': EXAMPLE.replace(/"periode": \{[^}]*\}/, '"periode": null'),
      'skm/hasil-2025-S2.json': EXAMPLE,
    });
    const survey = readUnitSurvey(root, { lang: 'id', cwd: root });
    expect(said(survey.diagnostics)).toEqual([
      'skm/hasil-2025-S2.json:4:13 skm warning Nama berkas menyebut periode "2025-S2", tetapi isinya periode "2026-S1".',
      'skm/hasil-2027-S1.json:2:12 skm error Hasil survei ini versi 2, sedangkan standar versi ini hanya membaca versi 1.',
      'skm/hasil-lama.json:3:14 skm warning Hasil survei ini tidak menyebut periodenya, jadi tidak dapat diurutkan dan tidak ditampilkan.',
    ]);
    expect(survey.periods.map((p) => p.file)).toEqual(['skm/hasil-2025-S2.json']);
    expect(survey.diagnostics[1]!.hint).toBe('Perbarui standar-pelayanan, atau hitung ulang dengan versi yang dipakai di sini: standar skm hitung … --format json --out skm/hasil-2027-S1.json.');
  });

  it('never follows a link out of the unit, and reads nothing where the unit keeps no skm/ folder', async () => {
    const outside = await tempTree({ 'hasil.json': EXAMPLE });
    const root = await tempTree({ 'skm.yaml': 'unsur: 2017\n' });
    expect(readUnitSurvey(root, { lang: 'id', cwd: root })).toMatchObject({ periods: [], found: 0, kept: true, diagnostics: [] });
    expect(readUnitSurvey(outside, { lang: 'id', cwd: outside })).toMatchObject({ found: 0, kept: false });
    const linked = await tempTree({ 'skm/catatan.txt': '' });
    await symlink(join(outside, 'hasil.json'), join(linked, 'skm/hasil-2026-S1.json'));
    const survey = readUnitSurvey(linked, { lang: 'id', cwd: linked });
    expect(survey.periods).toEqual([]);
    expect(survey.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['skm/hasil-2026-S1.json berkas']);
  });

  it('validate says the problems of a unit\'s results files, and loadUnits gives each unit its results', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'skm/hasil-2026-S1.json': EXAMPLE, 'skm/hasil-2026-S2.json': '{}' });
    const { diagnostics } = await validate(['.'], { cwd: root, lang: 'id', now: '2026-08-01T00:00:00Z', baseline: false });
    expect(diagnostics.filter((d) => d.file.startsWith('skm/')).map((d) => `${d.file} ${d.rule} ${d.pointer}`)).toContain('skm/hasil-2026-S2.json skm /versi');
    const loaded = await loadUnits(['.'], { cwd: root, lang: 'id', now: '2026-08-01T00:00:00Z' });
    expect(loaded.units[0]!.survey?.latest?.results.periode.kode).toBe('2026-S1');
  });
});
