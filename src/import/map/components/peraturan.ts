import type { Peraturan as SchemaPeraturan } from '../../../types/schema.js';
import type { Draft } from '../record.js';

type Peraturan = Draft<SchemaPeraturan>;

/**
 * Citations as documents write them: "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan
 * Publik", "UU No :23 Thn 2006 Tentang ...", "Perpres No.26 Thn 2009", "Permendagri Nomor 9 tahun
 * 2016", "Peraturan Daerah Kabupaten Kudus Nomor 12 Tahun 2008", "pasal 33 (1) Perpres 96 Tahun
 * 2018", "UU 23/2006 jo. UU 24/2013".
 */

type Jenis = Peraturan['jenis'];

const MINISTRIES: [RegExp, string][] = [
  [/^(?:dalam negeri|mendagri|dagri)$/i, 'Menteri Dalam Negeri'],
  [/^(?:hukum dan (?:hak asasi|ham)(?: manusia)?|kumham)$/i, 'Menteri Hukum dan Hak Asasi Manusia'],
  [/^(?:pan\s*(?:&|dan)?\s*rb|panrb|pendayagunaan aparatur negara dan reformasi birokrasi)$/i, 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'],
  [/^(?:keuangan|keu)$/i, 'Menteri Keuangan'],
  [/^(?:kesehatan|kes)$/i, 'Menteri Kesehatan'],
  [/^(?:perhubungan|hub)$/i, 'Menteri Perhubungan'],
];

const ministry = (name: string) => MINISTRIES.find(([re]) => re.test(name.trim()))?.[1];

interface Kind {
  re: RegExp;
  jenis: Jenis;
  /** The issuer from the match ("Kabupaten Kudus", "Menteri Dalam Negeri"). */
  penerbit?: (m: RegExpExecArray) => string | undefined;
}

const NAME_WORD = String.raw`(?!(?:nomor|no|tahun|thn)\b)[A-Z][\w'-]*`;
const REGION = String.raw`((?:provinsi|kabupaten|kab\.?|kota)\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`;
const regionName = (s: string | undefined) => s?.replace(/^kab(?:\.\s*|\s+)/i, 'Kabupaten ').replace(/^(\w)/, (c) => c.toUpperCase());

const KINDS: Kind[] = [
  { re: /^undang[-\s]*undang\s+dasar/i, jenis: 'UUD' },
  { re: /^peraturan\s+pemerintah\s+pengganti\s+undang[-\s]*undang|^perppu\b/i, jenis: 'Perppu' },
  { re: /^undang[-\s]*undang(?:\s+republik\s+indonesia)?|^uu(?:\s*ri)?\b/i, jenis: 'UU' },
  { re: /^peraturan\s+pemerintah(?:\s+republik\s+indonesia)?|^pp\b/i, jenis: 'PP' },
  { re: /^peraturan\s+presiden(?:\s+(?:republik\s+indonesia|no\s+ri))?|^perpres\b/i, jenis: 'Perpres' },
  { re: /^instruksi\s+presiden|^inpres\b/i, jenis: 'Inpres' },
  { re: /^keputusan\s+presiden|^keppres\b/i, jenis: 'Keppres' },
  { re: /^peraturan\s+kapolri|^perkap\b|^peraturan\s+kepala\s+kepolisian/i, jenis: 'Perkap' },
  { re: /^peraturan\s+kepolisian|^perpol\b/i, jenis: 'Perpol' },
  { re: /^permen\s*(pan\s*(?:&|dan)?\s*rb|panrb|dagri|kumham|keu|kes|hub)\b/i, jenis: 'Permen', penerbit: (m) => ministry(m[1]!) },
  { re: /^permendagri\b/i, jenis: 'Permen', penerbit: () => 'Menteri Dalam Negeri' },
  { re: /^permenkumham\b/i, jenis: 'Permen', penerbit: () => 'Menteri Hukum dan Hak Asasi Manusia' },
  { re: /^peraturan\s+mendagri\b/i, jenis: 'Permen', penerbit: () => 'Menteri Dalam Negeri' },
  { re: /^peraturan\s+menteri\s+(.+?)(?=\s+(?:nomor|no\.?|republik)\b)/i, jenis: 'Permen', penerbit: (m) => ministry(m[1]!) ?? `Menteri ${m[1]!.trim()}` },
  { re: /^permen\b/i, jenis: 'Permen' },
  { re: /^keputusan\s+menteri|^kepmen\b/i, jenis: 'Kepmen' },
  { re: new RegExp(String.raw`^(?:peraturan\s+daerah|perda)(?:\s+${REGION})?`, 'i'), jenis: 'Perda', penerbit: (m) => regionName(m[1]) },
  { re: /^(?:peraturan\s+gubernur|pergub)(?:\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?))?(?=\s+(?:nomor|no\.?)\b)/i, jenis: 'Pergub', penerbit: (m) => (m[1] ? `Provinsi ${m[1]}` : undefined) },
  { re: /^(?:peraturan\s+bupati|perbup)(?:\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?))?(?=\s+(?:nomor|no\.?)\b)/i, jenis: 'Perbup', penerbit: (m) => (m[1] ? `Kabupaten ${m[1]}` : undefined) },
  { re: /^(?:peraturan\s+wali\s*kota|perwal[i]?)(?:\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?))?(?=\s+(?:nomor|no\.?)\b)/i, jenis: 'Perwali', penerbit: (m) => (m[1] ? `Kota ${m[1]}` : undefined) },
  { re: /^peraturan\s+(?:badan|lembaga|kepala\s+badan)/i, jenis: 'Perban' },
  { re: /^(?:surat\s+)?keputusan\b/i, jenis: 'Keputusan' },
  { re: /^surat\s+edaran\b/i, jenis: 'Surat Edaran' },
];

export interface Citation {
  value: Peraturan;
  /** Kind, number and year all read: the rest of the line is the title. */
  sure: boolean;
}

const number = (s: string): string | number => (/^\d+$/.test(s) ? Number(s) : s);

function one(text: string): Citation | undefined {
  let t = text.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, '').trim();
  if (/\)$/.test(t) && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0)) t = t.slice(0, -1).trim();
  const value: Partial<Peraturan> = {};
  const annex = /^(?:pasal\s+)?(lampiran(?:\s+[IVX]{1,5}\b)?)\s+(?=\S)/i.exec(t);
  const pasal = annex ? null : /^pasal\s+(\d+[a-z]?)(?:\s*(?:\((\d+)\)|ayat\s*\(?(\d+)\)?))?(?:\s+huruf\s+([a-z]))?\s+/i.exec(t);
  if (annex) {
    // "Lampiran PP 28/2019": the annex that sets the tariffs.
    value.pasal = annex[1]!.replace(/^l/, 'L');
    t = t.slice(annex[0].length);
  } else if (pasal) {
    value.pasal = number(pasal[1]!);
    if (pasal[2] ?? pasal[3]) value.ayat = Number(pasal[2] ?? pasal[3]);
    if (pasal[4]) value.huruf = pasal[4];
    t = t.slice(pasal[0].length);
  }
  const kind = KINDS.map((k) => ({ k, m: k.re.exec(t.replace(/^undangundang/i, 'Undang-Undang')) })).find((x) => x.m);
  if (!kind) return undefined;
  const jenisText = t.replace(/^undangundang/i, 'Undang-Undang');
  value.jenis = kind.k.jenis;
  const penerbit = kind.k.penerbit?.(kind.m!);
  if (penerbit) value.penerbit = penerbit;
  let rest = jenisText.slice(kind.m![0].length);
  const short = /^\s*(\d+)\s*\/\s*(\d{4})\b/.exec(rest);
  const nomor = short ? undefined : /^\s*(?:(?:nomor|nomer|no)\s*[.:]?\s*[:.]?\s*)?([\w./-]*\d[\w./-]*?)(?=\s+(?:tahun|thn\.?|th\.?)\s*\d{4}|\s*$|\s+tentang|\s*,)/i.exec(rest);
  if (short) {
    value.nomor = Number(short[1]);
    value.tahun = Number(short[2]);
    rest = rest.slice(short[0].length);
  } else if (nomor) {
    value.nomor = number(nomor[1]!.replace(/\.$/, ''));
    rest = rest.slice(nomor[0].length);
  }
  const tahun = /^\s*(?:tahun|thn\.?|th\.?)\s*(\d{4})\b/i.exec(rest);
  if (tahun) {
    value.tahun = Number(tahun[1]);
    rest = rest.slice(tahun[0].length);
  }
  const lembaran = /\(?\s*lembaran\s+negara[^)]*?tahun\s+(\d{4})\s+nomor\s+(\d+)(?:\s*,\s*tambahan\s+(?:lembaran\s+)?negara[^)]*?nomor\s+(\d+))?\s*\)?\s*$/i.exec(rest);
  if (lembaran) {
    value.ln = { tahun: Number(lembaran[1]), nomor: Number(lembaran[2]) };
    if (lembaran[3]) value.tln = { nomor: Number(lembaran[3]) };
    rest = rest.slice(0, lembaran.index);
  }
  const tentang = /^\s*,?\s*tentang\s+(.+)$/is.exec(rest);
  if (tentang) {
    value.tentang = tentang[1]!.trim().replace(/[;.,]+$/, '');
    rest = '';
  }
  const sure = value.nomor !== undefined && value.tahun !== undefined && rest.trim() === '';
  if (rest.trim() !== '') value.catatan = rest.trim();
  return { value: value as Peraturan, sure };
}

/** One citation, with its "jo." companions; undefined when the text names no kind of regulation. */
export function parseCitation(text: string): Citation | undefined {
  const parts = text.split(/\s+jo\.?\s+/i);
  const main = one(parts[0]!);
  if (!main) return undefined;
  let sure = main.sure;
  const jo: Peraturan[] = [];
  for (const p of parts.slice(1)) {
    const c = one(p);
    if (!c) return { value: { ...main.value, catatan: [main.value.catatan, `jo. ${p}`].filter(Boolean).join(' ') }, sure: false };
    sure &&= c.sure;
    jo.push(c.value);
  }
  return { value: jo.length > 0 ? { ...main.value, jo } : main.value, sure };
}

/** Citations inside a sentence: "(pasal 79a UndangUndang 24 Tahun 2013 perubahan atas ...)", "sesuai PP 76/2020". */
export function findCitations(text: string): Peraturan[] {
  const out: Peraturan[] = [];
  const starts = /(?:pasal\s+\d+[a-z]?\s+(?:\(\d+\)\s+)?)?(?:undang[-\s]*undang|undangundang|\buu\b|peraturan\s+\w+|\bpp\b|perpres|permen\w*|perda|perbup|perwal\w*|pergub|keputusan)/gi;
  const hits = [...text.matchAll(starts)].map((m) => m.index);
  for (let i = 0; i < hits.length; i++) {
    const chunk = text.slice(hits[i], hits[i + 1]).replace(/\)\s*$/, '').replace(/\s+(?:perubahan\s+atas|yang|dan|atau|sebagaimana)\s*$/i, '');
    const c = parseCitation(chunk.split(/\)\s/)[0]!);
    if (c && (c.value.nomor !== undefined || c.value.tentang)) out.push(c.value);
  }
  return out;
}
