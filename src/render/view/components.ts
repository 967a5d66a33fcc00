import type { Lang } from '../../i18n/index.js';
import { asArray, asRecord, isRecord, ownEntry } from '../../load/guards.js';
import { isNotStated } from '../../model/absence.js';
import { COMPONENTS, GROUP_TITLES, type ComponentGroup, type ComponentKey } from '../../model/components.js';
import { duration, FREQUENCIES, numberWithWords, rupiah, wordsSayDuration } from '../../model/format.js';
import { normalizeText } from '../../registry/title.js';
import { COMPLAINT_CHANNEL_LABELS, FORM_LABELS, SERVICE_CHANNEL_LABELS, labelOf, labels } from '../labels.js';
import { httpsHref, mailtoHref, telHref, whatsappHref } from '../links.js';
import { citeRegulation, shortRegulation } from '../peraturan.js';
import { flowchart, type FlowchartView } from './flowchart.js';
import { Gap, gapFor, line, lineOrGap, text, textOrGap, type Teks } from './read.js';

/** A line of text with its optional note, the shape most list items take. */
export interface ItemView {
  teks: Teks | Gap;
  catatan?: Teks;
  /** Items below it (a, b, c, ...), printed by the same partial as a requirement's. */
  rincian?: ItemView[];
}

export interface RequirementView extends Omit<ItemView, 'teks' | 'rincian'> {
  /** Absent for a requirement written as its choices alone (`pilihan` without `uraian`). */
  teks?: Teks | Gap;
  /** "asli dan fotokopi, 2 (dua) lembar, bagi pemohon yang sudah menikah". */
  keterangan?: string;
  wajib: boolean;
  /** The article that asks for it: "Pasal 33 ayat (1) Peraturan Presiden Nomor 96 Tahun 2018". */
  dasarHukum?: string;
  /** Items the requirement is made of ("mengisi formulir … dengan melampirkan: …"). */
  rincian: RequirementView[];
  /** Documents any one of which will do ("KTP-el atau Surat Keterangan Kependudukan"), each with its own form. */
  pilihan: RequirementView[];
}

export interface RequirementGroupView {
  nama?: string;
  /** True when the group adds to the general requirements ("untuk orang asing, ditambah: …"). */
  tambahan: boolean;
  /** The article that sets this case's requirements: "Pasal 33 ayat (2) Peraturan Presiden …". */
  dasarHukum?: string;
  butir: RequirementView[];
  catatan?: Teks;
}

export interface StepView {
  no: number;
  /** Who acts; a gap for a step written in the passive ("Berkas diverifikasi"). */
  pelaksana: string | Gap;
  uraian: Teks | Gap;
  waktu?: string;
  dasarHukum?: string;
  /** The step's note and its time's note. */
  catatan?: Teks;
  /** Sub-steps (a, b, c, ...). */
  rincian?: ItemView[];
}

export interface FlowView {
  nama?: string;
  kanal?: string;
  langkah: StepView[];
  /** Sum of the step times when they share one unit. */
  totalWaktu?: string;
  catatan?: Teks;
  bagan: FlowchartView;
}

export interface RegulationView extends ItemView {
  href?: string;
}

export interface FeeView {
  uraian: string | Gap;
  jumlah: string | Gap;
  satuan?: string;
  dasarHukum?: string;
  dasarHukumCatatan?: Teks;
  catatan?: Teks;
}

export interface ChannelAddress {
  alamat: string;
  href?: string;
}

export interface ComplaintChannelView {
  jenis: string;
  /** What kind of channel it is, or the document's own name for a channel of kind "lainnya". */
  label: string;
  nama?: string;
  /** The first address; the others, when the document gives several, in `alamatLain`. */
  alamat?: string;
  href?: string;
  /** What tapping the link does: call, chat, mail, web. */
  aksi?: 'call' | 'chat' | 'mail' | 'web';
  aksiLabel?: string;
  alamatLain: ChannelAddress[];
  catatan?: Teks;
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
  /** Why the component is not there, when `ada` is false. */
  kosong?: Gap;
  [field: string]: unknown;
}

export interface GroupView {
  huruf: ComponentGroup;
  judul: string;
  komponen: ComponentView[];
}

type Rec = Record<string, unknown>;

/** The text of a list item written as a string or as an object with `uraian` (or `nama`). */
function itemText(v: unknown, lang: Lang, key: 'uraian' | 'nama' = 'uraian'): Teks | Gap {
  return isRecord(v) ? textOrGap(v[key], lang) : textOrGap(v, lang);
}

function item(v: unknown, lang: Lang, key: 'uraian' | 'nama' = 'uraian'): ItemView {
  const view: ItemView = { teks: itemText(v, lang, key) };
  const catatan = isRecord(v) ? text(v.catatan) : undefined;
  if (catatan) view.catatan = catatan;
  const rincian = subItems(isRecord(v) ? v.rincian : undefined, lang);
  if (rincian) view.rincian = rincian;
  return view;
}

/** The items below an item or a step (`rincian`), each with its own. */
function subItems(v: unknown, lang: Lang): ItemView[] | undefined {
  const list = asArray(v);
  return list.length > 0 ? list.map((r) => item(r, lang)) : undefined;
}

/** Two notes of one thing (a step and its time) as one text of two paragraphs. */
function notes(...values: unknown[]): Teks | undefined {
  return text(values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').join('\n\n'));
}

/** A legal basis cited by a requirement or a step, as one line. */
function basis(v: unknown): string | undefined {
  return isRecord(v) ? line(citeRegulation(v)) : undefined;
}

/** "asli dan fotokopi", "scan atau fotokopi": the forms of a document, all of them or one of them. */
export function forms(s: Rec, lang: Lang): string | undefined {
  const label = (f: unknown) => labelOf(FORM_LABELS, f, lang);
  const all = (Array.isArray(s.bentuk) ? s.bentuk : [s.bentuk]).map(label).filter(Boolean);
  const either = asArray(s.bentuk_pilihan).map(label).filter(Boolean);
  const l = labels(lang);
  return [all.join(` ${l.and} `), either.join(` ${l.or} `)].filter(Boolean).join(', ') || undefined;
}

function requirement(s: unknown, lang: Lang): RequirementView {
  const l = labels(lang);
  const pilihan = asArray(asRecord(s).pilihan).map((r) => requirement(r, lang));
  const { teks, ...rest } = item(s, lang);
  // Written as its choices alone: they are the requirement, no line is made up above them.
  const view: RequirementView = { ...rest, ...(pilihan.length > 0 && asRecord(s).uraian === undefined ? {} : { teks }), wajib: true, rincian: [], pilihan };
  if (!isRecord(s)) return view;
  const parts: string[] = [];
  const form = forms(s, lang);
  if (form) parts.push(form);
  if (typeof s.jumlah === 'number') parts.push(`${numberWithWords(s.jumlah, lang)} ${l.sheets}`);
  else if (line(s.jumlah)) parts.push(line(s.jumlah)!);
  if (line(s.kondisi)) parts.push(line(s.kondisi)!);
  if (s.wajib === false) {
    parts.push(l.optional);
    view.wajib = false;
  }
  if (parts.length > 0) view.keterangan = parts.join(', ');
  const dasar = basis(s.dasar_hukum);
  if (dasar) view.dasarHukum = dasar;
  view.rincian = asArray(s.rincian).map((r) => requirement(r, lang));
  return view;
}

function requirementGroup(g: unknown, lang: Lang): RequirementGroupView {
  const group = asRecord(g);
  const view: RequirementGroupView = { tambahan: group.tambahan === true, butir: asArray(group.butir).map((s) => requirement(s, lang)) };
  const nama = line(group.nama);
  if (nama) view.nama = nama;
  const dasar = basis(group.dasar_hukum);
  if (dasar) view.dasarHukum = dasar;
  const catatan = text(group.catatan);
  if (catatan) view.catatan = catatan;
  return view;
}

/**
 * A flat list; groups per applicant case; or a general list (`butir`) with groups, some of which
 * add to it (`tambahan`).
 */
function requirements(p: unknown, lang: Lang) {
  if (Array.isArray(p)) return { kelompok: [{ tambahan: false, butir: p.map((s) => requirement(s, lang)) }], berkelompok: false };
  const r = asRecord(p);
  const general: RequirementGroupView[] = Array.isArray(r.butir) ? [{ tambahan: false, butir: r.butir.map((s) => requirement(s, lang)) }] : [];
  const kelompok = [...general, ...asArray(r.kelompok).map((g) => requirementGroup(g, lang))];
  return { pengantar: text(r.pengantar), kelompok, berkelompok: asArray(r.kelompok).length > 0, catatan: text(r.catatan) };
}

/** Sum of step times, only when every step has a plain one (no range) and they share a unit. */
function totalTime(list: readonly unknown[], lang: Lang): string | undefined {
  const times = list.map((s) => asRecord(asRecord(s).waktu));
  const unit = times[0]?.satuan;
  if (times.length === 0 || times.some((t) => typeof t.nilai !== 'number' || t.satuan !== unit || t.paling_cepat !== undefined)) return undefined;
  const sum = Math.round(times.reduce((a, t) => a + (t.nilai as number), 0) * 100) / 100;
  return duration({ nilai: sum, satuan: unit }, lang);
}

/**
 * A duration in the document's own words (`teks`) when it gives them, with the numbers after them
 * only when the words do not already say them; else the numbers.
 */
function ownDuration(d: unknown, lang: Lang): { teks?: string; rincian?: string } {
  const structured = duration(d, lang);
  const own = line(asRecord(d).teks);
  if (!own) return structured ? { teks: structured } : {};
  return structured && !wordsSayDuration(own, d) ? { teks: own, rincian: structured } : { teks: own };
}

export function steps(list: readonly unknown[], lang: Lang): StepView[] {
  return list.map((v, i) => {
    const s = asRecord(v);
    const view: StepView = { no: i + 1, pelaksana: lineOrGap(s.pelaksana, lang), uraian: isRecord(v) ? textOrGap(s.uraian, lang) : textOrGap(v, lang) };
    const time = ownDuration(s.waktu, lang);
    const waktu = time.rincian ? `${time.teks} (${time.rincian})` : time.teks;
    if (waktu) view.waktu = waktu;
    const dasar = basis(s.dasar_hukum);
    if (dasar) view.dasarHukum = dasar;
    const catatan = notes(s.catatan, asRecord(s.waktu).catatan);
    if (catatan) view.catatan = catatan;
    const rincian = subItems(s.rincian, lang);
    if (rincian) view.rincian = rincian;
    return view;
  });
}

function procedure(p: unknown, lang: Lang, idPrefix: string) {
  const r = asRecord(p);
  const flows: Rec[] = Array.isArray(p) ? [{ langkah: p }] : asArray(r.alur).map(asRecord);
  const alur: FlowView[] = flows.map((f, i) => {
    const list = asArray(f.langkah);
    const langkah = steps(list, lang);
    const nama = line(f.nama);
    const view: FlowView = { langkah, bagan: flowchart(langkah, `${idPrefix}-${i + 1}`, nama, lang) };
    if (nama) view.nama = nama;
    const kanal = labelOf(SERVICE_CHANNEL_LABELS, f.kanal, lang);
    if (kanal) view.kanal = kanal;
    const total = totalTime(list, lang);
    if (total) view.totalWaktu = total;
    const catatan = text(f.catatan);
    if (catatan) view.catatan = catatan;
    return view;
  });
  return { uraian: text(r.uraian), alur, banyakAlur: alur.length > 1, catatan: text(r.catatan) };
}

/**
 * The completion time as the document words it (`teks`), else as "14 (empat belas) hari kerja
 * sejak …": one duration. `rincian` adds only what the wording leaves out (the numbers, when it
 * does not say them; the moment the clock starts), so nothing written is lost or said twice.
 */
export function completionTime(j: unknown, lang: Lang): { teks: Teks | Gap; rincian?: string } {
  const r = asRecord(j);
  const since = line(r.sejak);
  const own = text(r.teks);
  if (!own) {
    const structured = line([duration(r, lang), since].filter(Boolean).join(' '));
    return { teks: structured ? textOrGap(structured, lang) : gapFor(j, lang) };
  }
  const flat = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const rincian = line([ownDuration(r, lang).rincian, since && !flat(own.teks).includes(flat(since)) ? since : undefined].filter(Boolean).join(' '));
  return rincian ? { teks: own, rincian } : { teks: own };
}

function fees(b: unknown, lang: Lang) {
  const l = labels(lang);
  const r = asRecord(b);
  const tarif: FeeView[] = asArray(r.tarif).map((v) => {
    const t = asRecord(v);
    const view: FeeView = { uraian: lineOrGap(t.uraian, lang), jumlah: typeof t.jumlah === 'number' ? rupiah(t.jumlah, lang) : lineOrGap(t.jumlah, lang) };
    const satuan = line(t.satuan);
    if (satuan) view.satuan = satuan;
    const dasar = basis(t.dasar_hukum);
    if (dasar) view.dasarHukum = dasar;
    const dasarCatatan = text(asRecord(t.dasar_hukum).catatan);
    if (dasarCatatan) view.dasarHukumCatatan = dasarCatatan;
    const catatan = text(t.catatan);
    if (catatan) view.catatan = catatan;
    return view;
  });
  const gratis = r.gratis === true;
  return {
    gratis,
    keterangan: text(r.keterangan) ?? (gratis && tarif.length === 0 ? text(l.freeSentence) : undefined),
    tarif,
    sesuaiPeraturan: asArray(r.sesuai_peraturan).map((x) => regulation(x, lang)),
    dasarHukum: asArray(r.dasar_hukum).map((x) => regulation(x, lang)),
    caraPembayaran: text(r.cara_pembayaran),
    catatan: text(r.catatan),
  };
}

/** "Gratis", "Rp350.000,00", "Rp350.000,00–Rp650.000,00" or "Sesuai PP 76/2020": the fee at a glance. */
export function feeSummary(b: unknown, lang: Lang): string | undefined {
  if (!isRecord(b) || isNotStated(b)) return undefined;
  const l = labels(lang);
  if (b.gratis === true) return l.free;
  const amounts = asArray(b.tarif).map((t) => asRecord(t).jumlah).filter((a): a is number => typeof a === 'number');
  if (amounts.length > 0) {
    const low = Math.min(...amounts);
    const high = Math.max(...amounts);
    return low === high ? rupiah(low, lang) : `${rupiah(low, lang)}–${rupiah(high, lang)}`;
  }
  const regulations = asArray(b.sesuai_peraturan).filter(isRecord).map(shortRegulation).filter(Boolean);
  if (regulations.length > 0) return `${l.asSetBy} ${regulations.join(', ')}`;
  return line(b.keterangan);
}

function regulation(p: unknown, lang: Lang): RegulationView {
  const r = asRecord(p);
  const cited = line(citeRegulation(r));
  const view: RegulationView = { teks: cited ? text(cited)! : itemText(p, lang) };
  const catatan = text(r.catatan);
  if (catatan) view.catatan = catatan;
  const href = httpsHref(line(r.url));
  if (href) view.href = href;
  return view;
}

const SP4N_LAPOR = 'https://www.lapor.go.id/';

/** How an address of each kind of channel becomes a link; unsafe or malformed ones stay text. */
const CHANNEL_LINKS: Record<string, { aksi: NonNullable<ComplaintChannelView['aksi']>; href: (a: string) => string | undefined; label: (l: ReturnType<typeof labels>) => string }> = {
  telepon: { aksi: 'call', href: telHref, label: (l) => l.call },
  whatsapp: { aksi: 'chat', href: whatsappHref, label: (l) => l.chat },
  email: { aksi: 'mail', href: mailtoHref, label: (l) => l.write },
  sp4n_lapor: { aksi: 'web', href: httpsHref, label: (l) => l.open },
  website: { aksi: 'web', href: httpsHref, label: (l) => l.open },
  media_sosial: { aksi: 'web', href: httpsHref, label: (l) => l.open },
  aplikasi: { aksi: 'web', href: httpsHref, label: (l) => l.open },
  lainnya: { aksi: 'web', href: httpsHref, label: (l) => l.open },
};

/** One address or several ("0852… / 0852…" written as a list). */
function addresses(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map(line).filter((a): a is string => a !== undefined);
}

/**
 * A complaint channel as a link of the right kind. A channel of kind "lainnya" is shown by the
 * name the document gave it; SP4N-LAPOR! without an address links the national address without
 * printing one the document did not write.
 */
export function complaintChannel(k: unknown, lang: Lang): ComplaintChannelView {
  const l = labels(lang);
  const c = asRecord(k);
  const jenis = line(c.jenis) ?? '';
  const nama = [line(c.platform), line(c.nama)].filter(Boolean).join(': ') || undefined;
  const known = jenis !== 'lainnya' ? labelOf(COMPLAINT_CHANNEL_LABELS, jenis, lang) : undefined;
  const view: ComplaintChannelView = { jenis, label: known ?? nama ?? labelOf(COMPLAINT_CHANNEL_LABELS, jenis, lang) ?? l.notFilled, alamatLain: [] };
  // "Kotak Saran" under the label "Kotak saran" says nothing more: a name is shown when it differs in more than case and spacing.
  if (nama && normalizeText(nama) !== normalizeText(view.label)) view.nama = nama;
  const catatan = text(c.catatan);
  if (catatan) view.catatan = catatan;
  const link = ownEntry(CHANNEL_LINKS, jenis);
  const [first, ...rest] = addresses(c.alamat);
  if (first) {
    view.alamat = first;
    const href = link?.href(first);
    if (href && link) Object.assign(view, { href, aksi: link.aksi, aksiLabel: link.label(l) });
    view.alamatLain = rest.map((alamat) => {
      const other = link?.href(alamat);
      return other ? { alamat, href: other } : { alamat };
    });
  } else if (jenis === 'sp4n_lapor') {
    Object.assign(view, { href: SP4N_LAPOR, aksi: 'web', aksiLabel: l.open });
  }
  return view;
}

function complaints(p: unknown, lang: Lang) {
  const r = asRecord(p);
  const jangka = asRecord(r.jangka_waktu);
  return {
    uraian: text(r.uraian),
    kanal: asArray(r.kanal).map((k) => complaintChannel(k, lang)),
    tindakLanjut: steps(asArray(r.tindak_lanjut), lang),
    // The document's own sentence when it gives one ("ditindaklanjuti paling lambat …"), never reworded.
    jangkaWaktuTeks: line(jangka.teks),
    jangkaWaktu: duration(jangka, lang),
    // The numbers, when that sentence does not say them.
    jangkaWaktuRincian: line(jangka.teks) ? ownDuration(jangka, lang).rincian : undefined,
    jangkaWaktuCatatan: text(jangka.catatan),
    catatan: text(r.catatan),
  };
}

function facilities(list: readonly unknown[], lang: Lang) {
  const l = labels(lang);
  const butir = list.map((s) => {
    const r = asRecord(s);
    const view: ItemView & { jumlah?: string; rentan: boolean } = { ...item(s, lang, 'nama'), rentan: r.kelompok_rentan === true };
    if (typeof r.jumlah === 'number') view.jumlah = `${numberWithWords(r.jumlah, lang)} ${l.units}`;
    else if (line(r.jumlah)) view.jumlah = line(r.jumlah);
    return view;
  });
  return { butir, rentan: butir.filter((b) => b.rentan) };
}

function staff(j: unknown, lang: Lang) {
  const l = labels(lang);
  const r = asRecord(j);
  const people = (n: unknown) => (typeof n === 'number' ? `${numberWithWords(n, lang)} ${l.people}` : lineOrGap(n, lang));
  return {
    total: people(r.total),
    rincian: asArray(r.rincian).map((v) => {
      const x = asRecord(v);
      const catatan = text(x.catatan);
      return { peran: lineOrGap(x.peran, lang), jumlah: people(x.jumlah), ...(catatan ? { catatan } : {}) };
    }),
    catatan: text(r.catatan),
  };
}

function plainList(list: readonly unknown[], lang: Lang) {
  return {
    butir: list.map((b) => {
      const named = isRecord(b) && Object.hasOwn(b, 'nama');
      const view: ItemView & { uraian?: Teks } = item(b, lang, named ? 'nama' : 'uraian');
      const uraian = named ? text(b.uraian) : undefined;
      if (uraian) view.uraian = uraian;
      return view;
    }),
  };
}

function evaluation(list: readonly unknown[], lang: Lang) {
  return {
    butir: list.map((b) => {
      const frekuensi = isRecord(b) ? labelOf(FREQUENCIES, b.frekuensi, lang) : undefined;
      return { ...item(b, lang), ...(frekuensi ? { frekuensi } : {}) };
    }),
  };
}

/** A list component written as one text instead of a list still shows, as one item. */
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** Content of one component, shaped for its partial. */
function content(key: ComponentKey, v: unknown, lang: Lang, idPrefix: string): Rec {
  switch (key) {
    case 'persyaratan':
      return requirements(v, lang);
    case 'sistem_mekanisme_prosedur':
      return procedure(v, lang, idPrefix);
    case 'jangka_waktu':
      return { ...completionTime(v, lang), catatan: text(asRecord(v).catatan) };
    case 'biaya':
      return fees(v, lang);
    case 'pengaduan':
      return complaints(v, lang);
    case 'dasar_hukum':
      return { butir: listOf(v).map((x) => regulation(x, lang)) };
    case 'sarana_prasarana':
      return facilities(listOf(v), lang);
    case 'jumlah_pelaksana':
      return staff(v, lang);
    case 'evaluasi_kinerja':
      return evaluation(listOf(v), lang);
    default:
      return plainList(listOf(v), lang);
  }
}

/**
 * What the document declares it covers (`cakupan`): everything (the 14 components), the public
 * page of the 6 service-delivery components, or an excerpt. A component it does not cover is
 * outside it, not forgotten.
 */
function outOfScope(cakupan: unknown, group: ComponentGroup, lang: Lang): Gap | undefined {
  const l = labels(lang);
  if (cakupan === 'kutipan') return new Gap('di_luar_cakupan', l.notInExcerpt);
  if (cakupan === 'penyampaian' && group === 'B') return new Gap('di_luar_cakupan', l.notInPublicPage);
  return undefined;
}

/** The 14 components in PermenPANRB order, grouped A and B, numbered within their group. */
export function componentGroups(komponen: unknown, lang: Lang, idPrefix = 'bagan', cakupan?: unknown): GroupView[] {
  const counters: Record<ComponentGroup, number> = { A: 0, B: 0 };
  const groups: GroupView[] = (['A', 'B'] as const).map((huruf) => ({ huruf, judul: GROUP_TITLES[huruf][lang], komponen: [] }));
  const written = asRecord(komponen);
  for (const c of COMPONENTS) {
    const v = written[c.key];
    const ada = v !== undefined && v !== null && !isNotStated(v);
    const view: ComponentView = { key: c.key, no: ++counters[c.group], group: c.group, label: c.label[lang], partial: `komponen-${c.key}`, ada };
    if (ada) Object.assign(view, content(c.key, v, lang, idPrefix));
    else view.kosong = v === undefined ? (outOfScope(cakupan, c.group, lang) ?? gapFor(v, lang)) : gapFor(v, lang);
    groups.find((g) => g.huruf === c.group)!.komponen.push(view);
  }
  return groups;
}
