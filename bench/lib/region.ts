/**
 * A generated region for the portal bench: `units` offices of `perUnit` services each, every unit
 * a folder as a real one is (penyelenggara.yaml and layanan/), its services the corpus of
 * writeCorpus. Same size, same files: a second run reuses the folder.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCorpus, type Sector } from '../corpus.js';

/** The kinds of office a region has, each with the categories and life events its services are filed under. */
const KINDS: readonly (Sector & { nama: string })[] = [
  { nama: 'Dinas Kependudukan dan Pencatatan Sipil', kategori: ['Pendaftaran Penduduk', 'Pencatatan Sipil'], peristiwa: ['identitas', 'kelahiran', 'pernikahan', 'kematian', 'tempat_tinggal'] },
  { nama: 'Dinas Penanaman Modal dan PTSP', kategori: ['Perizinan Berusaha', 'Perizinan Non-Berusaha'], peristiwa: ['usaha', 'tempat_tinggal'] },
  { nama: 'Dinas Kesehatan', kategori: ['Pelayanan Kesehatan', 'Perizinan Kesehatan'], peristiwa: ['kesehatan', 'pekerjaan'] },
  { nama: 'Dinas Sosial', kategori: ['Jaminan Sosial', 'Rehabilitasi Sosial'], peristiwa: ['bantuan_sosial', 'disabilitas'] },
  { nama: 'Badan Pendapatan Daerah', kategori: ['Pajak Daerah', 'Retribusi Daerah'], peristiwa: ['tempat_tinggal', 'usaha'] },
  { nama: 'Dinas Perhubungan', kategori: ['Perhubungan Darat', 'Pengujian Kendaraan'], peristiwa: ['kendaraan'] },
  { nama: 'Puskesmas', kategori: ['Pelayanan Kesehatan'], peristiwa: ['kesehatan', 'kelahiran'] },
  { nama: 'Kecamatan', kategori: ['Administrasi Kependudukan', 'Pelayanan Umum'], peristiwa: ['identitas', 'tempat_tinggal'] },
];

/** The folder name of unit `u`, zero-padded so folders sort as they are numbered. */
export const unitName = (u: number) => `unit-${String(u).padStart(4, '0')}`;

export async function writeRegion(dir: string, units: number, perUnit: number): Promise<string> {
  const present = await readdir(dir).catch(() => [] as string[]);
  for (let u = 0; u < units; u++) {
    const unit = join(dir, unitName(u));
    const kind = KINDS[u % KINDS.length]!;
    if (!present.includes(unitName(u))) await writeCorpus(unit, perUnit, kind);
    await writeFile(
      join(unit, 'penyelenggara.yaml'),
      `kode: U${String(u).padStart(4, '0')}\npemerintah: Pemerintah Kabupaten Contoh ${Math.floor(u / 40) + 1}\nnama: ${kind.nama} Wilayah ${u + 1}\nkepala:\n  nama: Dra. Siti Aminah, M.Si.\n  jabatan: Kepala\n  nip: "197805122005011003"\n`,
    );
  }
  return dir;
}
