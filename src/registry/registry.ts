import { normalizeText, sameTitle, titleWords, wordsShared } from './title.js';
import { ISSUED_KINDS, type Regulation } from './types.js';

/**
 * Kinds that are easily confused with each other: a citation under one whose number and year
 * the registry knows under another was most likely given the wrong kind.
 */
const KIND_FAMILIES: readonly (readonly string[])[] = [
  ['UU', 'Perppu'],
  ['Perpres', 'Keppres', 'Inpres'],
  ['Permen', 'Kepmen', 'Keputusan', 'Surat Edaran'],
  ['Perkap', 'Perpol', 'Perban', 'Keputusan'],
  ['Perda', 'Pergub', 'Perbup', 'Perwali', 'Keputusan'],
];

/** The number a regulation is known by: "23/PMK.01/2019" is number 23 of its year, "007" is 7. */
export function leadNumber(nomor: string | number): string {
  const text = String(nomor).trim().toLowerCase().replace(/\s+tahun\s+\d+$/, '');
  const lead = /^0*(\d+[a-z]?)\b/.exec(text)?.[1];
  return lead ?? text.replace(/\s+/g, '');
}

const issuerKey = (s: string) =>
  normalizeText(s)
    .replace(/\b(menteri|kementerian|kemen|kepala|republik indonesia|ri|pemerintah|peraturan)\b/g, ' ')
    .replace(/ /g, '');

/** Whether an issuer as written names the entry's issuer (any of its names, one inside the other). */
export function sameIssuer(entry: Regulation, written: string): boolean {
  const w = issuerKey(written);
  if (w.length < 3) return false;
  return [entry.penerbit, ...(entry.penerbit_lain ?? [])].some((name) => {
    const k = name ? issuerKey(name) : '';
    return k.length >= 3 && (k.includes(w) || w.includes(k));
  });
}

/** A regulation as a citation names it: what the rules and the lookup compare with the registry. */
export interface CitationParts {
  jenis: string;
  nomor?: string;
  tahun?: number;
  penerbit?: string;
  tentang?: string;
}

export interface Resolution {
  /** The regulation the citation names, when it names exactly one. */
  entry?: Regulation;
  /** Every regulation of that kind, number and year, whoever issued it. */
  sameNumber: readonly Regulation[];
}

/** A citation's title words cover most of the entry's: enough to tell one ministry's Permen 5/2020 from another's. */
function titleNear(cited: string, entry: Regulation): boolean {
  if (sameTitle(cited, entry.tentang)) return true;
  const { shared, total } = wordsShared(entry.tentang, cited);
  return total > 0 && shared >= Math.ceil(total * 0.6);
}

/** The registry, indexed: by kind, number and year, by id, and by the words of titles. */
export class Registry {
  readonly entries: readonly Regulation[];
  /** Whether a unit's own list is part of it: its regional citations are then judged too. */
  readonly hasLocal: boolean;
  private readonly ids = new Map<string, Regulation>();
  private readonly numbers = new Map<string, Regulation[]>();
  /** Per kind: the entries of that kind by the words of their titles. */
  private readonly words = new Map<string, Map<string, Regulation[]>>();
  private amends?: Map<string, number>;

  constructor(entries: readonly Regulation[], hasLocal = false) {
    this.entries = entries;
    this.hasLocal = hasLocal;
    for (const e of entries) {
      this.ids.set(e.id, e);
      const key = `${e.jenis}|${leadNumber(e.nomor)}|${e.tahun}`;
      const list = this.numbers.get(key);
      if (list) list.push(e);
      else this.numbers.set(key, [e]);
    }
  }

  get(id: string): Regulation | undefined {
    return this.ids.get(id);
  }

  /** How many regulations of the registry `id` amends, by either side's word. */
  amendedBy(id: string): number {
    if (!this.amends) {
      const sets = new Map<string, Set<string>>();
      const add = (by: string, target: string) => (sets.get(by) ?? sets.set(by, new Set()).get(by)!).add(target);
      for (const e of this.entries) {
        for (const by of e.diubah_oleh ?? []) add(by, e.id);
        for (const target of e.mengubah ?? []) add(e.id, target);
      }
      this.amends = new Map([...sets].map(([k, v]) => [k, v.size]));
    }
    return this.amends.get(id) ?? 0;
  }

  /** The regulations of one kind, number and year (every issuer). */
  withNumber(jenis: string, nomor: string | number, tahun: number): readonly Regulation[] {
    return this.numbers.get(`${jenis}|${leadNumber(nomor)}|${tahun}`) ?? [];
  }

  /**
   * The regulation a citation names. For kinds many issuers share, the issuer written decides;
   * without one, a title that reads like exactly one of them.
   */
  resolve(c: CitationParts): Resolution {
    if (c.nomor === undefined || c.tahun === undefined) return { sameNumber: [] };
    const sameNumber = this.withNumber(c.jenis, c.nomor, c.tahun);
    if (sameNumber.length === 0) return { sameNumber };
    let fitting: readonly Regulation[] = sameNumber;
    if (ISSUED_KINDS.has(c.jenis)) {
      if (c.penerbit) fitting = sameNumber.filter((e) => sameIssuer(e, c.penerbit!));
      else fitting = c.tentang ? sameNumber.filter((e) => titleNear(c.tentang!, e)) : [];
    }
    if (fitting.length > 1 && c.tentang) fitting = fitting.filter((e) => sameTitle(c.tentang!, e.tentang));
    return fitting.length === 1 ? { entry: fitting[0], sameNumber } : { sameNumber };
  }

  /** The same number and year under a kind easily confused with the one written. */
  underOtherKind(c: CitationParts): Regulation | undefined {
    if (c.nomor === undefined || c.tahun === undefined) return undefined;
    for (const family of KIND_FAMILIES) {
      if (!family.includes(c.jenis)) continue;
      for (const jenis of family) {
        if (jenis === c.jenis) continue;
        const hit = this.resolve({ ...c, jenis }).entry;
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /**
   * Regulations of this kind whose title the cited one matches: the same title, or every word of
   * the cited title in theirs ("Kepolisian" for "Kepolisian Negara Republik Indonesia").
   */
  titled(jenis: string, tentang: string, penerbit?: string): Regulation[] {
    const index = this.wordIndex(jenis);
    if (index.size === 0) return [];
    let found: Regulation[] | undefined;
    for (const w of titleWords(tentang)) {
      const withWord = index.get(w) ?? [];
      found = found ? found.filter((e) => withWord.includes(e)) : withWord;
      if (found.length === 0) return [];
    }
    return (found ?? []).filter((e) => !penerbit || !ISSUED_KINDS.has(jenis) || sameIssuer(e, penerbit));
  }

  /**
   * Built for a kind when a title of that kind is first looked up: a run whose citations are all
   * found never normalizes the registry's titles, and a regional citation without a unit list
   * (no entry of its kind) none at all.
   */
  private wordIndex(jenis: string): Map<string, Regulation[]> {
    let index = this.words.get(jenis);
    if (index) return index;
    index = new Map();
    for (const e of this.entries) {
      if (e.jenis !== jenis) continue;
      for (const w of titleWords(e.tentang)) {
        const list = index.get(w);
        if (list) list.push(e);
        else index.set(w, [e]);
      }
    }
    this.words.set(jenis, index);
    return index;
  }
}
