import type { Lang } from '../../i18n/index.js';
import { stated } from '../../model/absence.js';
import type { PenyelenggaraPelayanan, StandarPelayanan } from '../../types/schema.js';
import { longDate } from '../format.js';
import { SERVICE_CHANNEL_LABELS, STATUS_LABELS, labels } from '../labels.js';
import { httpsHref } from '../links.js';
import { completionTime, componentGroups, feeSummary, type ComponentView, type GroupView } from './components.js';
import { officialView, placeOfSigning, type OfficialView } from './unit.js';

export interface ServiceChannelView {
  jenis: string;
  label: string;
  nama?: string;
  alamat?: string;
  href?: string;
  catatan?: string;
}

export interface DecreeView {
  lampiran?: string;
  jenis?: string;
  nomor?: string;
  tanggal?: string;
  tentang?: string;
}

export interface SignatureView extends Partial<OfficialView> {
  tempat?: string;
  tanggal?: string;
}

export interface ServiceView {
  kode: string;
  nama: string;
  deskripsi?: string;
  kategori?: string;
  kataKunci: string[];
  versi?: string;
  status: { kode: string; label: string; berlaku: boolean };
  penetapan?: DecreeView;
  tandaTangan?: SignatureView;
  kanal: ServiceChannelView[];
  jamPelayanan: { hari: string; jam: string; catatan?: string }[];
  kelompok: GroupView[];
  /** The same component views by key, for templates that pick components one by one. */
  komponen: Record<string, ComponentView>;
  ringkasan: { biaya?: string; waktu?: string; gratis: boolean; daring: boolean };
  reviu?: string;
}

function decree(service: StandarPelayanan, lang: Lang): DecreeView | undefined {
  const p = stated(service.penetapan);
  if (!p) return undefined;
  const view: DecreeView = {};
  if (p.lampiran) view.lampiran = p.lampiran;
  if (p.jenis) view.jenis = p.jenis;
  if (p.nomor) view.nomor = p.nomor;
  if (p.tanggal) view.tanggal = longDate(p.tanggal, lang);
  view.tentang = p.tentang ?? `${labels(lang).standard} ${service.nama}`;
  return view;
}

function signature(service: StandarPelayanan, provider: PenyelenggaraPelayanan | undefined, lang: Lang): SignatureView | undefined {
  const decreed = stated(service.penetapan);
  const official = officialView(stated(decreed?.penandatangan) ?? stated(provider?.kepala));
  if (!official) return undefined;
  const view: SignatureView = { ...official };
  const tempat = placeOfSigning(provider);
  if (tempat) view.tempat = tempat;
  if (decreed?.tanggal) view.tanggal = longDate(decreed.tanggal, lang);
  return view;
}

export function serviceView(service: StandarPelayanan, provider: PenyelenggaraPelayanan | undefined, lang: Lang, idPrefix = 'bagan'): ServiceView {
  const kelompok = componentGroups(service.komponen, lang, idPrefix);
  const komponen = Object.fromEntries(kelompok.flatMap((g) => g.komponen).map((c) => [c.key, c]));
  const kanal = (service.kanal ?? []).map((k) => {
    const view: ServiceChannelView = { jenis: k.jenis, label: SERVICE_CHANNEL_LABELS[k.jenis]?.[lang] ?? k.jenis };
    if (k.nama) view.nama = k.nama;
    if (k.alamat) view.alamat = k.alamat;
    const href = httpsHref(k.url);
    if (href) view.href = href;
    if (k.catatan) view.catatan = k.catatan;
    return view;
  });
  const view: ServiceView = {
    kode: service.kode,
    nama: service.nama,
    kataKunci: service.kata_kunci ?? [],
    status: { kode: service.status, label: STATUS_LABELS[service.status]?.[lang] ?? service.status, berlaku: service.status === 'ditetapkan' },
    kanal,
    jamPelayanan: (service.jam_pelayanan ?? []).map((j) => ({ hari: j.hari, jam: j.jam, ...(j.catatan ? { catatan: j.catatan } : {}) })),
    kelompok,
    komponen,
    ringkasan: {
      biaya: feeSummary(stated(service.komponen?.biaya), lang),
      waktu: stated(service.komponen?.jangka_waktu) && completionTime(stated(service.komponen.jangka_waktu)!, lang),
      gratis: komponen.biaya?.gratis === true,
      daring: kanal.some((k) => k.jenis === 'daring' || k.jenis === 'aplikasi'),
    },
  };
  if (service.deskripsi) view.deskripsi = service.deskripsi;
  if (service.kategori) view.kategori = service.kategori;
  if (service.versi) view.versi = service.versi;
  const penetapan = decree(service, lang);
  if (penetapan) view.penetapan = penetapan;
  const tandaTangan = signature(service, provider, lang);
  if (tandaTangan) view.tandaTangan = tandaTangan;
  if (service.tanggal_reviu) view.reviu = longDate(service.tanggal_reviu, lang);
  return view;
}
