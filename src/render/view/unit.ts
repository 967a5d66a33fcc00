import type { Lang } from '../../i18n/index.js';
import { stated } from '../../model/absence.js';
import type { Alamat, PenyelenggaraPelayanan, Pejabat } from '../../types/schema.js';
import { formatNip } from '../format.js';
import { labels } from '../labels.js';
import { httpsHref, mailtoHref, telHref } from '../links.js';

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
  nama?: string;
  jabatan?: string;
  pangkat?: string;
  nip?: string;
}

/** Letterhead and identity of the unit: what the kop and every page footer show. */
export interface UnitView {
  kode?: string;
  pemerintah?: string;
  instansi?: string;
  nama: string;
  /** The short name for page titles: singkatan, else nama. */
  namaPendek: string;
  alamat?: string;
  kontak: ContactView[];
  logo?: { src: string; alt: string };
  wilayah?: string;
  kepala?: OfficialView;
}

export function addressLine(alamat: Alamat | undefined): string | undefined {
  if (!alamat) return undefined;
  if (typeof alamat === 'string') return alamat;
  const place = [alamat.kelurahan, alamat.kecamatan, alamat.kota].filter(Boolean).join(', ');
  const region = [alamat.provinsi, alamat.kode_pos].filter(Boolean).join(' ');
  return [alamat.jalan, place, region].filter(Boolean).join(', ');
}

export function officialView(p: Pejabat | undefined): OfficialView | undefined {
  if (!p) return undefined;
  const view: OfficialView = {};
  if (p.nama) view.nama = p.nama;
  if (p.jabatan) view.jabatan = p.jabatan;
  if (p.pangkat_golongan) view.pangkat = p.pangkat_golongan;
  if (p.nip) view.nip = formatNip(p.nip);
  return view;
}

export function unitView(provider: PenyelenggaraPelayanan | undefined, logo: string | undefined, lang: Lang): UnitView {
  const l = labels(lang);
  if (!provider) return { nama: '', namaPendek: '', kontak: [] };
  const kontak: ContactView[] = [];
  for (const phone of ([] as string[]).concat(provider.telepon ?? [])) kontak.push({ label: l.phone, text: phone, href: telHref(phone), action: 'call' });
  if (provider.email) kontak.push({ label: l.email, text: provider.email, href: mailtoHref(provider.email), action: 'mail' });
  if (provider.website) kontak.push({ label: l.website, text: provider.website.replace(/^https?:\/\//i, '').replace(/\/$/, ''), href: httpsHref(provider.website), action: 'web' });
  const view: UnitView = { kode: provider.kode, pemerintah: provider.pemerintah, nama: provider.nama, namaPendek: provider.singkatan ?? provider.nama, kontak };
  if (provider.instansi) view.instansi = provider.instansi;
  const alamat = addressLine(provider.alamat);
  if (alamat) view.alamat = alamat;
  if (logo) view.logo = { src: logo, alt: `${l.logoOf} ${provider.pemerintah}` };
  if (provider.wilayah) view.wilayah = provider.wilayah.nama;
  const kepala = officialView(stated(provider.kepala));
  if (kepala) view.kepala = kepala;
  return view;
}

/** Where a document is signed: the region's name, else the city of the address. */
export function placeOfSigning(provider: PenyelenggaraPelayanan | undefined): string | undefined {
  if (!provider) return undefined;
  const maklumat = stated(provider.maklumat);
  if (maklumat?.tempat) return maklumat.tempat;
  if (provider.wilayah?.nama) return provider.wilayah.nama.replace(/^(Kota|Kabupaten|Provinsi)\s+/i, '');
  return typeof provider.alamat === 'object' ? provider.alamat.kota : undefined;
}
