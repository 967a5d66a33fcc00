import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileSchemaFile } from '../../src/schema/validators.js';
import type { SurveyResults } from '../../src/model/skm-results.js';
import { expectGolden, readableGolden, withoutTempPath } from '../golden/golden.js';
import { run } from '../helpers.js';
import { PLAN, surveyFolder, writeIn } from './laporan-fixture.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'skm-laporan');
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

async function folder(files: Record<string, string> = {}) {
  const cwd = await surveyFolder(files);
  folders.push(cwd);
  return cwd;
}

/** Last semester's results, as `skm hitung --format json` writes them. */
async function earlierResults(cwd: string, name = 'hasil-2025-S2.json', period = '2025-S2') {
  const { code } = await run(['skm', 'hitung', 'tanggapan-2025-s2.csv', '--unit', 'unit', '--periode', period, '--format', 'json', '-o', name], cwd);
  expect(code).toBe(0);
}

/** The page's text as a reader sees it, on one line. */
const textOf = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the results JSON and its schema', () => {
  const validate = compileSchemaFile('skm-hasil.schema.json');

  it('skm hitung --format json validates against schemas/skm-hasil.schema.json, with and without a period, population and services', async () => {
    const cwd = await folder();
    for (const argv of [
      ['skm', 'hitung', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--populasi', '1200', '--format', 'json'],
      ['skm', 'hitung', 'tanggapan.csv', '--bobot', '0.111', '--unsur', '2014', '--format', 'json'],
    ]) {
      const { stdout } = await run(argv, cwd);
      const results = JSON.parse(stdout) as SurveyResults;
      expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('refuses what is not version 1 of the results', () => {
    expect(validate({ versi: 2 })).toBe(false);
  });
});

describe('standar skm laporan', () => {
  it('writes the report, the results as JSON and CSV beside it, and says that no follow-up plan was given', async () => {
    const cwd = await folder();
    const { code, stdout, stderr } = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1'], cwd);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      '✔ Ditulis ke laporan-skm/: hasil-2026-S1.json, hasil-2026-S1.csv, laporan-skm-2026-S1.html\n' +
        'ℹ Tren dari periode sebelumnya: unit/skm/hasil-2025-S2.json.\n' +
        'ℹ Laporan ini tanpa rencana tindak lanjut: tulis laporan-skm/tindak-lanjut.yaml (lihat docs/skm.md), lalu buat laporannya lagi.\n',
    );
    const out = join(cwd, 'laporan-skm');
    expect(readdirSync(out).sort()).toEqual(['hasil-2026-S1.csv', 'hasil-2026-S1.json', 'laporan-skm-2026-S1.html']);
    const hitung = await run(['skm', 'hitung', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--format', 'json'], cwd);
    expect(readFileSync(join(out, 'hasil-2026-S1.json'), 'utf8')).toBe(hitung.stdout);
    const text = textOf(readFileSync(join(out, 'laporan-skm-2026-S1.html'), 'utf8'));
    expect(text).toContain('Unit belum menyertakan rencana tindak lanjut untuk hasil ini.');
    expect(text).toContain('Tidak ada rencana tindak lanjut yang diberikan');
    expect(text).not.toContain('Tabel 5');
  });

  it('takes the trend from the unit\'s kept results of earlier periods as long as the report\'s; --sebelumnya replaces them', async () => {
    const cwd = await folder();
    // A year's results beside its second semester: the same answers, so the year stays out of a semester's trend.
    const year = await run(['skm', 'hitung', 'tanggapan-2025-s2.csv', '--unit', 'unit', '--periode', '2025', '--format', 'json', '-o', 'unit/skm/hasil-2025.json'], cwd);
    expect(year.code).toBe(0);
    const { code, stdout, stderr } = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--lang', 'en'], cwd);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('ℹ Trend from earlier periods: unit/skm/hasil-2025-S2.json.\n');
    const text = textOf(readFileSync(join(cwd, 'laporan-skm', 'laporan-skm-2026-S1.html'), 'utf8'));
    expect(text).toContain('Table 4. Index per period');
    expect(text).toContain('unit/skm/hasil-2025-S2.json');
    expect(text).not.toContain('hasil-2025.json');

    await earlierResults(cwd);
    const named = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--sebelumnya', 'hasil-2025-S2.json', '--out', 'named'], cwd);
    expect(named.stdout).toContain('ℹ Tren dari periode sebelumnya: hasil-2025-S2.json.\n');

    await writeIn(cwd, 'unit/skm/hasil-2024-S2.json', '{ "versi": 1, "periode": ');
    const broken = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--out', 'broken'], cwd);
    // As a named --sebelumnya that does not parse: exit 2, the file located.
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('unit/skm/hasil-2024-S2.json:1:26');
    expect(broken.stderr).toContain('5 berkas diperiksa');
    expect(broken.stderr).toContain('✖ Laporan tidak dibuat: rencana tindak lanjut atau hasil periode sebelumnya perlu diperbaiki lebih dahulu (lihat di atas).');
    expect(existsSync(join(cwd, 'broken'))).toBe(false);
  });

  it('says when --bobot 0.111 reproduces a published variant, and a population\'s sample check', async () => {
    const cwd = await folder();
    await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--bobot', '0.111', '--populasi', '1.200', '--out', 'keluaran'], cwd);
    const text = textOf(readFileSync(join(cwd, 'keluaran', 'laporan-skm.html'), 'utf8'));
    expect(text).toContain('IKM ini dihitung dengan bobot 0,111 per unsur, seperti sebagian laporan yang telah terbit, bukan 1/9 sebagaimana maksud peraturan.');
    expect(text).toContain('IKM tertinggi menjadi 99,90, bukan 100,00');
    expect(text).toContain('Jumlah responden (8) kurang dari sampel minimum 291 untuk 1.200 pengguna layanan setahun (Krejcie–Morgan)');
  });

  it('exit 1 with the report still written when a cell is wrong, the answer left out as skm hitung leaves it', async () => {
    const cwd = await folder();
    await writeIn(cwd, 'tanggapan.csv', readFileSync(join(cwd, 'tanggapan.csv'), 'utf8').replace('4;4;3;4;4;4;4;3;4', '4;7;3;4;4;4;4;3;4'));
    const { code, stderr } = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit'], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('tanggapan.csv: tanggapan!I2');
    expect(existsSync(join(cwd, 'laporan-skm', 'laporan-skm.html'))).toBe(true);
  });

  it('makes no report of nobody\'s opinion: exit 1 when not one respondent could be counted', async () => {
    const cwd = await folder({ 'salah.csv': 'No;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;9;9;9;9;9;9;9;9;9\n' });
    const { code, stderr } = await run(['skm', 'laporan', 'salah.csv'], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('✖ Laporan tidak dibuat: tidak ada satu pun responden yang terhitung (lihat di atas).');
    expect(existsSync(join(cwd, 'laporan-skm'))).toBe(false);
  });

  it('reads the follow-up plan next to the results and shows it as the unit wrote it', async () => {
    const cwd = await folder({ 'laporan-skm/tindak-lanjut.yaml': PLAN });
    const { code, stdout } = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1'], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain('ℹ Rencana tindak lanjut dari laporan-skm/tindak-lanjut.yaml: 2 butir.');
    const text = textOf(readFileSync(join(cwd, 'laporan-skm', 'laporan-skm-2026-S1.html'), 'utf8'));
    expect(text).toContain('Menambah satu petugas verifikasi pada jam sibuk (08.00–11.00)');
    expect(text).toContain('Penerbitan Kartu Keluarga (KK) (DUK-KK)');
    expect(text).toContain('30 September 2026');
    expect(text).toContain('Rencana tindak lanjut memuat 2 perbaikan: 1 direncanakan dan 1 berjalan.');
    expect(text).not.toContain('tanpa rencana');
  });

  it('golden: the report of a fictional survey with last semester\'s trend and a follow-up plan', async () => {
    const cwd = await folder({ 'tindak-lanjut.yaml': PLAN });
    await earlierResults(cwd);
    const argv = ['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--populasi', '1200', '--sebelumnya', 'hasil-2025-S2.json', '--tindak-lanjut', 'tindak-lanjut.yaml'];
    for (const lang of ['id', 'en']) {
      const out = `laporan-${lang}`;
      const { code, stderr } = await run([...argv, '--out', out, '--lang', lang], cwd);
      expect([code, stderr]).toEqual([0, '']);
      const html = readFileSync(join(cwd, out, 'laporan-skm-2026-S1.html'), 'utf8');
      expectGolden(join(GOLDEN, `laporan-${lang}.html`), withoutTempPath(readableGolden(html), cwd));
    }
  });
});

describe('the follow-up plan and earlier results, every kind of mistake located', () => {
  /** stderr's located lines: "file:line:column  severity  message  rule" and the hint under each. */
  const located = (stderr: string) => stderr.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l)).map((l) => l.replace(/\s{2,}/g, ' | ').trim());

  it('the plan\'s shape: unknown key, missing and empty fields, a wrong status, a deadline that is not one, YAML that does not parse', async () => {
    const cwd = await folder({
      'bentuk.yaml': `rencana:
  - unsur: U3
    perbaikan: Antrean daring
    penanggung_jawab: ""
    tenggat: 2026
    status: selesaii
    warna: merah
  - unsur: U8
    perbaikan: Kursi tunggu
`,
      'rusak.yaml': 'rencana:\n  - unsur: [U3\n',
      'kosong.yaml': 'rencana: []\n',
    });
    const shape = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--tindak-lanjut', 'bentuk.yaml'], cwd);
    expect(shape.code).toBe(1);
    expect(located(shape.stderr)).toEqual([
      'bentuk.yaml:4:23 | galat | "penanggung_jawab" tidak boleh kosong. | skema',
      'bentuk.yaml:5:14 | galat | "tenggat" harus berupa teks, bukan bilangan bulat. | skema',
      'bentuk.yaml:6:13 | galat | Nilai "selesaii" tidak dikenal untuk "status". | skema',
      'bentuk.yaml:7:5 | galat | Kunci "warna" tidak dikenal di sini. | skema',
      'bentuk.yaml:8:5 | galat | Kolom wajib "penanggung_jawab" belum ditulis di "rencana (butir ke-2)". | skema',
      'bentuk.yaml:8:5 | galat | Kolom wajib "tenggat" belum ditulis di "rencana (butir ke-2)". | skema',
      'bentuk.yaml:8:5 | galat | Kolom wajib "status" belum ditulis di "rencana (butir ke-2)". | skema',
    ]);
    expect(shape.stderr).toContain('Saran: Apakah maksudnya "selesai"? Pilihannya: direncanakan, berjalan, selesai, ditunda.');
    expect(shape.stderr).toContain('✖ Laporan tidak dibuat: rencana tindak lanjut atau hasil periode sebelumnya perlu diperbaiki lebih dahulu (lihat di atas).');
    expect(existsSync(join(cwd, 'laporan-skm'))).toBe(false);

    const broken = await run(['skm', 'laporan', 'tanggapan.csv', '--tindak-lanjut', 'rusak.yaml'], cwd);
    expect(broken.code).toBe(2);
    expect(located(broken.stderr)[0]).toMatch(/^rusak\.yaml:3:1 \| galat \| .* \| yaml$/);
    const empty = await run(['skm', 'laporan', 'tanggapan.csv', '--tindak-lanjut', 'kosong.yaml'], cwd);
    expect(located(empty.stderr)).toEqual(['kosong.yaml:1:10 | galat | Daftar "rencana" kosong. | skema']);
    const missing = await run(['skm', 'laporan', 'tanggapan.csv', '--tindak-lanjut', 'tidak-ada.yaml'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('tidak-ada.yaml');
  });

  it('the plan against the results: an element, a service or a period they do not have, a date the calendar does not have', async () => {
    const cwd = await folder({
      'makna.yaml': `periode: 2025-S2
rencana:
  - unsur: U33
    layanan: DUK-KX
    perbaikan: Menambah petugas
    penanggung_jawab: Kepala Bidang
    tenggat: 2026-02-30
    status: selesai
  - unsur: u8
    perbaikan: Kursi tunggu
    penanggung_jawab: Sekretariat
    tenggat: 2026-S2
    status: ditunda
`,
    });
    const { code, stderr } = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--tindak-lanjut', 'makna.yaml', '--lang', 'en'], cwd);
    expect(code).toBe(1);
    expect(located(stderr)).toEqual([
      'makna.yaml:1:10 | error | This plan is for the period 2025-S2, while the report is for 2026-S1. | skm',
      'makna.yaml:3:12 | error | The element "U33" is not in these survey results. | skm',
      'makna.yaml:4:14 | error | The service "DUK-KX" is not in these survey results. | skm',
      'makna.yaml:7:14 | error | The deadline "2026-02-30" is not a real date. | skm',
    ]);
    expect(stderr).toContain('Fix: Did you mean "U3"? The elements are: U1, U2, U3, U4, U5, U6, U7, U8, U9.');
    expect(stderr).toContain('Fix: Did you mean "DUK-KK"? The services are: DUK-AKTA-LAHIR, DUK-KK, DUK-KTP-EL.');
  });

  it('earlier results: not results, without a period, the report\'s own period, a later one, one period twice', async () => {
    const cwd = await folder({ 'bukan-hasil.json': '{ "versi": 1, "unit": { "responden": "banyak" } }\n' });
    await earlierResults(cwd, 'hasil-2025-s2.json');
    const earlier = readFileSync(join(cwd, 'hasil-2025-s2.json'), 'utf8');
    await writeIn(cwd, 'salinan-2025-s2.json', earlier);
    await writeIn(cwd, 'hasil-2026-s1.json', earlier.replace('"kode": "2025-S2"', '"kode": "2026-S1"').replace('"2025-07-01"', '"2026-01-01"').replace('"2025-12-31"', '"2026-06-30"'));
    await writeIn(cwd, 'hasil-2026-s2.json', earlier.replace('"kode": "2025-S2"', '"kode": "2026-S2"').replace('"2025-07-01"', '"2026-07-01"').replace('"2025-12-31"', '"2026-12-31"'));
    const { stdout } = await run(['skm', 'hitung', 'tanggapan-2025-s2.csv', '--format', 'json'], cwd);
    await writeIn(cwd, 'tanpa-periode.json', stdout);
    const files = ['bukan-hasil.json', 'tanpa-periode.json', 'hasil-2025-s2.json', 'salinan-2025-s2.json', 'hasil-2026-s1.json', 'hasil-2026-s2.json'];
    const { code, stderr } = await run(['skm', 'laporan', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--sebelumnya', files.slice(0, 3).join(','), ...files.slice(3).flatMap((f) => ['--sebelumnya', f])], cwd);
    expect(code).toBe(1);
    const lines = located(stderr);
    expect(lines.filter((l) => l.startsWith('bukan-hasil.json'))).toContain('bukan-hasil.json:1:1 | galat | Kolom wajib "periode" belum ditulis. | skm');
    expect(lines).toContain('bukan-hasil.json:1:38 | galat | "responden" harus berupa angka, bukan teks "banyak". | skm');
    expect(lines).toContain('tanpa-periode.json:3:14 | galat | Hasil survei ini tidak menyebut periodenya, jadi tidak dapat diurutkan dan tidak ditampilkan. | skm');
    expect(lines).toContain('salinan-2025-s2.json:4:13 | galat | Periode 2025-S2 sudah diberikan dalam hasil-2025-s2.json. | skm');
    expect(lines).toContain('hasil-2026-s1.json:4:13 | galat | Periode 2026-S1 adalah periode laporan ini sendiri, bukan periode sebelumnya. | skm');
    expect(lines).toContain('hasil-2026-s2.json:5:14 | galat | Periode 2026-S2 (2026-07-01) tidak sebelum periode laporan 2026-S1 (2026-01-01). | skm');
    expect(lines.some((l) => l.startsWith('hasil-2025-s2.json'))).toBe(false);
    expect(existsSync(join(cwd, 'laporan-skm'))).toBe(false);
  });
});
