import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SurveyResults } from '../../src/model/skm-results.js';
import { run, tempTree } from '../helpers.js';
import { csv, HEADER } from './workbook.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

async function folder(files: Record<string, string>) {
  const cwd = await tempTree(files);
  folders.push(cwd);
  return cwd;
}

const GOOD = csv([HEADER, [1, 'DUK-KK', '05/01/2026', 'L', 30, 'SMA', 'PNS', 4, 4, 4, 4, 4, 4, 4, 4, 4], [2, 'DUK-AKTA', '06/01/2026', 'P', 41, 'S1', 'Swasta', 3, 3, 3, 3, 3, 3, 3, 3, 3]]);
const BAD = GOOD.replace('4;4;4;4;4;4;4;4;4', '4;7;4;4;4;4;4;4;4');

describe('standar skm hitung', () => {
  it('exit 0 and the results as JSON, the model other systems read', async () => {
    const cwd = await folder({ 'tanggapan.csv': GOOD });
    const { code, stdout, stderr } = await run(['skm', 'hitung', 'tanggapan.csv', '--format', 'json', '--periode', '2026-Q1'], cwd);
    expect([code, stderr]).toEqual([0, '']);
    const results = JSON.parse(stdout) as SurveyResults;
    expect(results.versi).toBe(1);
    expect(results.periode).toEqual({ kode: '2026-Q1', mulai: '2026-01-01', selesai: '2026-03-31' });
    expect(results.unit.konversi).toBe(87.5);
    expect(results.layanan.map((g) => g.kode)).toEqual(['DUK-AKTA', 'DUK-KK']);
  });

  it('exit 1 when a cell is wrong, the problem on stderr and the results still on stdout', async () => {
    const cwd = await folder({ 'tanggapan.csv': BAD });
    const { code, stdout, stderr } = await run(['skm', 'hitung', 'tanggapan.csv', '--format', 'csv'], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('tanggapan.csv: tanggapan!I2');
    expect(stdout.split('\n')[0]).toBe('tingkat,kode,nama,responden,U1_jawaban,U1_nrr,U2_jawaban,U2_nrr,U3_jawaban,U3_nrr,U4_jawaban,U4_nrr,U5_jawaban,U5_nrr,U6_jawaban,U6_nrr,U7_jawaban,U7_nrr,U8_jawaban,U8_nrr,U9_jawaban,U9_nrr,ikm,konversi,mutu,kinerja,terlemah,tanpa_jawaban,populasi,sampel_minimum');
    expect(stdout.split('\n')[1]).toBe('unit,,,2,2,3.5,1,3,2,3.5,2,3.5,2,3.5,2,3.5,2,3.5,2,3.5,2,3.5,3.4444444444444446,86.11111111111111,B,baik,U2,,,');
    // U2 of the first respondent (7) is left out: U2's NRR is the second respondent's 3, the others 3,5.
  });

  it('exit 2 when a file cannot be read, when an option is wrong, and when skm.yaml is broken', async () => {
    const cwd = await folder({ 'tanggapan.csv': GOOD, 'skm.yaml': 'bobot: banyak\n' });
    expect((await run(['skm', 'hitung', 'tanggapan.csv', 'hilang.xlsx'], cwd)).code).toBe(2);
    const period = await run(['skm', 'hitung', 'tanggapan.csv', '--periode', '2026-S3'], cwd);
    expect([period.code, period.stderr.split('\n')[0]]).toEqual([2, 'Nilai "2026-S3" untuk opsi "--periode <periode>" tidak sah. Tulis misalnya 2026, 2026-S1, 2026-Q2, 2026-03 atau 2026-01..2026-06.']);
    const weight = await run(['skm', 'hitung', 'tanggapan.csv', '--bobot', '0.5', '--lang', 'en'], cwd);
    expect([weight.code, weight.stdout, weight.stderr]).toEqual([2, '', '✖ --bobot "0.5" is not a known weight: write "tepat" (1/9, the default) or 1/9 rounded, for example 0.111 or 0.11.\n']);
    const config = await run(['skm', 'hitung', 'tanggapan.csv', '--pengaturan', 'skm.yaml'], cwd);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('skm.yaml:1:8');
  });

  it('--out writes the results to a file, whole, and says where', async () => {
    const cwd = await folder({ 'tanggapan.csv': GOOD });
    const { code, stdout } = await run(['skm', 'hitung', 'tanggapan.csv', '--format', 'json', '-o', 'hasil/skm.json'], cwd);
    expect([code, stdout]).toEqual([0, `✔ Hasil ditulis ke ${join('hasil', 'skm.json')}\n`]);
    expect((JSON.parse(await readFile(join(cwd, 'hasil', 'skm.json'), 'utf8')) as SurveyResults).unit.responden).toBe(2);
  });
});
