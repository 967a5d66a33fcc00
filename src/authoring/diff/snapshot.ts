import type { Lang, Text } from '../../i18n/index.js';
import type { ComponentKey } from '../../model/components.js';
import { duration, FREQUENCIES, rupiah } from '../../model/format.js';
import { COMPLAINT_CHANNEL_LABELS, FORM_LABELS, labelOf } from '../../render/labels.js';
import { citeRegulation, shortRegulation } from '../../render/peraturan.js';
import { asArray, isRecord } from '../../load/guards.js';
import type { Peraturan } from '../../types/schema.js';

/**
 * A section of a document reduced to what a reader compares: an optional headline (the one value
 * that sums it up: a duration, a fee, a head count) and items, each with an identity (what makes
 * it "the same requirement" in both versions) and the text a reader sees.
 */
export interface Snapshot {
  headline?: string;
  items: Item[];
}

export interface Item {
  key: string;
  text: string;
}

type Obj = Record<string, unknown>;
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().replace(/\s+/g, ' ') : typeof v === 'number' ? String(v) : undefined);

const T = {
  steps: { id: 'langkah', en: 'step' },
  person: { id: 'orang', en: 'people' },
  free: { id: 'gratis', en: 'free' },
  tariffs: { id: 'tarif', en: 'fees' },
  legal: { id: 'Dasar hukum', en: 'Legal basis' },
  note: { id: 'Keterangan', en: 'Note' },
  payment: { id: 'Cara pembayaran', en: 'Payment' },
  since: { id: 'sejak', en: 'from' },
  followUp: { id: 'Tindak lanjut', en: 'Follow-up' },
  replyTime: { id: 'Batas waktu menjawab', en: 'Reply time' },
  description: { id: 'Uraian', en: 'Description' },
  vulnerable: { id: 'kelompok rentan', en: 'vulnerable groups' },
  optional: { id: 'tidak wajib', en: 'optional' },
} satisfies Record<string, Text>;

/** "Rp50.000": amounts as people say them in a summary (decrees add ",00"). */
const money = (amount: number, lang: Lang) => rupiah(amount, lang, { sen: false });

function durationText(d: unknown, lang: Lang): string | undefined {
  return isRecord(d) && typeof d.nilai === 'number' && typeof d.satuan === 'string' ? duration(d, lang) : undefined;
}

const joinParts = (head: string, parts: (string | undefined)[]) => {
  const rest = parts.filter(Boolean);
  return rest.length > 0 ? `${head} (${rest.join(', ')})` : head;
};

/** Items keyed by their text, numbered when the same text appears twice. */
export function keyed(entries: (Item | undefined)[]): Item[] {
  const seen = new Map<string, number>();
  return entries.filter((e): e is Item => e !== undefined).map((e) => {
    const n = (seen.get(e.key) ?? 0) + 1;
    seen.set(e.key, n);
    return n === 1 ? e : { key: `${e.key}#${n}`, text: e.text };
  });
}

function textItem(v: unknown, extra?: (o: Obj) => (string | undefined)[]): Item | undefined {
  if (typeof v === 'string') return str(v) ? { key: str(v)!, text: str(v)! } : undefined;
  if (!isRecord(v)) return undefined;
  const main = str(v.uraian) ?? str(v.nama);
  return main ? { key: main, text: joinParts(main, [...(extra?.(v) ?? []), str(v.catatan)]) } : undefined;
}

function regulation(p: unknown, prefix = ''): Item | undefined {
  if (!isRecord(p) || typeof p.jenis !== 'string') return undefined;
  const reg = p as unknown as Peraturan;
  return { key: prefix + shortRegulation(reg), text: prefix + citeRegulation(reg) };
}

function requirement(v: unknown, group: string | undefined, lang: Lang): Item | undefined {
  const item = textItem(v, (o) => [labelOf(FORM_LABELS, o.bentuk, lang), typeof o.jumlah === 'number' ? `${o.jumlah} ${lang === 'id' ? 'lembar' : o.jumlah === 1 ? 'copy' : 'copies'}` : undefined, str(o.kondisi), o.wajib === false ? T.optional[lang] : undefined]);
  return item && group ? { key: `${group}: ${item.key}`, text: `${group}: ${item.text}` } : item;
}

function step(v: unknown, prefix: string, lang: Lang): Item | undefined {
  if (!isRecord(v)) return undefined;
  const who = str(v.pelaksana) ?? '';
  const what = str(v.uraian) ?? '';
  const key = `${prefix}${who}: ${what}`;
  const time = durationText(v.waktu, lang);
  return { key, text: time ? `${key} (${time})` : key };
}

export function field(name: Text, value: unknown, lang: Lang): Item | undefined {
  const v = str(value);
  return v === undefined ? undefined : { key: name[lang], text: `${name[lang]}: ${v}` };
}

type Snap = (value: unknown, lang: Lang) => Snapshot;

const simpleList: Snap = (v) => ({ items: keyed(asArray(v).map((x) => textItem(x))) });

/** How each of the 14 components reads in a comparison. */
export const COMPONENT_SNAPSHOTS: Record<ComponentKey, Snap> = {
  persyaratan: (v, lang) => {
    if (isRecord(v)) return { items: keyed(asArray(v.kelompok).flatMap((g) => (isRecord(g) ? asArray(g.butir).map((b) => requirement(b, str(g.nama), lang)) : []))) };
    return { items: keyed(asArray(v).map((b) => requirement(b, undefined, lang))) };
  },
  sistem_mekanisme_prosedur: (v, lang) => {
    const flows = isRecord(v) ? asArray(v.alur).filter(isRecord) : [{ langkah: v }];
    const items = flows.flatMap((f) => {
      const prefix = flows.length > 1 || str(f.nama) ? `${str(f.nama) ?? ''}: ` : '';
      return asArray(f.langkah).map((s) => step(s, prefix, lang));
    });
    const count = items.filter(Boolean).length;
    return { headline: `${count} ${T.steps[lang]}`, items: keyed([...items, ...(isRecord(v) ? [field(T.description, v.uraian, lang)] : [])]) };
  },
  jangka_waktu: (v, lang) => {
    const d = durationText(v, lang);
    const since = isRecord(v) ? str(v.sejak) : undefined;
    return { headline: d && since ? `${d} ${since.startsWith(T.since[lang]) ? '' : T.since[lang] + ' '}${since}`.replace(/\s+/g, ' ') : d, items: keyed(isRecord(v) ? [field(T.note, v.teks, lang), field({ id: 'Catatan', en: 'Note' }, v.catatan, lang)] : []) };
  },
  biaya: (v, lang) => {
    if (!isRecord(v)) return { items: [] };
    const lines = asArray(v.tarif).filter(isRecord);
    const amounts = lines.map((l) => (typeof l.jumlah === 'number' ? l.jumlah : NaN));
    const headline = lines.length === 0 ? (v.gratis === true ? money(0, lang) : undefined) : lines.length === 1 && !Number.isNaN(amounts[0]!) ? money(amounts[0]!, lang) : `${lines.length} ${T.tariffs[lang]}`;
    const tariffItems = lines.map((l) => {
      const name = str(l.uraian) ?? '';
      const amount = typeof l.jumlah === 'number' ? money(l.jumlah, lang) : '?';
      return { key: name, text: `${name}: ${amount}${str(l.satuan) ? ' ' + str(l.satuan) : ''}` };
    });
    return {
      headline: v.gratis === true && lines.length === 0 ? `${headline} (${T.free[lang]})` : headline,
      items: keyed([...tariffItems, ...asArray(v.dasar_hukum).map((p) => regulation(p, `${T.legal[lang]}: `)), field(T.note, v.keterangan, lang), field(T.payment, v.cara_pembayaran, lang)]),
    };
  },
  produk: (v) => ({ items: keyed(asArray(v).map((x) => textItem(x, (o) => [str(o.nama) && str(o.uraian) ? str(o.uraian) : undefined]))) }),
  pengaduan: (v, lang) => {
    if (!isRecord(v)) return { items: [] };
    const channels = asArray(v.kanal).map((k) => {
      if (!isRecord(k)) return undefined;
      const kind = labelOf(COMPLAINT_CHANNEL_LABELS, k.jenis, lang) ?? '?';
      const where = str(k.alamat) ?? str(k.nama) ?? '';
      return { key: `${kind}: ${where}`, text: joinParts(`${kind}: ${where}`, [str(k.alamat) ? str(k.nama) : undefined]) };
    });
    return { items: keyed([...channels, ...asArray(v.tindak_lanjut).map((s) => step(s, `${T.followUp[lang]}: `, lang)), field(T.replyTime, durationText(v.jangka_waktu, lang), lang), field(T.description, v.uraian, lang)]) };
  },
  dasar_hukum: (v) => ({ items: keyed(asArray(v).map((p) => regulation(p))) }),
  sarana_prasarana: (v, lang) => ({ items: keyed(asArray(v).map((x) => textItem(x, (o) => [typeof o.jumlah === 'number' ? String(o.jumlah) : undefined, o.kelompok_rentan === true ? T.vulnerable[lang] : undefined]))) }),
  kompetensi_pelaksana: simpleList,
  pengawasan_internal: simpleList,
  jumlah_pelaksana: (v, lang) => {
    if (!isRecord(v)) return { items: [] };
    const roles = asArray(v.rincian).map((r) => (isRecord(r) && str(r.peran) ? { key: str(r.peran)!, text: `${str(r.peran)}: ${str(r.jumlah) ?? '?'} ${T.person[lang]}` } : undefined));
    return { headline: typeof v.total === 'number' ? `${v.total} ${T.person[lang]}` : undefined, items: keyed(roles) };
  },
  jaminan_pelayanan: simpleList,
  jaminan_keamanan_keselamatan: simpleList,
  evaluasi_kinerja: (v, lang) => ({ items: keyed(asArray(v).map((x) => textItem(x, (o) => [labelOf(FREQUENCIES, o.frekuensi, lang)]))) }),
};
