import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempTree } from '../helpers.js';
import { EXAMPLES } from '../render/units.js';
import { csv, HEADER } from './workbook.js';

/**
 * A fictional survey of the example unit for the report's tests: this semester's responses, the
 * last semester's (computed by the tests into hasil-2025-S2.json), and a follow-up plan.
 */
export const RESPONSES = csv([
  HEADER,
  [1, 'DUK-KK', '05/01/2026', 'L', 34, 'SMA', 'Swasta', 4, 4, 3, 4, 4, 4, 4, 3, 4],
  [2, 'DUK-KK', '06/01/2026', 'P', 27, 'S1', 'PNS', 3, 3, 2, 4, 3, 3, 4, 3, ''],
  [3, 'DUK-KK', '07/01/2026', 'P', 45, 'SMP', 'Wirausaha', 3, 3, 3, 4, 3, 3, 3, 3, 3],
  [4, 'DUK-KTP-EL', '12/02/2026', 'L', 19, 'SMA', 'Pelajar', 4, 4, 4, 4, 4, 4, 4, 4, 4],
  [5, 'DUK-KTP-EL', '13/02/2026', 'L', 62, 'SD', 'Petani', 3, 3, 2, 4, 3, 3, 3, 2, ''],
  [6, 'DUK-KTP-EL', '02/03/2026', 'P', 38, 'D3', 'Swasta', 3, 3, 3, 4, 3, 4, 4, 3, 3],
  [7, 'DUK-AKTA-LAHIR', '01/03/2026', 'P', 29, 'S1', 'PNS', 4, 4, 4, 4, 4, 4, 4, 4, 4],
  [8, 'DUK-AKTA-LAHIR', '15/04/2026', 'P', 31, 'SMA', 'Lainnya', 3, 3, 2, 4, 3, 3, 3, 3, 2],
]);

export const EARLIER_RESPONSES = csv([
  HEADER,
  [1, 'DUK-KK', '05/08/2025', 'L', 40, 'SMA', 'Swasta', 3, 3, 2, 4, 3, 3, 3, 3, 3],
  [2, 'DUK-KTP-EL', '06/09/2025', 'P', 22, 'S1', 'Pelajar', 3, 3, 2, 4, 3, 3, 4, 2, 3],
  [3, 'DUK-AKTA-LAHIR', '07/10/2025', 'P', 51, 'SMP', 'Wirausaha', 3, 2, 2, 4, 3, 3, 3, 3, 2],
]);

export const PLAN = `# Rencana tindak lanjut SKM semester I 2026
periode: 2026-S1
disusun: 2026-07-10
rencana:
  - unsur: U3
    perbaikan: Menambah satu petugas verifikasi pada jam sibuk (08.00–11.00) dan menampilkan perkiraan waktu selesai di loket.
    penanggung_jawab: Kepala Bidang Pelayanan Pendaftaran Penduduk
    tenggat: 2026-09-30
    status: berjalan
  - unsur: U8
    layanan: DUK-KK
    perbaikan: Mengganti kursi ruang tunggu dan menambah kipas angin.
    penanggung_jawab: Sekretaris Dinas
    tenggat: 2026-Q4
    status: direncanakan
    catatan: Diusulkan dalam anggaran perubahan 2026.
`;

/** A folder with the example unit as unit/, the responses, and whatever else a case adds. */
export async function surveyFolder(files: Record<string, string> = {}): Promise<string> {
  const cwd = await tempTree({ 'tanggapan.csv': RESPONSES, 'tanggapan-2025-s2.csv': EARLIER_RESPONSES, ...files });
  await cp(join(EXAMPLES, 'disdukcapil-sukamaju'), join(cwd, 'unit'), { recursive: true });
  return cwd;
}

export const writeIn = (cwd: string, name: string, text: string) => writeFile(join(cwd, name), text);
