/**
 * A generated region for the portal bench: `units` offices of `perUnit` services each, every unit
 * a folder as a real one is (penyelenggara.yaml and layanan/), its services the corpus of
 * writeCorpus. Same size, same files: a second run reuses the folder.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCorpus } from '../corpus.js';

const KINDS = ['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Penanaman Modal dan PTSP', 'Dinas Kesehatan', 'Dinas Sosial', 'Badan Pendapatan Daerah', 'Dinas Perhubungan', 'Puskesmas', 'Kecamatan'];

/** The folder name of unit `u`, zero-padded so folders sort as they are numbered. */
export const unitName = (u: number) => `unit-${String(u).padStart(4, '0')}`;

export async function writeRegion(dir: string, units: number, perUnit: number): Promise<string> {
  const present = await readdir(dir).catch(() => [] as string[]);
  for (let u = 0; u < units; u++) {
    const unit = join(dir, unitName(u));
    if (!present.includes(unitName(u))) await writeCorpus(unit, perUnit);
    const kind = KINDS[u % KINDS.length]!;
    await writeFile(
      join(unit, 'penyelenggara.yaml'),
      `kode: U${String(u).padStart(4, '0')}\npemerintah: Pemerintah Kabupaten Contoh ${Math.floor(u / 40) + 1}\nnama: ${kind} Wilayah ${u + 1}\nkepala:\n  nama: Dra. Siti Aminah, M.Si.\n  jabatan: Kepala\n  nip: "197805122005011003"\n`,
    );
  }
  return dir;
}
