import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditDashboard } from '../../src/audit/dashboard.js';
import { main } from '../../src/cli/main.js';
import { auditJsonChunks, formatAuditText } from '../../src/audit/output.js';
import { SpillFile } from '../../src/files/spill.js';
import { formatAudit, publishAudit } from '../../src/publish/audit.js';
import { auditUnits, type AuditOptions } from '../../src/audit/run.js';
import type { AuditResults, UnitAudit } from '../../src/audit/types.js';
import { compileSchemaFile } from '../../src/schema/validators.js';
import { expectGolden, expectNoStrayGoldens, readableGolden } from '../golden/golden.js';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURE = 'tests/fixtures/audit/dinas-banyak-masalah';
const EXAMPLES = ['examples/disdukcapil-sukamaju', 'examples/kanim-sukamaju'];
const NOW = '2026-11-27T00:00:00Z';
const GOLDEN = join(REPO, 'tests', 'golden', 'audit');
const NO_SITE = 'tests/fixtures/audit/tanpa-situs';

async function audit(inputs: string[], options: AuditOptions = {}): Promise<AuditResults> {
  const outcome = await auditUnits(inputs, { cwd: REPO, now: NOW, sites: NO_SITE, ...options });
  expect(outcome.diagnostics).toEqual([]);
  return outcome.results!;
}

const notMet = (u: UnitAudit) => [
  ...u.layanan.flatMap((s) => s.indikator.filter((r) => r.status === 'tidak_terpenuhi').map((r) => ({ berkas: relative(u.folder, s.file), indikator: r.indikator, aturan: r.bukti[0]!.aturan }))),
  ...u.unit.filter((r) => r.status === 'tidak_terpenuhi').map((r) => ({ berkas: relative(u.folder, r.bukti[0]!.file), indikator: r.indikator, aturan: r.bukti[0]!.aturan })),
];
const key = (p: { berkas: string; indikator: string; aturan: string }) => `${p.berkas} ${p.indikator} ${p.aturan}`;

describe('standar audit on a unit with planted problems', () => {
  it('lists exactly the planted problems, each with the finding that decides it', async () => {
    const planted = parse(readFileSync(join(REPO, `${FIXTURE}.tertanam.txt`), 'utf8')) as { berkas: string; indikator: string; aturan: string }[];
    const [unit] = (await audit([FIXTURE])).unit;
    expect(notMet(unit!).map(key).sort()).toEqual(planted.map(key).sort());
    // What the documents cannot tell stays unknown, and a draft's consultation and review wait for its decree.
    const unknown = [...unit!.unit, ...unit!.layanan.flatMap((s) => s.indikator)].filter((r) => r.status === 'tidak_diketahui').map((r) => r.indikator);
    expect(unknown.sort()).toEqual(['pengelolaan-pengaduan', 'persepsi-pengguna', 'skm']);
    const draft = unit!.layanan.find((s) => s.file.endsWith('kia.yaml'))!;
    expect(draft.indikator.filter((r) => r.status === 'tidak_berlaku').map((r) => r.indikator)).toEqual(['konsultasi-publik', 'reviu-berkala']);
    expect(draft.indikator.find((r) => r.indikator === 'penetapan')!.bukti[0]).toMatchObject({ file: `${FIXTURE}/layanan/kia.yaml`, line: 12, column: 9, pointer: '/status' });
  });

  it('scores it red and names the three fixes worth most', async () => {
    const [unit] = (await audit([FIXTURE])).unit;
    expect(unit!.zona).toBe('merah');
    expect(unit!.skor).toBeCloseTo(44.1667, 3);
    expect(unit!.perbaikan.map((f) => [f.indikator, f.layanan])).toEqual([
      ['penyampaian-terbit', 3],
      ['maklumat-lengkap', 1],
      ['komponen-lengkap', 1],
    ]);
  });
});

describe('standar audit on the example units', () => {
  it('finds every document indicator met, and says the sites are not built', async () => {
    const results = await audit(EXAMPLES);
    expect(results.unit.map((u) => u.folder).sort()).toEqual(EXAMPLES);
    for (const u of results.unit) {
      expect(notMet(u).map((p) => p.indikator).sort(), u.folder).toEqual([...u.layanan.map(() => 'penyampaian-terbit'), 'maklumat-terbit'].sort());
      expect(u.unit.find((r) => r.indikator === 'maklumat-terbit')!.alasan).toBe(`Tidak ada situs hasil "standar build" untuk unit ini di ${NO_SITE}.`);
      // Only the Disdukcapil keeps its survey's results (skm/hasil-*.json): its index lifts it to green.
      const surveyed = u.folder === 'examples/disdukcapil-sukamaju';
      const skm = u.unit.find((r) => r.indikator === 'skm')!;
      expect([skm.status, u.zona], u.folder).toEqual(surveyed ? ['terpenuhi', 'hijau'] : ['tidak_diketahui', 'kuning']);
      if (surveyed) expect(skm.alasan).toBe('Survei periode 2026-S1: indeks 80,40, mutu B.');
    }
  });

  it('on a terminal shows a bar over the units while they are judged, cleared before the report', async () => {
    let stdout = '';
    const code = await main({ argv: ['audit', ...EXAMPLES, '--situs', NO_SITE], cwd: REPO, env: { NO_COLOR: '1' }, isTTY: true, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    const cleared = stdout.lastIndexOf('\r\x1b[K');
    expect(stdout.slice(0, cleared)).toMatch(/\[█{24}\] 2\/2 · [\d.]+ unit\/dtk/);
    expect(stdout.slice(cleared + 4)).toMatch(/^Kesiapan dokumen standar pelayanan/);
  });

  it('finds the survey too old once its period ended more than 12 months before', async () => {
    const results = await audit(['examples/disdukcapil-sukamaju'], { now: '2027-08-01T00:00:00Z' });
    const skm = results.unit[0]!.unit.find((r) => r.indikator === 'skm')!;
    expect(skm.status).toBe('tidak_terpenuhi');
    expect(skm.bukti[0]).toMatchObject({ file: 'examples/disdukcapil-sukamaju/skm/hasil-2026-S1.json', aturan: 'skm-kedaluwarsa' });
  });

  it('counts a site as published while it is newer than its sources, and not once a source changes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const unit = 'examples/kanim-sukamaju';
    const site = join(root, 'kanim-sukamaju');
    mkdirSync(site);
    const services = (await audit([unit])).unit[0]!.layanan.map((s) => `layanan/${s.kode!.toLowerCase()}/index.html`);
    writeFileSync(join(site, '.standar-situs.json'), JSON.stringify({ berkas: ['index.html', 'maklumat.html', ...services] }));
    const fresh = (await audit([unit], { sites: root })).unit[0]!;
    expect(notMet(fresh)).toEqual([]);
    expect(fresh.zona).toBe('hijau');
    expect(fresh.skor).toBe(100);
    // The manifest is dated before the sources: the site is stale.
    utimesSync(join(site, '.standar-situs.json'), new Date('2000-01-01'), new Date('2000-01-01'));
    const stale = (await audit([unit], { sites: root })).unit[0]!;
    expect(notMet(stale).map((p) => p.indikator).sort()).toEqual(['maklumat-terbit', 'penyampaian-terbit', 'penyampaian-terbit', 'penyampaian-terbit']);
    expect(stale.unit.find((r) => r.indikator === 'maklumat-terbit')!.alasan).toBe(`${unit}/penyelenggara.yaml diubah sesudah situs di ${relative(REPO, site)} dibangun: bangun ulang dan terbitkan.`);
  });
});

describe('standar audit on a unit that has not written its maklumat', () => {
  it('names one fix for the maklumat, neither complete nor published, decided by maklumat-lengkap\'s one finding', async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const unit = join(root, 'kanim');
    mkdirSync(join(unit, 'layanan'), { recursive: true });
    for (const name of ['paspor-biasa.yaml', 'paspor-hilang-rusak.yaml']) writeFileSync(join(unit, 'layanan', name), readFileSync(join(REPO, 'examples/kanim-sukamaju/layanan', name)));
    const provider = readFileSync(join(REPO, 'examples/kanim-sukamaju/penyelenggara.yaml'), 'utf8');
    writeFileSync(join(unit, 'penyelenggara.yaml'), provider.replace(/^maklumat:\n(?:[ \t]+.*\n|\n)+/m, ''));
    const [u] = (await audit([unit])).unit;
    const pledge = u!.unit.filter((r) => r.indikator === 'maklumat-lengkap' || r.indikator === 'maklumat-terbit');
    expect(pledge.map((r) => [r.indikator, r.status, r.bukti[0]!.aturan, r.alasan])).toEqual([
      ['maklumat-lengkap', 'tidak_terpenuhi', 'maklumat-lengkap', 'Penyelenggara ini belum menulis maklumat pelayanan.'],
      ['maklumat-terbit', 'tidak_terpenuhi', 'maklumat-lengkap', 'Penyelenggara ini belum menulis maklumat pelayanan.'],
    ]);
    const fix = u!.perbaikan.find((f) => f.indikator === 'maklumat-lengkap')!;
    expect(fix.juga).toEqual(['maklumat-terbit']);
    expect(u!.perbaikan.filter((f) => f.indikator === 'maklumat-terbit')).toEqual([]);
    const weights = u!.indikator.filter((s) => s.indikator === 'maklumat-lengkap' || s.indikator === 'maklumat-terbit');
    const decided = u!.indikator.reduce((n, s) => n + (s.nilai === null ? 0 : s.bobot), 0);
    expect(fix.dampak).toBeCloseTo((weights.reduce((n, s) => n + s.bobot, 0) / decided) * 100, 6);
    expect(formatAuditText({ ...(await audit([unit])), unit: [u!] }, 'id')).toMatch(/^ {4}\d\. Maklumat pelayanan lengkap dan Maklumat pelayanan diterbitkan \(\+\d+,\d\d poin\)$/m);
    expect(compileSchemaFile('audit.schema.json')(JSON.parse(formatAudit(await audit([unit]), 'json', 'id')))).toBe(true);
  });
});

describe('standar audit on offices named alike', () => {
  it('ranks them by their name and region, and keeps each region in its JSON', async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const provider = readFileSync(join(REPO, 'examples/disdukcapil-sukamaju/penyelenggara.yaml'), 'utf8');
    for (const [dir, wilayah] of [['sleman', 'Kabupaten Sleman'], ['sragen', 'Kabupaten Sragen']] as const) {
      mkdirSync(join(root, dir, 'layanan'), { recursive: true });
      writeFileSync(join(root, dir, 'layanan', 'kk.yaml'), readFileSync(join(REPO, 'examples/disdukcapil-sukamaju/layanan/kartu-keluarga.yaml')));
      writeFileSync(join(root, dir, 'penyelenggara.yaml'), provider.replace(/^nama: .*$/m, 'nama: Dinas Kependudukan dan Pencatatan Sipil').replace('  nama: Kota Sukamaju', `  nama: ${wilayah}`));
    }
    const results = await audit([join(root, 'sleman'), join(root, 'sragen')]);
    expect(results.unit.map((u) => [u.nama, u.wilayah])).toEqual([
      ['Dinas Kependudukan dan Pencatatan Sipil', 'Kabupaten Sleman'],
      ['Dinas Kependudukan dan Pencatatan Sipil', 'Kabupaten Sragen'],
    ]);
    const ranking = formatAuditText(results, 'id').split('\n').filter((l) => /^ {2}\d\. /.test(l));
    expect(ranking).toEqual([expect.stringMatching(/ Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sleman$/), expect.stringMatching(/ Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sragen$/)]);
    expect(auditDashboard(results, 'id')).toContain('<h3>Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sragen</h3>');
    expect(compileSchemaFile('audit.schema.json')(JSON.parse(formatAudit(results, 'json', 'id')))).toBe(true);
  });
});

describe('the indicator file', () => {
  it('lets a bureau change weights and zones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const file = join(dir, 'indikator.yaml');
    writeFileSync(file, 'zona: { hijau: 40, kuning: 20 }\nkelompok:\n  dokumen:\n    nama: Dokumen\n    indikator:\n      komponen-lengkap: 1\n      penetapan: 1\n      penyampaian-terbit: 0\n');
    const results = await audit([FIXTURE], { indicators: file });
    const [unit] = results.unit;
    expect(unit!.indikator.map((s) => s.indikator)).toEqual(['komponen-lengkap', 'penetapan']);
    // 2 of 3 services have their components, 2 of 3 are adopted.
    expect(unit!.skor).toBeCloseTo(66.667, 2);
    expect(unit!.zona).toBe('hijau');
    expect(results.zona).toEqual({ hijau: 40, kuning: 20 });
  });

  it('says where a file that cannot be used is wrong, and audits nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const file = join(dir, 'indikator.yaml');
    writeFileSync(file, 'zona: { hijau: 50, kuning: 60 }\nkelompok:\n  a:\n    nama: A\n    indikator:\n      komponen-lengkp: 1\n      penetapan: 2\n  b:\n    nama: B\n    indikator:\n      penetapan: 1\n');
    const outcome = await auditUnits([FIXTURE], { cwd: dir, now: NOW, indicators: 'indikator.yaml' });
    expect(outcome.results).toBeUndefined();
    expect(outcome.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message} ${d.hint ?? ''}`)).toEqual([
      'indikator.yaml:1:28 konfigurasi Batas zona kuning (60) harus di bawah batas zona hijau (50). Bawaannya hijau: 81.00 dan kuning: 51.00.',
      expect.stringMatching(/^indikator\.yaml:6:7 konfigurasi Indikator "komponen-lengkp" tidak dikenal audit\. Maksudnya "komponen-lengkap"\?/),
      'indikator.yaml:11:7 konfigurasi Indikator "penetapan" sudah ditulis di kelompok "a". Setiap indikator dinilai satu kali: hapus salah satunya.',
    ]);
  });

  it('leaves an indicator unknown when the configuration turns its rule off', async () => {
    const [unit] = (await audit([FIXTURE], { rules: { 'sarana-kelompok-rentan': { severity: 'off' } } })).unit;
    const kia = unit!.layanan.find((s) => s.file.endsWith('kia.yaml'))!;
    expect(kia.indikator.find((r) => r.indikator === 'sarana-kelompok-rentan')).toMatchObject({ status: 'tidak_diketahui', alasan: 'Aturan sarana-kelompok-rentan dimatikan di konfigurasi, jadi tidak ada yang memutuskannya.' });
  });
});

describe('golden outputs', () => {
  const cases = ['json', 'csv', 'html', 'text-en.txt'];
  it.each([
    ['id', 'json'],
    ['id', 'csv'],
    ['id', 'html'],
    ['en', 'text'],
  ] as const)('%s %s', async (lang, format) => {
    const results = await audit([FIXTURE, ...EXAMPLES], { lang });
    const text =
      format === 'json' || format === 'csv' ? formatAudit(results, format, lang) : format === 'html' ? readableGolden(auditDashboard(results, lang)) : formatAuditText(results, lang);
    expectGolden(join(GOLDEN, format === 'text' ? 'text-en.txt' : `audit.${format}`), text);
  });
  it('gives JSON that matches its schema', async () => {
    const validate = compileSchemaFile('audit.schema.json');
    const results = await audit([FIXTURE, ...EXAMPLES]);
    expect(validate(JSON.parse(formatAudit(results, 'json', 'id'))), JSON.stringify(validate.errors)).toBe(true);
  });
  it('writes the JSON a unit at a time exactly as one text, with no unit and with the change since a revision', async () => {
    const results = await audit([FIXTURE, ...EXAMPLES]);
    const withChange = { ...results, perubahan: { sejak: 'HEAD~1', naik: [], turun: [] } } as unknown as AuditResults;
    for (const r of [results, { ...results, unit: [] }, withChange]) {
      const parts = [...auditJsonChunks(r)];
      expect(parts.join('')).toBe(`${JSON.stringify(r, null, 2)}\n`);
      if (r.unit.length > 0) expect(parts.length).toBeGreaterThan(r.unit.length);
    }
  });
  it('gives the same report when the services\' results wait on disk, and leaves no file behind', async () => {
    const inMemory = await audit([FIXTURE, ...EXAMPLES]);
    const spill = new SpillFile('standar-uji-audit-');
    try {
      const spilled = await audit([FIXTURE, ...EXAMPLES], { spill });
      for (const format of ['json', 'csv', 'text', 'html'] as const) expect(formatAudit(spilled, format, 'id')).toBe(formatAudit(inMemory, format, 'id'));
    } finally {
      spill.close();
    }
    const out = join(await mkdtemp(join(tmpdir(), 'standar-audit-')), 'audit.json');
    const published = await publishAudit([FIXTURE, ...EXAMPLES], { format: 'json', out, cwd: REPO, now: NOW, sites: NO_SITE });
    expect(published.units).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe(formatAudit(inMemory, 'json', 'id'));
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`standar-audit-spill-${process.pid}-`))).toEqual([]);
  });
  it('stopped by Ctrl-C judges no more units, gives no results and writes no report', async () => {
    // Aborted once the first unit is begun: the audit looks before each unit and once after the last.
    let looked = 0;
    const signal = { get aborted() {
      return ++looked > 1;
    } } as AbortSignal;
    const out = join(await mkdtemp(join(tmpdir(), 'standar-audit-')), 'audit.json');
    const published = await publishAudit([FIXTURE, ...EXAMPLES], { format: 'json', out, cwd: REPO, now: NOW, sites: NO_SITE, signal });
    expect(published).toEqual({ diagnostics: [], interrupted: true });
    expect(readdirSync(dirname(out))).toEqual([]);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`standar-audit-spill-${process.pid}-`))).toEqual([]);
  });
  it('stopped by Ctrl-C once every unit is judged writes no report either, and leaves the file there as it was', async () => {
    const controller = new AbortController();
    const out = join(await mkdtemp(join(tmpdir(), 'standar-audit-')), 'audit.json');
    writeFileSync(out, 'laporan lama');
    const onUnit = (done: number, total: number) => done === total && controller.abort();
    const published = await publishAudit([FIXTURE, ...EXAMPLES], { format: 'json', out, cwd: REPO, now: NOW, sites: NO_SITE, signal: controller.signal, onUnit });
    expect(published).toEqual({ diagnostics: [], interrupted: true });
    expect(readFileSync(out, 'utf8')).toBe('laporan lama');
    expect(readdirSync(dirname(out))).toEqual(['audit.json']);
  });
  it('has no stray golden files', () => {
    expectNoStrayGoldens(GOLDEN, cases.map((c) => (c.includes('.') ? c : `audit.${c}`)));
  });
});
