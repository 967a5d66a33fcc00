import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

const BIN = fileURLToPath(new URL('../../bin/standar.js', import.meta.url));
const BROKEN = SERVICE_YAML.replace('status: draf', 'status: ditetapkn').replace('  produk:', '  prodk:');

describe('standar validate, in-process', () => {
  it('exits 0 and says so on a clean unit', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    const r = await run(['validate'], root);
    expect(r).toEqual({ code: 0, stdout: '✔ 2 berkas diperiksa, tidak ada masalah.\n', stderr: '' });
  });

  it('exits 1 and lists every problem as file:line:column with a fix and a summary', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': BROKEN, 'layanan/rusak.yaml': 'a: 1\na: 2\n' });
    const r = await run(['validate', '.'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('layanan/kk.yaml:3:9  galat       Nilai "ditetapkn" tidak dikenal untuk "status".  skema\n    Saran: Apakah maksudnya "ditetapkan"?');
    expect(r.stdout).toContain('layanan/kk.yaml:23:3  galat       Kunci "prodk" tidak dikenal di sini.  skema');
    expect(r.stdout).toContain('layanan/rusak.yaml:2:1  galat       Kunci "a" ditulis dua kali dalam satu bagian.  yaml');
    expect(r.stdout).toMatch(/✖ \d+ masalah \(\d+ galat(, \d+ peringatan)?\) dalam 2 berkas; 3 berkas diperiksa\.\n$/);
  });

  it('speaks English with --lang en', async () => {
    const root = await tempTree({ 'kk.yaml': BROKEN });
    const r = await run(['validate', 'kk.yaml', '--lang', 'en'], root);
    expect(r.stdout).toContain('kk.yaml:3:9  error    The value "ditetapkn" is not known for "status".  skema\n    Fix: Did you mean "ditetapkan"?');
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors/);
  });

  it('writes JSON with positions, pointer, rule and severity', async () => {
    const root = await tempTree({ 'kk.yaml': BROKEN });
    const r = await run(['validate', 'kk.yaml', '--format', 'json'], root);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.find((d) => d.pointer === '/status')).toEqual({
      file: 'kk.yaml', line: 3, column: 9, endLine: 3, endColumn: 18, pointer: '/status', rule: 'skema', severity: 'error',
      message: 'Nilai "ditetapkn" tidak dikenal untuk "status".', hint: 'Apakah maksudnya "ditetapkan"? Pilihannya: draf, konsultasi_publik, ditetapkan, dicabut.',
    });
    expect(r.code).toBe(1);
  });

  it('writes each format to its own file with -f/-o pairs', async () => {
    const root = await tempTree({ 'kk.yaml': BROKEN });
    const r = await run(['validate', 'kk.yaml', '-f', 'json', '-o', 'out/hasil.json', '-f', 'stylish'], root);
    expect(r.stdout).toContain('kk.yaml:3:9');
    expect(JSON.parse(await readFile(join(root, 'out/hasil.json'), 'utf8'))).toHaveLength(JSON.parse((await run(['validate', 'kk.yaml', '-f', 'json'], root)).stdout).length);
  });

  it('exits 2 for a path that does not exist, and for a usage error, in plain words', async () => {
    const root = await tempTree({});
    const missing = await run(['validate', 'tidak-ada'], root);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('tidak-ada:1:1  galat       Tidak ada berkas atau folder "tidak-ada".  io');
    const usage = await run(['validate', '--formt', 'json'], root);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('Opsi "--formt" tidak dikenal. Maksudnya --format?\nLihat "standar --help".\n');
    const badFormat = await run(['validate', '-f', 'xml'], root);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Pilihannya: stylish, json');
  });

  it('answers names of inherited JavaScript members as unknown words, not with an internal error', async () => {
    const root = await tempTree({ 'kk.yaml': SERVICE_YAML });
    for (const argv of [['constructor'], ['toString', '.'], ['validate', '-f', 'toString'], ['validate', '--fail-severity', 'constructor'], ['render', '--to', '__proto__'], ['diff', 'kk.yaml', 'kk.yaml', '-f', 'hasOwnProperty']]) {
      const r = await run(argv, root);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).not.toMatch(/internal|at .+:\d+:\d+/i);
    }
  });

  it('refuses a file over --max-file-size as a problem of that file', async () => {
    const root = await tempTree({ 'kk.yaml': SERVICE_YAML });
    const r = await run(['validate', 'kk.yaml', '--max-file-size', '512B'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/kk\.yaml:1:1  galat       Berkas terlalu besar \(850 B\); batasnya 512 B\./);
  });

  it('shows help in the chosen language', async () => {
    const root = await tempTree({});
    const id = await run(['validate', '--help'], root);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Periksa standar pelayanan');
    expect((await run(['--help', '--lang', 'en'], root)).stdout).toContain('Service standards and service pledges');
  });
});

describe('standar validate, as a real process', () => {
  const exec = promisify(execFile);
  const standar = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('prints plain text when not on a terminal and exits with the right code', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': BROKEN });
    const r = await standar(['validate'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('layanan/kk.yaml:3:9');
    const colour = await standar(['validate'], root, { FORCE_COLOR: '1' });
    expect(colour.stdout).toContain('\u001b[');
    const clean = await standar(['validate', 'penyelenggara.yaml'], root);
    expect(clean).toMatchObject({ code: 0, stdout: '✔ 1 berkas diperiksa, tidak ada masalah.\n' });
  });

  it('finds no problem in examples/', async () => {
    const r = await standar(['validate', 'examples/'], fileURLToPath(new URL('../..', import.meta.url)));
    expect(r).toMatchObject({ code: 0, stdout: '✔ 14 berkas diperiksa, tidak ada masalah.\n' });
  });

  it('gives the same diagnostics with worker threads as without', async () => {
    const files: Record<string, string> = { 'penyelenggara.yaml': PROVIDER_YAML };
    for (let i = 0; i < 80; i++) files[`layanan/l${String(i).padStart(3, '0')}.yaml`] = (i % 3 === 0 ? BROKEN : SERVICE_YAML).replace('DUK-KK', `DUK-${i}`);
    const root = await tempTree(files);
    const serial = await standar(['validate', '-f', 'json', '--workers', '0'], root);
    const parallel = await standar(['validate', '-f', 'json', '--workers', '2'], root);
    expect(parallel.code).toBe(1);
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout));
    expect(JSON.parse(serial.stdout).length).toBeGreaterThan(20);
  });
});
