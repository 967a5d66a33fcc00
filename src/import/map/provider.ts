import { defaultKode, parseWilayah } from '../../model/wilayah.js';
import { parseLongDate } from '../../model/format.js';
import type { Maklumat as SchemaMaklumat, Pejabat, PenyelenggaraPelayanan, Penetapan } from '../../types/schema.js';
import { type Item, linesOf, tidy, titleCase, walk, written } from './items.js';
import type { Draft, Recorder } from './record.js';

/**
 * What a file says about its provider: the letterhead (government, office, address, phone,
 * e-mail, website), the decree block over the services (LAMPIRAN, KEPUTUSAN, NOMOR, TENTANG,
 * Tanggal) and the maklumat (statement, place and date, signer).
 */

type Maklumat = Draft<SchemaMaklumat>;
export type Provider = Draft<Omit<PenyelenggaraPelayanan, 'maklumat'>> & { maklumat?: Maklumat };

const ORG = /\b(uptd?|dinas|badan|kantor|kecamatan|kelurahan|sekretariat|inspektorat|rumah\s+sakit|rsud|puskesmas|satuan|bagian|mal\s+pelayanan|kepolisian|polres|polsek|direktorat)\b/i;
/** A letterhead's first line: the government or ministry the unit belongs to. */
const GOVERNMENT = /^((?:pemerintah\s+(?:kabupaten|kota|provinsi)|kementerian|kementrian)\s+.+?)(?=\s+(?:dinas|badan|kantor|kecamatan|sekretariat|inspektorat|rumah\s+sakit|direktorat)\b|$)/i;
const PHONE = /(?:\(0\d{2,4}\)|0\d{2,4})[\s.-]?\d{3,8}(?:[\s.-]?\d{2,5})*/g;
/** A line that names an organisation: short, no sentence, no label, no web address (whose words may name one). */
const isName = (line: string) => line.split(/\s+/).length <= 14 && !/[.:]$/.test(line) && !/:\s/.test(line) && !/^(?:https?:\/\/|www\.)/i.test(line);

/**
 * Letterhead lines at the top of a file: what they state, and the lines they did not use. The
 * names stand first, from the top down: the government or ministry, the agencies between, and
 * the unit itself last ("KEMENTERIAN ... / DIREKTORAT JENDERAL ... / KANTOR ..."); then the
 * address and the contacts.
 */
export function readLetterhead(items: readonly Item[], rec: Recorder): { provider?: Provider; rest: Item[] } {
  const provider: Partial<Provider> = {};
  const rest: Item[] = [];
  const names: string[] = [];
  let namesOpen = true;
  for (const it of items) {
    const line = it.text;
    const gov = GOVERNMENT.exec(line);
    if (gov && !provider.pemerintah && names.length === 0 && namesOpen) {
      provider.pemerintah = titleCase(gov[1]!.trim());
      const w = parseWilayah(provider.pemerintah.replace(/^pemerintah\s+/i, ''));
      if (w && w.jenis !== 'nasional') provider.wilayah = { jenis: w.jenis, nama: w.nama };
      const org = line.slice(gov[0].length).trim();
      if (org) names.push(org);
      rec.origin(['pemerintah'], gov[1]!);
      continue;
    }
    if (namesOpen && ORG.test(line.split(/\s+/)[0] ?? '') && isName(line)) {
      names.push(line);
      continue;
    }
    if (names.length > 0) namesOpen = false;
    if (names.length > 0 && /^(?:jalan|jl\.?|alamat)\b/i.test(line)) {
      const cut = line.search(/\s+(?:telp|telepon|tlp|fax|faks)\b/i);
      provider.alamat = tidy(cut > 0 ? line.slice(0, cut) : line);
      if (cut > 0) contacts(line.slice(cut), provider);
      rec.origin(['alamat'], line);
      continue;
    }
    if (names.length > 0 && /telp|telepon|faks|fax|e-?mail|website|situs|laman|www\.|http/i.test(line)) {
      const before = new Set(Object.keys(provider));
      contacts(line, provider);
      const first = Object.keys(provider).find((k) => !before.has(k));
      if (first) rec.origin([first], line);
      else rest.push(it);
      continue;
    }
    rest.push(it);
  }
  if (names.length > 0) {
    provider.nama = titleCase(names.at(-1)!);
    if (names.length > 1) provider.instansi = names.slice(0, -1).map(titleCase).join(', ');
  }
  if (!provider.nama && !provider.pemerintah) return { rest: [...items] };
  if (provider.nama) {
    provider.kode = defaultKode(provider.nama, provider.wilayah ? { jenis: provider.wilayah.jenis as 'kota', nama: provider.wilayah.nama } : undefined);
    rec.check(['kode'], { id: 'kode dibentuk dari nama unit seperti pada standar init; ganti bila unit sudah punya kode', en: 'code made from the unit name as standar init does; replace it if the unit has one' });
  }
  return { provider: provider as Provider, rest };
}

/**
 * "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas", "SURAT KEPUTUSAN
 * CAMAT PENDOPO BARAT KABUPATEN EMPAT LAWANG", "STANDAR PELAYANAN DINAS … KABUPATEN LAMONGAN": an
 * office and its region named in a title or a decree, its head's office when it names one.
 */
const NAMED_OFFICE = /\b(kepala\s+)?((?:dinas|badan|kantor|kecamatan|kelurahan|uptd?|puskesmas|rsud|mal\s+pelayanan\s+publik|bappeda|camat|lurah)\b.*?)\s+((?:kabupaten|kota|provinsi)(?:\s+[a-z'-]+){1,3}?)(?=\s*[.,;:]|\s+(?:nomor|tanggal)\b|\s+\d+\s*$|\s*$)/i;
/** Offices named by their own place ("Kecamatan Pendopo Barat"), not by the region they stand in. */
const LOCAL_HEAD: [RegExp, string][] = [
  [/^camat\s+/i, 'Kecamatan '],
  [/^lurah\s+/i, 'Kelurahan '],
];
const LOCAL_OFFICE = /^(?:kecamatan|kelurahan|uptd?|puskesmas)\b/i;

/** The provider a document without a letterhead names in its title or decree: the office, its region and government, its head's office. */
export function officeNamedIn(lines: readonly string[], rec: Recorder): Provider | undefined {
  for (const line of lines) {
    const m = NAMED_OFFICE.exec(line);
    const w = m ? parseWilayah(titleCase(m[3]!)) : undefined;
    if (!m || !w || w.jenis === 'nasional') continue;
    const office = titleCase(m[2]!.trim());
    const local = LOCAL_HEAD.find(([re]) => re.test(office));
    const own = local ? office.replace(local[0], local[1]) : office;
    const nama = local || LOCAL_OFFICE.test(own) ? own : `${own} ${w.nama}`;
    const provider: Provider = { kode: defaultKode(nama, w), pemerintah: `Pemerintah ${w.nama}`, nama, wilayah: { jenis: w.jenis, nama: w.nama } };
    const head = m[1] ? `Kepala ${nama}` : local ? office : undefined;
    if (head) provider.kepala = { jabatan: head };
    rec.origin(['nama'], line);
    rec.check(['nama'], { id: 'dokumen tanpa kop surat: unit, wilayah dan pemerintahnya dibaca dari judul atau keputusannya', en: 'a document without a letterhead: the unit, its region and government are read from its title or decree' });
    rec.check(['kode'], { id: 'kode dibentuk dari nama unit seperti pada standar init; ganti bila unit sudah punya kode', en: 'code made from the unit name as standar init does; replace it if the unit has one' });
    return provider;
  }
  return undefined;
}

/** How letterheads label each contact ("Telp.", "Faks", "Surel", "Laman"). */
const CONTACT_LABEL = /\b(telepon|telpon|telp|tlp|faksimili|faksimile|faks|fax|e-?mail|surel|situs(?:\s+web)?|website|laman)\b\.?\s*:?\s*/gi;

function contacts(line: string, p: Partial<Provider>): void {
  const labels = [...line.matchAll(CONTACT_LABEL)];
  for (const [i, m] of labels.entries()) {
    // "Telp/Faks. (0299) 751234": a label with no value of its own shares the next one's.
    let end = labels[i + 1]?.index ?? line.length;
    for (let j = i + 1; j < labels.length && /^[\s/&]*$/.test(line.slice(m.index + m[0].length, labels[j]!.index)); j++) end = labels[j + 1]?.index ?? line.length;
    const value = line.slice(m.index + m[0].length, end).replace(/^[\s/&]+|[\s,;·|/]+$/g, '');
    const label = m[1]!.toLowerCase();
    if (/^(?:e-?mail|surel)$/.test(label)) {
      const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value)?.[0];
      if (email && !p.email) p.email = email;
    } else if (/^(?:situs|website|laman)/.test(label)) {
      const web = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?/i.exec(value)?.[0];
      if (web && !p.website) p.website = web.replace(/[.,;]+$/, '');
    } else {
      const phones = [...value.matchAll(PHONE)].map((x) => x[0].trim());
      const key = /^fa/.test(label) ? 'faksimili' : 'telepon';
      if (phones.length > 0 && !p[key]) p[key] = phones[0]!;
    }
  }
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line)?.[0];
  if (email && !p.email) p.email = email;
  const web = /(?:https?:\/\/|www\.)[^\s,;]+/i.exec(line)?.[0];
  if (web && !p.website) p.website = web.replace(/[.,;]+$/, '');
  if (labels.length === 0 && !p.telepon) {
    const phones = [...line.replace(/[\w.+-]+@\S+/g, '').matchAll(PHONE)].map((m) => m[0].trim());
    if (phones.length > 0) p.telepon = phones[0]!;
  }
}

/** The decree block over a service: LAMPIRAN II, SURAT KEPUTUSAN ..., NOMOR : ..., TENTANG : ..., Tanggal. */
export function readDecree(items: readonly Item[]): Draft<Penetapan> | undefined {
  if (items.length === 0) return undefined;
  const text = linesOf(items).join('\n');
  const out: Draft<Penetapan> = {};
  const lampiran = /lampiran\s*[-–:]?\s*([IVXLC]+|\d+)\b/i.exec(text);
  if (lampiran) out.lampiran = lampiran[1]!;
  const jenis = /^(?:lampiran[^\n]*?\s)?((?:surat\s+)?keputusan\s+.+?)(?=\.?\s+nomor\b|\n|$)/im.exec(text);
  if (jenis) out.jenis = titleCase(tidy(jenis[1]!));
  const nomor = /\bnomor\s*:?\s*(.+?)(?=\s+tanggal\b|\s+tentang\b|\n|$)/i.exec(text);
  if (nomor) out.nomor = tidy(nomor[1]!);
  const tentang = /\btentang\s*:?\s*(.+?)(?=\s+tanggal\b|\n|$)/i.exec(text);
  if (tentang) out.tentang = titleCase(tidy(tentang[1]!));
  const tanggal = /\btanggal\s*:?\s*(\d{1,2}\s+[A-Za-z]+\s+\d{4})/i.exec(text);
  const iso = tanggal ? parseLongDate(tanggal[1]!) : undefined;
  if (iso) out.tanggal = iso;
  return Object.keys(out).length > 0 ? out : undefined;
}

const SIGN_PLACE = /^([A-Za-z][A-Za-z .'-]+?),\s*(\d{1,2}\s+[A-Za-z]+\s+\d{4})$/;
const RANK_WORDS = String.raw`\b(?:pembina|penata|pengatur|juru)\b`;
const RANK = new RegExp(String.raw`${RANK_WORDS}|\b(?:I{1,3}|IV)\s*\/\s*[a-e]\b`, 'i');
const NIP = /^NIP\.?\s*:?\s*([\d\s]{18,25})$/i;
/** "Kami berjanji:", "Janji pelayanan kami:": the pledges follow as a list. */
const PLEDGES = /^(?:kami\s+berjanji|janji\s+(?:pelayanan|kami|layanan))\b[^.]*:\s*$/i;
const COMPENSATION = /^kompensasi\s*:\s*(.*)$/i;

/** "PEMBINA UTAMA MUDA IV/c" → "Pembina Utama Muda, IV/c": the rank in words, then its grade as written. */
function rankOf(text: string): string {
  const grade = /[,\s]*\b((?:I{1,3}|IV)\s*\/\s*[a-e])\s*$/i.exec(text);
  return grade ? `${titleCase(text.slice(0, grade.index).trim())}, ${grade[1]!.replace(/\s+/g, '')}` : titleCase(text);
}

/**
 * A signature block's lines after the place and date: position, name, rank and NIP. A name and
 * rank printed on one line ("Dr. Ratna K., M.Si. Pembina Utama Muda, IV/c") are told apart where
 * the rank's words begin.
 */
export function readSigner(lines: readonly string[]): { signer: Draft<Pejabat>; rest: string[] } {
  const signer: Draft<Pejabat> = {};
  const rest: string[] = [];
  for (const line of lines) {
    const nip = NIP.exec(line);
    if (nip && /^\d{18}$/.test(nip[1]!.replace(/\s/g, ''))) {
      signer.nip = nip[1]!.replace(/\s/g, '');
      continue;
    }
    const rankAt = line.search(new RegExp(RANK_WORDS, 'i'));
    if (signer.jabatan && !signer.nama && rankAt > 0 && !signer.pangkat_golongan && !/^\[.*\]$/.test(line)) {
      signer.nama = line.slice(0, rankAt).trim();
      signer.pangkat_golongan = rankOf(line.slice(rankAt));
    } else if (RANK.test(line) && !signer.pangkat_golongan) signer.pangkat_golongan = rankOf(line);
    else if (!signer.jabatan && /^kepala\b|^camat\b|^lurah\b|^direktur\b|^sekretaris\b/i.test(line)) signer.jabatan = titleCase(tidy(line));
    else if (signer.jabatan && !signer.nama && !/^\[.*\]$/.test(line)) signer.nama = line;
    else rest.push(line);
  }
  return { signer, rest };
}

const DATE = String.raw`\d{1,2}\s+[A-Za-z]+\s+\d{4}`;

/**
 * The signature under a decree's attachment: "Ditetapkan di ..." and "pada tanggal ...", or
 * "Sukamaju, 16 Februari 2026", or the date alone; then the position, name, rank and NIP. Lines
 * before it, and lines that are no part of it, are left in `rest`.
 */
export function readSignature(items: readonly Item[]): { tempat?: string; tanggal?: string; penandatangan?: Draft<Pejabat>; rest: Item[] } {
  const lines = [...walk(items)].filter((it) => !it.rows && it.text.trim() !== '');
  const start = lines.findIndex((it) => new RegExp(String.raw`^(?:ditetapkan\s+di\b|pada\s+tanggal\b|[A-Za-z][A-Za-z .'-]+,\s*${DATE}$|${DATE}$)`, 'i').test(it.text.trim()));
  if (start < 0) return { rest: [...items] };
  const out: { tempat?: string; tanggal?: string } = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!.text.trim();
    const place = /^ditetapkan\s+di\s*:?\s*(.+)$/i.exec(line) ?? SIGN_PLACE.exec(line);
    const date = new RegExp(String.raw`^(?:pada\s+tanggal\s*:?\s*)?(${DATE})$`, 'i').exec(line);
    if (place && !out.tempat) {
      out.tempat = titleCase(tidy(place[1]!));
      if (place[2]) out.tanggal = parseLongDate(place[2]);
    } else if (date && !out.tanggal) out.tanggal = parseLongDate(date[1]!);
    else break;
  }
  const signing = lines.slice(i);
  const end = signing.findIndex((it) => NIP.test(it.text.trim()));
  const { signer, rest } = readSigner(signing.slice(0, end < 0 ? signing.length : end + 1).map((it) => it.text.trim()));
  if (!signer.jabatan || !signer.nama || rest.length > 0) return { rest: [...items] };
  const used = new Set([...lines.slice(start, i), ...signing.slice(0, end < 0 ? signing.length : end + 1)]);
  const clean = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  return { ...clean, penandatangan: signer, rest: items.filter((it) => !used.has(it)) };
}

/** The maklumat: its statement paragraphs, the pledges and the compensation, then place and date, position, name, rank and NIP. */
export function readMaklumat(items: readonly Item[], rec: Recorder): { maklumat: Maklumat; rest: string[] } {
  const list = [...walk(items.filter((it) => !/^maklumat\s+pelayanan\b/i.test(it.text)))];
  const statement: string[] = [];
  const janji: string[] = [];
  const kompensasi: string[] = [];
  const rest: string[] = [];
  const signing: string[] = [];
  const m: Maklumat = {};
  let part: 'teks' | 'janji' | 'kompensasi' | 'ttd' = 'teks';
  for (const it of list) {
    const line = it.text.trim();
    if (it.rows) statement.push(...linesOf([{ ...it, children: [] }]));
    if (line === '') continue;
    const place = SIGN_PLACE.exec(line);
    if (place && !it.marker) {
      part = 'ttd';
      m.tempat = titleCase(place[1]!.trim());
      const iso = parseLongDate(place[2]!);
      if (iso) m.tanggal = iso;
      else rest.push(line);
      continue;
    }
    if (part === 'ttd') signing.push(line);
    else if (PLEDGES.test(line) && !it.marker) {
      part = 'janji';
      rec.origin(['janji'], line);
    } else if (COMPENSATION.test(line) && !it.marker) {
      part = 'kompensasi';
      const text = COMPENSATION.exec(line)![1]!.trim();
      if (text) kompensasi.push(text);
      rec.origin(['kompensasi'], line);
    } else if (part === 'janji' && it.marker) janji.push(line);
    else if (part === 'kompensasi') kompensasi.push(written(it));
    else {
      part = 'teks';
      statement.push(written(it));
    }
  }
  if (statement.length > 0) m.teks = statement.join('\n\n');
  if (janji.length > 0) m.janji = janji;
  if (kompensasi.length > 0) m.kompensasi = kompensasi.join('\n\n');
  const { signer, rest: unread } = readSigner(signing);
  rest.push(...unread);
  if (signer.jabatan || signer.nama) m.penandatangan = signer;
  if (signer.nama) rec.check(['penandatangan', 'nama'], { id: 'nama penandatangan dibaca dari baris di bawah jabatannya', en: 'the signer name was read from the line under the position' });
  return { maklumat: m, rest };
}
