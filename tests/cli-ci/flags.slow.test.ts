import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

const NOW = { STANDAR_NOW: '2026-06-01' };
/** One warning (an http link) and nothing else. */
const WARNED = variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Lihat http://dukcapil.sukamajukota.go.id.\n');
/** One error (staff total) and one warning. */
const BROKEN = variant(WARNED, 'total: 3', 'total: 8');

async function unit(services: Record<string, string>, extra: Record<string, string> = {}) {
  return tempTree({ 'penyelenggara.yaml': BASE_PROVIDER, ...Object.fromEntries(Object.entries(services).map(([k, v]) => [`layanan/${k}`, v])), ...extra });
}

describe('exit codes: --fail-severity, --max-warnings, --quiet', () => {
  it('fails on errors by default, not on warnings', async () => {
    const warned = await unit({ 'kk.yaml': WARNED });
    expect((await run(['validate'], warned, NOW)).code).toBe(0);
    expect((await run(['validate'], await unit({ 'kk.yaml': BROKEN }), NOW)).code).toBe(1);
  });

  it('--fail-severity warning fails on warnings; info on anything', async () => {
    const warned = await unit({ 'kk.yaml': WARNED });
    expect((await run(['validate', '--fail-severity', 'warning'], warned, NOW)).code).toBe(1);
    const infoOnly = await unit({ 'kk.yaml': WARNED }, { 'standar.config.yaml': 'rules:\n  tautan-https: info\n' });
    expect((await run(['validate', '--fail-severity', 'warning'], infoOnly, NOW)).code).toBe(0);
    expect((await run(['validate', '--fail-severity', 'info'], infoOnly, NOW)).code).toBe(1);
    const bad = await run(['validate', '--fail-severity', 'fatal'], warned, NOW);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('Pilihannya: error, warning, info.') });
  });

  it('--max-warnings fails past the limit and says so', async () => {
    const root = await unit({ 'a.yaml': WARNED, 'b.yaml': variant(WARNED, 'DUK-KK', 'DUK-B') });
    expect((await run(['validate', '--max-warnings', '2'], root, NOW)).code).toBe(0);
    const over = await run(['validate', '--max-warnings', '1'], root, NOW);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('Ada 2 peringatan, lebih dari --max-warnings 1.\n');
    expect((await run(['validate', '--max-warnings', 'dua'], root, NOW)).code).toBe(2);
  });

  it('--quiet shows only what fails the run, and the exit code still counts everything', async () => {
    const root = await unit({ 'kk.yaml': BROKEN });
    const quiet = await run(['validate', '--quiet'], root, NOW);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('jumlah-pelaksana-tidak-cocok');
    expect(quiet.stdout).not.toContain('tautan-https');
    const quietWarned = await run(['validate', '--quiet', '--max-warnings', '0'], await unit({ 'kk.yaml': WARNED }), NOW);
    expect(quietWarned.code).toBe(1);
    expect(quietWarned.stdout).toBe('✔ 2 berkas diperiksa, tidak ada masalah.\n');
    expect(quietWarned.stderr).toContain('lebih dari --max-warnings 0');
    expect(quietWarned.stderr).toContain('1 masalah yang tidak menggagalkan pemeriksaan tidak ditampilkan (--quiet).');
  });

  it('refuses a clock that is not a date', async () => {
    expect(await run(['validate'], await unit({ 'kk.yaml': WARNED }), { STANDAR_NOW: 'besok' })).toMatchObject({ code: 2, stderr: 'STANDAR_NOW="besok" bukan tanggal; tulis seperti 2026-01-31.\n' });
  });
});

describe('several formats in one run', () => {
  it('writes each -f to its own -o, and the unpaired one to stdout', async () => {
    const root = await unit({ 'kk.yaml': BROKEN });
    const r = await run(['validate', '-f', 'sarif', '-o', 'out/hasil.sarif', '-f', 'junit', '-o', 'out/junit.xml', '-f', 'markdown', '-o', 'out/ringkasan.md', '-f', 'github'], root, NOW);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::warning file=layanan\/kk\.yaml,line=34,.*\n::error file=layanan\/kk\.yaml,line=48,/);
    const log = JSON.parse(await readFile(join(root, 'out/hasil.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results).toHaveLength(2);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await readFile(join(root, 'out/junit.xml'), 'utf8')) as { testsuites: Record<string, string> };
    // The warning is a passing case: only what fails the check fails in the report.
    expect([xml.testsuites['@_tests'], xml.testsuites['@_failures']]).toEqual(['3', '1']);
    await run(['validate', '--fail-severity', 'warning', '-f', 'junit', '-o', 'out/streng.xml'], root, NOW);
    const strict = new XMLParser({ ignoreAttributes: false }).parse(await readFile(join(root, 'out/streng.xml'), 'utf8')) as { testsuites: Record<string, string> };
    expect([strict.testsuites['@_tests'], strict.testsuites['@_failures']]).toEqual(['3', '2']);
    expect(await readFile(join(root, 'out/ringkasan.md'), 'utf8')).toContain('❌ 2 masalah (1 galat, 1 peringatan) dalam 1 berkas; 2 berkas diperiksa.');
  });
});

describe('pairing -o with -f', () => {
  it('an -o belongs to the -f just before it; one without is refused in plain words', async () => {
    const root = await unit({ 'kk.yaml': BROKEN });
    const r = await run(['validate', '-f', 'github', '-f', 'json', '-o', 'hasil.json'], root, NOW);
    expect(r.stdout).toMatch(/^::warning /);
    expect(JSON.parse(await readFile(join(root, 'hasil.json'), 'utf8'))).toHaveLength(2);
    for (const argv of [['-o', 'x.json', '-f', 'json'], ['-f', 'json', '-o', 'a.json', '-o', 'b.json']]) {
      const bad = await run(['validate', ...argv], root, NOW);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('Tulis -o sesudah -f yang keluarannya disimpan, misalnya -f sarif -o hasil.sarif.');
    }
  });
});

describe('configuration from the command line', () => {
  it('--config names a file, --no-config ignores them all, a broken one exits 2 with its position', async () => {
    const root = await unit({ 'kk.yaml': BROKEN }, { 'standar.config.yaml': 'rules:\n  jumlah-pelaksana-tidak-cocok: "off"\n', 'ci/ketat/standar.config.yaml': 'extends: strict\n' });
    expect((await run(['validate', 'layanan'], root, NOW)).stdout).not.toContain('jumlah-pelaksana');
    const strict = await run(['validate', 'layanan', '--config', 'ci/ketat/standar.config.yaml', '-f', 'json'], root, NOW);
    expect((JSON.parse(strict.stdout) as { rule: string; severity: string }[]).map((d) => `${d.rule} ${d.severity}`)).toEqual(['tautan-https error', 'jumlah-pelaksana-tidak-cocok error']);
    expect((await run(['validate', 'layanan', '--no-config'], root, NOW)).stdout).toContain('jumlah-pelaksana');
    await writeFile(join(root, 'standar.config.yaml'), 'rules:\n  jumlah-pelaksana: "off"\n');
    const broken = await run(['validate', 'layanan'], root, NOW);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('standar.config.yaml:2:3  galat       Kunci "jumlah-pelaksana" tidak dikenal di sini.  konfigurasi\n    Saran: Apakah maksudnya "jumlah-pelaksana-tidak-cocok"?');
  });
});

describe('baseline from the command line', () => {
  it('--write-baseline records today; later runs report only new problems; regenerating keeps hand entries', async () => {
    const root = await unit({ 'kk.yaml': BROKEN });
    const write = await run(['validate', '--write-baseline'], root, NOW);
    expect(write).toEqual({ code: 0, stdout: 'Baseline ditulis ke standar-baseline.json: 2 masalah dalam 1 berkas; 2 berkas diperiksa.\n', stderr: '' });
    const after = await run(['validate'], root, NOW);
    expect(after).toEqual({ code: 0, stdout: '✔ 2 berkas diperiksa, tidak ada masalah.\n', stderr: '2 masalah lama tidak dilaporkan karena tercatat di standar-baseline.json.\n' });

    await writeFile(join(root, 'layanan/baru.yaml'), variant(BROKEN, 'DUK-KK', 'DUK-BARU'));
    const fresh = await run(['validate', '-f', 'json'], root, NOW);
    expect(fresh.code).toBe(1);
    expect((JSON.parse(fresh.stdout) as { file: string }[]).map((d) => d.file)).toEqual(['layanan/baru.yaml', 'layanan/baru.yaml']);
    expect((await run(['validate', '--no-baseline', '-f', 'json'], root, NOW)).stdout.match(/"rule"/g)).toHaveLength(4);

    // By hand: accept everything in the new file; then regenerate.
    const path = join(root, 'standar-baseline.json');
    const doc = JSON.parse(await readFile(path, 'utf8')) as { entries: object[] };
    doc.entries.unshift({ file: 'layanan/baru.yaml', rule: '*', reason: 'Draf dari bidang lain, diperbaiki minggu depan' });
    await writeFile(path, JSON.stringify(doc, null, 2));
    await writeFile(join(root, 'layanan/kk.yaml'), WARNED);
    expect((await run(['validate'], root, NOW)).stderr).toContain('1 masalah di standar-baseline.json sudah diperbaiki; jalankan "standar validate --write-baseline" untuk memperkecil baseline.');
    expect((await run(['validate', '--write-baseline'], root, NOW)).code).toBe(0);
    const rewritten = JSON.parse(await readFile(path, 'utf8')) as { entries: { file: string; rule: string; reason?: string }[] };
    expect(rewritten.entries.map((e) => `${e.file} ${e.rule}${e.reason ? ' (tangan)' : ''}`)).toEqual(['layanan/baru.yaml * (tangan)', 'layanan/kk.yaml tautan-https']);
  });

  it('--baseline names the file for reading and writing; a broken baseline is never overwritten', async () => {
    const root = await unit({ 'kk.yaml': BROKEN });
    expect((await run(['validate', '--baseline', 'ci/lama.json', '--write-baseline'], root, NOW)).stdout).toContain('Baseline ditulis ke ci/lama.json');
    expect((await run(['validate', '--baseline', 'ci/lama.json'], root, NOW)).code).toBe(0);
    expect((await run(['validate', '--baseline', 'tidak-ada.json'], root, NOW)).code).toBe(2);
    await writeFile(join(root, 'ci/lama.json'), '{ "entries": [ { "file": 1 } ] }');
    const refused = await run(['validate', '--baseline', 'ci/lama.json', '--write-baseline'], root, NOW);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('ci/lama.json:1:16  galat       Entri baseline ini tidak sah: periksa "file".  baseline');
    expect(await readFile(join(root, 'ci/lama.json'), 'utf8')).toBe('{ "entries": [ { "file": 1 } ] }');
  });
});
