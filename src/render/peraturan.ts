import type { JenisPeraturan, Peraturan } from '../types/schema.js';

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
  Perkap: { name: 'Peraturan Kepala Kepolisian Negara Republik Indonesia' },
  Perpol: { name: 'Peraturan Kepolisian Negara Republik Indonesia' },
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
  const kind = KINDS[p.jenis] ?? KINDS.Lainnya;
  const nomor = p.nomor === undefined ? '' : String(p.nomor).trim();
  const year = p.tahun === undefined ? '' : ` Tahun ${p.tahun}`;
  const head = p.jenis === 'UUD' ? `${kind.name}${year}` : [kind.name, issuerPart(kind, p.penerbit)].filter(Boolean).join(' ');
  const number = p.jenis === 'UUD' ? '' : nomor === '' ? year : nomor.includes('/') ? ` Nomor ${nomor}` : ` Nomor ${nomor}${year}`;
  const about = p.tentang && p.jenis !== 'UUD' ? ` tentang ${p.tentang.trim()}` : '';
  const gazette = gazetteOf(p);
  const main = `${articleOf(p)}${head}${number}${about}${gazette ? ` (${gazette})` : ''}`.trim();
  return [main, ...(p.jo ?? []).map(citeRegulation)].join(' jo. ');
}

/** "Pasal 33 ayat (1) huruf a ", as the document points into the regulation. */
function articleOf(p: Peraturan): string {
  const part = (word: string, value: string | number | undefined, wrap = false) => {
    const text = value === undefined ? '' : String(value).trim();
    if (!text) return '';
    if (!/^\d/.test(text)) return text;
    return wrap ? `${word} (${text})` : `${word} ${text}`;
  };
  return [part('Pasal', p.pasal), part('ayat', p.ayat, true), p.huruf ? `huruf ${p.huruf.trim()}` : '', part('angka', p.angka)].filter(Boolean).map((s) => `${s} `).join('');
}

const REGIONAL = new Set<JenisPeraturan>(['Perda', 'Pergub', 'Perbup', 'Perwali']);

/** "Lembaran Negara Tahun 2009 Nomor 112, Tambahan Lembaran Negara Nomor 5038". */
function gazetteOf(p: Peraturan): string {
  const name = REGIONAL.has(p.jenis) ? 'Lembaran Daerah' : 'Lembaran Negara';
  const sheet = (prefix: string, l: Peraturan['ln']) => (l ? `${prefix}${l.tahun !== undefined ? ` Tahun ${l.tahun}` : ''} Nomor ${String(l.nomor).trim()}` : '');
  return [sheet(name, p.ln), sheet(`Tambahan ${name}`, p.tln)].filter(Boolean).join(', ');
}

/** The short form used in running text and schema.org: "UU 25/2009", "PP 28/2019". */
export function shortRegulation(p: Peraturan): string {
  const nomor = p.nomor === undefined ? '' : String(p.nomor).trim();
  if (nomor === '') return p.tahun === undefined ? p.jenis : `${p.jenis} ${p.tahun}`;
  return nomor.includes('/') || p.tahun === undefined ? `${p.jenis} ${nomor}` : `${p.jenis} ${nomor}/${p.tahun}`;
}
