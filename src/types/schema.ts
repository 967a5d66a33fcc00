/* Generated from schemas/ by `npm run gen:types`. Do not edit by hand. */

/**
 * Kode pengenal yang tetap: huruf, angka, titik, garis bawah atau tanda hubung, misalnya DUK-KTP-EL.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kode".
 */
export type Kode = string;
/**
 * Peristiwa hidup warga yang membawanya ke layanan ini.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "peristiwa_hidup".
 */
export type PeristiwaHidup =
  | 'identitas'
  | 'kelahiran'
  | 'pendidikan'
  | 'pekerjaan'
  | 'pernikahan'
  | 'kesehatan'
  | 'disabilitas'
  | 'bantuan_sosial'
  | 'usaha'
  | 'tempat_tinggal'
  | 'kendaraan'
  | 'perjalanan'
  | 'hukum'
  | 'pensiun'
  | 'kematian';
/**
 * Teks yang tidak boleh kosong.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "teks".
 */
export type Teks = string;
/**
 * Tahap standar: draf, konsultasi_publik, ditetapkan, atau dicabut.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "status".
 */
export type Status = 'draf' | 'konsultasi_publik' | 'ditetapkan' | 'dicabut';
/**
 * Apa yang dimuat dokumen ini: lengkap (14 komponen), penyampaian (6 komponen halaman publik) atau kutipan. Pemeriksaan kelengkapan mengikuti cakupan ini.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "cakupan".
 */
export type Cakupan = 'lengkap' | 'penyampaian' | 'kutipan';
/**
 * Alamat web seperti tertulis di dokumen: diawali https:// atau http://, atau tanpa awalan (misalnya disdukcapil.contoh.go.id). Aturan tautan-https mengingatkan bila alamatnya belum https.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "tautan".
 */
export type Tautan = string;
/**
 * Tanggal dengan format TTTT-BB-HH, misalnya 2025-01-31.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "tanggal".
 */
export type Tanggal = string;
/**
 * Catatan bebas untuk hal yang tidak muat di kolom lain.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "catatan".
 */
export type Catatan = string;
/**
 * Cara pemohon mendapatkan layanan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jenis_kanal_layanan".
 */
export type JenisKanalLayanan = 'tatap_muka' | 'daring' | 'mpp' | 'aplikasi' | 'jemput_bola' | 'pos' | 'lainnya';
/**
 * NIP (Nomor Induk Pegawai): 18 angka tanpa spasi, ditulis di antara tanda kutip, misalnya "197805122005011003".
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "nip".
 */
export type Nip = string;
/**
 * Kelompok peserta konsultasi publik.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kelompok_peserta".
 */
export type KelompokPeserta =
  | 'pengguna_layanan'
  | 'akademisi'
  | 'pakar'
  | 'instansi_terkait'
  | 'organisasi_masyarakat'
  | 'media'
  | 'tokoh_masyarakat'
  | 'kelompok_rentan'
  | 'lainnya';
/**
 * Komponen Persyaratan (UU 25/2009 Pasal 21 huruf b): dokumen atau syarat yang harus dipenuhi pemohon. Tulis sebagai daftar, atau sebagai objek dengan daftar umum ("butir"), kelompok per keadaan pemohon ("kelompok") dan catatan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "persyaratan".
 */
export type Persyaratan =
  | [Syarat, ...Syarat[]]
  | {
      pengantar?: Teks;
      /**
       * Persyaratan umum untuk semua pemohon; kelompok dengan tambahan: true menambahinya.
       *
       * @minItems 1
       */
      butir?: [Syarat, ...Syarat[]];
      /**
       * Kelompok persyaratan per keadaan pemohon (baru, hilang/rusak, perubahan data, WNA, ...).
       *
       * @minItems 1
       */
      kelompok?: [KelompokPersyaratan, ...KelompokPersyaratan[]];
      catatan?: Catatan;
    };
/**
 * Satu persyaratan: cukup ditulis sebagai teks, atau sebagai objek dengan bentuk dokumen, jumlah lembar dan keterangan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "syarat".
 */
export type Syarat =
  | string
  | {
      /**
       * Dokumen atau syarat yang harus dipenuhi, misalnya "Kartu Keluarga". Boleh dikosongkan bila syarat ini ditulis sebagai "pilihan".
       */
      uraian?: string;
      /**
       * Dokumen yang boleh diserahkan salah satunya, masing-masing dengan bentuknya: "KTP-el atau Surat Keterangan Kependudukan" adalah [KTP-el, Surat Keterangan Kependudukan].
       *
       * @minItems 2
       */
      pilihan?: [Syarat, Syarat, ...Syarat[]];
      /**
       * Bentuk dokumen yang diserahkan. Beberapa bentuk sekaligus ditulis sebagai daftar: "asli dan fotokopi" adalah [asli, fotokopi]; "FC (menunjukkan aslinya)" adalah [fotokopi, diperlihatkan].
       */
      bentuk?: BentukDokumen | [BentukDokumen, ...BentukDokumen[]];
      /**
       * Bentuk yang boleh dipilih salah satunya: "scan/fotokopi" adalah [scan, fotokopi].
       *
       * @minItems 2
       */
      bentuk_pilihan?: [BentukDokumen, BentukDokumen, ...BentukDokumen[]];
      /**
       * Jumlah lembar atau rangkap.
       */
      jumlah?: number;
      /**
       * Kapan syarat ini berlaku, misalnya "bagi pemohon yang sudah menikah".
       */
      kondisi?: string;
      /**
       * false bila syarat ini tidak wajib.
       */
      wajib?: boolean;
      /**
       * Butir-butir di bawah syarat ini, misalnya dokumen yang dilampirkan pada "Mengisi formulir F-2.01 dengan melampirkan:".
       *
       * @minItems 1
       */
      rincian?: [Syarat, ...Syarat[]];
      dasar_hukum?: Peraturan;
      catatan?: Catatan;
    };
/**
 * Bentuk dokumen: asli, fotokopi, dilegalisir, scan, salinan_digital atau diperlihatkan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "bentuk_dokumen".
 */
export type BentukDokumen =
  'asli' | 'fotokopi' | 'dilegalisir' | 'scan' | 'salinan_digital' | 'diperlihatkan' | 'asli_dan_fotokopi';
/**
 * Jenis peraturan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jenis_peraturan".
 */
export type JenisPeraturan =
  | 'UUD'
  | 'UU'
  | 'Perppu'
  | 'PP'
  | 'Perpres'
  | 'Inpres'
  | 'Keppres'
  | 'Permen'
  | 'Kepmen'
  | 'Perban'
  | 'Perkap'
  | 'Perpol'
  | 'Perda'
  | 'Pergub'
  | 'Perbup'
  | 'Perwali'
  | 'Keputusan'
  | 'Surat Edaran'
  | 'Lainnya';
/**
 * Keadaan pemohon yang menentukan persyaratan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kasus_pemohon".
 */
export type KasusPemohon =
  | 'baru'
  | 'hilang'
  | 'rusak'
  | 'hilang_rusak'
  | 'perubahan_data'
  | 'perpanjangan'
  | 'wni'
  | 'wna'
  | 'anak'
  | 'anak_ditemukan'
  | 'wni_luar_negeri'
  | 'dikuasakan'
  | 'perseorangan'
  | 'badan_usaha'
  | 'lainnya';
/**
 * Komponen Sistem, mekanisme, dan prosedur (Pasal 21 huruf c): langkah baku bagi petugas dan pemohon, termasuk pengaduan. Tulis sebagai daftar langkah, atau sebagai beberapa alur per kanal.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "sistem_mekanisme_prosedur".
 */
export type SistemMekanismeProsedur =
  | [Langkah, ...Langkah[]]
  | {
      /**
       * Gambaran umum sistem dan mekanisme pelayanan.
       */
      uraian?: string;
      /**
       * Alur per kanal layanan (tatap muka, daring, MPP, ...).
       *
       * @minItems 1
       */
      alur: [Alur, ...Alur[]];
      catatan?: Catatan;
    };
/**
 * Batas bawah bila dokumen menulis rentang ("1–3 hari kerja"): angka dalam satuan yang sama, atau nilai dan satuan sendiri ("1 (satu) hari maksimal 14 (empat belas) hari kerja"). "nilai" dan "satuan" tetap batas atasnya, yang dijanjikan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "waktu_paling_cepat".
 */
export type WaktuPalingCepat =
  | number
  | {
      /**
       * Angka batas bawah, misalnya 1.
       */
      nilai: number;
      satuan: SatuanWaktu;
    };
/**
 * Satuan waktu: menit, jam (jam kerja), jam_kalender, hari_kerja, hari_kalender, minggu, bulan, atau hari (jenisnya tidak disebut dokumen).
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "satuan_waktu".
 */
export type SatuanWaktu =
  'menit' | 'jam' | 'jam_kalender' | 'hari_kerja' | 'hari_kalender' | 'minggu' | 'bulan' | 'hari';
/**
 * Daftar butir uraian.
 *
 * @minItems 1
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "daftar_butir".
 */
export type DaftarButir = [Butir, ...Butir[]];
/**
 * Satu butir uraian: cukup ditulis sebagai teks, atau sebagai objek dengan uraian dan catatan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "butir".
 */
export type Butir =
  | string
  | {
      /**
       * Isi butir.
       */
      uraian: string;
      rincian?: DaftarButir;
      catatan?: Catatan;
    };
/**
 * Langkah-langkah berurutan.
 *
 * @minItems 1
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "daftar_langkah".
 */
export type DaftarLangkah = [Langkah, ...Langkah[]];
/**
 * Satu produk layanan: cukup ditulis sebagai teks, atau sebagai objek.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "produk_butir".
 */
export type ProdukButir =
  | string
  | {
      /**
       * Nama produk, misalnya "KTP-el".
       */
      nama: string;
      /**
       * Penjelasan produk.
       */
      uraian?: string;
      catatan?: Catatan;
    };
/**
 * Satu saluran pengaduan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kanal_pengaduan".
 */
export type KanalPengaduan = {
  [k: string]: unknown;
} & {
  jenis: JenisKanalPengaduan;
  /**
   * Nomor, alamat e-mail, tautan, atau tempat, sesuai jenisnya: telepon/whatsapp/sms/faksimili berupa nomor telepon (beberapa nomor ditulis sebagai daftar), email berupa alamat e-mail, website/sp4n_lapor/aplikasi berupa alamat situs.
   */
  alamat?: string | [Teks, ...Teks[]];
  /**
   * Nama tampilan, misalnya "Call center Dukcapil" atau "@dukcapilsukamaju".
   */
  nama?: string;
  /**
   * Platform media sosial, misalnya Facebook, Instagram, X atau YouTube.
   */
  platform?: string;
  catatan?: Catatan;
};
/**
 * Jenis saluran pengaduan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jenis_kanal_pengaduan".
 */
export type JenisKanalPengaduan =
  | 'sp4n_lapor'
  | 'telepon'
  | 'whatsapp'
  | 'sms'
  | 'faksimili'
  | 'email'
  | 'website'
  | 'media_sosial'
  | 'kotak_saran'
  | 'survei'
  | 'radio'
  | 'tatap_muka'
  | 'surat'
  | 'aplikasi'
  | 'lainnya';
/**
 * Satu sarana/prasarana: cukup ditulis sebagai teks, atau sebagai objek; tandai kelompok_rentan: true untuk fasilitas bagi kelompok rentan (ramp, kursi roda, loket prioritas, ruang laktasi, toilet difabel, ...).
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "sarana".
 */
export type Sarana =
  | string
  | {
      /**
       * Nama sarana, misalnya "Ruang tunggu ber-AC".
       */
      nama: string;
      /**
       * Jumlah unit.
       */
      jumlah?: number;
      /**
       * true bila fasilitas ini untuk penyandang disabilitas, lansia, ibu hamil/menyusui atau anak.
       */
      kelompok_rentan?: boolean;
      catatan?: Catatan;
    };
/**
 * Satu kegiatan evaluasi: teks, atau objek dengan uraian dan frekuensi.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "evaluasi_butir".
 */
export type EvaluasiButir =
  | string
  | {
      /**
       * Apa yang dievaluasi dan caranya, misalnya "Survei Kepuasan Masyarakat (SKM)".
       */
      uraian: string;
      frekuensi?: Frekuensi;
      catatan?: Catatan;
    };
/**
 * Seberapa sering.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "frekuensi".
 */
export type Frekuensi = 'harian' | 'mingguan' | 'bulanan' | 'triwulanan' | 'semesteran' | 'tahunan' | 'sewaktu_waktu';
/**
 * Alamat kantor: satu baris teks, atau rinciannya.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "alamat".
 */
export type Alamat =
  | string
  | {
      jalan: Teks;
      kelurahan?: Teks;
      kecamatan?: Teks;
      kota?: Teks;
      provinsi?: Teks;
      /**
       * Kode pos: 5 angka, ditulis di antara tanda kutip.
       */
      kode_pos?: string;
    };
/**
 * Satu nomor telepon, atau daftar beberapa nomor (baris diawali "- ") bila dokumen menyebut lebih dari satu.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "nomor_telepon".
 */
export type NomorTelepon = Telepon | [Telepon, ...Telepon[]];
/**
 * Nomor telepon Indonesia: diawali 0, +62 atau kode area dalam kurung, misalnya "(0274) 512345", "0812-3456-7890", "+62 21 5551234"; atau nomor layanan singkat seperti "112" atau "1500-123".
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "telepon".
 */
export type Telepon = string;
/**
 * Alamat surat elektronik, misalnya pengaduan@dukcapil.sukamaju.go.id.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string;

/**
 * Standar pelayanan untuk satu jenis layanan (UU 25/2009; PermenPANRB 15/2014).
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "standar_pelayanan".
 */
export interface StandarPelayanan {
  /**
   * Alamat skema (untuk editor).
   */
  $schema?: string;
  kode: Kode;
  /**
   * Nama layanan, misalnya "Penerbitan KTP Elektronik".
   */
  nama: string;
  /**
   * Penjelasan singkat layanan dalam bahasa sehari-hari.
   */
  deskripsi?: string;
  /**
   * Kelompok layanan, misalnya "Pendaftaran Penduduk".
   */
  kategori?: string;
  /**
   * Peristiwa hidup tempat warga mencari layanan ini, untuk penyaring katalog portal, misalnya [kelahiran, identitas].
   *
   * @minItems 1
   */
  peristiwa_hidup?: [PeristiwaHidup, ...PeristiwaHidup[]];
  /**
   * Kata kunci untuk pencarian.
   */
  kata_kunci?: Teks[];
  /**
   * Bahasa dokumen (kode BCP 47).
   */
  bahasa?: string;
  /**
   * Versi dokumen, misalnya "2025.1".
   */
  versi?: string;
  status: Status;
  cakupan?: Cakupan;
  sumber?: Sumber;
  /**
   * Kanal layanan: tatap muka, daring, MPP, dan sebagainya.
   *
   * @minItems 1
   */
  kanal?: [KanalLayanan, ...KanalLayanan[]];
  /**
   * Jam buka layanan (bukan jangka waktu penyelesaian).
   *
   * @minItems 1
   */
  jam_pelayanan?: [JamPelayanan, ...JamPelayanan[]];
  /**
   * Keputusan yang menetapkan standar ini; tidak_dinyatakan: true bila dokumen tidak menyebutnya.
   */
  penetapan?: Penetapan | TidakDinyatakan;
  /**
   * Catatan Forum Konsultasi Publik (UU 25/2009 Pasal 20 ayat 2); tidak_dinyatakan: true bila dokumen tidak menyebutnya.
   */
  konsultasi_publik?: KonsultasiPublik | TidakDinyatakan;
  tanggal_reviu?: Tanggal;
  komponen: Komponen;
}
/**
 * Asal teks standar ini, bila disalin dari dokumen yang sudah terbit.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "sumber".
 */
export interface Sumber {
  /**
   * Judul dokumen atau halaman sumber.
   */
  judul?: string;
  url?: Tautan;
  diakses?: Tanggal;
  /**
   * Komponen tempat kutipan berhenti, misalnya pengaduan bila daftar saluran pengaduan terpotong: isinya mungkin tidak lengkap, jadi pemeriksaan tidak menilai apa yang tidak ada di daftarnya. Komponen lain yang tertulis tetap dinilai.
   */
  terpotong_di?:
    | 'persyaratan'
    | 'sistem_mekanisme_prosedur'
    | 'jangka_waktu'
    | 'biaya'
    | 'produk'
    | 'pengaduan'
    | 'dasar_hukum'
    | 'sarana_prasarana'
    | 'kompetensi_pelaksana'
    | 'pengawasan_internal'
    | 'jumlah_pelaksana'
    | 'jaminan_pelayanan'
    | 'jaminan_keamanan_keselamatan'
    | 'evaluasi_kinerja';
  catatan?: Catatan;
}
/**
 * Satu kanal layanan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kanal_layanan".
 */
export interface KanalLayanan {
  jenis: JenisKanalLayanan;
  /**
   * Nama tampilan, misalnya "Loket Dukcapil Mal Pelayanan Publik".
   */
  nama?: string;
  /**
   * Alamat tempat layanan.
   */
  alamat?: string;
  url?: Tautan;
  catatan?: Catatan;
}
/**
 * Jam buka pada hari tertentu.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jam_pelayanan".
 */
export interface JamPelayanan {
  /**
   * Hari, misalnya "Senin–Kamis".
   */
  hari: string;
  /**
   * Jam buka, misalnya "08.00–15.30", "08.00–12.00 WITA" atau "08.00 Wita s/d 12.00 Wita".
   */
  jam: string;
  catatan?: Catatan;
}
/**
 * Keputusan yang menetapkan standar ini.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "penetapan".
 */
export interface Penetapan {
  /**
   * Jenis keputusan, misalnya "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju".
   */
  jenis?: string;
  /**
   * Nomor keputusan seperti tertulis, misalnya "470/112/DUKCAPIL/2025".
   */
  nomor?: string;
  /**
   * Tempat penetapan seperti tertulis di atas tanda tangan keputusan ("Ditetapkan di Sukamaju"). Hanya bila naskahnya menyebutnya; halaman tidak mengambilnya dari wilayah atau alamat.
   */
  tempat?: string;
  tanggal?: Tanggal;
  /**
   * Tahun keputusan, bila dokumen tidak menyebut tanggal lengkapnya.
   */
  tahun?: number;
  /**
   * Judul keputusan.
   */
  tentang?: string;
  /**
   * Pejabat yang menandatangani keputusan; tidak_dinyatakan: true bila dokumen tidak menyebutnya.
   */
  penandatangan?: Pejabat | TidakDinyatakan;
  /**
   * Nomor lampiran untuk layanan ini, misalnya "I".
   */
  lampiran?: string;
  catatan?: Catatan;
}
/**
 * Pejabat: nama, jabatan, pangkat/golongan dan NIP. Tulis yang disebut dokumen; paling sedikit nama atau jabatan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "pejabat".
 */
export interface Pejabat {
  /**
   * Nama lengkap beserta gelar.
   */
  nama?: string;
  /**
   * Jabatan, misalnya Kepala Dinas Kependudukan dan Pencatatan Sipil.
   */
  jabatan?: string;
  /**
   * Pangkat dan golongan ruang, misalnya "Pembina Utama Muda, IV/c".
   */
  pangkat_golongan?: string;
  nip?: Nip;
}
/**
 * Tanda bahwa dokumen tidak menyebut bagian ini (berbeda dengan lupa menulisnya). Keluaran menulis "Tidak dinyatakan dalam dokumen" beserta alasannya.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "tidak_dinyatakan".
 */
export interface TidakDinyatakan {
  /**
   * Tulis true bila dokumen tidak menyebut bagian ini.
   */
  tidak_dinyatakan: true;
  /**
   * Keterangan mengapa tidak ada, misalnya "halaman publik hanya memuat 6 komponen" atau "nama disamarkan pada salinan".
   */
  alasan?: string;
}
/**
 * Catatan Forum Konsultasi Publik (UU 25/2009 Pasal 20 ayat 2).
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "konsultasi_publik".
 */
export interface KonsultasiPublik {
  tanggal: Tanggal;
  /**
   * Tempat forum.
   */
  tempat?: string;
  /**
   * Peserta per kelompok.
   *
   * @minItems 1
   */
  peserta?: [
    {
      kelompok: KelompokPeserta;
      /**
       * Jumlah orang.
       */
      jumlah: number;
      /**
       * Siapa saja, misalnya "RT/RW Kelurahan Mekarsari".
       */
      uraian?: string;
      catatan?: Catatan;
    },
    ...{
      kelompok: KelompokPeserta;
      /**
       * Jumlah orang.
       */
      jumlah: number;
      /**
       * Siapa saja, misalnya "RT/RW Kelurahan Mekarsari".
       */
      uraian?: string;
      catatan?: Catatan;
    }[]
  ];
  /**
   * Berita acara forum.
   */
  berita_acara?: {
    /**
     * Nomor berita acara.
     */
    nomor: string;
    tanggal?: Tanggal;
    url?: Tautan;
    catatan?: Catatan;
  };
  catatan?: Catatan;
}
/**
 * Komponen standar pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014). Komponen yang tidak ditulis diambil dari bawaan penyelenggara; komponen yang tidak disebut dokumen ditulis tidak_dinyatakan: true.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "komponen".
 */
export interface Komponen {
  /**
   * Komponen Persyaratan (UU 25/2009 Pasal 21 huruf b): dokumen atau syarat yang harus dipenuhi pemohon. Tulis sebagai daftar, atau sebagai objek dengan daftar umum ("butir"), kelompok per keadaan pemohon ("kelompok") dan catatan. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  persyaratan?: Persyaratan | TidakDinyatakan;
  /**
   * Komponen Sistem, mekanisme, dan prosedur (Pasal 21 huruf c): langkah baku bagi petugas dan pemohon, termasuk pengaduan. Tulis sebagai daftar langkah, atau sebagai beberapa alur per kanal. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  sistem_mekanisme_prosedur?: SistemMekanismeProsedur | TidakDinyatakan;
  /**
   * Komponen Jangka waktu pelayanan (Pasal 21 huruf d): lama penyelesaian seluruh proses. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  jangka_waktu?: JangkaWaktu | TidakDinyatakan;
  /**
   * Komponen Biaya/tarif (Pasal 21 huruf e): yang dibayar pemohon. Tulis gratis: true dengan peraturan yang membebaskan biaya, daftar tarif dengan dasar hukumnya, atau sesuai_peraturan bila dokumen hanya menyebut peraturan yang menetapkan biayanya. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  biaya?: Biaya | TidakDinyatakan;
  /**
   * Komponen Produk pelayanan (Pasal 21 huruf f): yang diterima pemohon. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  produk?: [ProdukButir, ...ProdukButir[]] | TidakDinyatakan;
  /**
   * Komponen Penanganan pengaduan, saran, dan masukan (Pasal 21 huruf j): saluran dan tindak lanjutnya. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  pengaduan?: Pengaduan | TidakDinyatakan;
  /**
   * Komponen Dasar hukum (Pasal 21 huruf a): peraturan yang menjadi dasar layanan. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  dasar_hukum?: [Peraturan, ...Peraturan[]] | TidakDinyatakan;
  /**
   * Komponen Sarana, prasarana, dan/atau fasilitas (Pasal 21 huruf g), termasuk fasilitas bagi kelompok rentan. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  sarana_prasarana?: [Sarana, ...Sarana[]] | TidakDinyatakan;
  /**
   * Komponen Kompetensi pelaksana (Pasal 21 huruf h): pengetahuan, keahlian, keterampilan dan pengalaman petugas. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  kompetensi_pelaksana?: DaftarButir | TidakDinyatakan;
  /**
   * Komponen Pengawasan internal (Pasal 21 huruf i): pengendalian oleh atasan langsung, APIP/Inspektorat, SPIP. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  pengawasan_internal?: DaftarButir | TidakDinyatakan;
  /**
   * Komponen Jumlah pelaksana (Pasal 21 huruf k): jumlah petugas sesuai beban kerja. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  jumlah_pelaksana?: JumlahPelaksana | TidakDinyatakan;
  /**
   * Komponen Jaminan pelayanan (Pasal 21 huruf l): kepastian pelayanan sesuai standar. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  jaminan_pelayanan?: DaftarButir | TidakDinyatakan;
  /**
   * Komponen Jaminan keamanan dan keselamatan pelayanan (Pasal 21 huruf m): rasa aman, bebas dari bahaya, risiko dan keragu-raguan. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  jaminan_keamanan_keselamatan?: DaftarButir | TidakDinyatakan;
  /**
   * Komponen Evaluasi kinerja pelaksana (Pasal 21 huruf n): apa yang dievaluasi dan seberapa sering. Bila dokumen tidak menyebutnya: tidak_dinyatakan: true.
   */
  evaluasi_kinerja?: [EvaluasiButir, ...EvaluasiButir[]] | TidakDinyatakan;
}
/**
 * Rujukan peraturan perundang-undangan. Tulis yang disebut dokumen: paling sedikit judul ("tentang"), atau nomor dan tahun.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "peraturan".
 */
export interface Peraturan {
  jenis: JenisPeraturan;
  /**
   * Lembaga atau daerah yang menerbitkan, misalnya "Menteri PANRB" untuk Permen atau "Kota Sukamaju" untuk Perda/Perwali.
   */
  penerbit?: string;
  /**
   * Nomor peraturan, misalnya 25 atau "23/PMK.01/2019".
   */
  nomor?: string | number;
  /**
   * Tahun terbit peraturan, misalnya 2009.
   */
  tahun?: number;
  /**
   * Judul peraturan sesudah kata "tentang".
   */
  tentang?: string;
  /**
   * Pasal yang dirujuk, misalnya 21 atau "79A".
   */
  pasal?: string | number;
  /**
   * Ayat dalam pasal itu, misalnya 1.
   */
  ayat?: string | number;
  /**
   * Huruf dalam pasal atau ayat itu, misalnya "a".
   */
  huruf?: string;
  /**
   * Angka dalam pasal itu (misalnya Pasal 1 angka 7).
   */
  angka?: string | number;
  ln?: Lembaran;
  tln?: Lembaran;
  /**
   * Peraturan yang dirujuk bersama peraturan ini dengan "jo." (juncto), biasanya perubahannya: "UU 23/2006 jo. UU 24/2013".
   *
   * @minItems 1
   */
  jo?: [Peraturan, ...Peraturan[]];
  url?: Tautan;
  catatan?: Catatan;
}
/**
 * Nomor pengundangan: Lembaran Negara (atau Lembaran Daerah) dan Tambahannya.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "lembaran".
 */
export interface Lembaran {
  /**
   * Tahun lembaran, misalnya 2009.
   */
  tahun?: number;
  /**
   * Nomor dalam lembaran, misalnya 112.
   */
  nomor: string | number;
  catatan?: Catatan;
}
/**
 * Persyaratan untuk satu keadaan pemohon.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kelompok_persyaratan".
 */
export interface KelompokPersyaratan {
  /**
   * Judul kelompok, misalnya "Penerbitan baru" atau "Karena hilang atau rusak".
   */
  nama: string;
  kasus?: KasusPemohon;
  /**
   * true bila kelompok ini menambah daftar umum ("untuk orang asing, ditambah: ..."), bukan menggantinya.
   */
  tambahan?: boolean;
  /**
   * Persyaratan dalam kelompok ini.
   *
   * @minItems 1
   */
  butir: [Syarat, ...Syarat[]];
  dasar_hukum?: Peraturan;
  catatan?: Catatan;
}
/**
 * Satu langkah prosedur: siapa melakukan apa, dan berapa lama. Langkah berkalimat pasif boleh tanpa pelaksana.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "langkah".
 */
export interface Langkah {
  /**
   * Siapa yang melakukan langkah ini, misalnya "Pemohon" atau "Petugas loket". Kosongkan bila dokumen tidak menyebutnya (kalimat pasif).
   */
  pelaksana?: string;
  /**
   * Apa yang dilakukan.
   */
  uraian: string;
  waktu?: Durasi;
  rincian?: DaftarButir;
  dasar_hukum?: Peraturan;
  catatan?: Catatan;
}
/**
 * Lama waktu: angka dan satuan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "durasi".
 */
export interface Durasi {
  paling_cepat?: WaktuPalingCepat;
  /**
   * Angka lamanya; untuk rentang, batas atasnya (yang dijanjikan), misalnya 14.
   */
  nilai: number;
  satuan: SatuanWaktu;
  /**
   * Kalimat dokumen bila perlu ditampilkan apa adanya, misalnya "dalam 1 (satu) hari".
   */
  teks?: string;
  catatan?: Catatan;
}
/**
 * Prosedur untuk satu kanal layanan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "alur".
 */
export interface Alur {
  /**
   * Judul alur, misalnya "Melalui loket" atau "Melalui aplikasi".
   */
  nama: string;
  kanal?: JenisKanalLayanan;
  langkah: DaftarLangkah;
  catatan?: Catatan;
}
/**
 * Komponen Jangka waktu pelayanan (Pasal 21 huruf d): lama penyelesaian seluruh proses.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jangka_waktu".
 */
export interface JangkaWaktu {
  paling_cepat?: WaktuPalingCepat;
  /**
   * Angka lamanya; untuk rentang, batas atasnya (yang dijanjikan), misalnya 14.
   */
  nilai: number;
  satuan: SatuanWaktu;
  /**
   * Kapan waktu mulai dihitung, misalnya "sejak berkas dinyatakan lengkap".
   */
  sejak?: string;
  /**
   * Teks tampilan bila perlu kalimat khusus, misalnya "14 (empat belas) hari kerja sejak berkas lengkap". Jam buka tulis di jam_pelayanan, bukan di sini.
   */
  teks?: string;
  catatan?: Catatan;
}
/**
 * Komponen Biaya/tarif (Pasal 21 huruf e): yang dibayar pemohon. Tulis gratis: true dengan peraturan yang membebaskan biaya, daftar tarif dengan dasar hukumnya, atau sesuai_peraturan bila dokumen hanya menyebut peraturan yang menetapkan biayanya.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "biaya".
 */
export interface Biaya {
  /**
   * true bila layanan tidak dipungut biaya.
   */
  gratis?: boolean;
  /**
   * Daftar tarif.
   *
   * @minItems 1
   */
  tarif?: [Tarif, ...Tarif[]];
  /**
   * Peraturan yang menetapkan biaya bila dokumen tidak menyebut besarnya, misalnya "sesuai PP 76/2020" atau "retribusi sesuai Perda".
   *
   * @minItems 1
   */
  sesuai_peraturan?: [Peraturan, ...Peraturan[]];
  /**
   * Peraturan yang menetapkan tarif, atau yang membebaskan biaya.
   *
   * @minItems 1
   */
  dasar_hukum?: [Peraturan, ...Peraturan[]];
  /**
   * Kalimat tampilan, misalnya "Tidak dipungut biaya".
   */
  keterangan?: string;
  /**
   * Cara membayar, misalnya "melalui bank persepsi dengan kode billing".
   */
  cara_pembayaran?: string;
  catatan?: Catatan;
}
/**
 * Satu baris tarif.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "tarif".
 */
export interface Tarif {
  /**
   * Untuk apa tarif ini, misalnya "Paspor biasa 48 halaman".
   */
  uraian: string;
  /**
   * Besarnya dalam rupiah, angka bulat tanpa titik, misalnya 350000.
   */
  jumlah: number;
  /**
   * Per apa tarif dihitung, misalnya "per buku" atau "per lembar".
   */
  satuan?: string;
  dasar_hukum?: Peraturan;
  catatan?: Catatan;
}
/**
 * Komponen Penanganan pengaduan, saran, dan masukan (Pasal 21 huruf j): saluran dan tindak lanjutnya.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "pengaduan".
 */
export interface Pengaduan {
  /**
   * Saluran pengaduan: SP4N-LAPOR!, telepon, WhatsApp, e-mail, website, media sosial, kotak saran, tatap muka.
   *
   * @minItems 1
   */
  kanal?: [KanalPengaduan, ...KanalPengaduan[]];
  tindak_lanjut?: DaftarLangkah;
  jangka_waktu?: Durasi;
  /**
   * Penjelasan tambahan.
   */
  uraian?: string;
  catatan?: Catatan;
}
/**
 * Komponen Jumlah pelaksana (Pasal 21 huruf k): jumlah petugas sesuai beban kerja.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jumlah_pelaksana".
 */
export interface JumlahPelaksana {
  /**
   * Jumlah seluruh pelaksana.
   */
  total: number;
  /**
   * Rincian per peran.
   *
   * @minItems 1
   */
  rincian?: [
    {
      /**
       * Peran, misalnya "Petugas pelayanan".
       */
      peran: string;
      /**
       * Jumlah orang.
       */
      jumlah: number;
      catatan?: Catatan;
    },
    ...{
      /**
       * Peran, misalnya "Petugas pelayanan".
       */
      peran: string;
      /**
       * Jumlah orang.
       */
      jumlah: number;
      catatan?: Catatan;
    }[]
  ];
  catatan?: Catatan;
}
/**
 * Berkas penyelenggara (unit): identitas, kepala unit, maklumat pelayanan dan isian bawaan untuk semua layanannya.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "penyelenggara_pelayanan".
 */
export interface PenyelenggaraPelayanan {
  /**
   * Alamat skema (untuk editor).
   */
  $schema?: string;
  kode: Kode;
  pemerintah: Teks;
  instansi?: Teks;
  nama: Teks;
  singkatan?: Teks;
  alamat?: Alamat;
  telepon?: NomorTelepon;
  faksimili?: NomorTelepon;
  email?: Email;
  website?: Tautan;
  /**
   * Berkas logo (PNG, JPG, SVG atau WebP) di dalam folder unit, relatif terhadap berkas ini. SVG dibersihkan dari skrip, tautan dan rujukan ke luar sebelum dipasang.
   */
  logo?: string;
  wilayah?: Wilayah;
  /**
   * Bahasa dokumen (kode BCP 47).
   */
  bahasa?: string;
  /**
   * Kepala unit penyelenggara; tidak_dinyatakan: true bila dokumen tidak menyebutnya.
   */
  kepala?: Pejabat | TidakDinyatakan;
  /**
   * Maklumat pelayanan (UU 25/2009 Pasal 22); tidak_dinyatakan: true bila dokumen yang disalin tidak memuatnya.
   */
  maklumat?: Maklumat | TidakDinyatakan;
  /**
   * Survei Kepuasan Masyarakat unit ini (PermenPANRB 14/2017): yang dipakai perintah "standar skm".
   */
  skm?: {
    /**
     * Alamat formulir survei daring (aplikasi SKM daerah, formulir web, dan sebagainya). Kuesioner cetak memuat kode QR ke alamat ini agar responden dapat mengisinya dari ponsel.
     */
    formulir?: string;
  };
  /**
   * Isian bawaan yang diwarisi setiap layanan unit ini, komponen demi komponen. Layanan yang menulis komponen yang sama menggantinya.
   */
  bawaan?: {
    /**
     * Kanal layanan bawaan.
     *
     * @minItems 1
     */
    kanal?: [KanalLayanan, ...KanalLayanan[]];
    /**
     * Jam buka bawaan.
     *
     * @minItems 1
     */
    jam_pelayanan?: [JamPelayanan, ...JamPelayanan[]];
    komponen?: Komponen;
  };
}
/**
 * Wilayah kerja penyelenggara, untuk memeriksa peraturan daerah yang dirujuk.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "wilayah".
 */
export interface Wilayah {
  /**
   * Tingkat wilayah.
   */
  jenis: 'nasional' | 'provinsi' | 'kabupaten' | 'kota';
  nama: Teks;
  /**
   * Kode wilayah Kemendagri, misalnya "34.71", ditulis di antara tanda kutip.
   */
  kode?: string;
  provinsi?: Teks;
}
/**
 * Maklumat pelayanan (UU 25/2009 Pasal 22): pernyataan kesanggupan, janji perbaikan berkelanjutan, dan kesediaan menerima sanksi/memberi kompensasi.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "maklumat".
 */
export interface Maklumat {
  /**
   * Kalimat maklumat. Bila tidak diisi, dipakai kalimat baku: "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
   */
  teks?: string;
  /**
   * Janji tambahan, misalnya "Memberikan pelayanan yang cepat, tepat, transparan, pasti dan gratis" atau "Terus melakukan perbaikan secara berkelanjutan".
   *
   * @minItems 1
   */
  janji?: [Teks, ...Teks[]];
  kompensasi?: Teks;
  tempat?: Teks;
  tanggal?: Tanggal;
  /**
   * Tahun penandatanganan, bila naskah maklumat tidak menyebut tanggal lengkapnya ("Sukamaju, 2023"): dicetak apa adanya, tanpa hari dan bulan.
   */
  tahun?: number;
  /**
   * Penandatangan maklumat. Bila tidak diisi, dipakai kepala unit; tidak_dinyatakan: true bila dokumen tidak menyebutnya.
   */
  penandatangan?: Pejabat | TidakDinyatakan;
}
