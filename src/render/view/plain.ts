import type { Lang } from '../../i18n/index.js';
import { labels } from '../labels.js';
import type { ComplaintChannelView, ComponentView, FeeView, FlowView, ItemView, RequirementGroupView, RequirementView, StepView } from './components.js';
import type { Gap, Teks } from './read.js';

/**
 * A component as plain text, for the formats that have no layout of their own (spreadsheet cells,
 * CSV, the SIPP record, linked-data literals): paragraphs and lists of items, each item with the
 * items below it. Made from the same view the pages print, with the pages' wording, so a value
 * shown on the page is in the text and nothing else is.
 */
export type PlainBlock = string | PlainList;

export interface PlainList {
  ordered: boolean;
  items: PlainItem[];
}

export interface PlainItem {
  text: string;
  below?: PlainList;
}

type Labels = ReturnType<typeof labels>;

const say = (t: Teks | Gap | string | undefined): string => (t === undefined ? '' : String(t));
const note = (l: Labels, catatan: Teks | undefined) => (catatan ? ` ${l.note}: ${catatan}` : '');
const aside = (s: string | undefined) => (s ? ` (${s})` : '');
const basis = (l: Labels, dasar: string | undefined) => (dasar ? ` (${l.legalBasis}: ${dasar})` : '');
const list = (ordered: boolean, items: PlainItem[]): PlainList[] => (items.length > 0 ? [{ ordered, items }] : []);
const withBelow = (text: string, below: PlainItem[] | undefined, ordered = true): PlainItem => (below && below.length > 0 ? { text, below: { ordered, items: below } } : { text });

function itemOf(l: Labels, v: ItemView, extra = ''): PlainItem {
  return withBelow(`${say(v.teks)}${extra}${note(l, v.catatan)}`, v.rincian?.map((r) => itemOf(l, r)));
}

function requirementText(l: Labels, r: RequirementView): string {
  const choices = r.pilihan.map((p) => requirementText(l, p)).join(` ${l.or} `);
  const head = r.teks !== undefined ? `${say(r.teks)}${choices ? ` (${l.eitherOf}): ${choices}` : ''}` : choices;
  return `${head}${aside(r.keterangan)}${basis(l, r.dasarHukum)}${note(l, r.catatan)}`;
}

const requirementItem = (l: Labels, r: RequirementView): PlainItem => withBelow(requirementText(l, r), r.rincian.map((x) => requirementItem(l, x)));

function groupHeading(l: Labels, g: RequirementGroupView): string {
  const title = g.nama ? `${g.nama}${g.tambahan ? ` (${l.inAddition})` : ''}` : g.tambahan ? l.inAddition : '';
  return `${title}${g.dasarHukum ? (title ? basis(l, g.dasarHukum) : `${l.legalBasis}: ${g.dasarHukum}`) : ''}`;
}

function groupBlocks(l: Labels, g: RequirementGroupView): PlainBlock[] {
  const heading = groupHeading(l, g);
  return [...(heading ? [heading] : []), ...list(true, g.butir.map((r) => requirementItem(l, r))), ...(g.catatan ? [`${l.note}: ${g.catatan}`] : [])];
}

const stepItem = (l: Labels, s: StepView): PlainItem =>
  withBelow(`${typeof s.pelaksana === 'string' ? `${s.pelaksana}: ` : ''}${say(s.uraian)}${basis(l, s.dasarHukum)}${aside(s.waktu)}${note(l, s.catatan)}`, s.rincian?.map((r) => itemOf(l, r)));

function flowBlocks(l: Labels, f: FlowView): PlainBlock[] {
  return [
    ...(f.nama ? [`${f.nama}${aside(f.kanal)}`] : []),
    ...list(true, f.langkah.map((s) => stepItem(l, s))),
    ...(f.totalWaktu ? [`${l.totalStepTime}: ${f.totalWaktu}`] : []),
    ...(f.catatan ? [`${l.note}: ${f.catatan}`] : []),
  ];
}

const feeItem = (l: Labels, f: FeeView): PlainItem => ({
  text: `${say(f.uraian)}: ${say(f.jumlah)}${f.satuan ? ` ${f.satuan}` : ''}${f.dasarHukum ? ` ${l.legalBasis}: ${f.dasarHukum}` : ''}${note(l, f.dasarHukumCatatan)}${note(l, f.catatan)}`,
});

function channelItem(l: Labels, c: ComplaintChannelView): PlainItem {
  const addresses = [c.alamat, ...c.alamatLain.map((a) => a.alamat)].filter(Boolean).join(', ');
  return { text: `${c.label}${c.nama ? ` ${c.nama}` : ''}${addresses ? `: ${addresses}` : ''}${note(l, c.catatan)}` };
}

type Fields = Record<string, unknown>;
const notePara = (l: Labels, v: unknown): PlainBlock[] => (v ? [`${l.note}: ${String(v)}`] : []);
const para = (v: unknown): PlainBlock[] => (v ? [String(v)] : []);

const BLOCKS: Record<ComponentView['key'], (l: Labels, v: Fields) => PlainBlock[]> = {
  persyaratan: (l, v) => [...para(v.pengantar), ...(v.kelompok as RequirementGroupView[]).flatMap((g) => groupBlocks(l, g)), ...notePara(l, v.catatan)],
  sistem_mekanisme_prosedur: (l, v) => [...para(v.uraian), ...(v.alur as FlowView[]).flatMap((f) => flowBlocks(l, f)), ...notePara(l, v.catatan)],
  jangka_waktu: (l, v) => [`${say(v.teks as Teks | Gap)}${aside(v.rincian as string | undefined)}`, ...notePara(l, v.catatan)],
  biaya: (l, v) => [
    ...para(v.keterangan),
    ...list(false, (v.tarif as FeeView[]).map((f) => feeItem(l, f))),
    ...((v.sesuaiPeraturan as ItemView[]).length > 0 ? [`${l.amountSetBy}:`, ...list(false, (v.sesuaiPeraturan as ItemView[]).map((r) => itemOf(l, r)))] : []),
    ...((v.dasarHukum as ItemView[]).length > 0 ? [`${l.legalBasis}:`, ...list(false, (v.dasarHukum as ItemView[]).map((r) => itemOf(l, r)))] : []),
    ...(v.caraPembayaran ? [`${l.payment}: ${String(v.caraPembayaran)}`] : []),
    ...notePara(l, v.catatan),
  ],
  produk: (l, v) => list(false, (v.butir as (ItemView & { uraian?: Teks })[]).map((b) => itemOf(l, b, b.uraian ? `: ${b.uraian}` : ''))),
  pengaduan: (l, v) => [
    ...para(v.uraian),
    ...((v.kanal as ComplaintChannelView[]).length > 0 ? [`${l.channels}:`, ...list(false, (v.kanal as ComplaintChannelView[]).map((c) => channelItem(l, c)))] : []),
    ...((v.tindakLanjut as StepView[]).length > 0 ? [`${l.followUp}:`, ...list(true, (v.tindakLanjut as StepView[]).map((s) => stepItem(l, s)))] : []),
    ...(v.jangkaWaktuTeks ? [`${String(v.jangkaWaktuTeks)}${aside(v.jangkaWaktuRincian as string | undefined)}`] : v.jangkaWaktu ? [`${l.answeredWithin} ${String(v.jangkaWaktu)}.`] : []),
    ...para(v.jangkaWaktuCatatan),
    ...notePara(l, v.catatan),
  ],
  dasar_hukum: (l, v) => list(true, (v.butir as ItemView[]).map((b) => itemOf(l, b))),
  sarana_prasarana: (l, v) => list(true, (v.butir as (ItemView & { jumlah?: string; rentan: boolean })[]).map((b) => itemOf(l, b, `${aside(b.jumlah)}${b.rentan ? ` (${l.vulnerableTag})` : ''}`))),
  kompetensi_pelaksana: (l, v) => plainList(l, v),
  pengawasan_internal: (l, v) => plainList(l, v),
  jumlah_pelaksana: (l, v) => {
    const rincian = v.rincian as { peran: string | Gap; jumlah: string | Gap; catatan?: Teks }[];
    return [`${say(v.total as string | Gap)}${rincian.length > 0 ? ':' : ''}`, ...list(false, rincian.map((r) => ({ text: `${say(r.peran)}: ${say(r.jumlah)}${note(l, r.catatan)}` }))), ...notePara(l, v.catatan)];
  },
  jaminan_pelayanan: (l, v) => plainList(l, v),
  jaminan_keamanan_keselamatan: (l, v) => plainList(l, v),
  evaluasi_kinerja: (l, v) => list(true, (v.butir as (ItemView & { frekuensi?: string })[]).map((b) => itemOf(l, b, aside(b.frekuensi)))),
};

/** A list component of one item is a paragraph on the page, as in the decree's own tables. */
function plainList(l: Labels, v: Fields): PlainBlock[] {
  const butir = v.butir as (ItemView & { uraian?: Teks })[];
  return list(butir.length > 1, butir.map((b) => itemOf(l, b, b.uraian ? `: ${b.uraian}` : '')));
}

/** The blocks of a component as its page shows them; a component not there is its gap ("Belum diisi", "Tidak dinyatakan …"). */
export function componentBlocks(view: ComponentView, lang: Lang): PlainBlock[] {
  if (!view.ada) return [String(view.kosong)];
  return BLOCKS[view.key](labels(lang), view).filter((b) => typeof b !== 'string' || b.trim() !== '');
}

/**
 * Single items of a component in the same wording, for formats that make a record of each
 * (CPSV-AP's requirements, costs and contact points): a requirement with its forms, count,
 * condition and the items below it; the heading of its group ("" for none); a tariff line; a
 * complaint channel.
 */
export const plainItems = {
  requirement: (r: RequirementView, lang: Lang): PlainItem => requirementItem(labels(lang), r),
  groupHeading: (g: RequirementGroupView, lang: Lang): string => groupHeading(labels(lang), g),
  fee: (f: FeeView, lang: Lang): PlainItem => feeItem(labels(lang), f),
  complaintChannel: (c: ComplaintChannelView, lang: Lang): PlainItem => channelItem(labels(lang), c),
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const marker = (ordered: boolean, depth: number, i: number) => (!ordered ? '-' : depth % 2 === 0 ? `${i + 1}.` : `${LETTERS[i % 26]}.`);

/**
 * Blocks as lines of text: lists numbered 1., a., … (bulleted with "-") and indented by depth, or,
 * with `numbers: false`, every item on its own line without a marker, for a system that numbers
 * list items itself (SIPP).
 */
export function plainText(blocks: readonly PlainBlock[], { numbers = true }: { numbers?: boolean } = {}): string {
  const lines: string[] = [];
  const walk = (l: PlainList, depth: number) =>
    l.items.forEach((item, i) => {
      lines.push(numbers ? `${'   '.repeat(depth)}${marker(l.ordered, depth, i)} ${item.text}` : item.text);
      if (item.below) walk(item.below, depth + 1);
    });
  for (const b of blocks) {
    if (typeof b === 'string') lines.push(b);
    else walk(b, 0);
  }
  return lines.join('\n');
}
