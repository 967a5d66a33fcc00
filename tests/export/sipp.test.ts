import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { locationLabel } from '../../src/diagnostics.js';
import { DEFAULT_SIPP_MAPPING } from '../../src/export/targets/sipp-mapping.js';
import { SERVICE_FIELDS } from '../../src/model/service-fields.js';
import type { ExportOutcome } from '../../src/publish/export.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';
import { exportTo, records, sheetValues, smallUnit, workbook } from './helpers.js';

let unit: string;

beforeAll(async () => {
  unit = await smallUnit();
});

/** What was found in the mapping file, beside what checking the standards found. */
const mappingFindings = (outcome: ExportOutcome) => outcome.diagnostics.filter((d) => d.rule === 'konfigurasi');

const DEFAULT_HEADERS = ['Nama Layanan', 'No. SK', 'Deskripsi', 'Persyaratan', 'Sistem, Mekanisme, dan Prosedur', 'Jangka Waktu Penyelesaian', 'Biaya/Tarif', 'Produk Pelayanan', 'Penanganan Pengaduan, Saran, dan Masukan', 'Instansi', 'Unit Pelayanan', 'Alamat', 'Telepon', 'Email'];

describe('standar ekspor --ke sipp', () => {
  it('writes, per unit, the sheet SIPP imports: one row per service under the default columns, lists without their own numbers', async () => {
    const { outcome, dir } = await exportTo('sipp', [unit]);
    expect(outcome.written).toEqual(['dukcapil-uji-sipp.xlsx']);
    const wb = await workbook(join(dir, 'dukcapil-uji-sipp.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Jenis Layanan']);
    const ws = wb.getWorksheet('Jenis Layanan')!;
    expect(sheetValues(ws)[0]).toEqual(DEFAULT_HEADERS);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const [, legalisir] = records(ws);
    expect(legalisir).toMatchObject({
      'Nama Layanan': 'Legalisir Dokumen Kependudukan',
      'No. SK': '400/12/2026',
      Persyaratan: 'KTP-el atau Surat keterangan kependudukan (asli)\nDokumen yang dilegalisir (asli dan fotokopi, 2 (dua) lembar)\nHalaman depan\nHalaman data\nUntuk orang asing (sebagai tambahan persyaratan di atas)\nPaspor (diperlihatkan, bila ada, tidak wajib)',
      'Sistem, Mekanisme, dan Prosedur': 'Di loket (Tatap muka)\nPemohon: Menyerahkan dokumen. (5 (lima) menit)\nPetugas: Mengesahkan salinan. (10 (sepuluh) menit)\nJumlah waktu langkah: 15 (lima belas) menit\nDaring (Daring (online))\nPemohon: Mengunggah dokumen.',
      'Jangka Waktu Penyelesaian': '2 (dua) hari kerja',
      'Biaya/Tarif': 'Legalisir: Rp5.000,00 per lembar\nLegalisir kilat: Rp15.000,00 per lembar Catatan: Selesai hari itu juga.\nDasar hukum:\nPeraturan Daerah Kota Uji Nomor 3 Tahun 2024 tentang Retribusi Daerah',
      Instansi: 'Pemerintah Kota Uji',
      'Unit Pelayanan': 'Dinas Kependudukan dan Pencatatan Sipil',
      Alamat: 'Jl. Merdeka No. 1, Kota Uji',
      Telepon: '(0274) 512345',
      Email: 'dukcapil@ujikota.go.id',
    });
  });

  it('leaves a component the standard does not give empty, rather than printing the pages\' "Belum diisi" on a public record', async () => {
    const other = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML.replace('  produk:\n    - Kartu Keluarga\n', '') });
    const { dir } = await exportTo('sipp', [other]);
    expect(records((await workbook(join(dir, 'dukcapil-uji-sipp.xlsx'))).getWorksheet('Jenis Layanan')!)[0]!['Produk Pelayanan']).toBeNull();
  });

  it('follows a unit\'s own mapping (--pemetaan): its sheet name, its headers in the order written, a column left empty', async () => {
    const mapping = join(unit, 'sipp.yaml');
    await writeFile(mapping, 'lembar: Template Layanan\nkolom:\n  "1": kode\n  Nama: nama\n  Keterangan: kosong\n  Waktu: jangka_waktu\n  Biaya (Rp): biaya_tertinggi\n');
    const { outcome, dir } = await exportTo('sipp', [unit], { mapping });
    expect(outcome.diagnostics.filter((d) => d.rule === 'konfigurasi')).toEqual([]);
    const ws = (await workbook(join(dir, 'dukcapil-uji-sipp.xlsx'))).getWorksheet('Template Layanan')!;
    expect(sheetValues(ws)).toEqual([
      ['1', 'Nama', 'Keterangan', 'Waktu', 'Biaya (Rp)'],
      ['DUK-KK', 'Penerbitan Kartu Keluarga', null, '3 (tiga) hari kerja sejak berkas dinyatakan lengkap', 0],
      ['DUK-LEGALISIR', 'Legalisir Dokumen Kependudukan', null, '2 (dua) hari kerja', 15000],
    ]);
  });

  it('refuses a mapping it cannot use where it is written (file:line:column, rule konfigurasi), and writes nothing', async () => {
    const bad = join(unit, 'salah.yaml');
    await writeFile(bad, 'kolom:\n  Nama Layanan: nama\n  Syarat: persyaratn\n  Unit: unit\n');
    const { outcome } = await exportTo('sipp', [unit], { mapping: bad, cwd: unit });
    expect(outcome.written).toEqual([]);
    expect(outcome.errors).toBe(true);
    expect(mappingFindings(outcome).map((d) => [locationLabel(d), d.rule, d.severity, d.message])).toEqual([['salah.yaml:3:11', 'konfigurasi', 'error', 'Nilai "persyaratn" tidak dikenal untuk "Syarat".']]);
    expect(mappingFindings(outcome)[0]!.hint).toMatch(/^Apakah maksudnya "persyaratan"\? /);

    await writeFile(bad, 'kolom:\n  Deskripsi: deskripsi\n  Deskripsi: kode\n');
    const twice = await exportTo('sipp', [unit], { mapping: bad, cwd: unit });
    expect(mappingFindings(twice.outcome).map((d) => [locationLabel(d), d.rule, d.severity])).toEqual([['salah.yaml:3:3', 'konfigurasi', 'error']]);

    await writeFile(bad, 'lembar: "Layanan: 2026"\nkolom:\n  Deskripsi: deskripsi\n');
    const unnamed = await exportTo('sipp', [unit], { mapping: bad, cwd: unit });
    expect(mappingFindings(unnamed.outcome).map((d) => [locationLabel(d), d.message])).toEqual([
      ['salah.yaml:1:9', 'Nama lembar kerja "Layanan: 2026" tidak dapat dipakai Excel: tanda [ ] : * ? / \\ tidak boleh ada di dalamnya.'],
      ['salah.yaml:2:1', 'Pemetaan kolom SIPP tidak memuat kolom untuk nama layanan.'],
    ]);
  });

  it('through the CLI: the finding printed where it stands, exit code 2 (a setting of the run that cannot be used, as for validate), and --pemetaan refused for a target that reads none', async () => {
    const bad = join(unit, 'salah.yaml');
    await writeFile(bad, 'kolom:\n  Nama Layanan: nama\n  Syarat: persyaratn\n');
    const r = await run(['ekspor', '.', '--ke', 'sipp', '--pemetaan', 'salah.yaml', '--out', 'keluar'], unit);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('salah.yaml:3:11');
    expect(r.stdout + r.stderr).toContain('0 berkas ditulis');
    const wrong = await run(['ekspor', '.', '--ke', 'xlsx', '--pemetaan', 'salah.yaml'], unit);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--pemetaan hanya berlaku untuk tujuan yang membaca pemetaan kolom (sipp)');
  });

  it('the default mapping and the schema name the same fields as the export knows', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/sipp-kolom.schema.json', import.meta.url), 'utf8')) as { definitions: { isian: { enum: string[]; enumDescriptions: string[] } } };
    expect(schema.definitions.isian.enum).toEqual([...SERVICE_FIELDS, 'kosong']);
    expect(schema.definitions.isian.enumDescriptions).toHaveLength(SERVICE_FIELDS.length + 1);
    const defaults = parse(readFileSync(DEFAULT_SIPP_MAPPING, 'utf8')) as { kolom: Record<string, string> };
    expect(Object.keys(defaults.kolom)).toEqual(DEFAULT_HEADERS);
  });
});
