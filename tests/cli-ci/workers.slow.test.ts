import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/check/parallel.js';
import { checkUnits } from '../../src/check/validate.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { planInputs } from '../../src/load/discover.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

const BIN = fileURLToPath(new URL('../../bin/standar.js', import.meta.url));
const exec = promisify(execFile);
const standar = (args: string[], cwd: string) =>
  exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', STANDAR_NOW: '2027-06-01' }, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );

describe('configuration, disable comments and baseline cross into worker threads', () => {
  it('gives the same result with workers as without', async () => {
    const files: Record<string, string> = {
      'standar.config.yaml': 'rules:\n  reviu-berkala:\n    options:\n      bulan: 14\noverrides:\n  - files: "layanan/arsip-*.yaml"\n    rules:\n      tautan-https: error\n',
      'penyelenggara.yaml': BASE_PROVIDER,
    };
    for (let i = 0; i < 90; i++) {
      let doc = variant(BASE_SERVICE, 'kode: DUK-KK', `kode: DUK-${i % 85}`);
      if (i % 2 === 0) doc = variant(doc, '    keterangan: Tidak dipungut biaya.\n', `    keterangan: Lihat http://situs-${i}.go.id.\n`);
      if (i % 4 === 0) doc = variant(doc, '  biaya:\n', '  biaya:\n    # standar-disable-next-line tautan-https -- situs lama\n').replace('    # standar-disable-next-line tautan-https -- situs lama\n    gratis: true\n', '    gratis: true\n    # standar-disable-next-line tautan-https -- situs lama\n');
      if (i % 5 === 0) doc = variant(doc, 'tanggal_reviu: 2026-02-16', 'tanggal_reviu: 2027-01-02');
      files[`layanan/${i % 3 === 0 ? 'arsip-' : ''}l${String(i).padStart(3, '0')}.yaml`] = doc;
    }
    const root = await tempTree(files);
    const serial = await standar(['validate', '-f', 'json', '--workers', '0'], root);
    const parallel = await standar(['validate', '-f', 'json', '--workers', '2'], root);
    const found = JSON.parse(serial.stdout) as { rule: string; severity: string }[];
    expect(serial.code).toBe(1);
    expect(JSON.parse(parallel.stdout)).toEqual(found);
    const count = (rule: string, severity: string) => found.filter((d) => d.rule === rule && d.severity === severity).length;
    expect(count('tautan-https', 'error')).toBe(7); // even, in arsip- (a multiple of 3), not a multiple of 4
    expect(count('tautan-https', 'warning')).toBe(15);
    expect(count('reviu-berkala', 'warning')).toBe(72); // all but the 18 reviewed in 2027
    expect(count('kode-layanan-ganda', 'error')).toBe(5);

    await standar(['validate', '--write-baseline', '--workers', '2'], root);
    expect(await standar(['validate', '--workers', '2'], root)).toEqual({ code: 0, stdout: '✔ 91 berkas diperiksa, tidak ada masalah.\n' });
  });
});

describe('a region of many small units on worker threads', () => {
  it('is checked as in-process: each unit finished in order, its unit rules judging its services in file order', async () => {
    const files: Record<string, string> = {};
    // Units of 1 to 7 services (one batch each), one of 20 (batches of 3), one with none; kodes repeated inside some units (unit rules), links in some services.
    for (let u = 0; u < 12; u++) {
      const dir = `unit-${String(u).padStart(2, '0')}`;
      files[`${dir}/penyelenggara.yaml`] = BASE_PROVIDER;
      for (let i = 0; i < (u === 5 ? 0 : u === 11 ? 20 : (u % 7) + 1); i++) {
        let doc = variant(BASE_SERVICE, 'kode: DUK-KK', `kode: DUK-${i % (u % 3 === 0 ? 2 : 9)}`);
        if ((u + i) % 4 === 0) doc = variant(doc, '    keterangan: Tidak dipungut biaya.\n', `    keterangan: Lihat http://situs-${u}-${i}.go.id.\n`);
        files[`${dir}/layanan/l${String(i).padStart(2, '0')}.yaml`] = doc;
      }
    }
    const root = await tempTree(files);
    const opts = { lang: 'id' as const, cwd: root, now: '2027-06-01T00:00:00Z' };
    const run = async (pool: WorkerPool | undefined) => {
      const found: string[] = [];
      const finished: string[] = [];
      const plan = await planInputs(['.'], root);
      try {
        await checkUnits(plan.units, opts, (_file, list, _from, unit) => found.push(...list.map((d) => `${unit.dir} ${JSON.stringify(d)}`)), pool, (unit) => {
          finished.push(unit.dir);
        });
      } finally {
        await pool?.close();
      }
      return { found: found.sort(), finished };
    };
    const inProcess = await run(undefined);
    expect(inProcess.found.filter((d) => d.includes('kode-layanan-ganda')).length).toBeGreaterThan(0);
    expect(inProcess.found.filter((d) => d.includes('tautan-https')).length).toBeGreaterThan(0);
    expect(inProcess.finished).toEqual(Array.from({ length: 12 }, (_, u) => join(root, `unit-${String(u).padStart(2, '0')}`)));
    // The built worker (npm test builds first), as the CLI starts it.
    const pool = new WorkerPool(2, new URL('../../dist/check/worker.js', import.meta.url));
    expect(pool.size).toBe(2);
    expect(await run(pool)).toEqual(inProcess);
  });
});

describe('worker threads that cannot run', () => {
  const unit = () => {
    const files: Record<string, string> = { 'penyelenggara.yaml': BASE_PROVIDER };
    for (let i = 0; i < 50; i++) files[`layanan/l${String(i).padStart(2, '0')}.yaml`] = variant(BASE_SERVICE, 'kode: DUK-KK', `kode: DUK-${i % 45}`);
    return tempTree(files);
  };
  /** Three units of 20 services: a stopped worker's batches may belong to a unit behind the one being finished. */
  const region = () => {
    const files: Record<string, string> = {};
    for (const u of ['a', 'b', 'c']) {
      files[`${u}/penyelenggara.yaml`] = BASE_PROVIDER;
      for (let i = 0; i < 20; i++) files[`${u}/layanan/l${String(i).padStart(2, '0')}.yaml`] = variant(BASE_SERVICE, 'kode: DUK-KK', `kode: DUK-${i % 17}`);
    }
    return tempTree(files);
  };

  it('Node flags workers refuse (V8 and process flags) leave the result as it is without workers', async () => {
    const root = await unit();
    const env = { ...process.env, NO_COLOR: '1', STANDAR_NOW: '2027-06-01' };
    const flagged = await exec(process.execPath, ['--max-old-space-size=512', '--stack-size=2000', '--title=standar-uji', BIN, 'validate', '-f', 'json'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    const serial = await standar(['validate', '-f', 'json', '--workers', '0'], root);
    expect(flagged.stderr).toBe('');
    expect(flagged.code).toBe(1);
    expect(JSON.parse(flagged.stdout)).toEqual(JSON.parse(serial.stdout));
  });

  it.each([
    ['one unit', unit],
    ['three units', region],
  ])('a worker that fails to start or stops hands its batches back: the same diagnostics as in-process (%s)', async (_name, tree) => {
    const root = await tree();
    const scripts = await tempTree({ 'gagal.mjs': 'throw new Error("worker tidak dapat dimulai");\n', 'berhenti.mjs': 'import { parentPort } from "node:worker_threads";\nparentPort.once("message", () => process.exit(3));\n' });
    const opts = { lang: 'id' as const, cwd: root, now: '2027-06-01T00:00:00Z' };
    const run = async (pool: WorkerPool | undefined) => {
      const found: Diagnostic[] = [];
      const plan = await planInputs(['.'], root);
      try {
        await checkUnits(plan.units, opts, (_file, list) => found.push(...list), pool, () => {});
      } finally {
        await pool?.close();
      }
      return found.map((d) => JSON.stringify(d)).sort();
    };
    const inProcess = await run(undefined);
    expect(inProcess.length).toBeGreaterThan(50);
    for (const script of ['gagal.mjs', 'berhenti.mjs']) expect(await run(new WorkerPool(2, pathToFileURL(join(scripts, script))))).toEqual(inProcess);
  });
});
