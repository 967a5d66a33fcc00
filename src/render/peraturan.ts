import type { JenisPeraturan, Peraturan } from '../types/schema.js';
import { ownEntry } from '../load/guards.js';

/**
 * How a kind of regulation is named in full, and the word of the issuer that the name already
 * carries ("Peraturan Wali Kota Sukamaju", not "Peraturan Wali Kota Kota Sukamaju").
 */
const KINDS: Record<JenisPeraturan, { name: string; issuerPrefix?: string; issuerWord?: string }> = {
  UUD: { name: 'Undang-Undang Dasar Negara Republik Indonesia' },
  UU: { name: 'Undang-Undang' },
  Perppu: { name: 'Peraturan Pemerintah Pengganti Undang-Undang' },
  PP: { name: 'Peraturan Pemerintah' },
  Perpres: { name: 'Peraturan Presiden' },
  Inpres: { name: 'Instruksi Presiden' },
  Keppres: { name: 'Keputusan Presiden' },
  Permen: { name: 'Peraturan', issuerPrefix: 'Menteri' },
  Kepmen: { name: 'Keputusan', issuerPrefix: 'Menteri' },
  Perban: { name: 'Peraturan' },
  Perda: { name: 'Peraturan Daerah' },
  Pergub: { name: 'Peraturan Gubernur', issuerWord: 'Provinsi' },
  Perbup: { name: 'Peraturan Bupati', issuerWord: 'Kabupaten' },
  Perwali: { name: 'Peraturan Wali Kota', issuerWord: 'Kota' },
  Keputusan: { name: 'Keputusan' },
  'Surat Edaran': { name: 'Surat Edaran' },
  Lainnya: { name: '' },
};

function issuerPart(kind: (typeof KINDS)[JenisPeraturan], issuer: string | undefined): string {
  if (!issuer) return kind.issuerPrefix ?? '';
  let text = issuer.trim();
  if (kind.issuerWord && text.toLowerCase().startsWith(kind.issuerWord.toLowerCase() + ' ')) text = text.slice(kind.issuerWord.length + 1);
  if (kind.issuerPrefix && !text.toLowerCase().startsWith(kind.issuerPrefix.toLowerCase())) text = `${kind.issuerPrefix} ${text}`;
  return text;
}

/**
 * The citation as Indonesian legal drafting writes it: "Undang-Undang Nomor 25 Tahun 2009 tentang
 * Pelayanan Publik". A number that already carries its year ("23/PMK.01/2019") gets no "Tahun".
 */
export function citeRegulation(p: Peraturan): string {
  const kind = ownEntry(KINDS, p.jenis) ?? KINDS.Lainnya;
  const nomor = String(p.nomor).trim();
  const head = p.jenis === 'UUD' ? `${kind.name} Tahun ${p.tahun}` : [kind.name, issuerPart(kind, p.penerbit)].filter(Boolean).join(' ');
  const number = p.jenis === 'UUD' ? '' : nomor.includes('/') ? ` Nomor ${nomor}` : ` Nomor ${nomor} Tahun ${p.tahun}`;
  const about = p.tentang && p.jenis !== 'UUD' ? ` tentang ${p.tentang.trim()}` : '';
  return `${p.pasal ? `${p.pasal.trim()} ` : ''}${head}${number}${about}`.trim();
}

/** The short form used in running text and schema.org: "UU 25/2009", "PP 28/2019". */
export function shortRegulation(p: Peraturan): string {
  const nomor = String(p.nomor).trim();
  return nomor.includes('/') ? `${p.jenis} ${nomor}` : `${p.jenis} ${nomor}/${p.tahun}`;
}
