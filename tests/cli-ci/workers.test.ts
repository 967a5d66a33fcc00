import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
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
