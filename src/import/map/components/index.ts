import type { ComponentKey } from '../../../model/components.js';
import { parseBiaya } from './biaya.js';
import { butirList } from './butir.js';
import type { ComponentParser } from './context.js';
import { parseJangkaWaktu } from './jangka-waktu.js';
import { parseDasarHukum, parseEvaluasi, parseJumlahPelaksana, parseProduk, parseSarana } from './lists.js';
import { parsePengaduan } from './pengaduan.js';
import { parsePersyaratan } from './persyaratan.js';
import { parseProsedur } from './prosedur.js';

/** One parser per component kind. */
export const COMPONENT_PARSERS: Record<ComponentKey, ComponentParser> = {
  persyaratan: parsePersyaratan,
  sistem_mekanisme_prosedur: parseProsedur,
  jangka_waktu: parseJangkaWaktu,
  biaya: parseBiaya,
  produk: parseProduk,
  pengaduan: parsePengaduan,
  dasar_hukum: parseDasarHukum,
  sarana_prasarana: parseSarana,
  kompetensi_pelaksana: butirList,
  pengawasan_internal: butirList,
  jumlah_pelaksana: parseJumlahPelaksana,
  jaminan_pelayanan: butirList,
  jaminan_keamanan_keselamatan: butirList,
  evaluasi_kinerja: parseEvaluasi,
};
