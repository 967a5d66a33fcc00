import type { Lang } from '../../i18n/index.js';
import { asArray, asRecord, isRecord } from '../../load/guards.js';
import { isNotStated } from '../../model/absence.js';
import { COMPONENTS } from '../../model/components.js';
import { longDate, numberWithWords } from '../../model/format.js';
import { LIFE_EVENT_LABELS } from '../../model/life-events.js';
import { PARTICIPANT_LABELS, SERVICE_CHANNEL_LABELS, STATUS_LABELS, labelOf, labels } from '../labels.js';
import { httpsHref } from '../links.js';
import { completionTime, componentGroups, feeSummary, type ComponentView, type GroupView } from './components.js';
import { Teks, gapFor, line, lineOrGap, text, type Gap } from './read.js';
import { officialView, type OfficialView } from './unit.js';
import type { SatisfactionView } from './survey.js';

export interface ServiceChannelView {
  jenis: string;
  /** The kind of channel, or the document's own name for a channel of kind "lainnya". */
  label: string;
  nama?: string;
  alamat?: string;
  /** The channel's web address as the document writes it (http://, or no scheme, included). */
  url?: string;
  /** A link to it, only for an https address. */
  href?: string;
  catatan?: Teks;
}

export interface DecreeView {
  lampiran?: string;
  jenis?: string;
  nomor?: string | Gap;
  tanggal?: string | Gap;
  tentang?: string | Gap;
  catatan?: Teks;
  /** The whole decree, when the document does not cite it (or says it does not state it). */
  kosong?: Gap;
}

export interface SignatureView extends Partial<OfficialView> {
  /** Where the decree was set, as its text writes it: printed "Ditetapkan di …", "pada tanggal …". */
  ditetapkanDi?: string;
  tanggal?: string;
}

export interface ConsultationView {
  /** The document does not mention its consultation (`tidak_dinyatakan`): said so, with its reason. */
  kosong?: Gap;
  tanggal?: string;
  tempat?: string;
  peserta: { teks: string; catatan?: Teks }[];
  beritaAcara?: { nomor?: string; tanggal?: string; href?: string; catatan?: Teks };
  catatan?: Teks;
}

export interface SourceView {
  judul?: string;
  alamat?: string;
  href?: string;
  diakses?: string;
  /** The component the excerpt stops inside (`terpotong_di`), by its name. */
  terpotong?: string;
  catatan?: Teks;
}

export interface ServiceView {
  kode: string;
  nama: string | Gap;
  /** The name on one line for titles, bookmarks and file lists: `nama`, else `kode`. */
  judul: string;
  deskripsi?: Teks;
  kategori?: string;
  /** The life events the office files the service under (codes and labels), in the order written. */
  peristiwaHidup: { kode: string; label: string }[];
  kataKunci: string[];
  versi?: string;
  status: { kode: string; label: string; berlaku: boolean };
  penetapan?: DecreeView;
  tandaTangan?: SignatureView;
  kanal: ServiceChannelView[];
  jamPelayanan: { hari: string | Gap; jam: string | Gap; catatan?: Teks }[];
  kelompok: GroupView[];
  /** The same component views by key, for templates that pick components one by one. */
  komponen: Record<string, ComponentView>;
  ringkasan: { biaya?: string; waktu?: string; gratis: boolean; daring: boolean };
  /** The latest satisfaction index, the service's or the unit's, when the unit keeps survey results (`publishedServiceView`). */
  kepuasan?: SatisfactionView;
  reviu?: string;
  konsultasi?: ConsultationView;
  sumber?: SourceView;
}

/** A date in words when it is a date, else as written. */
const dateOf = (v: unknown, lang: Lang) => {
  const s = line(v);
  return s === undefined ? undefined : longDate(s, lang);
};

/**
 * The decree that sets the standard, as cited: nothing is composed for what it does not say (no
 * title made up for TENTANG). A standard that says it is set but cites no decree shows the gap.
 */
function decree(service: Record<string, unknown>, lang: Lang): DecreeView | undefined {
  const p = service.penetapan;
  if (isNotStated(p)) return { kosong: gapFor(p, lang) };
  if (!isRecord(p)) return service.status === 'ditetapkan' ? { kosong: gapFor(undefined, lang) } : undefined;
  const view: DecreeView = {
    nomor: lineOrGap(p.nomor, lang),
    tanggal: dateOf(p.tanggal, lang) ?? line(p.tahun) ?? gapFor(p.tanggal, lang),
    // A decree cited without its title ("Lampiran IV Keputusan … Nomor … tanggal …"): the
    // document does not state it, and no rule asks for it.
    tentang: p.tentang === undefined ? gapFor({ tidak_dinyatakan: true }, lang) : lineOrGap(p.tentang, lang),
  };
  const lampiran = line(p.lampiran);
  if (lampiran) view.lampiran = lampiran;
  const jenis = line(p.jenis);
  if (jenis) view.jenis = jenis;
  const catatan = text(p.catatan);
  if (catatan) view.catatan = catatan;
  return view;
}

/**
 * Who signs: the decree's signer, else the head of the unit. Place and date are only the
 * decree's own: a place is never taken from the region or the address.
 */
function signature(service: Record<string, unknown>, provider: unknown, lang: Lang): SignatureView | undefined {
  const p = asRecord(service.penetapan);
  const signer = p.penandatangan ?? (isRecord(provider) ? (provider.kepala ?? {}) : undefined);
  const official = officialView(signer, lang);
  if (!official) return undefined;
  const view: SignatureView = { ...official };
  const tempat = line(p.tempat);
  if (tempat) view.ditetapkanDi = tempat;
  const tanggal = dateOf(p.tanggal, lang);
  if (tanggal) view.tanggal = tanggal;
  return view;
}

function channel(v: unknown, lang: Lang): ServiceChannelView {
  const k = asRecord(v);
  const jenis = line(k.jenis) ?? '';
  const nama = line(k.nama);
  const label = (jenis !== 'lainnya' ? labelOf(SERVICE_CHANNEL_LABELS, jenis, lang) : undefined) ?? nama ?? labelOf(SERVICE_CHANNEL_LABELS, jenis, lang) ?? labels(lang).notFilled;
  const view: ServiceChannelView = { jenis, label };
  if (nama && nama !== label) view.nama = nama;
  const alamat = (Array.isArray(k.alamat) ? k.alamat : [k.alamat]).map(line).filter(Boolean).join('; ');
  if (alamat) view.alamat = alamat;
  const url = line(k.url);
  if (url) view.url = url;
  const href = httpsHref(url);
  if (href) view.href = href;
  const catatan = text(k.catatan);
  if (catatan) view.catatan = catatan;
  return view;
}

function consultation(v: unknown, lang: Lang): ConsultationView | undefined {
  if (isNotStated(v)) return { kosong: gapFor(v, lang), peserta: [] };
  if (!isRecord(v)) return undefined;
  const l = labels(lang);
  const view: ConsultationView = {
    peserta: asArray(v.peserta).map((x) => {
      const p = asRecord(x);
      const who = labelOf(PARTICIPANT_LABELS, p.kelompok, lang);
      const count = typeof p.jumlah === 'number' ? `${numberWithWords(p.jumlah, lang)} ${l.people}` : line(p.jumlah);
      const teks = [[count, who].filter(Boolean).join(' '), line(p.uraian)].filter(Boolean).join(': ');
      const catatan = text(p.catatan);
      return catatan ? { teks, catatan } : { teks };
    }),
  };
  const tanggal = dateOf(v.tanggal, lang);
  if (tanggal) view.tanggal = tanggal;
  const tempat = line(v.tempat);
  if (tempat) view.tempat = tempat;
  if (isRecord(v.berita_acara)) {
    const b = v.berita_acara;
    const beritaAcara: NonNullable<ConsultationView['beritaAcara']> = {};
    const nomor = line(b.nomor);
    if (nomor) beritaAcara.nomor = nomor;
    const date = dateOf(b.tanggal, lang);
    if (date) beritaAcara.tanggal = date;
    const href = httpsHref(line(b.url));
    if (href) beritaAcara.href = href;
    const catatan = text(b.catatan);
    if (catatan) beritaAcara.catatan = catatan;
    view.beritaAcara = beritaAcara;
  }
  const catatan = text(v.catatan);
  if (catatan) view.catatan = catatan;
  return view;
}

/** Where the text of the standard was taken from (`sumber`): a title, an address, when. */
function source(v: unknown, lang: Lang): SourceView | undefined {
  if (!isRecord(v)) return undefined;
  const view: SourceView = {};
  const judul = line(v.judul);
  if (judul) view.judul = judul;
  const alamat = line(v.url);
  if (alamat) view.alamat = alamat;
  const href = httpsHref(alamat);
  if (href) view.href = href;
  const diakses = dateOf(v.diakses, lang);
  if (diakses) view.diakses = diakses;
  const cut = COMPONENTS.find((c) => c.key === v.terpotong_di);
  if (cut) view.terpotong = cut.label[lang];
  const catatan = text(v.catatan);
  if (catatan) view.catatan = catatan;
  return view;
}

/** The completion time at a glance, when the document gives one. */
function summaryTime(jangka: unknown, lang: Lang): string | undefined {
  if (!isRecord(jangka) || isNotStated(jangka)) return undefined;
  const { teks } = completionTime(jangka, lang);
  return teks instanceof Teks ? teks.teks : undefined;
}

export function serviceView(data: unknown, provider: unknown, lang: Lang, idPrefix = 'bagan'): ServiceView {
  const l = labels(lang);
  const service = asRecord(data);
  const kelompok = componentGroups(service.komponen, lang, idPrefix, service.cakupan);
  const komponen = Object.fromEntries(kelompok.flatMap((g) => g.komponen).map((c) => [c.key, c]));
  const kanal = asArray(service.kanal).map((k) => channel(k, lang));
  const kode = line(service.kode) ?? '';
  const nama = lineOrGap(service.nama, lang);
  const status = line(service.status);
  const jangka = asRecord(service.komponen).jangka_waktu;
  const view: ServiceView = {
    kode,
    nama,
    judul: typeof nama === 'string' ? nama : kode || nama.teks,
    peristiwaHidup: asArray(service.peristiwa_hidup)
      .map(line)
      .filter((k): k is string => k !== undefined)
      .map((kode) => ({ kode, label: labelOf(LIFE_EVENT_LABELS, kode, lang)! })),
    kataKunci: asArray(service.kata_kunci).map(line).filter((k): k is string => k !== undefined),
    status: { kode: status ?? '', label: labelOf(STATUS_LABELS, status, lang) ?? `${l.status}: ${l.notFilled}`, berlaku: status === 'ditetapkan' },
    kanal,
    jamPelayanan: asArray(service.jam_pelayanan).map((v) => {
      const j = asRecord(v);
      const catatan = text(j.catatan);
      return { hari: lineOrGap(j.hari, lang), jam: lineOrGap(j.jam, lang), ...(catatan ? { catatan } : {}) };
    }),
    kelompok,
    komponen,
    ringkasan: {
      biaya: feeSummary(asRecord(service.komponen).biaya, lang),
      waktu: summaryTime(jangka, lang),
      gratis: komponen.biaya?.gratis === true,
      daring: kanal.some((k) => k.jenis === 'daring' || k.jenis === 'aplikasi'),
    },
  };
  const deskripsi = text(service.deskripsi);
  if (deskripsi) view.deskripsi = deskripsi;
  const kategori = line(service.kategori);
  if (kategori) view.kategori = kategori;
  const versi = line(service.versi);
  if (versi) view.versi = versi;
  const penetapan = decree(service, lang);
  if (penetapan) view.penetapan = penetapan;
  const tandaTangan = signature(service, provider, lang);
  if (tandaTangan) view.tandaTangan = tandaTangan;
  const reviu = dateOf(service.tanggal_reviu, lang);
  if (reviu) view.reviu = reviu;
  const konsultasi = consultation(service.konsultasi_publik, lang);
  if (konsultasi) view.konsultasi = konsultasi;
  const sumber = source(service.sumber, lang);
  if (sumber) view.sumber = sumber;
  return view;
}
