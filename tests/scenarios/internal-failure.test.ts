import { describe, expect, it, vi } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { run, tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

// A bug in the checker, met only on one file: translating its schema errors throws. The file has
// a schema error (an unknown key), so it takes the full path where its errors are translated.
vi.mock('../../src/schema/translate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/schema/translate.js')>();
  return {
    ...real,
    schemaDiagnostics: (...args: Parameters<typeof real.schemaDiagnostics>) => {
      if (args[1].path.includes('pemicu')) throw new TypeError('Cannot convert object to primitive value');
      return real.schemaDiagnostics(...args);
    },
  };
});

const STALE_LINK = variant(BASE_SERVICE, '    keterangan: Tidak dipungut biaya.\n', '    keterangan: Lihat http://dukcapil.sukamajukota.go.id.\n');

describe('a failure of the checker on one file', () => {
  const files = { 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/pemicu.yaml': variant(BASE_SERVICE, 'kode: DUK-KK', 'kode: DUK-PEMICU\nkunci_asing: ya'), 'layanan/lain.yaml': STALE_LINK };

  it('becomes a located diagnostic on that file asking for a report, and the other files are still checked', async () => {
    const root = await tempTree(files);
    const { diagnostics, files: checked } = await validate(['.'], { cwd: root, now: '2026-06-01T00:00:00Z', workers: 0 });
    expect(checked).toBe(3);
    const internal = diagnostics.filter((d) => d.rule === 'internal');
    expect(internal).toEqual([
      expect.objectContaining({ file: 'layanan/pemicu.yaml', line: 1, column: 1, severity: 'error', message: 'Pemeriksaan berkas ini terhenti karena kesalahan di dalam standar sendiri (TypeError: Cannot convert object to primitive value); masalah lain di berkas ini mungkin belum dilaporkan.' }),
    ]);
    expect(internal[0]!.hint).toContain('Mohon laporkan');
    expect(diagnostics.filter((d) => d.file === 'layanan/lain.yaml').map((d) => d.rule)).toEqual(['tautan-https']);
  });

  it('is never hidden by a baseline', async () => {
    const root = await tempTree({ ...files, 'standar-baseline.json': JSON.stringify({ entries: [{ file: 'layanan/pemicu.yaml', rule: '*', reason: 'semua masalah lama' }] }) });
    const { diagnostics, baseline } = await validate(['.'], { cwd: root, now: '2026-06-01T00:00:00Z', workers: 0 });
    expect(baseline.used).toBe(true);
    expect(diagnostics.filter((d) => d.rule === 'internal').map((d) => d.file)).toEqual(['layanan/pemicu.yaml']);
  });

  it('makes the CLI exit with 2 and print every file\'s problems, in both languages, without a stack trace', async () => {
    const root = await tempTree(files);
    const id = await run(['validate'], root, { STANDAR_NOW: '2026-06-01' });
    expect(id.code).toBe(2);
    expect(id.stdout).toContain('layanan/pemicu.yaml:1:1  galat');
    expect(id.stdout).toContain('layanan/lain.yaml:');
    expect(id.stdout + id.stderr).not.toMatch(/^\s+at /m);
    const en = await run(['validate', '--lang', 'en'], root, { STANDAR_NOW: '2026-06-01' });
    expect(en.stdout).toContain('Checking this file stopped on an error inside standar itself (TypeError: Cannot convert object to primitive value)');
    expect(en.stdout).toContain('Please report it');
  });
});
