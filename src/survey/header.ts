import { headerKey } from './cells.js';
import type { Unsur } from './unsur.js';

/**
 * What a column of the responses holds, from its header: the agreed template's names and the
 * usual variants (any case, spaces and punctuation; "ID Responden" or "No."; "Jenis Layanan";
 * an online form's timestamp; U1–U9 as "U-1", "Unsur 1", "P1" or the element's name, even as a
 * whole question).
 */
export type Field =
  | { kind: 'id' | 'kode' | 'layanan' | 'tanggal' | 'jenisKelamin' | 'usia' | 'pendidikan' | 'pekerjaan' }
  | { kind: 'unsur'; index: number }
  /** Known and deliberately not read: names, contacts, free-text suggestions, a sheet's own totals. */
  | { kind: 'abaikan' }
  | { kind: 'ambigu'; indexes: number[] };

export type ProfileKind = Extract<Field['kind'], 'id' | 'kode' | 'layanan' | 'tanggal' | 'jenisKelamin' | 'usia' | 'pendidikan' | 'pekerjaan'>;

const EXACT: Record<string, ProfileKind | 'abaikan'> = Object.assign(Object.create(null) as Record<string, ProfileKind | 'abaikan'>, {
  no: 'id', nomor: 'id', id: 'id', noresp: 'id', noresponden: 'id', nomorresponden: 'id', idresponden: 'id', responden: 'id',
  koderesponden: 'id', nourut: 'id', nomorurut: 'id', respondenid: 'id', idrespon: 'id',
  kode: 'kode', kodelayanan: 'kode', kodepelayanan: 'kode', kodejenislayanan: 'kode',
  pelayanan: 'layanan', layanan: 'layanan', jenislayanan: 'layanan', namalayanan: 'layanan', jenispelayanan: 'layanan', layananyangditerima: 'layanan', layananyangdigunakan: 'layanan',
  timestamp: 'tanggal', stempelwaktu: 'tanggal', capwaktu: 'tanggal', date: 'tanggal', waktupengisian: 'tanggal', waktusurvei: 'tanggal', waktukunjungan: 'tanggal',
  jk: 'jenisKelamin', lp: 'jenisKelamin', kelamin: 'jenisKelamin', gender: 'jenisKelamin', sex: 'jenisKelamin',
  age: 'usia', kelompokusia: 'usia', kelompokumur: 'usia', profesi: 'pekerjaan',
  nama: 'abaikan', namaresponden: 'abaikan', alamat: 'abaikan', nohp: 'abaikan', notelp: 'abaikan', notelepon: 'abaikan', telepon: 'abaikan', hp: 'abaikan', email: 'abaikan',
  saran: 'abaikan', kritik: 'abaikan', kritikdansaran: 'abaikan', masukan: 'abaikan', saranmasukan: 'abaikan', sarandanmasukan: 'abaikan', keterangan: 'abaikan', ket: 'abaikan', catatan: 'abaikan',
  jumlah: 'abaikan', total: 'abaikan', jumlahnilai: 'abaikan', ratarata: 'abaikan', nrr: 'abaikan', ikm: 'abaikan', tandatangan: 'abaikan', paraf: 'abaikan',
});

const PREFIXES: readonly [string, ProfileKind][] = [
  ['tanggal', 'tanggal'], ['tgl', 'tanggal'], ['jeniskelamin', 'jenisKelamin'], ['usia', 'usia'], ['umur', 'usia'],
  ['pendidikan', 'pendidikan'], ['tingkatpendidikan', 'pendidikan'], ['pekerjaan', 'pekerjaan'],
  ['kodelayanan', 'kode'], ['jenislayanan', 'layanan'], ['namalayanan', 'layanan'], ['jenispelayanan', 'layanan'],
];

/** "U3", "U-3", "Unsur 3", "P3", "Q3", "Pertanyaan 3", optionally followed by the element's name. */
const BY_NUMBER = /^(?:u|unsur|p|q|pertanyaan|soal)0*(\d{1,2})(?:[a-z].*)?$/;

/** Reads headers against a set of elements; their names are normalised once, not per cell. */
export class ColumnNames {
  private readonly names: Map<string, number>;
  private readonly numbers: Map<string, number>;
  private readonly kata: readonly (readonly string[])[];

  constructor(unsur: readonly Unsur[]) {
    this.names = new Map(unsur.flatMap((u, i) => [[headerKey(u.kode), i], [headerKey(u.nama.id), i]] as [string, number][]).reverse());
    this.numbers = new Map(unsur.map((u, i) => [headerKey(u.kode), i]));
    this.kata = unsur.map((u) => u.kata);
  }

  fieldOf(header: string): Field | undefined {
    const key = headerKey(header);
    if (key === '') return undefined;
    const exact = EXACT[key];
    if (exact) return { kind: exact };
    const own = this.names.get(key);
    if (own !== undefined) return { kind: 'unsur', index: own };
    const prefix = PREFIXES.find(([p]) => key.startsWith(p));
    if (prefix) return { kind: prefix[1] };
    const numbered = BY_NUMBER.exec(key);
    if (numbered) {
      const index = this.numbers.get(`u${Number(numbered[1])}`);
      return index !== undefined ? { kind: 'unsur', index } : undefined;
    }
    const named = this.kata.flatMap((words, index) => (words.some((k) => key.includes(k)) ? [index] : []));
    if (named.length === 1) return { kind: 'unsur', index: named[0]! };
    return named.length > 1 ? { kind: 'ambigu', indexes: named } : undefined;
  }
}

/** A row is the header when it names at least two elements, or one element and one other known column. */
export function looksLikeHeader(fields: readonly (Field | undefined)[]): boolean {
  const elements = fields.filter((f) => f?.kind === 'unsur').length;
  const others = fields.filter((f) => f !== undefined && f.kind !== 'unsur' && f.kind !== 'ambigu').length;
  return elements >= 2 || (elements === 1 && others >= 1);
}
