import type { Lang } from '../../i18n/index.js';
import { COMPONENTS, GROUP_TITLES, type ComponentGroup, type ComponentKey } from '../../model/components.js';
import { statedKomponen, type StatedKomponen } from '../../model/absence.js';
import type {
  Biaya, Butir, Durasi, EvaluasiButir, JangkaWaktu, JumlahPelaksana, KanalPengaduan, Komponen, Langkah, Pengaduan, Peraturan, Persyaratan, ProdukButir,
  Sarana, SistemMekanismeProsedur, Syarat,
} from '../../types/schema.js';
import { duration, FREQUENCIES, numberWithWords, rupiah } from '../format.js';
import { COMPLAINT_CHANNEL_LABELS, FORM_LABELS, SERVICE_CHANNEL_LABELS, labels } from '../labels.js';
import { httpsHref, mailtoHref, telHref, whatsappHref } from '../links.js';
import { citeRegulation } from '../peraturan.js';
import { flowchart, type FlowchartView } from './flowchart.js';

/** A line of text with its optional note, the shape most list items take. */
export interface ItemView {
  teks: string;
  catatan?: string;
}

export interface RequirementView extends ItemView {
  /** "asli dan fotokopi, 2 (dua) lembar, bagi pemohon yang sudah menikah". */
  keterangan?: string;
  wajib: boolean;
}

export interface RequirementGroupView {
  nama?: string;
  butir: RequirementView[];
  catatan?: string;
}

export interface StepView {
  no: number;
  /** Absent for a passive step ("Berkas diverifikasi"). */
  pelaksana?: string;
  uraian: string;
  waktu?: string;
  catatan?: string;
}

export interface FlowView {
  nama?: string;
  kanal?: string;
  langkah: StepView[];
  /** Sum of the step times when they share one unit. */
  totalWaktu?: string;
  catatan?: string;
  bagan: FlowchartView;
}

export interface RegulationView extends ItemView {
  href?: string;
}

export interface FeeView {
  uraian: string;
  jumlah: string;
  satuan?: string;
  dasarHukum?: string;
  catatan?: string;
}

export interface ComplaintChannelView {
  jenis: string;
  label: string;
  nama?: string;
  alamat?: string;
  href?: string;
  /** What tapping the link does: call, chat, mail, web. */
  aksi?: 'call' | 'chat' | 'mail' | 'web';
  aksiLabel?: string;
  catatan?: string;
}

/** The fields every component view has; the rest depends on the component (see docs/templates.md). */
export interface ComponentView {
  key: ComponentKey;
  no: number;
  group: ComponentGroup;
  label: string;
  /** Partial that prints the content: "komponen-<key>". */
  partial: string;
  ada: boolean;
  [field: string]: unknown;
}

export interface GroupView {
  huruf: ComponentGroup;
  judul: string;
  komponen: ComponentView[];
}

const text = (b: Butir | EvaluasiButir | ProdukButir | Sarana | Syarat): string => (typeof b === 'string' ? b : 'nama' in b ? b.nama : b.uraian);
const note = (b: unknown): string | undefined => (typeof b === 'object' && b !== null && 'catatan' in b ? (b as { catatan?: string }).catatan : undefined);

function item(teks: string, catatan: string | undefined): ItemView {
  return catatan ? { teks, catatan } : { teks };
}

function requirement(s: Syarat, lang: Lang): RequirementView {
  const l = labels(lang);
  const view: RequirementView = { ...item(text(s), note(s)), wajib: true };
  if (typeof s === 'object') {
    const parts: string[] = [];
    const form = (f: string) => FORM_LABELS[f]?.[lang] ?? f;
    if (s.bentuk) parts.push((Array.isArray(s.bentuk) ? s.bentuk : [s.bentuk]).map(form).join(lang === 'id' ? ' dan ' : ' and '));
    if (s.bentuk_pilihan) parts.push(s.bentuk_pilihan.map(form).join(lang === 'id' ? ' atau ' : ' or '));
    if (s.jumlah !== undefined) parts.push(`${numberWithWords(s.jumlah, lang)} ${l.sheets}`);
    if (s.kondisi) parts.push(s.kondisi);
    if (s.wajib === false) {
      parts.push(l.optional);
      view.wajib = false;
    }
    if (parts.length > 0) view.keterangan = parts.join(', ');
  }
  return view;
}

function requirements(p: Persyaratan, lang: Lang) {
  const groups: RequirementGroupView[] = Array.isArray(p)
    ? [{ butir: p.map((s) => requirement(s, lang)) }]
    : [
        ...(p.butir ? [{ butir: p.butir.map((s) => requirement(s, lang)) }] : []),
        ...(p.kelompok ?? []).map((g) => ({ nama: g.nama, butir: g.butir.map((s) => requirement(s, lang)), ...(g.catatan ? { catatan: g.catatan } : {}) })),
      ];
  return { kelompok: groups, berkelompok: !Array.isArray(p), catatan: Array.isArray(p) ? undefined : p.catatan };
}

/** Sum of step times, only when every step has one and they share a unit. */
function totalTime(steps: readonly Langkah[], lang: Lang): string | undefined {
  const times = steps.map((s) => s.waktu).filter((w): w is Durasi => w !== undefined);
  const unit = times[0]?.satuan;
  if (times.length !== steps.length || !unit || times.some((t) => t.satuan !== unit)) return undefined;
  const sum = Math.round(times.reduce((a, t) => a + t.nilai, 0) * 100) / 100;
  return duration({ nilai: sum, satuan: unit }, lang);
}

export function steps(list: readonly Langkah[], lang: Lang): StepView[] {
  return list.map((s, i) => {
    const view: StepView = { no: i + 1, uraian: s.uraian };
    if (s.pelaksana) view.pelaksana = s.pelaksana;
    if (s.waktu) view.waktu = duration(s.waktu, lang);
    const catatan = s.catatan ?? s.waktu?.catatan;
    if (catatan) view.catatan = catatan;
    return view;
  });
}

function procedure(p: SistemMekanismeProsedur, lang: Lang, idPrefix: string) {
  const flows = Array.isArray(p) ? [{ langkah: p }] : p.alur;
  const alur: FlowView[] = flows.map((f, i) => {
    const langkah = steps(f.langkah, lang);
    const view: FlowView = { langkah, bagan: flowchart(langkah, `${idPrefix}-${i + 1}`, 'nama' in f ? f.nama : undefined, lang) };
    if ('nama' in f && f.nama) view.nama = f.nama;
    if ('kanal' in f && f.kanal) view.kanal = SERVICE_CHANNEL_LABELS[f.kanal][lang];
    const total = totalTime(f.langkah, lang);
    if (total) view.totalWaktu = total;
    if ('catatan' in f && f.catatan) view.catatan = f.catatan;
    return view;
  });
  return { uraian: Array.isArray(p) ? undefined : p.uraian, alur, banyakAlur: alur.length > 1, catatan: Array.isArray(p) ? undefined : p.catatan };
}

export function completionTime(j: JangkaWaktu, lang: Lang): string {
  if (j.teks) return j.teks;
  return [duration(j, lang), j.sejak].filter(Boolean).join(' ');
}

function fees(b: Biaya, lang: Lang) {
  const l = labels(lang);
  const tarif: FeeView[] = (b.tarif ?? []).map((t) => {
    const view: FeeView = { uraian: t.uraian, jumlah: rupiah(t.jumlah, lang) };
    if (t.satuan) view.satuan = t.satuan;
    if (t.dasar_hukum) view.dasarHukum = citeRegulation(t.dasar_hukum);
    if (t.catatan) view.catatan = t.catatan;
    return view;
  });
  const gratis = b.gratis === true || (tarif.length > 0 && (b.tarif ?? []).every((t) => t.jumlah === 0));
  return {
    gratis,
    keterangan: b.keterangan ?? (gratis && tarif.length === 0 ? l.freeSentence : undefined),
    tarif,
    dasarHukum: (b.dasar_hukum ?? []).map((p) => regulation(p)),
    caraPembayaran: b.cara_pembayaran,
    catatan: b.catatan,
  };
}

/** "Gratis", "Rp350.000,00" or "Rp350.000,00–Rp650.000,00": the fee at a glance. */
export function feeSummary(b: Biaya | undefined, lang: Lang): string | undefined {
  if (!b) return undefined;
  const amounts = (b.tarif ?? []).map((t) => t.jumlah);
  if (b.gratis === true || (amounts.length > 0 && amounts.every((a) => a === 0))) return labels(lang).free;
  if (amounts.length === 0) return b.keterangan;
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  return low === high ? rupiah(low, lang) : `${rupiah(low, lang)}–${rupiah(high, lang)}`;
}

function regulation(p: Peraturan): RegulationView {
  const view: RegulationView = item(citeRegulation(p), p.catatan);
  const href = httpsHref(p.url);
  if (href) view.href = href;
  return view;
}

/** A complaint channel as a link of the right kind; unsafe or malformed addresses stay text. */
export function complaintChannel(channel: KanalPengaduan, lang: Lang): ComplaintChannelView {
  const l = labels(lang);
  // Several numbers: all are shown, the first is the one a tap calls.
  const addresses = Array.isArray(channel.alamat) ? channel.alamat : channel.alamat ? [channel.alamat] : [];
  const k = { ...channel, alamat: addresses[0] };
  const view: ComplaintChannelView = { jenis: k.jenis, label: COMPLAINT_CHANNEL_LABELS[k.jenis]?.[lang] ?? k.jenis };
  if (k.nama && k.nama !== view.label) view.nama = k.nama;
  if (addresses.length > 0) view.alamat = addresses.join(', ');
  if (k.catatan) view.catatan = k.catatan;
  const link = (href: string | undefined, aksi: NonNullable<ComplaintChannelView['aksi']>, aksiLabel: string) => {
    if (!href) return;
    view.href = href;
    view.aksi = aksi;
    view.aksiLabel = aksiLabel;
  };
  switch (k.jenis) {
    case 'telepon':
      link(telHref(k.alamat), 'call', l.call);
      break;
    case 'whatsapp':
      link(whatsappHref(k.alamat), 'chat', l.chat);
      break;
    case 'email':
      link(mailtoHref(k.alamat), 'mail', l.write);
      break;
    case 'sp4n_lapor':
      link(httpsHref(k.alamat ?? 'https://www.lapor.go.id/'), 'web', l.open);
      if (!view.alamat) view.alamat = 'https://www.lapor.go.id';
      break;
    case 'sms':
    case 'kotak_saran':
    case 'tatap_muka':
    case 'surat':
      break;
    default:
      link(httpsHref(k.alamat), 'web', l.open);
  }
  return view;
}

function complaints(p: Pengaduan, lang: Lang) {
  return {
    uraian: p.uraian,
    kanal: (p.kanal ?? []).map((k) => complaintChannel(k, lang)),
    tindakLanjut: p.tindak_lanjut ? steps(p.tindak_lanjut, lang) : [],
    jangkaWaktu: p.jangka_waktu ? duration(p.jangka_waktu, lang) : undefined,
    jangkaWaktuCatatan: p.jangka_waktu?.catatan,
    catatan: p.catatan,
  };
}

function facilities(list: readonly Sarana[], lang: Lang) {
  const l = labels(lang);
  const butir = list.map((s) => {
    const view: ItemView & { jumlah?: string; rentan: boolean } = { ...item(text(s), note(s)), rentan: typeof s === 'object' && s.kelompok_rentan === true };
    if (typeof s === 'object' && s.jumlah !== undefined) view.jumlah = `${numberWithWords(s.jumlah, lang)} ${l.units}`;
    return view;
  });
  return { butir, rentan: butir.filter((b) => b.rentan) };
}

function staff(j: JumlahPelaksana, lang: Lang) {
  const l = labels(lang);
  return {
    total: `${numberWithWords(j.total, lang)} ${l.people}`,
    rincian: (j.rincian ?? []).map((r) => ({ peran: r.peran, jumlah: `${numberWithWords(r.jumlah, lang)} ${l.people}`, ...(r.catatan ? { catatan: r.catatan } : {}) })),
    catatan: j.catatan,
  };
}

function plainList(list: readonly (Butir | ProdukButir)[]) {
  return { butir: list.map((b) => ({ ...item(text(b), note(b)), ...(typeof b === 'object' && 'nama' in b && b.uraian ? { uraian: b.uraian } : {}) })) };
}

function evaluation(list: readonly EvaluasiButir[], lang: Lang) {
  return { butir: list.map((b) => ({ ...item(text(b), note(b)), ...(typeof b === 'object' && b.frekuensi ? { frekuensi: FREQUENCIES[b.frekuensi][lang] } : {}) })) };
}

/** Content of one component, shaped for its partial. */
function content(key: ComponentKey, komponen: StatedKomponen, lang: Lang, idPrefix: string): Record<string, unknown> | undefined {
  switch (key) {
    case 'persyaratan':
      return komponen.persyaratan && requirements(komponen.persyaratan, lang);
    case 'sistem_mekanisme_prosedur':
      return komponen.sistem_mekanisme_prosedur && procedure(komponen.sistem_mekanisme_prosedur, lang, idPrefix);
    case 'jangka_waktu':
      return komponen.jangka_waktu && { teks: completionTime(komponen.jangka_waktu, lang), catatan: komponen.jangka_waktu.catatan };
    case 'biaya':
      return komponen.biaya && fees(komponen.biaya, lang);
    case 'produk':
      return komponen.produk && plainList(komponen.produk);
    case 'pengaduan':
      return komponen.pengaduan && complaints(komponen.pengaduan, lang);
    case 'dasar_hukum':
      return komponen.dasar_hukum && { butir: komponen.dasar_hukum.map((p) => regulation(p)) };
    case 'sarana_prasarana':
      return komponen.sarana_prasarana && facilities(komponen.sarana_prasarana, lang);
    case 'jumlah_pelaksana':
      return komponen.jumlah_pelaksana && staff(komponen.jumlah_pelaksana, lang);
    case 'evaluasi_kinerja':
      return komponen.evaluasi_kinerja && evaluation(komponen.evaluasi_kinerja, lang);
    default:
      return komponen[key] && plainList(komponen[key]);
  }
}

/** The 14 components in PermenPANRB order, grouped A and B, numbered within their group. */
export function componentGroups(komponen: Komponen | undefined, lang: Lang, idPrefix = 'bagan'): GroupView[] {
  const counters: Record<ComponentGroup, number> = { A: 0, B: 0 };
  const groups: GroupView[] = (['A', 'B'] as const).map((huruf) => ({ huruf, judul: GROUP_TITLES[huruf][lang], komponen: [] }));
  const stated = statedKomponen(komponen);
  for (const c of COMPONENTS) {
    const body = content(c.key, stated, lang, idPrefix);
    const view: ComponentView = { key: c.key, no: ++counters[c.group], group: c.group, label: c.label[lang], partial: `komponen-${c.key}`, ada: body !== undefined, ...body };
    groups.find((g) => g.huruf === c.group)!.komponen.push(view);
  }
  return groups;
}
