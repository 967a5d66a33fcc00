import type { Lang, Text } from '../i18n/index.js';
import { entryLabel } from './label.js';
import { registryFor } from './load.js';
import { sameIssuer, type Registry } from './registry.js';
import { normalizeTitle, sameTitle, titleWords } from './title.js';
import type { LocalRegulations, Regulation } from './types.js';

/** How people name kinds in a search: "uu", "Undang-Undang", "permendagri" (a kind with its ministry). */
const KIND_WORDS: Record<string, string> = {
  uud: 'UUD',
  uu: 'UU',
  undang: 'UU',
  perppu: 'Perppu',
  perpu: 'Perppu',
  pp: 'PP',
  perpres: 'Perpres',
  inpres: 'Inpres',
  keppres: 'Keppres',
  kepres: 'Keppres',
  permen: 'Permen',
  kepmen: 'Kepmen',
  perban: 'Perban',
  perkap: 'Perkap',
  perpol: 'Perpol',
  perma: 'Perma',
  perda: 'Perda',
  pergub: 'Pergub',
  perbup: 'Perbup',
  perwali: 'Perwali',
  perwalkot: 'Perwali',
  keputusan: 'Keputusan',
  se: 'Surat Edaran',
  pmk: 'Permen',
};
/** Issuers folded into the kind's word: "PMK" is the Minister of Finance's. */
const KIND_ISSUER: Record<string, string> = { pmk: 'keuangan' };

/** A search as understood: kind, issuer words, number, year, and the words left for the title. */
export interface RegulationQuery {
  jenis?: string;
  penerbit?: string;
  nomor?: string;
  tahun?: number;
  words: string[];
}

const FILLER = new Set(['nomor', 'no', 'tahun', 'thn', 'th', 'tentang', 'ttg', 'tt']);

export function parseQuery(text: string): RegulationQuery {
  const q: RegulationQuery = { words: [] };
  let rest = ` ${text.toLowerCase().replace(/undang\s*-\s*undang|undang undang/g, 'undang')} `;
  const numbered = /\b(\d+[a-z]?)\s*(?:\/|\s)\s*(?:tahun\s+|thn\s+|th\s+)?((?:19|20)\d\d)\b/.exec(rest) ?? /\bnomor\s+(\d+[a-z]?)\s+tahun\s+((?:19|20)\d\d)\b/.exec(rest);
  if (numbered) {
    q.nomor = numbered[1]!;
    q.tahun = Number(numbered[2]);
    rest = rest.replace(numbered[0], ' ');
  } else {
    const year = /\b(?:tahun|thn)\s+((?:19|20)\d\d)\b/.exec(rest);
    if (year) {
      q.tahun = Number(year[1]);
      rest = rest.replace(year[0], ' ');
    }
  }
  const tokens = rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const left: string[] = [];
  for (const token of tokens) {
    if (!q.jenis && Object.hasOwn(KIND_WORDS, token)) {
      q.jenis = KIND_WORDS[token];
      if (Object.hasOwn(KIND_ISSUER, token)) q.penerbit = KIND_ISSUER[token];
      continue;
    }
    const glued = !q.jenis && /^(permen|kepmen)([a-z]{2,})$/.exec(token);
    if (glued) {
      q.jenis = KIND_WORDS[glued[1]!];
      q.penerbit = glued[2]!.replace(/^(pan)$/, 'panrb');
      continue;
    }
    if (!FILLER.has(token)) left.push(token);
  }
  // With a number, what is left names the issuer ("Permen PANRB 15/2014"); without one, the title.
  if (q.nomor && left.length > 0 && !q.penerbit) q.penerbit = left.join(' ');
  else q.words = left;
  return q;
}

export interface FindRegulationsOptions {
  /** A registry folder used instead of the shipped one. */
  registry?: string;
  /** A unit's own regulations (a configuration's `peraturan`), searched too. */
  peraturan?: readonly LocalRegulations[];
  /** At most this many results (default 10). */
  limit?: number;
}

export interface FindRegulationsResult {
  query: RegulationQuery;
  found: Regulation[];
  /** When nothing is found: what the search may have meant. */
  suggestions: Regulation[];
}

const wordsOf = (e: Regulation) => new Set([...titleWords(e.tentang), ...(e.sebutan ?? []).flatMap((s) => normalizeTitle(s).split(' '))]);
const hasWord = (words: Set<string>, w: string) => words.has(w) || [...words].some((x) => x.startsWith(w));

function byTitle(registry: Registry, q: RegulationQuery, text: string): Regulation[] {
  const words = q.words.filter((w) => w.length > 1 && !/^\d+$/.test(w));
  if (words.length === 0) return [];
  const scored = registry.entries
    .filter((e) => (!q.jenis || e.jenis === q.jenis) && (q.tahun === undefined || e.tahun === q.tahun))
    .map((e) => {
      const own = wordsOf(e);
      return { e, hits: words.filter((w) => hasWord(own, w)).length, size: own.size };
    })
    .filter((s) => s.hits === words.length);
  const wanted = normalizeTitle(text);
  // The title itself, then an amendment of it, then titles that merely hold the words.
  const exact = (e: Regulation) => (normalizeTitle(e.tentang) === wanted || (e.sebutan ?? []).some((s) => normalizeTitle(s) === wanted) ? 0 : sameTitle(text, e.tentang) ? 1 : 2);
  return scored.sort((a, b) => exact(a.e) - exact(b.e) || a.size - b.size || b.e.tahun - a.e.tahun).map((s) => s.e);
}

function near(registry: Registry, q: RegulationQuery): Regulation[] {
  if (q.nomor !== undefined) {
    const lead = q.nomor.replace(/^0+(?=\d)/, '');
    const sameNumber = registry.entries.filter((e) => e.nomor.replace(/^0+(?=\d)/, '').startsWith(lead) && (e.jenis === q.jenis || e.tahun === q.tahun));
    const score = (e: Regulation) => 2 * Number(e.jenis === q.jenis) + Number(e.tahun === q.tahun);
    return sameNumber.sort((a, b) => score(b) - score(a) || b.tahun - a.tahun);
  }
  const words = q.words.filter((w) => w.length > 2);
  if (words.length === 0) return [];
  return registry.entries
    .map((e) => ({ e, hits: words.filter((w) => hasWord(wordsOf(e), w)).length }))
    .filter((s) => s.hits >= Math.max(1, Math.ceil(words.length / 2)))
    .sort((a, b) => b.hits - a.hits || b.e.tahun - a.e.tahun)
    .map((s) => s.e);
}

/**
 * Regulations a few words name: "pelayanan publik", "UU 25/2009", "uu 25 2009",
 * "Permen PANRB 15/2014", "PP 96 tahun 2012". Nothing found gives suggestions instead.
 */
export function findRegulations(text: string, options: FindRegulationsOptions = {}): FindRegulationsResult {
  const registry = registryFor(options.registry, options.peraturan);
  const query = parseQuery(text);
  const limit = options.limit ?? 10;
  let found: Regulation[];
  if (query.nomor !== undefined && query.tahun !== undefined) {
    const kinds = query.jenis ? [query.jenis] : [...new Set(registry.entries.map((e) => e.jenis))];
    found = kinds.flatMap((jenis) => registry.withNumber(jenis, query.nomor!, query.tahun!)).filter((e) => !query.penerbit || !e.penerbit || sameIssuer(e, query.penerbit));
    if (found.length === 0 && query.jenis) {
      const other = registry.underOtherKind({ jenis: query.jenis, nomor: query.nomor, tahun: query.tahun, penerbit: query.penerbit });
      return { query, found: [], suggestions: other ? [other] : near(registry, query).slice(0, 5) };
    }
  } else {
    found = byTitle(registry, query, text);
  }
  return found.length > 0 ? { query, found: found.slice(0, limit), suggestions: [] } : { query, found: [], suggestions: near(registry, query).slice(0, 5) };
}

const STATUS_WORDS: Record<Regulation['status'], Text> = {
  berlaku: { id: 'berlaku', en: 'in force' },
  diubah: { id: 'berlaku, diubah oleh', en: 'in force, amended by' },
  dicabut: { id: 'dicabut oleh', en: 'revoked by' },
  dicabut_sebagian: { id: 'dicabut sebagian oleh', en: 'revoked in part by' },
};
const UNCERTAIN: Text = { id: 'belum pasti', en: 'not yet certain' };

/** "berlaku", "berlaku, diubah oleh UU Nomor 24 Tahun 2013", "dicabut oleh …", in the user's language. */
export function statusText(e: Regulation, lang: Lang, options: Pick<FindRegulationsOptions, 'registry' | 'peraturan'> = {}): string {
  const registry = registryFor(options.registry, options.peraturan);
  const by = e.status === 'diubah' ? e.diubah_oleh : e.status === 'dicabut' ? e.dicabut_oleh : e.status === 'dicabut_sebagian' ? e.dicabut_sebagian_oleh : undefined;
  const names = (by ?? []).map((id) => {
    const r = registry.get(id);
    return r ? entryLabel(r) : id;
  });
  const text = names.length > 0 ? `${STATUS_WORDS[e.status][lang]} ${names.join(', ')}` : STATUS_WORDS.berlaku[lang];
  return e.ragu?.includes('status') ? `${text} (${UNCERTAIN[lang]})` : text;
}

/** A citation of a regulation as a standard writes it, with the registry's exact values. */
export interface Citation {
  jenis: string;
  penerbit?: string;
  nomor: string | number;
  tahun: number;
  tentang: string;
  ln?: { tahun?: number; nomor: string | number };
  tln?: { nomor: string | number };
  jo?: Citation[];
}

const asNumber = (s: string) => (/^[1-9]\d*$/.test(s) ? Number(s) : s);

/**
 * What to paste under `dasar_hukum`: the regulation with its gazette numbers (those the registry
 * is sure of) and, under `jo:`, its amendments still in force.
 */
export function citationOf(e: Regulation, options: Pick<FindRegulationsOptions, 'registry' | 'peraturan'> = {}): Citation {
  const registry = registryFor(options.registry, options.peraturan);
  const out: Citation = { jenis: e.jenis, ...(e.penerbit ? { penerbit: e.penerbit } : {}), nomor: asNumber(e.nomor), tahun: e.tahun, tentang: e.tentang };
  if (e.ln && !e.ragu?.includes('ln')) out.ln = { ...(e.ln.tahun !== undefined ? { tahun: e.ln.tahun } : {}), nomor: asNumber(e.ln.nomor) };
  if (e.tln && !e.ragu?.includes('tln')) out.tln = { nomor: asNumber(e.tln.nomor) };
  const amendments = (e.ragu?.includes('diubah_oleh') ? [] : (e.diubah_oleh ?? [])).map((id) => registry.get(id)).filter((a): a is Regulation => a !== undefined && a.status !== 'dicabut');
  if (amendments.length > 0) out.jo = amendments.map((a) => citationOf({ ...a, diubah_oleh: [] }, options));
  return out;
}
