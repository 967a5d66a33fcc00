import { angkaDanHuruf } from './angka-dan-huruf.js';
import { biayaGratisBertentangan } from './biaya-gratis-bertentangan.js';
import { isianKosong } from './isian-kosong.js';
import { istilahUsang } from './istilah-usang.js';
import { jenisPeraturanKeliru } from './jenis-peraturan-keliru.js';
import { judulPeraturan } from './judul-peraturan.js';
import { jangkaWaktuJamBuka } from './jangka-waktu-jam-buka.js';
import { jumlahPelaksanaTidakCocok } from './jumlah-pelaksana-tidak-cocok.js';
import { kanalPengaduanWajib } from './kanal-pengaduan-wajib.js';
import { kanalSp4nLapor } from './kanal-sp4n-lapor.js';
import { kepalaTanpaNama } from './kepala-tanpa-nama.js';
import { kodeLayananGanda } from './kode-layanan-ganda.js';
import { komponenLengkap } from './komponen-lengkap.js';
import { konsultasiPublik } from './konsultasi-publik.js';
import { lembaranNegaraKeliru } from './lembaran-negara-keliru.js';
import { nomorPeraturanKeliru } from './nomor-peraturan-keliru.js';
import { pengaduanTanpaTindakLanjut } from './pengaduan-tanpa-tindak-lanjut.js';
import { maklumatLengkap } from './maklumat-lengkap.js';
import { penetapanLengkap } from './penetapan-lengkap.js';
import { peraturanDicabut } from './peraturan-dicabut.js';
import { peraturanTidakDikenal } from './peraturan-tidak-dikenal.js';
import { peraturanTidakLengkap } from './peraturan-tidak-lengkap.js';
import { perubahanTidakDirujuk } from './perubahan-tidak-dirujuk.js';
import { perdaWilayahLain } from './perda-wilayah-lain.js';
import { persyaratanGanda } from './persyaratan-ganda.js';
import { produkWajib } from './produk-wajib.js';
import { pungutanDiLuarBiaya } from './pungutan-di-luar-biaya.js';
import { reviuBerkala } from './reviu-berkala.js';
import { saranaKelompokRentan } from './sarana-kelompok-rentan.js';
import { skmKedaluwarsa } from './skm-kedaluwarsa.js';
import { tarifTanpaDasarHukum } from './tarif-tanpa-dasar-hukum.js';
import { tautanHttps } from './tautan-https.js';
import { tidakDinyatakan } from './tidak-dinyatakan.js';
import type { Rule } from './types.js';
import { usang } from './usang.js';
import { waktuLangkahMelebihi } from './waktu-langkah-melebihi.js';
import { waktuRancu } from './waktu-rancu.js';
import { wilayahPenyelenggara } from './wilayah-penyelenggara.js';

/** Every rule, by id: issue 3's list, then issue 10's, then issue 12's, then issue 15's (documentation and SARIF follow this order). */
export const RULES: Record<string, Rule> = Object.fromEntries(
  [
    komponenLengkap,
    tarifTanpaDasarHukum,
    biayaGratisBertentangan,
    waktuLangkahMelebihi,
    jangkaWaktuJamBuka,
    jumlahPelaksanaTidakCocok,
    saranaKelompokRentan,
    kanalPengaduanWajib,
    kanalSp4nLapor,
    peraturanDicabut,
    perdaWilayahLain,
    angkaDanHuruf,
    maklumatLengkap,
    penetapanLengkap,
    konsultasiPublik,
    reviuBerkala,
    persyaratanGanda,
    kodeLayananGanda,
    tautanHttps,
    produkWajib,
    isianKosong,
    waktuRancu,
    pungutanDiLuarBiaya,
    tidakDinyatakan,
    peraturanTidakLengkap,
    kepalaTanpaNama,
    usang,
    pengaduanTanpaTindakLanjut,
    wilayahPenyelenggara,
    judulPeraturan,
    nomorPeraturanKeliru,
    jenisPeraturanKeliru,
    perubahanTidakDirujuk,
    lembaranNegaraKeliru,
    istilahUsang,
    peraturanTidakDikenal,
    skmKedaluwarsa,
  ].map((r) => [r.id, r]),
);
