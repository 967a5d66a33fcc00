import { defaultKode, parseWilayah } from '../../model/wilayah.js';
import { parseLongDate } from '../../model/format.js';
import type { Maklumat as SchemaMaklumat, Pejabat, PenyelenggaraPelayanan, Penetapan } from '../../types/schema.js';
import { type Item, linesOf, tidy, titleCase } from './items.js';
import type { Draft, Recorder } from './record.js';

/**
 * What a file says about its provider: the letterhead (government, office, address, phone,
 * e-mail, website), the decree block over the services (LAMPIRAN, KEPUTUSAN, NOMOR, TENTANG,
 * Tanggal) and the maklumat (statement, place and date, signer).
 */

type Maklumat = Draft<SchemaMaklumat>;
export type Provider = Draft<Omit<PenyelenggaraPelayanan, 'maklumat'>> & { maklumat?: Maklumat };

const ORG = /\b(dinas|badan|kantor|kecamatan|kelurahan|sekretariat|inspektorat|rumah\s+sakit|rsud|puskesmas|satuan|bagian|mal\s+pelayanan|kepolisian|polres|polsek|direktorat)\b/i;
const PHONE = /(?:\(0\d{2,4}\)|0\d{2,4})[\s.-]?\d{3,8}(?:[\s.-]?\d{2,5})*/g;

/** Letterhead lines at the top of a file: what they state, and the lines they did not use. */
export function readLetterhead(items: readonly Item[], rec: Recorder): { provider?: Provider; rest: Item[] } {
  const provider: Partial<Provider> = {};
  const rest: Item[] = [];
  for (const it of items) {
    const line = it.text;
    const gov = /^(pemerintah\s+(?:kabupaten|kota|provinsi)\s+.+?)(?=\s+(?:dinas|badan|kantor|kecamatan|sekretariat|inspektorat|rumah\s+sakit)\b|$)/i.exec(line);
    if (gov && !provider.pemerintah) {
      provider.pemerintah = titleCase(gov[1]!.trim());
      const w = parseWilayah(provider.pemerintah.replace(/^pemerintah\s+/i, ''));
      if (w && w.jenis !== 'nasional') provider.wilayah = { jenis: w.jenis, nama: w.nama };
      const org = line.slice(gov[0].length).trim();
      if (org) provider.nama = titleCase(org);
      rec.origin(['pemerintah'], gov[1]!);
      continue;
    }
    if (!provider.nama && ORG.test(line.split(/\s+/)[0] ?? '') && line.split(/\s+/).length <= 14 && !/[.:]$/.test(line)) {
      provider.nama = titleCase(line);
      continue;
    }
    if (provider.nama && /^(?:jalan|jl\.?|alamat)\b/i.test(line)) {
      const cut = line.search(/\s+(?:telp|telepon|tlp|fax|faks)\b/i);
      provider.alamat = tidy(cut > 0 ? line.slice(0, cut) : line);
      if (cut > 0) contacts(line.slice(cut), provider);
      rec.origin(['alamat'], line);
      continue;
    }
    if (provider.nama && /telp|telepon|faks|fax|e-?mail|website|www\.|http/i.test(line)) {
      const before = new Set(Object.keys(provider));
      contacts(line, provider);
      const first = Object.keys(provider).find((k) => !before.has(k));
      if (first) rec.origin([first], line);
      else rest.push(it);
      continue;
    }
    rest.push(it);
  }
  if (!provider.nama && !provider.pemerintah) return { rest: [...items] };
  if (provider.nama) {
    provider.kode = defaultKode(provider.nama, provider.wilayah ? { jenis: provider.wilayah.jenis as 'kota', nama: provider.wilayah.nama } : undefined);
    rec.check(['kode'], { id: 'kode dibentuk dari nama unit seperti pada standar init; ganti bila unit sudah punya kode', en: 'code made from the unit name as standar init does; replace it if the unit has one' });
  }
  return { provider: provider as Provider, rest };
}

function contacts(line: string, p: Partial<Provider>): void {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line)?.[0];
  if (email) p.email = email;
  const web = /(?:https?:\/\/|www\.)[^\s,;]+/i.exec(line)?.[0] ?? /website\s*:?\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(line)?.[1];
  if (web) p.website = web.replace(/[.,;]+$/, '');
  const phones = [...line.replace(/[\w.+-]+@\S+/g, '').matchAll(PHONE)].map((m) => m[0].trim());
  if (phones.length > 0 && !p.telepon) {
    p.telepon = phones[0]!;
    if (/faks|fax/i.test(line)) p.faksimili = phones[phones.length > 1 ? 1 : 0]!;
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
const RANK = /\b(?:pembina|penata|pengatur|juru)\b|\b(?:I{1,3}|IV)\s*\/\s*[a-e]\b/i;
const NIP = /^NIP\.?\s*:?\s*([\d\s]{18,25})$/i;

/** The maklumat: its statement paragraphs, then place and date, position, name, rank and NIP. */
export function readMaklumat(items: readonly Item[], rec: Recorder): { maklumat: Maklumat; rest: string[] } {
  const lines = linesOf(items.filter((it) => !/^maklumat\s+pelayanan\b/i.test(it.text)));
  const statement: string[] = [];
  const rest: string[] = [];
  const m: Maklumat = {};
  const signer: Draft<Pejabat> = {};
  let signing = false;
  for (const raw of lines) {
    const line = raw.trim();
    const place = SIGN_PLACE.exec(line);
    if (place) {
      signing = true;
      m.tempat = titleCase(place[1]!.trim());
      const iso = parseLongDate(place[2]!);
      if (iso) m.tanggal = iso;
      else rest.push(line);
      continue;
    }
    if (!signing) {
      statement.push(line);
      continue;
    }
    const nip = NIP.exec(line);
    if (nip && /^\d{18}$/.test(nip[1]!.replace(/\s/g, ''))) signer.nip = nip[1]!.replace(/\s/g, '');
    else if (RANK.test(line) && !signer.pangkat_golongan) {
      // "PEMBINA UTAMA MUDA IV/c" → "Pembina Utama Muda, IV/c": the rank in words, then its grade as written.
      const grade = /[,\s]*\b((?:I{1,3}|IV)\s*\/\s*[a-e])\s*$/i.exec(line);
      signer.pangkat_golongan = grade ? `${titleCase(line.slice(0, grade.index).trim())}, ${grade[1]!.replace(/\s+/g, '')}` : titleCase(line);
    }
    else if (!signer.jabatan && /^kepala\b|^camat\b|^lurah\b|^direktur\b|^sekretaris\b/i.test(line)) signer.jabatan = titleCase(tidy(line));
    else if (signer.jabatan && !signer.nama && !/^\[.*\]$/.test(line)) signer.nama = line;
    else rest.push(line);
  }
  if (statement.length > 0) m.teks = statement.join('\n\n');
  if (signer.jabatan || signer.nama) m.penandatangan = signer;
  if (signer.nama) rec.check(['penandatangan', 'nama'], { id: 'nama penandatangan dibaca dari baris di bawah jabatannya', en: 'the signer name was read from the line under the position' });
  return { maklumat: m, rest };
}
