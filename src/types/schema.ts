/* Generated from schemas/ by `npm run gen:types`. Do not edit by hand. */

/**
 * Kode pengenal yang tetap: huruf, angka, titik, garis bawah atau tanda hubung, misalnya DUK-KTP-EL.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kode".
 */
export type Kode = string;
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
 * Cara pemohon mendapatkan layanan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "jenis_kanal_layanan".
 */
export type JenisKanalLayanan = 'tatap_muka' | 'daring' | 'mpp' | 'aplikasi' | 'jemput_bola' | 'pos' | 'lainnya';
/**
 * Alamat web yang diawali https://.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "url_https".
 */
export type UrlHttps = string;
/**
 * Catatan bebas untuk hal yang tidak muat di kolom lain.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "catatan".
 */
export type Catatan = string;
/**
 * Tanggal dengan format TTTT-BB-HH, misalnya 2025-01-31.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "tanggal".
 */
export type Tanggal = string;
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
 * Komponen Persyaratan (UU 25/2009 Pasal 21 huruf b): dokumen atau syarat yang harus dipenuhi pemohon. Tulis sebagai daftar, atau sebagai kelompok per keadaan pemohon.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "persyaratan".
 */
export type Persyaratan =
  | [Syarat, ...Syarat[]]
  | {
      /**
       * Kelompok persyaratan per keadaan pemohon (baru, hilang/rusak, perubahan data, WNA, ...).
       *
       * @minItems 1
       */
      kelompok: [KelompokPersyaratan, ...KelompokPersyaratan[]];
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
       * Dokumen atau syarat yang harus dipenuhi, misalnya "Kartu Keluarga".
       */
      uraian: string;
      /**
       * Bentuk dokumen yang diserahkan.
       */
      bentuk?: 'asli' | 'fotokopi' | 'asli_dan_fotokopi' | 'salinan_digital' | 'diperlihatkan';
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
      catatan?: Catatan;
    };
/**
 * Keadaan pemohon yang menentukan persyaratan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "kasus_pemohon".
 */
export type KasusPemohon =
  'baru' | 'hilang' | 'rusak' | 'hilang_rusak' | 'perubahan_data' | 'perpanjangan' | 'wni' | 'wna' | 'lainnya';
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
 * Satuan waktu: menit, jam, hari_kerja atau hari_kalender.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "satuan_waktu".
 */
export type SatuanWaktu = 'menit' | 'jam' | 'hari_kerja' | 'hari_kalender';
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
  | 'Perda'
  | 'Pergub'
  | 'Perbup'
  | 'Perwali'
  | 'Keputusan'
  | 'Surat Edaran'
  | 'Lainnya';
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
   * Nomor, alamat e-mail, tautan, atau tempat, sesuai jenisnya: telepon/whatsapp/sms berupa nomor telepon, email berupa alamat e-mail, website/sp4n_lapor berupa tautan https.
   */
  alamat?: string;
  /**
   * Nama tampilan, misalnya "Call center Dukcapil" atau "@dukcapilsukamaju".
   */
  nama?: string;
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
  | 'email'
  | 'website'
  | 'media_sosial'
  | 'kotak_saran'
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
  penetapan?: Penetapan;
  konsultasi_publik?: KonsultasiPublik;
  tanggal_reviu?: Tanggal;
  komponen: Komponen;
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
  url?: UrlHttps;
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
   * Jam buka, misalnya "08.00–15.30".
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
   * Nomor keputusan, misalnya "470/112/DUKCAPIL/2025".
   */
  nomor?: string;
  tanggal?: Tanggal;
  /**
   * Judul keputusan.
   */
  tentang?: string;
  penandatangan?: Pejabat;
  /**
   * Nomor lampiran untuk layanan ini, misalnya "I".
   */
  lampiran?: string;
  catatan?: Catatan;
}
/**
 * Pejabat: nama, jabatan, pangkat/golongan dan NIP.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "pejabat".
 */
export interface Pejabat {
  /**
   * Nama lengkap beserta gelar.
   */
  nama: string;
  /**
   * Jabatan, misalnya Kepala Dinas Kependudukan dan Pencatatan Sipil.
   */
  jabatan: string;
  /**
   * Pangkat dan golongan ruang, misalnya "Pembina Utama Muda, IV/c".
   */
  pangkat_golongan?: string;
  nip?: Nip;
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
    url?: UrlHttps;
    catatan?: Catatan;
  };
  catatan?: Catatan;
}
/**
 * Komponen standar pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014). Komponen yang tidak ditulis diambil dari bawaan penyelenggara.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "komponen".
 */
export interface Komponen {
  persyaratan?: Persyaratan;
  sistem_mekanisme_prosedur?: SistemMekanismeProsedur;
  jangka_waktu?: JangkaWaktu;
  biaya?: Biaya;
  /**
   * Komponen Produk pelayanan (Pasal 21 huruf f): yang diterima pemohon.
   *
   * @minItems 1
   */
  produk?: [ProdukButir, ...ProdukButir[]];
  pengaduan?: Pengaduan;
  /**
   * Komponen Dasar hukum (Pasal 21 huruf a): peraturan yang menjadi dasar layanan.
   *
   * @minItems 1
   */
  dasar_hukum?: [Peraturan, ...Peraturan[]];
  /**
   * Komponen Sarana, prasarana, dan/atau fasilitas (Pasal 21 huruf g), termasuk fasilitas bagi kelompok rentan.
   *
   * @minItems 1
   */
  sarana_prasarana?: [Sarana, ...Sarana[]];
  kompetensi_pelaksana?: DaftarButir;
  pengawasan_internal?: DaftarButir;
  jumlah_pelaksana?: JumlahPelaksana;
  jaminan_pelayanan?: DaftarButir;
  jaminan_keamanan_keselamatan?: DaftarButir;
  /**
   * Komponen Evaluasi kinerja pelaksana (Pasal 21 huruf n): apa yang dievaluasi dan seberapa sering.
   *
   * @minItems 1
   */
  evaluasi_kinerja?: [EvaluasiButir, ...EvaluasiButir[]];
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
   * Persyaratan dalam kelompok ini.
   *
   * @minItems 1
   */
  butir: [Syarat, ...Syarat[]];
  catatan?: Catatan;
}
/**
 * Satu langkah prosedur: siapa melakukan apa, dan berapa lama.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "langkah".
 */
export interface Langkah {
  /**
   * Siapa yang melakukan langkah ini, misalnya "Pemohon" atau "Petugas loket".
   */
  pelaksana: string;
  /**
   * Apa yang dilakukan.
   */
  uraian: string;
  waktu?: Durasi;
  catatan?: Catatan;
}
/**
 * Lama waktu: angka dan satuan.
 *
 * This interface was referenced by `Skema`'s JSON-Schema
 * via the `definition` "durasi".
 */
export interface Durasi {
  /**
   * Angka lamanya, misalnya 14.
   */
  nilai: number;
  satuan: SatuanWaktu;
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
  /**
   * Angka lamanya, misalnya 14.
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
 * Komponen Biaya/tarif (Pasal 21 huruf e): yang dibayar pemohon. Tulis gratis: true dengan peraturan yang membebaskan biaya, atau daftar tarif dengan dasar hukumnya.
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
 * Rujukan peraturan perundang-undangan.
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
  nomor: string | number;
  /**
   * Tahun terbit peraturan, misalnya 2009.
   */
  tahun: number;
  /**
   * Judul peraturan sesudah kata "tentang".
   */
  tentang: string;
  /**
   * Pasal yang dirujuk, bila hanya sebagian peraturan yang relevan, misalnya "Pasal 21".
   */
  pasal?: string;
  url?: UrlHttps;
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
  kanal: [KanalPengaduan, ...KanalPengaduan[]];
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
  telepon?: Telepon;
  email?: Email;
  website?: UrlHttps;
  /**
   * Berkas logo (PNG, JPG, SVG atau WebP) di dalam folder unit, relatif terhadap berkas ini. SVG dibersihkan dari skrip, tautan dan rujukan ke luar sebelum dipasang.
   */
  logo?: string;
  wilayah?: Wilayah;
  /**
   * Bahasa dokumen (kode BCP 47).
   */
  bahasa?: string;
  kepala: Pejabat;
  maklumat?: Maklumat;
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
  tempat: Teks;
  tanggal: Tanggal;
  penandatangan?: Pejabat;
}
