import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';

/** A folder of files for one test, written from a path → content map. */
export async function tempTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'standar-test-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process, as a user would call it, with its output captured; `stdin` is what "-" reads. */
export async function run(argv: string[], cwd: string, env: Record<string, string> = {}, stdin = ''): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, env: { NO_COLOR: '1', ...env }, isTTY: false, stdin: Readable.from([Buffer.from(stdin)]), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

export const PROVIDER_YAML = `kode: DUKCAPIL-UJI
pemerintah: Pemerintah Kota Uji
nama: Dinas Kependudukan dan Pencatatan Sipil
alamat: Jl. Merdeka No. 1, Kota Uji
telepon: "(0274) 512345"
email: dukcapil@ujikota.go.id
website: https://dukcapil.ujikota.go.id
wilayah:
  jenis: kota
  nama: Kota Uji
  kode: "99.71"
kepala:
  nama: Dra. Siti Aminah, M.Si.
  jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil
  pangkat_golongan: Pembina Utama Muda, IV/c
  nip: 197805122005011003
maklumat:
  janji:
    - Terus melakukan perbaikan pelayanan secara berkelanjutan.
  kompensasi: Dokumen diantar ke rumah pemohon tanpa biaya bila terlambat.
  tempat: Kota Uji
  tanggal: 2026-01-05
bawaan:
  komponen:
    pengaduan:
      kanal:
        - jenis: sp4n_lapor
          alamat: https://www.lapor.go.id
        - jenis: whatsapp
          alamat: 0812-3456-7890
      tindak_lanjut:
        - pelaksana: Petugas pengaduan
          uraian: Mencatat dan meneruskan pengaduan.
    sarana_prasarana:
      - Ruang tunggu
      - nama: Kursi roda
        kelompok_rentan: true
    kompetensi_pelaksana:
      - Memahami peraturan administrasi kependudukan.
    pengawasan_internal:
      - Pengawasan oleh atasan langsung.
    jaminan_pelayanan:
      - Pelayanan diberikan sesuai standar.
    jaminan_keamanan_keselamatan:
      - Data pemohon dijaga kerahasiaannya.
    evaluasi_kinerja:
      - uraian: Survei Kepuasan Masyarakat
        frekuensi: tahunan
`;

export const SERVICE_YAML = `kode: DUK-KK
nama: Penerbitan Kartu Keluarga
status: draf
komponen:
  persyaratan:
    - Surat pengantar RT/RW
    - uraian: Buku nikah
      bentuk: fotokopi
      jumlah: 1
  sistem_mekanisme_prosedur:
    - pelaksana: Pemohon
      uraian: Menyerahkan berkas.
      waktu: { nilai: 10, satuan: menit }
    - pelaksana: Petugas
      uraian: Menerbitkan KK.
      waktu: { nilai: 1, satuan: hari_kerja }
  jangka_waktu:
    nilai: 3
    satuan: hari_kerja
    sejak: sejak berkas dinyatakan lengkap
  biaya:
    gratis: true
  produk:
    - Kartu Keluarga
  dasar_hukum:
    - jenis: UU
      nomor: 24
      tahun: 2013
      tentang: Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan
  jumlah_pelaksana:
    total: 3
    rincian:
      - { peran: Petugas loket, jumlah: 2 }
      - { peran: Operator, jumlah: 1 }
`;
