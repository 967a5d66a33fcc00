import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/source.js';
import { PLACEHOLDER } from '../../src/model/placeholders.js';
import { run, tempTree } from '../helpers.js';

/**
 * What a scaffold may write without asking: the law's wording and national constants, as
 * "key=value". Anything else in a file `init` or `new` writes is one of the user's answers or
 * holds a "[isi: …]": a plausible value here would be published as the office's own promise.
 */
const NATIONAL = new Set([
  // Every new standard starts as a draft.
  'status=draf',
  // UU 25/2009 tentang Pelayanan Publik: the law every service standard rests on.
  'jenis=UU', 'nomor=25', 'tahun=2009', 'tentang=Pelayanan Publik',
  // SP4N-LAPOR!, the national complaint channel for every provider (Perpres 76/2013).
  'jenis=sp4n_lapor', 'alamat=https://www.lapor.go.id', 'nama=SP4N-LAPOR!',
]);

/** The example information service: what UU 14/2008 and PP 61/2010 fix for every public body. */
const UU_14_2008 = new Set([
  ...NATIONAL,
  'kode=INFORMASI-PUBLIK', 'nama=Permohonan Informasi Publik',
  'nomor=14', 'tahun=2008', 'tentang=Keterbukaan Informasi Publik',
  'jenis=PP', 'nomor=61', 'tahun=2010', 'tentang=Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
  'pasal=22', 'ayat=1', 'ayat=2', 'ayat=7',
  'pelaksana=Pemohon', 'pelaksana=PPID', 'pelaksana=Atasan PPID',
  'uraian=Mengajukan permintaan informasi secara tertulis atau tidak tertulis.',
  'uraian=Mencatat nama dan alamat pemohon, subjek dan format informasi, serta cara penyampaian informasi yang diminta, lalu memberikan tanda bukti penerimaan permintaan berupa nomor pendaftaran.',
  'uraian=Menyampaikan pemberitahuan tertulis atas permintaan informasi kepada pemohon.',
  'nilai=10', 'satuan=hari_kerja', 'sejak=sejak permintaan diterima',
  'catatan=Dapat diperpanjang paling lama 7 (tujuh) hari kerja berikutnya dengan memberikan alasan secara tertulis.',
  'produk=Pemberitahuan tertulis atas permintaan informasi', 'produk=Informasi publik yang diminta, bila informasi itu dapat diberikan',
  'uraian=Mengajukan keberatan secara tertulis kepada atasan PPID paling lambat 30 (tiga puluh) hari kerja setelah ditemukannya alasan keberatan.',
  'uraian=Memberikan tanggapan tertulis atas keberatan paling lambat 30 (tiga puluh) hari kerja sejak keberatan diterima.',
  'nilai=30',
]);

/** Every scalar of a document as [nearest key, value, JSON pointer]. */
function* scalars(value: unknown, key = '', pointer = ''): Generator<[string, unknown, string]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* scalars(v, key, `${pointer}/${i}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* scalars(v, k, `${pointer}/${k}`);
  else yield [key, value, pointer];
}

async function yamlFiles(unit: string): Promise<string[]> {
  const services = (await readdir(join(unit, 'layanan'))).map((f) => `layanan/${f}`);
  return ['penyelenggara.yaml', ...services, 'standar.config.yaml'];
}

/** The values of `file` that are neither allowed, an answer, nor a placeholder. */
async function invented(unit: string, file: string, answers: Record<string, string>): Promise<string[]> {
  const parsed = parseSource(file, await readFile(join(unit, file), 'utf8'), 'id');
  expect(parsed.diagnostics, file).toEqual([]);
  const allowed = file === 'layanan/permohonan-informasi-publik.yaml' ? UU_14_2008 : NATIONAL;
  const found: string[] = [];
  for (const [key, value, pointer] of scalars(parsed.source!.data)) {
    if (typeof value === 'string' && PLACEHOLDER.test(value)) continue;
    if (allowed.has(`${key}=${String(value)}`)) continue;
    if (answers[pointer] === value) continue;
    found.push(`${file}#${pointer}: ${JSON.stringify(value)}`);
  }
  return found;
}

describe('a scaffold never invents a fact', () => {
  it('init --yes and new write only national constants and placeholders', async () => {
    const unit = await tempTree({});
    expect((await run(['init', '--yes'], unit)).code).toBe(0);
    expect((await run(['new', 'Penerbitan Akta Kelahiran'], unit)).code).toBe(0);
    // The codes are identifiers the tool makes (from the name when there is one), not facts.
    const answers = { '/kode': 'UNIT' };
    const config = { '/extends': 'recommended' };
    for (const file of await yamlFiles(unit)) {
      const own: Record<string, string> = file === 'layanan/penerbitan-akta-kelahiran.yaml' ? { '/kode': 'AKTA-KELAHIRAN', '/nama': 'Penerbitan Akta Kelahiran' } : file === 'standar.config.yaml' ? config : answers;
      expect(await invented(unit, file, own)).toEqual([]);
    }
  });

  it('with answers, keeps each answer and guesses nothing from them', async () => {
    const unit = await tempTree({});
    const flags = ['--nama', 'Kecamatan Sukamaju Barat', '--wilayah', 'Kabupaten Sukamaju', '--kepala', 'Drs. Budi Santoso'];
    expect((await run(['init', ...flags], unit)).code).toBe(0);
    expect((await run(['new', 'Surat Keterangan Domisili'], unit)).code).toBe(0);
    const answers = { '/kode': 'KSB-SUKAMAJU', '/nama': 'Kecamatan Sukamaju Barat', '/wilayah/jenis': 'kabupaten', '/wilayah/nama': 'Kabupaten Sukamaju', '/kepala/nama': 'Drs. Budi Santoso' };
    for (const file of await yamlFiles(unit)) {
      const own: Record<string, string> = file === 'layanan/surat-keterangan-domisili.yaml' ? { '/kode': 'SURAT-KETERANGAN-DOMISILI', '/nama': 'Surat Keterangan Domisili' } : file === 'standar.config.yaml' ? { '/extends': 'recommended' } : answers;
      expect(await invented(unit, file, own)).toEqual([]);
    }
    // A Camat is no "Kepala Kecamatan ...", a vertical office is not the regency's: a guess is only an example.
    const provider = await readFile(join(unit, 'penyelenggara.yaml'), 'utf8');
    expect(provider).toContain('jabatan: "[isi: jabatan kepala unit, misalnya Kepala Kecamatan Sukamaju Barat]"');
    expect(provider).toContain('pemerintah: "[isi: pemerintah atau instansi induk, misalnya Pemerintah Kabupaten Sukamaju]"');
  });

  it('a fresh unit says honestly what is left to write, once each, and builds draft pages with the gaps shown', async () => {
    const unit = await tempTree({});
    await run(['init', '--yes'], unit);
    await run(['new', 'Penerbitan Akta Kelahiran'], unit);
    const checked = await run(['validate', '-f', 'json'], unit);
    expect(checked.code).toBe(0);
    const found = JSON.parse(checked.stdout) as { file: string; rule: string; severity: string; message: string }[];
    const count = (file: string, rule: string) => found.filter((d) => d.file === file && d.rule === rule).length;
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    // The new service: 4 placeholders, and the 3 components only shown as examples.
    expect(count('layanan/penerbitan-akta-kelahiran.yaml', 'isian-kosong')).toBe(4);
    expect(count('layanan/penerbitan-akta-kelahiran.yaml', 'komponen-lengkap')).toBe(3);
    // penyelenggara.yaml, said once for the unit: the unanswered identity, the maklumat, the defaults.
    expect(count('penyelenggara.yaml', 'isian-kosong')).toBe(13);
    expect(found.filter((d) => d.file === 'penyelenggara.yaml' && d.rule === 'maklumat-lengkap').map((d) => d.message)).toEqual([
      'Penandatangan maklumat tidak menyebut "pangkat_golongan", "nip".',
      'Maklumat tidak menyebut tempat atau tanggal penandatanganannya ("tempat", "tanggal").',
    ]);
    expect(found).toHaveLength(25);
    // The list stays readable: a fix is printed once per file.
    const text = await run(['validate'], unit);
    expect(text.stdout.split('\n').filter((l) => l.includes('Saran: Tulis keadaan sebenarnya dari dokumen unit.'))).toHaveLength(3);

    const built = await run(['build'], unit);
    expect(built.code).toBe(0);
    expect(built.stdout).toContain('2 bertanda DRAF');
    const page = await readFile(join(unit, 'site/layanan/akta-kelahiran/standar.html'), 'utf8');
    expect(page).toContain('DRAF');
    expect(page).toContain('[isi: dokumen atau syarat yang harus dipenuhi pemohon]');
    expect(page).toMatch(/Belum diisi/i);
  });
});
