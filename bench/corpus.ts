/**
 * A deterministic corpus of realistic service standards (4–6 KB each, all 14 components) for the
 * benchmarks. Same seed, same files: figures from two runs compare like with like.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOCS = ['Kartu Keluarga', 'KTP-el', 'Akta Kelahiran', 'Surat Pengantar RT/RW', 'Buku Nikah', 'Surat Keterangan Kematian dari Rumah Sakit', 'Ijazah Terakhir', 'Paspor', 'Surat Kuasa Bermeterai', 'Pas Foto Berwarna 4x6', 'Surat Keterangan Pindah', 'Formulir Permohonan F-1.02'];
const ACTORS = ['Pemohon', 'Petugas loket', 'Petugas verifikasi', 'Operator SIAK', 'Kepala Seksi', 'Kepala Bidang', 'Petugas arsip'];
const ACTIONS = ['menyerahkan berkas permohonan beserta persyaratan lengkap', 'memeriksa kelengkapan dan keabsahan berkas serta mencocokkan data dengan basis data kependudukan', 'memasukkan data ke dalam sistem informasi dan mencetak draf dokumen untuk diperiksa', 'memverifikasi dan menyetujui draf dokumen secara elektronik', 'mencetak dokumen dan menyerahkan kepada pemohon dengan tanda terima', 'mengarsipkan berkas permohonan sesuai tata naskah dinas'];

/** What kind of office a unit is: its services' categories and life events, dealt round-robin (a third of the services under no life event, as in real catalogues). */
export interface Sector {
  kategori: readonly string[];
  peristiwa: readonly string[];
}

export function serviceYaml(i: number, sector?: Sector): string {
  const r = rng(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const reqCount = 5 + Math.floor(r() * 4);
  const stepCount = 5 + Math.floor(r() * 4);
  const lines: string[] = [
    `kode: BENCH-${String(i).padStart(5, '0')}`,
    `nama: Layanan Uji Nomor ${i} untuk Penerbitan ${pick(DOCS)}`,
    ...(sector ? [`kategori: ${sector.kategori[i % sector.kategori.length]!}`, ...(i % 3 === 2 ? [] : [`peristiwa_hidup: [${sector.peristiwa[i % sector.peristiwa.length]!}]`])] : []),
    'deskripsi: >-',
    '  Layanan penerbitan dokumen kependudukan bagi penduduk yang memenuhi persyaratan,',
    '  dilayani di loket kantor dinas, di Mal Pelayanan Publik, dan melalui aplikasi daring.',
    'status: ditetapkan',
    'tanggal_reviu: 2026-06-30',
    'kanal:',
    '  - jenis: tatap_muka',
    '    nama: Loket Pelayanan Kantor Dinas',
    '  - jenis: daring',
    `    url: https://layanan.contoh.go.id/l/${i}`,
    'jam_pelayanan:',
    '  - { hari: "Senin–Kamis", jam: "08.00–15.30" }',
    '  - { hari: "Jumat", jam: "08.00–11.00" }',
    'penetapan:',
    '  jenis: Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil',
    `  nomor: "470/${100 + (i % 800)}/DUKCAPIL/2026"`,
    '  tanggal: 2026-02-02',
    '  penandatangan:',
    '    nama: Dra. Siti Aminah, M.Si.',
    '    jabatan: Kepala Dinas',
    '    nip: "197805122005011003"',
    'konsultasi_publik:',
    '  tanggal: 2026-01-15',
    '  peserta:',
    '    - { kelompok: pengguna_layanan, jumlah: 12 }',
    '    - { kelompok: akademisi, jumlah: 2 }',
    '  berita_acara:',
    `    nomor: "BA/${i}/2026"`,
    'komponen:',
    '  persyaratan:',
    '    kelompok:',
    '      - nama: Penerbitan baru',
    '        kasus: baru',
    '        butir:',
  ];
  for (let k = 0; k < reqCount; k++) {
    lines.push(`          - uraian: ${DOCS[(i + k) % DOCS.length]} (lampiran ${k + 1})`, `            bentuk: ${pick(['asli', 'fotokopi', '[asli, fotokopi]'])}`, `            jumlah: ${1 + (k % 2)}`);
  }
  lines.push('      - nama: Karena hilang atau rusak', '        kasus: hilang_rusak', '        butir:', '          - Surat keterangan kehilangan dari kepolisian', '          - Dokumen yang rusak (bila rusak)');
  lines.push('  sistem_mekanisme_prosedur:');
  for (let k = 0; k < stepCount; k++) {
    lines.push(`    - pelaksana: ${ACTORS[k % ACTORS.length]}`, `      uraian: ${pick(ACTIONS)}.`, `      waktu: { nilai: ${5 + Math.floor(r() * 20)}, satuan: menit }`);
  }
  lines.push(
    '  jangka_waktu: { nilai: 3, satuan: hari_kerja, sejak: sejak berkas dinyatakan lengkap }',
    '  biaya:',
    '    gratis: true',
    '    keterangan: Tidak dipungut biaya',
    '    dasar_hukum:',
    '      - { jenis: UU, nomor: 24, tahun: 2013, tentang: Perubahan atas UU Nomor 23 Tahun 2006 tentang Administrasi Kependudukan, pasal: Pasal 79A }',
    '  produk:',
    `    - nama: ${pick(DOCS)}`,
    '      uraian: Dokumen resmi yang diterbitkan dan ditandatangani secara elektronik.',
    '  pengaduan:',
    '    kanal:',
    '      - { jenis: sp4n_lapor, alamat: "https://www.lapor.go.id" }',
    '      - { jenis: telepon, alamat: "(0274) 512345" }',
    '      - { jenis: whatsapp, alamat: "0812-3456-7890" }',
    '      - { jenis: email, alamat: pengaduan@contoh.go.id }',
    '      - { jenis: kotak_saran }',
    '    tindak_lanjut:',
    '      - { pelaksana: Petugas pengaduan, uraian: Mencatat pengaduan dan memberi nomor tiket. }',
    '      - { pelaksana: Kepala Seksi, uraian: Menelaah dan menugaskan penyelesaian. }',
    '    jangka_waktu: { nilai: 5, satuan: hari_kerja }',
    '  dasar_hukum:',
    '    - { jenis: UU, nomor: 25, tahun: 2009, tentang: Pelayanan Publik }',
    '    - { jenis: UU, nomor: 24, tahun: 2013, tentang: Perubahan atas UU Nomor 23 Tahun 2006 tentang Administrasi Kependudukan }',
    '    - { jenis: Perpres, nomor: 96, tahun: 2018, tentang: Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil }',
    '    - { jenis: Permen, penerbit: Menteri PANRB, nomor: 15, tahun: 2014, tentang: Pedoman Standar Pelayanan }',
    '  sarana_prasarana:',
    '    - Ruang tunggu ber-AC dengan 40 kursi',
    '    - Komputer, pemindai sidik jari dan kamera',
    '    - { nama: Kursi roda dan jalur landai, kelompok_rentan: true }',
    '    - { nama: Loket prioritas, kelompok_rentan: true }',
    '  kompetensi_pelaksana:',
    '    - Memahami peraturan perundang-undangan administrasi kependudukan',
    '    - Mampu mengoperasikan SIAK dan perangkat perekaman',
    '  pengawasan_internal:',
    '    - Pengawasan melekat oleh atasan langsung',
    '    - Pemeriksaan oleh Inspektorat Daerah',
    '  jumlah_pelaksana:',
    '    total: 6',
    '    rincian:',
    '      - { peran: Petugas loket, jumlah: 3 }',
    '      - { peran: Operator, jumlah: 2 }',
    '      - { peran: Kepala Seksi, jumlah: 1 }',
    '  jaminan_pelayanan:',
    '    - Pelayanan diberikan sesuai standar pelayanan yang telah ditetapkan',
    '  jaminan_keamanan_keselamatan:',
    '    - Data pribadi pemohon dijaga kerahasiaannya',
    '  evaluasi_kinerja:',
    '    - { uraian: Survei Kepuasan Masyarakat, frekuensi: tahunan }',
    '    - { uraian: Evaluasi penerapan standar pelayanan, frekuensi: semesteran }',
  );
  return lines.join('\n') + '\n';
}

/** Write `count` service files into `dir/layanan/` (recreating it), with a provider file; `sector`: the office's categories and life events. */
export async function writeCorpus(dir: string, count: number, sector?: Sector): Promise<string> {
  const existing = await readdir(join(dir, 'layanan')).catch(() => [] as string[]);
  if (existing.length === count) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'layanan'), { recursive: true });
  await writeFile(
    join(dir, 'penyelenggara.yaml'),
    'kode: BENCH\npemerintah: Pemerintah Kota Contoh\nnama: Dinas Kependudukan dan Pencatatan Sipil\nkepala:\n  nama: Dra. Siti Aminah, M.Si.\n  jabatan: Kepala Dinas\n  nip: "197805122005011003"\n',
  );
  for (let i = 0; i < count; i++) await writeFile(join(dir, 'layanan', `l${String(i).padStart(5, '0')}.yaml`), serviceYaml(i, sector));
  return dir;
}

/**
 * Real-size files: `count` copies of the examples' own services (7–9 KB each), dealt round-robin
 * into one unit per example beside that example's penyelenggara.yaml and logo, each copy with
 * its own `kode` so the unit rules find nothing to say.
 */
export async function writeExampleCorpus(dir: string, examplesDir: string, count: number): Promise<string> {
  const units = (await readdir(examplesDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const sources: { unit: string; name: string; text: string }[] = [];
  for (const unit of units) {
    for (const name of (await readdir(join(examplesDir, unit, 'layanan'))).filter((f) => f.endsWith('.yaml')).sort()) {
      sources.push({ unit, name, text: await readFile(join(examplesDir, unit, 'layanan', name), 'utf8') });
    }
  }
  const written = await Promise.all(units.map((u) => readdir(join(dir, u, 'layanan')).catch(() => [] as string[])));
  if (written.reduce((n, files) => n + files.length, 0) === count) return dir;
  await rm(dir, { recursive: true, force: true });
  for (const unit of units) {
    await mkdir(join(dir, unit, 'layanan'), { recursive: true });
    for (const entry of await readdir(join(examplesDir, unit), { withFileTypes: true })) {
      if (entry.isFile()) await copyFile(join(examplesDir, unit, entry.name), join(dir, unit, entry.name));
    }
  }
  for (let i = 0; i < count; i++) {
    const { unit, name, text } = sources[i % sources.length]!;
    const copy = text.replace(/^kode: (\S+)/m, (_, kode: string) => `kode: ${kode}-${i}`);
    await writeFile(join(dir, unit, 'layanan', `${String(i).padStart(5, '0')}-${name}`), copy);
  }
  return dir;
}
