import { execFile } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createService, type CreatedService } from '../../src/authoring/create-service.js';
import { Refusal } from '../../src/authoring/refusal.js';
import { PROVIDER_YAML, run, tempTree } from '../helpers.js';

const BIN = fileURLToPath(new URL('../../bin/standar.js', import.meta.url));
const exec = promisify(execFile);
/** The built CLI as a real process (run `npm run build` first). */
const standar = (args: string[], cwd: string) =>
  exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

const settle = (runs: Promise<CreatedService>[]) => Promise.allSettled(runs);
const kodeOf = async (path: string) => /^kode: (.+)$/m.exec(await readFile(path, 'utf8'))?.[1];

describe('standar new, twice at the same moment', () => {
  it('in one process: one run creates the file, the other says it exists; codes are handed out one after the other', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML });
    const same = await settle([0, 1].map(() => createService({ nama: 'Akta Kelahiran', cwd: dir, lang: 'id' })));
    const made = same.filter((r) => r.status === 'fulfilled');
    const refused = same.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(made).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(Refusal);
    expect((refused[0]!.reason as Refusal).text.id).toBe('layanan/akta-kelahiran.yaml sudah ada dan tidak ditimpa. Pakai nama lain, atau -o untuk berkas lain.');

    // Two names that give the same code: as if run one after the other, never the same code twice.
    const alike = await settle(['Penerbitan Akta Kematian', 'Akta Kematian', 'Pembuatan Akta Kematian'].map((nama) => createService({ nama, cwd: dir, lang: 'id' })));
    const codes = alike.map((r) => (r.status === 'fulfilled' ? r.value.kode : String(r.reason)));
    expect(codes.sort()).toEqual(['AKTA-KEMATIAN', 'AKTA-KEMATIAN-2', 'AKTA-KEMATIAN-3']);
    for (const r of alike) if (r.status === 'fulfilled') expect(await kodeOf(r.value.path)).toBe(r.value.kode);
    // No lock or temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual(['layanan', 'penyelenggara.yaml']);
    expect((await readdir(join(dir, 'layanan'))).sort()).toEqual(['akta-kelahiran.yaml', 'akta-kematian.yaml', 'pembuatan-akta-kematian.yaml', 'penerbitan-akta-kematian.yaml']);
  });

  it('as two real processes started at once: exactly one says "Dibuat", the other that the file exists', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML });
    const runs = await Promise.all([standar(['new', 'Izin Keramaian'], dir), standar(['new', 'Izin Keramaian'], dir)]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const winner = runs.find((r) => r.code === 0)!;
    const loser = runs.find((r) => r.code === 2)!;
    expect(winner.stdout).toContain('Dibuat layanan/izin-keramaian.yaml (kode IZIN-KERAMAIAN, status draf).');
    expect(loser.stdout).toBe('');
    expect(loser.stderr).toBe('layanan/izin-keramaian.yaml sudah ada dan tidak ditimpa. Pakai nama lain, atau -o untuk berkas lain.\n');

    const alike = await Promise.all([standar(['new', 'Penerbitan Izin Reklame'], dir), standar(['new', 'Izin Reklame'], dir)]);
    expect(alike.map((r) => r.code)).toEqual([0, 0]);
    const codes = [await kodeOf(join(dir, 'layanan/penerbitan-izin-reklame.yaml')), await kodeOf(join(dir, 'layanan/izin-reklame.yaml'))];
    expect(codes.sort()).toEqual(['IZIN-REKLAME', 'IZIN-REKLAME-2']);
    expect((await readdir(dir)).sort()).toEqual(['layanan', 'penyelenggara.yaml']);
  }, 30_000);
});

describe('the lock that keeps codes unique', () => {
  it('takes over a lock left by a run that died, and never removes what it did not make', async () => {
    const gone = await exec(process.execPath, ['-p', 'process.pid']).then((r) => r.stdout.trim());
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, '.standar-new.lock': `${gone} ${hostname()}\n` });
    const started = Date.now();
    expect((await createService({ nama: 'Akta Kelahiran', cwd: dir, lang: 'id' })).kode).toBe('AKTA-KELAHIRAN');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(join(dir, '.standar-new.lock'))).toBe(false);

    // From another computer on a shared folder: taken over once it is older than any run takes.
    await writeFile(join(dir, '.standar-new.lock'), '1 komputer-lain\n');
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, '.standar-new.lock'), old, old);
    expect((await createService({ nama: 'Akta Kematian', cwd: dir, lang: 'id' })).kode).toBe('AKTA-KEMATIAN');
    expect(existsSync(join(dir, '.standar-new.lock'))).toBe(false);

    await mkdir(join(dir, '.standar-new.lock'));
    expect((await createService({ nama: 'Surat Pindah', cwd: dir, lang: 'id' })).kode).toBe('SURAT-PINDAH');
    expect(lstatSync(join(dir, '.standar-new.lock')).isDirectory()).toBe(true);
  });
});

describe('standar new refuses what it cannot write safely', () => {
  it('a name with a line break or a control character, saying why', async () => {
    const dir = await tempTree({});
    const broken = await run(['new', 'Akta\nKelahiran'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('Nama layanan "Akta\\nKelahiran" harus ditulis dalam satu baris, tanpa baris baru (Enter) di dalamnya.\n');
    expect((await run(['new', 'Akta\u0000', '--lang', 'en'], dir)).stderr).toContain('The service name "Akta\\u0000" contains an invisible control character');
    expect((await run(['new', 'Akta', '--kode', 'AKTA\nX'], dir)).stderr).toContain('Kode "AKTA\\nX" tidak sah');
    expect(await readdir(dir)).toEqual([]);
  });

  it('a dangling symlink at the file, or a layanan folder linked outside the unit', async () => {
    const outside = await tempTree({});
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML });
    await mkdir(join(dir, 'layanan'));
    await symlink(join(outside, 'hilang.yaml'), join(dir, 'layanan/akta-kelahiran.yaml'));
    const dangling = await run(['new', 'Akta Kelahiran'], dir);
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toContain('layanan/akta-kelahiran.yaml sudah ada dan tidak ditimpa');
    expect(existsSync(join(outside, 'hilang.yaml'))).toBe(false);
    expect(lstatSync(join(dir, 'layanan/akta-kelahiran.yaml')).isSymbolicLink()).toBe(true);

    const unit = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML });
    await symlink(outside, join(unit, 'layanan'));
    const linked = await run(['new', 'Akta Kematian'], unit);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toBe('layanan/akta-kematian.yaml tidak ditulis (layanan adalah tautan simbolik yang tidak menuju folder di dalam unit; tidak ditulis melaluinya).\n');
    expect(await readdir(outside)).toEqual([]);
  });
});
