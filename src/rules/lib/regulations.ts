import { joinPointer } from '../../load/pointer.js';
import { regulationLabel } from '../../registry/label.js';
import { isNumber, isRecord, komponenOf } from './data.js';

export interface CitedRegulation {
  readonly pointer: string;
  jenis: string;
  nomor: string;
  tahun?: number;
  penerbit?: string;
  tentang?: string;
  /** The citation as written, for the parts not named above (ln, tln, jo). */
  value: Record<string, unknown>;
}

/**
 * A citation as written, wherever it is in the components (`path` starts with the component's
 * key). Its pointer is built when a rule reports on it: a document holds ten or so citations,
 * read by every citation rule, and reported on rarely.
 */
export class Citation {
  private built?: string;
  private numbered?: CitedRegulation | null;

  constructor(
    readonly value: Record<string, unknown>,
    private readonly path: readonly (string | number)[],
  ) {}

  get pointer(): string {
    return (this.built ??= joinPointer('/komponen', ...this.path));
  }

  /** The regulation it names by kind and number, read once: a service and its data with the provider's defaults share their citations. */
  get regulation(): CitedRegulation | undefined {
    if (this.numbered === undefined) this.numbered = numberedCitation(this) ?? null;
    return this.numbered ?? undefined;
  }
}

/** Keys whose value is a citation or a list of them. */
const CITATION_KEYS = new Set(['dasar_hukum', 'sesuai_peraturan', 'jo']);

// Several rules read the citations of one document, which is not changed while it is checked.
const citationsOf = new WeakMap<object, readonly Citation[]>();
// A service and its data with the provider's defaults share their components, and the services
// of a unit share the provider's: each component is searched once, under its key (which starts
// its pointers, and which only an alias in the file could make another).
const componentCitations = new WeakMap<object, { key: string; citations: readonly Citation[] }>();

/**
 * The citations below `value`, which stands under `field` (the key of the nearest mapping above
 * it, which a list's items share) at `path`: every mapping under a citation key, nested ones
 * ("jo.") included.
 */
function collect(value: object, field: string | undefined, path: (string | number)[], out: Citation[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      if (field !== undefined && CITATION_KEYS.has(field) && !Array.isArray(item)) out.push(new Citation(item as Record<string, unknown>, [...path]));
      collect(item, field, path, out);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item !== 'object' || item === null) continue;
    path.push(key);
    if (CITATION_KEYS.has(key) && !Array.isArray(item)) out.push(new Citation(item as Record<string, unknown>, [...path]));
    collect(item, key, path, out);
    path.pop();
  }
}

function citationsOfComponent(key: string, component: object): readonly Citation[] {
  const known = componentCitations.get(component);
  if (known?.key === key) return known.citations;
  const citations: Citation[] = [];
  // The component itself stands under its key: the legal basis component is a list of citations.
  if (CITATION_KEYS.has(key) && !Array.isArray(component)) citations.push(new Citation(component as Record<string, unknown>, [key]));
  collect(component, key, [key], citations);
  componentCitations.set(component, { key, citations });
  return citations;
}

/**
 * Every citation in a service's components, in document order: the legal basis, the fee's and
 * each tariff line's, a requirement's or a step's, and the amendments cited with each ("jo.").
 */
export function citationsIn(data: unknown): readonly Citation[] {
  const known = isRecord(data) ? citationsOf.get(data) : undefined;
  if (known) return known;
  const out: Citation[] = [];
  for (const [key, component] of Object.entries(komponenOf(data))) {
    if (typeof component === 'object' && component !== null) out.push(...citationsOfComponent(key, component));
  }
  if (isRecord(data)) citationsOf.set(data, out);
  return out;
}

/** A citation that names a regulation by kind and number, each part always set (one shape for every rule that reads it). */
class NumberedCitation implements CitedRegulation {
  readonly jenis: string;
  readonly nomor: string;
  readonly tahun: number | undefined;
  readonly penerbit: string | undefined;
  readonly tentang: string | undefined;
  readonly value: Record<string, unknown>;

  constructor(
    private readonly citation: Citation,
    jenis: string,
    nomor: string | number,
  ) {
    const { value } = citation;
    this.value = value;
    this.jenis = jenis;
    this.nomor = String(nomor).trim();
    this.tahun = isNumber(value.tahun) ? value.tahun : undefined;
    this.penerbit = typeof value.penerbit === 'string' ? value.penerbit : undefined;
    this.tentang = typeof value.tentang === 'string' ? value.tentang : undefined;
  }

  get pointer(): string {
    return this.citation.pointer;
  }
}

function numberedCitation(citation: Citation): CitedRegulation | undefined {
  const { jenis, nomor } = citation.value;
  if (typeof jenis !== 'string' || (typeof nomor !== 'string' && typeof nomor !== 'number')) return undefined;
  return new NumberedCitation(citation, jenis, nomor);
}

/** Every regulation a service cites by number, wherever it is cited: the same objects for every rule that asks. */
export function citedRegulations(data: unknown): readonly CitedRegulation[] {
  const out: CitedRegulation[] = [];
  for (const citation of citationsIn(data)) {
    const regulation = citation.regulation;
    if (regulation) out.push(regulation);
  }
  return out;
}

/** The label of a citation as written, whatever parts it has. */
export function citationLabel(value: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
  return regulationLabel({ jenis: text(value.jenis) ?? '?', nomor: text(value.nomor), tahun: isNumber(value.tahun) ? value.tahun : undefined, penerbit: text(value.penerbit), tentang: text(value.tentang) });
}
