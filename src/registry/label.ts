import { ISSUED_KINDS, type Regulation } from './types.js';

/** "Permen PANRB Nomor 15 Tahun 2014" style label for messages; only the parts given. */
export function regulationLabel(r: { jenis: string; nomor?: string; tahun?: number; penerbit?: string; tentang?: string }): string {
  const issuer = r.penerbit ? ` ${r.penerbit}` : '';
  const number = r.nomor ? ` Nomor ${r.nomor}` : '';
  const year = r.tahun !== undefined ? ` Tahun ${r.tahun}` : '';
  const about = !r.nomor && r.tahun === undefined && r.tentang ? ` tentang ${r.tentang}` : '';
  return `${r.jenis}${issuer}${number}${year}${about}`;
}

/**
 * A registry entry's label: the issuer only for kinds many issuers share, a minister's
 * regulation under the ministry's short name ("Permen PANRB", not "Permen Menteri PANRB").
 */
export function entryLabel(e: Regulation): string {
  const penerbit = !e.penerbit || !ISSUED_KINDS.has(e.jenis) ? undefined : e.jenis === 'Permen' || e.jenis === 'Kepmen' ? e.penerbit.replace(/^(Menteri|Kementerian)(\s+Negara)?\s+/i, '') : e.penerbit;
  return regulationLabel({ jenis: e.jenis, nomor: e.nomor, tahun: e.tahun, penerbit });
}
