import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatYaml } from '../../src/authoring/fmt.js';
import { checkProviderFile, checkServiceFile } from '../../src/check/files.js';
import { importFiles } from '../../src/import/index.js';
import { markerOf } from '../../src/import/readers/text.js';
import { run, tempTree } from '../helpers.js';
import { FIXTURES, SOURCES, importedData } from './helpers.js';

const expected = (file: string) => {
  const data = parse(readFileSync(FIXTURES + file.replace(/\.(txt|md)$/, '.expected.yaml'), 'utf8'));
  return data as Record<string, unknown>;
};

describe('standar impor on the fixtures', () => {
  it.each(SOURCES)('%s gives the expected drafts', async (file) => {
    expect(await importedData(file)).toEqual(expected(file));
  });

  it.each(SOURCES)('every word of %s is somewhere in the YAML written', async (file) => {
    const r = await importFiles([FIXTURES + file], { cwd: FIXTURES, lang: 'id', dryRun: true });
    const output = [...r.services.map((s) => s.text), r.provider?.text ?? ''].join('\n').toLowerCase();
    const source = readFileSync(FIXTURES + file, 'utf8')
      .split('\n')
      .flatMap((line) => line.split(/\t|\|/))
      .map((cell) => {
        // Row numbers of a table and list markers are numbering, which the YAML's lists carry.
        let text = cell.trim().replace(/^#+\s*/, '').replace(/^\d{1,2}\.?$/, '');
        for (let m = markerOf(text); m; m = markerOf(text)) text = m.rest;
        return text;
      });
    const missing = source.flatMap((line) => [...line.matchAll(/[\p{L}\p{N}]{2,}/gu)].map((m) => m[0])).filter((w) => !output.includes(w.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it.each(SOURCES)('%s is tidy for fmt and validates without YAML or schema errors', async (file) => {
    const unit = await tempTree({});
    const r = await importFiles([FIXTURES + file], { cwd: FIXTURES, ke: unit, lang: 'id' });
    expect(r.created.length).toBe(r.services.length + (r.provider ? 1 : 0));
    for (const s of r.services) {
      expect(formatYaml(s.target, s.text, 'layanan', 'id').outcome).toBe('tidy');
      const check = await checkServiceFile(join(unit, s.target), undefined, { lang: 'id', cwd: unit });
      expect(check.diagnostics.filter((d) => d.rule === 'yaml' || d.rule === 'skema' || d.rule === 'internal')).toEqual([]);
      expect(parse(s.text).status).toBe('draf');
    }
    if (r.provider) {
      expect(formatYaml('penyelenggara.yaml', r.provider.text, 'penyelenggara', 'id').outcome).toBe('tidy');
      const check = await checkProviderFile(join(unit, 'penyelenggara.yaml'), { lang: 'id', cwd: unit });
      expect(check.diagnostics.filter((d) => d.rule === 'yaml' || d.rule === 'skema' || d.rule === 'internal')).toEqual([]);
    }
  });
});

describe('writing', () => {
  it('never overwrites: a second import reports every file as existing and leaves them as they were', async () => {
    const unit = await tempTree({});
    const first = await importFiles([FIXTURES + 'ab-tabel.txt'], { cwd: FIXTURES, ke: unit, lang: 'id' });
    const before = await readFile(join(unit, first.created[0]!), 'utf8');
    await (await import('node:fs/promises')).writeFile(join(unit, first.created[0]!), before + '# diubah petugas\n');
    const second = await importFiles([FIXTURES + 'ab-tabel.txt'], { cwd: FIXTURES, ke: unit, lang: 'id' });
    expect(second.created).toEqual([]);
    expect(second.skipped.map((s) => s.reason)).toEqual(first.created.map(() => 'exists'));
    expect(await readFile(join(unit, first.created[0]!), 'utf8')).toBe(before + '# diubah petugas\n');
  });

  it('gives codes unique in the unit, also against services already there', async () => {
    const unit = await tempTree({ 'layanan/x.yaml': 'kode: SURAT-KETERANGAN-DOMISILI\nnama: X\nstatus: draf\nkomponen: {}\n' });
    const r = await importFiles([FIXTURES + 'ringkas.md'], { cwd: FIXTURES, ke: unit, lang: 'id' });
    expect(r.services[0]!.kode).toBe('SURAT-KETERANGAN-DOMISILI-2');
  });

  it('imports every known file of a folder', async () => {
    const unit = await tempTree({});
    const r = await importFiles([FIXTURES], { cwd: FIXTURES, ke: unit, lang: 'id' });
    expect(r.files.map((f) => f.path).sort()).toEqual([...SOURCES].sort());
    expect((await readdir(join(unit, 'layanan'))).length).toBe(r.services.length);
  });
});

describe('the command', () => {
  it('prints a report per service and the files written (exit 0)', async () => {
    const unit = await tempTree({});
    const r = await run(['impor', FIXTURES + 'satu-tabel.txt', '--ke', unit], unit);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('14 komponen ditemukan (cakupan lengkap)');
    expect(r.stdout).toContain('layanan/kartu-identitas-anak.yaml');
  });

  it('speaks English and JSON when asked', async () => {
    const unit = await tempTree({});
    const r = await run(['impor', FIXTURES + 'ringkas.md', '--ke', unit, '--format', 'json', '--lang', 'en'], unit);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.services[0]).toMatchObject({ kode: 'SURAT-KETERANGAN-DOMISILI', cakupan: 'penyampaian', written: true });
  });

  it('goes on past a file it cannot read, and exits 1', async () => {
    const unit = await tempTree({ 'rusak.docx': 'PK\u0003\u0004 potongan arsip yang terputus' });
    const r = await run(['impor', join(unit, 'tidak-ada.txt'), join(unit, 'rusak.docx'), FIXTURES + 'ringkas.md', '--ke', unit], unit);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak-ada.txt');
    expect(r.stderr).toContain('rusak.docx" rusak');
    expect(r.stdout).toContain('layanan/surat-keterangan-domisili.yaml');
  });

  it('refuses an unknown report format (exit 2)', async () => {
    const r = await run(['impor', FIXTURES + 'ringkas.md', '--format', 'xml'], FIXTURES);
    expect(r.code).toBe(2);
  });
});
