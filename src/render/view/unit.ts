import type { Lang } from '../../i18n/index.js';
import { asRecord, isRecord } from '../../load/guards.js';
import { isNotStated } from '../../model/absence.js';
import { formatNip } from '../../model/format.js';
import { labels } from '../labels.js';
import { httpsHref, mailtoHref, telHref } from '../links.js';
import { gapFor, line, lineOrGap, type Gap } from './read.js';

export interface LinkView {
  text: string;
  href?: string;
}

export interface ContactView extends LinkView {
  label: string;
  /** call, mail, web: what tapping it does (CSS shows an icon). */
  action: 'call' | 'mail' | 'web';
}

export interface OfficialView {
  nama: string | Gap;
  /** Absent only when the document says it does not state who signs. */
  jabatan?: string | Gap;
  pangkat?: string;
  nip?: string;
}

/** Letterhead and identity of the unit: what the kop and every page footer show. */
export interface UnitView {
  kode?: string;
  pemerintah?: string;
  instansi?: string;
  nama: string | Gap;
  /** The short name for page titles: singkatan, else nama. */
  namaPendek: string;
  /** Who the unit is, for a citizen telling one office from another: unit, region, province, agency, government. */
  identitas: string[];
  alamat?: string;
  kontak: ContactView[];
  /** Neither an address nor a phone, fax, e-mail or website: said on the contact pages, as a gap. */
  tanpaKontak?: Gap;
  logo?: { src: string; alt: string };
  wilayah?: string;
  kepala?: OfficialView;
}

export function addressLine(alamat: unknown): string | undefined {
  if (!isRecord(alamat)) return line(alamat);
  const place = [alamat.kelurahan, alamat.kecamatan, alamat.kota].map(line).filter(Boolean).join(', ');
  const region = [alamat.provinsi, alamat.kode_pos].map(line).filter(Boolean).join(' ');
  return [line(alamat.jalan), place, region].filter(Boolean).join(', ') || undefined;
}

/**
 * A signer as the document names them. A head the document does not name, or says it does not
 * state, is a gap on the page (the signature block still shows where the name goes).
 */
export function officialView(p: unknown, lang: Lang): OfficialView | undefined {
  if (p === undefined || p === null) return undefined;
  if (isNotStated(p)) return { nama: gapFor(p, lang) };
  const r = asRecord(p);
  const view: OfficialView = { nama: lineOrGap(r.nama, lang), jabatan: lineOrGap(r.jabatan, lang) };
  const pangkat = line(r.pangkat_golongan);
  if (pangkat) view.pangkat = pangkat;
  const nip = line(r.nip);
  if (nip) view.nip = formatNip(nip);
  return view;
}

/** Phone numbers as a document writes them: one, or a list. */
export const several = (v: unknown) => (Array.isArray(v) ? v : [v]).map(line).filter((s): s is string => s !== undefined);

export function unitView(provider: unknown, logo: string | undefined, lang: Lang): UnitView {
  const l = labels(lang);
  if (!isRecord(provider)) return { nama: '', namaPendek: '', identitas: [], kontak: [] };
  const kontak: ContactView[] = [];
  for (const phone of several(provider.telepon)) kontak.push({ label: l.phone, text: phone, href: telHref(phone), action: 'call' });
  for (const fax of several(provider.faksimili)) kontak.push({ label: l.fax, text: fax, action: 'call' });
  const email = line(provider.email);
  if (email) kontak.push({ label: l.email, text: email, href: mailtoHref(email), action: 'mail' });
  const website = line(provider.website);
  if (website) kontak.push({ label: l.website, text: website.replace(/^https:\/\//, '').replace(/\/$/, ''), href: httpsHref(website), action: 'web' });
  const nama = lineOrGap(provider.nama, lang);
  const pemerintah = line(provider.pemerintah);
  const instansi = line(provider.instansi);
  const wilayah = line(asRecord(provider.wilayah).nama);
  const provinsi = line(asRecord(provider.wilayah).provinsi);
  const namaPendek = line(provider.singkatan) ?? (typeof nama === 'string' ? nama : '');
  const view: UnitView = { nama, namaPendek, identitas: [...new Set([typeof nama === 'string' ? nama : undefined, wilayah, provinsi, instansi, pemerintah].filter((s): s is string => s !== undefined))], kontak };
  const kode = line(provider.kode);
  if (kode) view.kode = kode;
  if (pemerintah) view.pemerintah = pemerintah;
  if (instansi) view.instansi = instansi;
  const alamat = addressLine(provider.alamat);
  if (alamat) view.alamat = alamat;
  else if (kontak.length === 0) view.tanpaKontak = gapFor(provider.alamat, lang);
  if (logo) view.logo = { src: logo, alt: [l.logoOf, pemerintah ?? (typeof nama === 'string' ? nama : '')].join(' ').trim() };
  if (wilayah) view.wilayah = wilayah;
  const kepala = officialView(provider.kepala, lang);
  if (kepala) view.kepala = kepala;
  return view;
}

