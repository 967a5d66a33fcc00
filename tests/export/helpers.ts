import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadUnits } from '../../src/check/load-units.js';
import { publishExport, type ExportOutcome, type ExportRequest } from '../../src/publish/export.js';
import { gate } from '../../src/render/gate.js';
import { prepareUnit } from '../../src/render/prepare.js';
import type { StandarPelayanan } from '../../src/types/schema.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
export const EXAMPLE_UNITS = ['disdukcapil-sukamaju', 'kanim-sukamaju'].map((u) => EXAMPLES + u);

/** A paid service with what the tables spread over their columns: tariff lines, requirement groups, choices, items below items, two procedures, channels. */
export const PAID_SERVICE_YAML = `kode: DUK-LEGALISIR
nama: Legalisir Dokumen Kependudukan
deskripsi: Pengesahan salinan dokumen kependudukan.
kategori: Pencatatan Sipil
peristiwa_hidup: [pendidikan, pekerjaan]
kata_kunci: [legalisir, salinan]
status: ditetapkan
penetapan:
  nomor: 400/12/2026
  tahun: 2026
tanggal_reviu: 2027-01-15
kanal:
  - jenis: tatap_muka
    nama: Loket 3
    alamat: Jl. Merdeka No. 1
  - jenis: daring
    url: https://dukcapil.ujikota.go.id/legalisir
jam_pelayanan:
  - hari: Senin–Jumat
    jam: 08.00–15.00
komponen:
  persyaratan:
    butir:
      - pilihan:
          - KTP-el
          - uraian: Surat keterangan kependudukan
            bentuk: asli
      - uraian: Dokumen yang dilegalisir
        bentuk: [asli, fotokopi]
        jumlah: 2
        rincian:
          - Halaman depan
          - Halaman data
    kelompok:
      - nama: Untuk orang asing
        tambahan: true
        butir:
          - uraian: Paspor
            bentuk: diperlihatkan
            wajib: false
            kondisi: bila ada
  sistem_mekanisme_prosedur:
    alur:
      - nama: Di loket
        kanal: tatap_muka
        langkah:
          - pelaksana: Pemohon
            uraian: Menyerahkan dokumen.
            waktu: { nilai: 5, satuan: menit }
          - pelaksana: Petugas
            uraian: Mengesahkan salinan.
            waktu: { nilai: 10, satuan: menit }
      - nama: Daring
        kanal: daring
        langkah:
          - pelaksana: Pemohon
            uraian: Mengunggah dokumen.
  jangka_waktu:
    nilai: 2
    satuan: hari_kerja
  biaya:
    tarif:
      - uraian: Legalisir
        jumlah: 5000
        satuan: per lembar
      - uraian: Legalisir kilat
        jumlah: 15000
        satuan: per lembar
        catatan: Selesai hari itu juga.
    dasar_hukum:
      - jenis: Perda
        penerbit: Kota Uji
        nomor: 3
        tahun: 2024
        tentang: Retribusi Daerah
  produk:
    - Salinan dokumen yang dilegalisir
  dasar_hukum:
    - jenis: UU
      nomor: 25
      tahun: 2009
      tentang: Pelayanan Publik
  jumlah_pelaksana:
    total: 2
`;

/** A unit of two services (free and paid) written to a temporary folder. */
export const smallUnit = () => tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'layanan/legalisir.yaml': PAID_SERVICE_YAML });

/** `standar ekspor` on the given inputs into a fresh folder: the outcome and where it wrote. */
export async function exportTo(target: string, inputs: string[], extra: Partial<ExportRequest> = {}): Promise<{ outcome: ExportOutcome; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'standar-ekspor-'));
  const outcome = await publishExport({ inputs, target, outDir: dir, shownOut: 'ekspor/', lang: 'id', cwd: inputs[0] ?? dir, ...extra });
  return { outcome, dir };
}

export async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A sheet's cells as values, row by row (1-based rows become 0-based), empty cells as null. */
export function sheetValues(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value ?? null);
  });
  return out;
}

/** Rows as records by header, for reading one column at a time. */
export function records(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const [header, ...rows] = sheetValues(ws);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i] ?? null])));
}

/** Every service of the units as the pages show it (the provider's defaults applied), in the order exports write them. */
export async function pageServices(units: readonly string[]): Promise<StandarPelayanan[]> {
  const loaded = await loadUnits(units, { lang: 'id', cwd: units[0]! });
  const out: StandarPelayanan[] = [];
  for (const u of gate(loaded, 'id').units) out.push(...(await prepareUnit(u, 'id')).unit.services);
  return out;
}
