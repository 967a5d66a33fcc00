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

const one = (v: unknown): string | undefined => {
  const s = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : undefined;
  return s === '' ? undefined : s;
};

/** "Pasal 33 ayat (1) huruf a", "Pasal 1 angka 7": each part as the document gives it, with the word it lacks. */
function provision(p: Record<string, unknown>): string {
  const pasal = one(p.pasal);
  const ayat = one(p.ayat);
  const huruf = one(p.huruf);
  const angka = one(p.angka);
  return [
    // An annex is cited by its own name ("Lampiran Peraturan Pemerintah …"), not as an article.
    pasal && (/^(?:pasal|lampiran)\b/i.test(pasal) ? pasal : `Pasal ${pasal}`),
    ayat && (/^ayat\b/i.test(ayat) ? ayat : `ayat ${/^\(.*\)$/.test(ayat) ? ayat : `(${ayat})`}`),
    huruf && (/^huruf\b/i.test(huruf) ? huruf : `huruf ${huruf}`),
    angka && (/^angka\b/i.test(angka) ? angka : `angka ${angka}`),
  ]
    .filter(Boolean)
    .join(' ');
}

const REGIONAL: ReadonlySet<string> = new Set<JenisPeraturan>(['Perda', 'Pergub', 'Perbup', 'Perwali']);

/**
 * Where it was promulgated, as the document gives it: "(Lembaran Negara Republik Indonesia Tahun
 * 2009 Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038)"; a regional regulation
 * is in the Lembaran Daerah. A sheet without a number is not cited.
 */
function gazette(p: Record<string, unknown>, jenis: string | undefined): string | undefined {
  const name = jenis !== undefined && REGIONAL.has(jenis) ? 'Lembaran Daerah' : 'Lembaran Negara Republik Indonesia';
  const sheet = (prefix: string, v: unknown) => {
    const l = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
    const nomor = one(l.nomor);
    if (!nomor) return undefined;
    const tahun = one(l.tahun);
    const catatan = one(l.catatan);
    return [prefix, tahun && `Tahun ${tahun}`, `Nomor ${nomor}`, catatan && `(${catatan})`].filter(Boolean).join(' ');
  };
  const sheets = [sheet(name, p.ln), sheet(`Tambahan ${name}`, p.tln)].filter(Boolean);
  return sheets.length > 0 ? `(${sheets.join(', ')})` : undefined;
}

/**
 * The citation as Indonesian legal drafting writes it: "Undang-Undang Nomor 25 Tahun 2009 tentang
 * Pelayanan Publik". A number that already carries its year ("23/PMK.01/2019") gets no "Tahun".
 * Only what is written is cited: a citation by title alone stays one, a missing year is not
 * guessed. Its place in the gazette (`ln`, `tln`) follows in brackets, then the amendments cited
 * with it (`jo`), "jo. Undang-Undang Nomor 24 …".
 */
export function citeRegulation(reg: Peraturan | Record<string, unknown>): string {
  const p = reg as Record<string, unknown>;
  const jenis = one(p.jenis);
  const kind = ownEntry(KINDS, jenis) ?? { name: jenis && jenis !== 'Lainnya' ? jenis : '' };
  const nomor = one(p.nomor);
  const tahun = one(p.tahun);
  const tentang = one(p.tentang);
  const head = jenis === 'UUD' ? [kind.name, tahun && `Tahun ${tahun}`].filter(Boolean).join(' ') : [kind.name, issuerPart(kind, one(p.penerbit))].filter(Boolean).join(' ');
  const number = jenis === 'UUD' ? [] : [nomor && `Nomor ${nomor}`, tahun && !nomor?.includes('/') && `Tahun ${tahun}`];
  const about = tentang && jenis !== 'UUD' ? `tentang ${tentang}` : undefined;
  const jo = (Array.isArray(p.jo) ? p.jo : []).filter((j): j is Record<string, unknown> => typeof j === 'object' && j !== null).map((j) => `jo. ${citeRegulation(j)}`);
  return [provision(p), head, ...number, about, gazette(p, jenis), ...jo].filter(Boolean).join(' ');
}

/** The short form used in running text and schema.org: "UU 25/2009", "PP 28/2019". */
export function shortRegulation(reg: Peraturan | Record<string, unknown>): string {
  const p = reg as Record<string, unknown>;
  const jenis = one(p.jenis) ?? '';
  const nomor = one(p.nomor);
  const tahun = one(p.tahun);
  if (!nomor) return [jenis, tahun].filter(Boolean).join(' ') || one(p.tentang) || '';
  return nomor.includes('/') || !tahun ? `${jenis} ${nomor}`.trim() : `${jenis} ${nomor}/${tahun}`.trim();
}
