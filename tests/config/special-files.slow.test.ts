import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { runBounded } from '../files/bounded.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';

const unit = () => tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
const fifo = (path: string) => execFileSync('mkfifo', [path]);

describe('a FIFO, a device or a folder where a configuration or a baseline is expected', () => {
  it('a FIFO named standar-baseline.json stops validate at once with exit code 2, never blocks it', async () => {
    const root = await unit();
    fifo(join(root, 'standar-baseline.json'));
    const r = await runBounded(['validate'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('standar-baseline.json:1:1  galat       "standar-baseline.json" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.  baseline');
  }, 90_000);

  it('a FIFO named standar.config.yaml is refused as the configuration, not passed over', async () => {
    const root = await unit();
    fifo(join(root, 'standar.config.yaml'));
    const r = await runBounded(['validate'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('standar.config.yaml:1:1  galat       "standar.config.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.  konfigurasi');
  }, 90_000);

  it('a base in extends, a baseline: and --config that are FIFOs or devices are refused too', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'standar.config.yaml': 'extends: [recommended, ./dasar.yaml]\n', 'lain/standar.config.yaml': 'baseline: catatan.json\n' });
    fifo(join(root, 'dasar.yaml'));
    fifo(join(root, 'lain/catatan.json'));
    symlinkSync('/dev/zero', join(root, 'nol.yaml'));
    const viaExtends = await runBounded(['validate'], root);
    expect(viaExtends.code).toBe(2);
    expect(viaExtends.stdout).toContain('dasar.yaml:1:1  galat       "dasar.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.  konfigurasi');
    const viaBaseline = await runBounded(['validate', '--config', 'lain/standar.config.yaml'], root);
    expect(viaBaseline.code).toBe(2);
    expect(viaBaseline.stdout).toContain('"lain/catatan.json" bukan berkas biasa, melainkan pipa bernama (FIFO)');
    const viaFlag = await runBounded(['validate', '--config', 'nol.yaml'], root);
    expect(viaFlag.code).toBe(2);
    expect(viaFlag.stdout).toContain('"nol.yaml" bukan berkas biasa, melainkan berkas perangkat (seperti /dev/zero), jadi tidak dibaca.  konfigurasi');
  }, 240_000);

  it('a folder named standar.config.yaml or standar-baseline.json is refused, in either language', async () => {
    const root = await unit();
    mkdirSync(join(root, 'standar-baseline.json'));
    const baseline = await validate(['.'], { cwd: root, workers: 0, lang: 'en' });
    expect(baseline.diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([['standar-baseline.json', 'baseline', '"standar-baseline.json" is not an ordinary file but a folder, so it is not read.']]);
    const other = await unit();
    mkdirSync(join(other, 'standar.config.yaml'));
    const config = await validate(['.'], { cwd: other, workers: 0 });
    expect(config.diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([['standar.config.yaml', 'konfigurasi', '"standar.config.yaml" bukan berkas biasa, melainkan sebuah folder, jadi tidak dibaca.']]);
  });
});
