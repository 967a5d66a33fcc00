import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYaml, type FormatResult } from '../../src/authoring/fmt.js';
import { loadUnits } from '../../src/check/load-units.js';
import { validate } from '../../src/check/validate.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { planInputs } from '../../src/load/discover.js';
import { parseSource } from '../../src/load/source.js';
import { deprecatedForms } from '../../src/load/upgrade.js';
import { DEPRECATIONS, type Deprecation } from '../../src/model/deprecations.js';
import { gate } from '../../src/render/gate.js';
import { prepareUnit, renderDocument } from '../../src/render/index.js';
import type { DocumentKind } from '../../src/schema/validators.js';
import { run, tempTree } from '../helpers.js';
import { brokenPromise, commentTexts } from './fmt-helpers.js';

const REPO = join(import.meta.dirname, '..', '..');
const OLD_UNITS = join(REPO, 'tests', 'fixtures', 'v0.1');
/** Every example and fixture, found when the test runs: a folder added by anyone is covered. */
const ROOTS = { examples: join(REPO, 'examples'), fixtures: join(REPO, 'tests', 'fixtures') };

/** The standards under a folder as `standar fmt` finds them, each with its kind. */
async function standards(root: string): Promise<[string, DocumentKind][]> {
  const plan = await planInputs([root], root);
  return plan.units.flatMap((u) => [...(u.providerPath ? [[u.providerPath, 'penyelenggara'] as [string, DocumentKind]] : []), ...u.servicePaths.map((p) => [p, 'layanan'] as [string, DocumentKind])]);
}

/** Every page `standar render` makes of every unit under a folder, by unit, service and variant. */
async function pages(root: string): Promise<Map<string, string>> {
  const { units } = gate(await loadUnits([root], { cwd: root }), 'id');
  const out = new Map<string, string>();
  for (const loaded of units) {
    const { unit } = await prepareUnit(loaded, 'id');
    const at = relative(root, loaded.dir);
    for (const [i, s] of unit.services.entries()) for (const kind of ['lengkap', 'publik'] as const) out.set(`${at} ${i} ${s.kode} ${kind}`, renderDocument(kind, unit, s));
    if (unit.provider?.maklumat) out.set(`${at} maklumat`, renderDocument('maklumat', unit));
  }
  return out;
}

/** A finding as it reads whatever line fmt moved it to: file, pointer, rule, severity and words. */
const finding = (d: Diagnostic) => `${d.file} ${d.pointer} ${d.rule} ${d.severity} ${d.message} ${d.hint ?? ''}`;

async function findings(root: string): Promise<string[]> {
  return (await validate([root], { cwd: root, lang: 'id', workers: 0 })).diagnostics.map(finding).sort();
}

interface Rewritten {
  file: string;
  bytes: Uint8Array;
  input: string;
  kind: DocumentKind;
  result: FormatResult;
}

/** A copy of each root, with what it means (pages, findings) before and after fmt rewrote every file of it. */
interface Copy {
  dir: string;
  files: Rewritten[];
  before: { pages: Map<string, string>; findings: string[] };
  after: { pages: Map<string, string>; findings: string[] };
}

const copies: Record<string, Copy> = {};

beforeAll(async () => {
  for (const [name, root] of Object.entries(ROOTS)) {
    const dir = mkdtempSync(join(tmpdir(), `standar-fmt-upgrade-${name}-`));
    cpSync(root, dir, { recursive: true });
    const before = { pages: await pages(dir), findings: await findings(dir) };
    const files: Rewritten[] = [];
    for (const [path, kind] of await standards(dir)) {
      // Read as bytes, as the CLI reads them: a file that is not UTF-8 is refused, never rewritten.
      const bytes = readFileSync(path);
      const result = formatYaml(relative(dir, path), bytes, kind, 'id');
      if (result.outcome === 'formatted') writeFileSync(path, result.text);
      files.push({ file: relative(dir, path), bytes, input: bytes.toString('utf8'), kind, result });
    }
    copies[name] = { dir, files, before, after: { pages: await pages(dir), findings: await findings(dir) } };
  }
}, 600_000);

afterAll(() => {
  for (const c of Object.values(copies)) rmSync(c.dir, { recursive: true, force: true });
});

describe('the 0.1.0 corpus', () => {
  it('holds every deprecated form, each in a file fmt rewrites', () => {
    const old = copies.fixtures!.files.filter((f) => f.file.startsWith('v0.1/'));
    const found = new Set(old.flatMap((f) => deprecatedForms(parseSource(f.file, f.input, 'id').source?.data).map((d) => d.deprecation)));
    for (const d of DEPRECATIONS) expect(found.has(d), `no file under tests/fixtures/v0.1 writes "${d.old}"`).toBe(true);
    for (const f of old) expect(f.result.outcome, f.file).not.toBe('kept');
    expect(old.reduce((n, f) => n + f.result.upgraded.length, 0)).toBe(6);
  });

  it('is valid before fmt, with only usang warnings, and clean after it', () => {
    const inCorpus = (line: string) => line.startsWith('v0.1/');
    const before = copies.fixtures!.before.findings.filter(inCorpus);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((line) => / usang warning /.test(line))).toBe(true);
    expect(copies.fixtures!.after.findings.filter(inCorpus)).toEqual([]);
  });

  it('keeps a comment in every awkward place, beside the new form', () => {
    const kia = copies.fixtures!.files.find((f) => f.file === 'v0.1/dukcapil-lamaraya/layanan/kia.yaml')!;
    const out = kia.result.text;
    expect(out).toContain('            bentuk: [asli, fotokopi] # asli diperlihatkan, fotokopi disimpan\n');
    expect(out).toContain('            bentuk: # komentar sesudah kunci, nilai di baris berikutnya\n              [asli, fotokopi]\n');
    expect(out).toContain('            bentuk: [asli, fotokopi] # bentuk lama sebagai teks terlipat\n');
    expect(out).toContain("            bentuk: &ad [asli, fotokopi]\n            # komentar sejajar kunci, di antara dua kunci\n");
    expect(out).toContain('            bentuk: *ad # alias ke bentuk lama di atas\n');
    expect(out).not.toContain('asli_dan_fotokopi');
  });
});

describe.each(Object.keys(ROOTS))('fmt on every file of %s', (name) => {
  it('keeps its promise on each file: output valid YAML, upgraded data, every comment, idempotent, no deprecated form', () => {
    const { files } = copies[name]!;
    expect(files.length).toBeGreaterThan(5);
    for (const { file, bytes, input, kind, result } of files) {
      if (result.outcome === 'refused') {
        expect(parseSource(file, bytes, 'id').source, file).toBeUndefined();
        continue;
      }
      expect(brokenPromise(input, kind, result), file).toBeUndefined();
      if (result.outcome !== 'formatted' && result.outcome !== 'tidy') continue;
      expect(commentTexts(result.text), file).toEqual(commentTexts(input));
      expect(deprecatedForms(parseSource(file, result.text, 'id').source?.data), file).toEqual([]);
    }
  });

  it('means the same: every page renders the same, and validate finds the same except the usang warnings', () => {
    const { before, after } = copies[name]!;
    expect(before.pages.size).toBeGreaterThan(0);
    expect([...after.pages.keys()]).toEqual([...before.pages.keys()]);
    for (const [page, html] of before.pages) expect(after.pages.get(page), page).toBe(html);
    expect(after.findings).toEqual(before.findings.filter((line) => !/ usang warning /.test(line)));
  });
});

/** A 0.1.0 service as its author left it: the old form, comments around it, keys in their own order. */
const OLD_SERVICE = `kode: LMR-SKTM
nama: Surat Keterangan Tidak Mampu
status: draf
komponen:
  persyaratan:
    - bentuk: asli_dan_fotokopi # asli dikembalikan
      uraian: Kartu Keluarga
    - uraian: Surat pengantar RT/RW
      # bentuk lama, ditulis di baris sendiri
      bentuk: 'asli_dan_fotokopi'
`;

describe('standar fmt on a 0.1.0 file', () => {
  it('--check names it with its count of deprecated forms and fails; fmt rewrites it and says so; both in Indonesian and English', async () => {
    const dir = await tempTree({ 'layanan/sktm.yaml': OLD_SERVICE });
    const check = await run(['fmt', '--check'], dir);
    expect(check).toEqual({ code: 1, stdout: 'layanan/sktm.yaml:6  belum rapi (2 bentuk usang)\n✖ 1 dari 1 berkas belum rapi. Jalankan: npx standar fmt\n', stderr: '' });
    expect((await run(['fmt', '--check', '--lang', 'en'], dir)).stdout).toBe('layanan/sktm.yaml:6  not formatted (2 deprecated forms)\n✖ 1 of 1 files are not formatted. Run: npx standar fmt\n');
    expect(readFileSync(join(dir, 'layanan/sktm.yaml'), 'utf8')).toBe(OLD_SERVICE);

    const fix = await run(['fmt'], dir);
    expect(fix).toEqual({
      code: 0,
      stdout: 'dirapikan  layanan/sktm.yaml (2 bentuk usang diperbarui)\n1 berkas dirapikan, 0 sudah rapi.\n2 bentuk usang ditulis dalam bentuk barunya; artinya tidak berubah.\n',
      stderr: '',
    });
    expect(readFileSync(join(dir, 'layanan/sktm.yaml'), 'utf8')).toBe(`kode: LMR-SKTM
nama: Surat Keterangan Tidak Mampu
status: draf
komponen:
  persyaratan:
    - uraian: Kartu Keluarga
      bentuk: [asli, fotokopi] # asli dikembalikan
    - uraian: Surat pengantar RT/RW
      # bentuk lama, ditulis di baris sendiri
      bentuk: [asli, fotokopi]
`);
    expect(await run(['fmt', '--check'], dir)).toEqual({ code: 0, stdout: '✔ 1 berkas sudah rapi.\n', stderr: '' });
    expect((await run(['validate'], dir)).stdout).not.toContain('usang');
  });

  it('says it in English too', async () => {
    const dir = await tempTree({ 'layanan/sktm.yaml': OLD_SERVICE });
    expect((await run(['fmt', '--lang', 'en'], dir)).stdout).toBe('formatted  layanan/sktm.yaml (2 deprecated forms updated)\n1 files formatted, 0 already were.\n2 deprecated forms written in the new form; the meaning is unchanged.\n');
  });

  it('keeps CRLF line ends and a byte order mark while rewriting', () => {
    const crlf = '\uFEFF' + OLD_SERVICE.replace(/\n/g, '\r\n');
    const r = formatYaml('x.yaml', crlf, 'layanan', 'id');
    expect(r.outcome).toBe('formatted');
    expect(r.upgraded).toEqual(['/komponen/persyaratan/0/bentuk', '/komponen/persyaratan/1/bentuk']);
    expect(r.text).toBe('\uFEFF' + formatYaml('x.yaml', OLD_SERVICE, 'layanan', 'id').text.replace(/\n/g, '\r\n'));
  });

  it('leaves a file as it is, with a located warning, when rewriting would change what an alias elsewhere reads', () => {
    const aliased = `kode: LMR-SKTM
nama: Surat Keterangan Tidak Mampu
komponen:
  persyaratan:
    - uraian: Kartu Keluarga
      bentuk: &kk asli_dan_fotokopi
      catatan: *kk
`;
    const r = formatYaml('x.yaml', aliased, 'layanan', 'en');
    expect(r).toMatchObject({ outcome: 'kept', text: aliased, changed: false, upgraded: [] });
    expect(r.diagnostics).toMatchObject([{ line: 7, rule: 'fmt', severity: 'warning', pointer: '/komponen/persyaratan/0/catatan', message: 'Tidying this file would change the content here. The file is left as it is.' }]);
  });

  it('leaves a file as it is when a new form would change what its page says, rather than trust the table of deprecations', () => {
    // A wrong entry, as a slip in DEPRECATIONS would be: "scan" is not the same as an original.
    const wrong: Deprecation = { key: 'bentuk', isOld: (v) => v === 'scan', upgrade: () => ['asli'], old: 'bentuk: scan', replacement: 'bentuk: [asli]', why: { id: 'uji', en: 'test' } };
    (DEPRECATIONS as Deprecation[]).push(wrong);
    try {
      const text = 'kode: LMR-SKTM\nnama: Surat Keterangan Tidak Mampu\nkomponen:\n  persyaratan:\n    - uraian: Kartu Keluarga\n      bentuk: scan\n';
      const r = formatYaml('x.yaml', text, 'layanan', 'id');
      expect(r).toMatchObject({ outcome: 'kept', text, upgraded: [] });
      expect(r.diagnostics).toMatchObject([{ line: 6, column: 15, rule: 'fmt', severity: 'warning', pointer: '/komponen/persyaratan/0/bentuk', message: 'Menulis bentuk baru di sini akan mengubah apa yang tertulis di halaman standar. Berkas ini dibiarkan apa adanya.' }]);
    } finally {
      (DEPRECATIONS as Deprecation[]).splice(DEPRECATIONS.indexOf(wrong), 1);
    }
  });
});
