import { basename, extname } from 'node:path';
import type { ReadDocument } from '../blocks.js';
import { deriveKode } from '../../model/names.js';
import { COMPONENTS, type ComponentKey } from '../../model/components.js';
import type { Cakupan, JamPelayanan } from '../../types/schema.js';
import { COMPONENT_PARSERS } from './components/index.js';
import { parseCitation } from './components/peraturan.js';
import { type Item, itemsOf, linesOf, titleCase } from './items.js';
import { outline, type Section, type ServiceOutline } from './outline.js';
import { officeNamedIn, type Provider, readDecree, readLetterhead, readMaklumat, readSignature } from './provider.js';
import { Recorder } from './record.js';
import { readServiceInfo, type ServiceInfo } from './info.js';

/**
 * A read document to drafts: one service record per service found, in the schema's shape, each
 * with what the importer was unsure of; and what the file says about its provider.
 */

export interface MappedService {
  data: Record<string, unknown>;
  rec: Recorder;
  komponen: ComponentKey[];
}

export interface MappedDocument {
  provider?: { data: Provider; rec: Recorder };
  services: MappedService[];
}

const GROUP_A = COMPONENTS.filter((c) => c.group === 'A').map((c) => c.key);

/** lengkap when the document holds all 14 components, penyampaian when exactly the 6 public ones, else kutipan. */
export function cakupanOf(keys: readonly ComponentKey[]): Cakupan {
  if (keys.length === COMPONENTS.length) return 'lengkap';
  if (keys.length === GROUP_A.length && GROUP_A.every((k) => keys.includes(k))) return 'penyampaian';
  return 'kutipan';
}

const URL_LINE = /^https?:\/\/\S+$/;
const RANK = { jenis: 0, standar: 1, judul: 2 } as const;

/**
 * A title that ends with the unit's name ("STANDAR PELAYANAN PENERBITAN KTP-EL DINAS …"): the
 * service is what comes before it.
 */
function withoutUnit(title: string, unit: string | undefined): string {
  if (!unit) return title;
  const at = title.toLowerCase().lastIndexOf(unit.toLowerCase());
  if (at <= 0 || at + unit.length < title.trim().length) return title;
  return title.slice(0, at).replace(/\s+(?:pada|di)\s*$/i, '').trim() || title;
}

/** The service's name: its "Jenis pelayanan", else its "Standar Pelayanan ..." title, else a heading before it. */
function nameOf(s: ServiceOutline, before: Item[]): { text: string; from: 'title' | 'line' } | undefined {
  const best = [...s.titles].sort((a, b) => RANK[a.kind] - RANK[b.kind])[0];
  if (best) return { text: best.text, from: 'title' };
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!.text;
    if (!URL_LINE.test(t) && t.split(/\s+/).length <= 12 && !/[.:;]$/.test(t) && !before[i]!.marker && !parseCitation(t)) {
      before.splice(i, 1);
      return { text: t, from: 'line' };
    }
  }
  return undefined;
}

/**
 * The components of one service, each section read by its component's parser: their values, the
 * opening hours found in them, and what no parser could place (under its label, for sumber.catatan).
 */
export function parseSections(sections: readonly Section[], rec: Recorder): { komponen: Record<string, unknown>; hours: JamPelayanan[]; unplaced: string[] } {
  const hours: JamPelayanan[] = [];
  const unplaced: string[] = [];
  const komponen: Record<string, unknown> = {};
  for (const section of sections) {
    const label = section.label.replace(/^(?:\(?(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]\s*)/, '').replace(/[\s:]+$/, '');
    const value = COMPONENT_PARSERS[section.key](section.items, rec.at('komponen', section.key), {
      label,
      hours,
      unplaced: (text) => {
        unplaced.push(`${label}:\n${text}`);
        rec.keep(text.split('\n').length);
      },
    });
    if (value !== undefined) {
      komponen[section.key] = value;
      rec.origin(['komponen', section.key], section.label);
    } else if (section.items.length === 0) unplaced.push(label);
  }
  return { komponen, hours, unplaced };
}

export function mapDocument(doc: ReadDocument, taken: Set<string>): MappedDocument {
  const shape = outline(itemsOf(doc.blocks));
  const out: MappedDocument = { services: [] };

  const providerRec = new Recorder();
  const head = readLetterhead(shape.head, providerRec);
  // Without a letterhead, the office its title or decree names.
  let provider = head.provider ?? officeNamedIn([...shape.head, ...shape.services.flatMap((s) => [...s.decree, ...s.preamble])].map((it) => it.text), providerRec);
  if (shape.maklumat.length > 0) {
    const mk = readMaklumat(shape.maklumat, providerRec.at('maklumat'));
    provider = { ...(provider ?? ({} as Provider)), maklumat: mk.maklumat };
    providerRec.origin(['maklumat'], linesOf(shape.maklumat).join('\n'));
  }
  if (provider) out.provider = { data: provider, rec: providerRec };

  const headRest = head.rest;
  if (provider && shape.services.length === 0 && headRest.length > 0) {
    // A file of a letterhead and a maklumat only: the lines no field took stay with the provider's first key.
    const at = provider.kode ? 'kode' : provider.nama ? 'nama' : 'maklumat';
    providerRec.origin([at], linesOf(headRest).join('\n'));
    providerRec.check([at], { id: 'baris dokumen yang tidak dapat ditempatkan pada isian mana pun (lihat asal)', en: 'lines of the document that could not be placed in any field (see asal)' });
  }
  const url = headRest.find((it) => URL_LINE.test(it.text))?.text;
  shape.services.forEach((s, index) => {
    const rec = new Recorder();
    const before = index === 0 ? headRest.filter((it) => it.text !== url) : [];
    const opening = readServiceInfo(s.preamble, rec);
    const signature = readSignature(s.after);
    const closing = readServiceInfo(signature.rest, rec);
    const info: ServiceInfo = { ...opening.info, ...closing.info };
    const name = nameOf(s, before.length > 0 ? before : opening.rest);
    const fallback = basename(doc.file, extname(doc.file)).replace(/[-_]+/g, ' ');
    const nama = titleCase(withoutUnit(name?.text ?? fallback, head.provider?.nama)).replace(/\s+/g, ' ').trim();
    const data: Record<string, unknown> = {};
    if (info.kode && !taken.has(info.kode.toUpperCase())) {
      data.kode = info.kode;
      taken.add(info.kode.toUpperCase());
    } else {
      const kode = deriveKode(nama, taken);
      taken.add(kode.toUpperCase());
      data.kode = kode;
      rec.check(['kode'], { id: 'kode dibentuk dari nama layanan seperti pada standar new', en: 'code made from the service name as standar new does' });
    }
    data.nama = nama;
    if (!name) rec.check(['nama'], { id: 'dokumen tidak memberi judul layanan; nama diambil dari nama berkas', en: 'the document gives no service title; the name comes from the file name' });
    else rec.origin(['nama'], name.text);
    const deskripsi = linesOf(opening.rest).join('\n');
    if (deskripsi) {
      data.deskripsi = deskripsi;
      rec.check(['deskripsi'], { id: 'teks sebelum komponen pertama; periksa apakah ini deskripsi layanan', en: 'text before the first component; check that it describes the service' });
      rec.keep(opening.rest.length);
    }
    if (info.kategori) data.kategori = info.kategori;
    if (info.peristiwa_hidup) data.peristiwa_hidup = info.peristiwa_hidup;
    if (info.kata_kunci?.length) data.kata_kunci = info.kata_kunci;
    if (info.versi) data.versi = info.versi;
    data.status = 'draf';
    if (info.kanal?.length) data.kanal = info.kanal;
    const { komponen, hours, unplaced } = parseSections(s.sections, rec);
    const keys = Object.keys(komponen) as ComponentKey[];
    data.cakupan = cakupanOf(s.sections.map((x) => x.key));
    const sumber: Record<string, unknown> = { judul: s.titles.map((t) => t.text).join(' — ') || nama };
    if (url) sumber.url = url;
    const notes = [`Diimpor dari ${basename(doc.file)}.`, ...linesOf(before), ...unplaced, ...linesOf(closing.rest)];
    sumber.catatan = notes.join('\n');
    if (notes.length > 1) rec.check(['sumber', 'catatan'], { id: 'bagian dokumen yang tidak dapat ditempatkan pada komponen; pindahkan ke tempatnya', en: 'parts of the document that could not be placed in a component; move them where they belong' });
    data.sumber = sumber;
    const opens = [...(info.jam_pelayanan ?? []), ...hours];
    if (opens.length > 0) data.jam_pelayanan = opens;
    const decree = readDecree(s.decree);
    if (decree) rec.origin(['penetapan'], linesOf(s.decree).join('\n'));
    else if (signature.penandatangan) rec.check(['penetapan'], { id: 'dokumen tidak menyebut keputusannya; tanda tangan di bawahnya dianggap tanda tangan penetapan', en: 'the document names no decree; the signature under it is taken as the decree\'s' });
    const penetapan = decree ?? (signature.penandatangan ? {} : undefined);
    if (penetapan) {
      // The signature under the attachment is the decree's: where, when and by whom it was set.
      if (signature.tempat) penetapan.tempat = signature.tempat;
      if (signature.tanggal && !penetapan.tanggal) penetapan.tanggal = signature.tanggal;
      if (signature.penandatangan) penetapan.penandatangan = signature.penandatangan;
      data.penetapan = penetapan;
    }
    if (info.konsultasi_publik) data.konsultasi_publik = info.konsultasi_publik;
    if (info.tanggal_reviu) data.tanggal_reviu = info.tanggal_reviu;
    data.komponen = komponen;
    if (s.structure.length > 0) rec.origin(['komponen'], s.structure.map((x) => x.text).join('\n'));
    out.services.push({ data, rec, komponen: keys });
  });
  return out;
}

