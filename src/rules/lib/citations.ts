import type { Registry } from '../../registry/registry.js';
import { sameTitle, wordsShared } from '../../registry/title.js';
import { leadNumber } from '../../registry/registry.js';
import { REGIONAL_KINDS, type Regulation } from '../../registry/types.js';
import { asRecord } from './data.js';
import type { ServiceDoc } from '../../load/unit.js';
import type { ReportSpec, RuleContext, ServiceRule } from '../types.js';
import { citedRegulations, type CitedRegulation } from './regulations.js';

/**
 * What is wrong with a citation, judged once for every citation rule, so that one defect gives
 * one finding: a revoked regulation is said to be revoked (not also mistitled), a mistyped number
 * is said to be mistyped (not also mistitled, nor its gazette numbers compared with the wrong law).
 */
export type Verdict =
  /** Found and revoked as a whole. */
  | { kind: 'revoked'; entry: Regulation }
  /** Its number and year belong to a regulation of a kind easily confused with the one written. */
  | { kind: 'otherKind'; entry: Regulation }
  /** Its title is another regulation's of the same kind, whose number or year differs by one part. */
  | { kind: 'mistyped'; entry?: Regulation; meant: Regulation }
  /** Found, but the title written is not its title. */
  | { kind: 'title'; entry: Regulation }
  /** Found, title right (or not written). */
  | { kind: 'found'; entry: Regulation }
  /** A kind and number the registry does not hold: worth a look, never a fault. */
  | { kind: 'unknown' }
  /** Nothing to say: no number, an issuer the citation leaves open, or another region's business. */
  | { kind: 'unjudged' };

export interface Judged {
  cited: CitedRegulation;
  verdict: Verdict;
}

const doubtful = (e: Regulation, fact: string) => e.ragu?.includes(fact) ?? false;

/** The one regulation whose title the citation's is, sharing its number or its year (a typo changes one). */
function meantBy(cited: CitedRegulation, registry: Registry, found?: Regulation): Regulation | undefined {
  if (!cited.tentang) return undefined;
  const lead = leadNumber(cited.nomor);
  const near = registry.titled(cited.jenis, cited.tentang, cited.penerbit).filter((e) => e !== found && (leadNumber(e.nomor) === lead || e.tahun === cited.tahun));
  if (near.length <= 1) return near[0];
  const exact = near.filter((e) => sameTitle(cited.tentang!, e.tentang));
  return exact.length === 1 ? exact[0] : undefined;
}

/**
 * A title that reads like the other one, written loosely ("Surat Ijin Mengemudi" for "Penerbitan
 * dan Penandaan Surat Izin Mengemudi"): at least half of its telling words are the other's.
 */
function sharesTitle(cited: string, official: string): boolean {
  const { shared, total } = wordsShared(cited, official);
  return total > 0 && shared * 2 >= total;
}

function judge(cited: CitedRegulation, registry: Registry): Verdict {
  if (cited.tahun === undefined || !cited.nomor) return { kind: 'unjudged' };
  const { entry, sameNumber } = registry.resolve(cited);
  if (entry) {
    if (entry.status === 'dicabut' && !doubtful(entry, 'status')) return { kind: 'revoked', entry };
    if (cited.tentang && !doubtful(entry, 'tentang') && !sameTitle(cited.tentang, entry.tentang)) {
      const meant = meantBy(cited, registry, entry);
      return meant ? { kind: 'mistyped', entry, meant } : { kind: 'title', entry };
    }
    return { kind: 'found', entry };
  }
  // Several issuers' regulations under that number, and the citation does not say which.
  if (sameNumber.length > 0 && !cited.penerbit) return { kind: 'unjudged' };
  const other = registry.underOtherKind(cited);
  if (other && (!cited.tentang || sameTitle(cited.tentang, other.tentang) || sharesTitle(cited.tentang, other.tentang))) return { kind: 'otherKind', entry: other };
  const meant = meantBy(cited, registry);
  if (meant) return { kind: 'mistyped', meant };
  if (REGIONAL_KINDS.has(cited.jenis) ? registry.hasLocal : cited.jenis !== 'Lainnya') return { kind: 'unknown' };
  return { kind: 'unjudged' };
}

/** A citation's parts as judged once. */
interface Judgement {
  jenis: string;
  penerbit: string | undefined;
  tentang: string | undefined;
  verdict: Verdict;
}

// A unit cites the same laws in every standard: each citation is judged once per registry and
// thread. Found by its number and year, then among the few of those by its other parts: a key
// made of every part (the title is long) cost more to build and hash than judging saved.
const verdicts = new WeakMap<Registry, Map<string, Judgement[]>>();

function verdictOf(cited: CitedRegulation, registry: Registry): Verdict {
  let known = verdicts.get(registry);
  if (!known) verdicts.set(registry, (known = new Map()));
  const { jenis, nomor, tahun, penerbit, tentang } = cited;
  const key = `${tahun ?? '-'}|${nomor}`;
  let same = known.get(key);
  if (!same) {
    if (known.size > 10_000) known.clear();
    known.set(key, (same = []));
  }
  for (const j of same) if (j.jenis === jenis && j.tentang === tentang && j.penerbit === penerbit) return j.verdict;
  const verdict = judge(cited, registry);
  // Bounded like the keys: a corpus of one number cited under a thousand titles stays a short scan.
  if (same.length >= 64) same.shift();
  same.push({ jenis, penerbit, tentang, verdict });
  return verdict;
}

const judged = new WeakMap<object, WeakMap<Registry, Judged[]>>();

/** Every citation of a document (or of penyelenggara.yaml's defaults) with its verdict, judged once per registry. */
export function judgeCitations(data: unknown, registry: Registry): readonly Judged[] {
  const key = asRecord(data);
  let perRegistry = judged.get(key);
  if (!perRegistry) judged.set(key, (perRegistry = new WeakMap()));
  let out = perRegistry.get(registry);
  if (!out) perRegistry.set(registry, (out = citedRegulations(data).map((cited) => ({ cited, verdict: verdictOf(cited, registry) }))));
  return out;
}

/** The regulation a verdict settles on: what the citation names, or what it evidently meant. */
export function settledEntry(v: Verdict): Regulation | undefined {
  return v.kind === 'mistyped' ? v.meant : 'entry' in v ? v.entry : undefined;
}

/**
 * The citations of penyelenggara.yaml's defaults (`bawaan`), with pointers into that file: said
 * once per unit, not once for every service that inherits them.
 */
export function providerCitations(providerData: unknown, registry: Registry): readonly Judged[] {
  return judgeCitations(asRecord(providerData).bawaan, registry).map(({ cited, verdict }) => ({ cited: { ...cited, pointer: `/bawaan${cited.pointer}` }, verdict }));
}

/** The YAML a citation of `e` is written with, on one line, to paste: the registry's exact values. */
export function pasteForm(e: Regulation): string {
  const quote = (s: string) => (/^[\w .,()-]+$/.test(s) && !/^\d+$/.test(s) ? s : JSON.stringify(s));
  const parts = [`jenis: ${e.jenis}`, ...(e.penerbit ? [`penerbit: ${quote(e.penerbit)}`] : []), `nomor: ${/^\d+$/.test(e.nomor) ? e.nomor : JSON.stringify(e.nomor)}`, `tahun: ${e.tahun}`, `tentang: ${quote(e.tentang)}`];
  return parts.join(', ');
}

/** The regulation in force that took a revoked one's place, following a chain of revocations. */
export function replacementOf(e: Regulation, registry: Registry): Regulation | undefined {
  let current: Regulation | undefined = e;
  for (let hops = 0; current && current.status === 'dicabut' && hops < 8; hops++) {
    const next: Regulation | undefined = current.dicabut_oleh?.map((id) => registry.get(id)).find((r) => r !== undefined);
    if (!next) return hops === 0 ? undefined : current;
    current = next;
  }
  return current;
}

/** What a citation rule knows of the document a citation stands in. */
export interface CitingDocument {
  /** `draf`, `ditetapkan`, …: for a unit's defaults, `ditetapkan` when any of its services is. */
  status?: string;
  /** The ids of every regulation the document cites, its inherited defaults included. */
  cites: ReadonlySet<string>;
}

type Finder = (judged: readonly Judged[], registry: Registry, doc: CitingDocument, ctx: RuleContext) => ReportSpec[];

function citedIds(judged: readonly Judged[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const { verdict } of judged) {
    const entry = settledEntry(verdict);
    if (entry) ids.add(entry.id);
  }
  return ids;
}

/** What the citation rules read of a service: its own citations judged, and the document they stand in. */
interface CitingService {
  service: ServiceDoc;
  registry: Registry;
  judged: readonly Judged[];
  doc: CitingDocument;
}

// The citation rules check a service one after another: what they share is made once.
let lastService: CitingService | undefined;

function citingService(service: ServiceDoc, registry: Registry): CitingService {
  if (lastService?.service === service && lastService.registry === registry) return lastService;
  const { data } = service;
  let cites: ReadonlySet<string> | undefined;
  const doc: CitingDocument = {
    status: typeof data.status === 'string' ? data.status : undefined,
    // Read by one rule, and only for a regulation that has been amended.
    get cites() {
      return (cites ??= citedIds(judgeCitations(data, registry)));
    },
  };
  return (lastService = { service, registry, judged: judgeCitations(service.source.data, registry), doc });
}

/**
 * A citation rule's two halves: a service's own citations, and penyelenggara.yaml's defaults
 * once per unit (not once per service that inherits them).
 */
export function citationChecks(find: Finder): Pick<ServiceRule, 'check' | 'checkUnit'> {
  return {
    check(service, ctx, report) {
      const registry = ctx.regulations();
      const { judged, doc } = citingService(service, registry);
      for (const f of find(judged, registry, doc, ctx)) report(f);
    },
    checkUnit({ provider, services }, ctx, report) {
      if (!provider) return;
      const registry = ctx.regulations();
      const judged = providerCitations(provider.data, registry);
      const doc = { status: services.some((s) => s.status === 'ditetapkan') ? 'ditetapkan' : services[0]?.status, cites: citedIds(judged) };
      for (const f of find(judged, registry, doc, ctx)) report({ ...f, file: provider.source.path });
    },
  };
}
