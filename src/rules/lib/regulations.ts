import { walkData } from '../../load/pointer.js';
import { regulationLabel } from '../../registry/label.js';
import { isNumber, isRecord, komponenOf } from './data.js';

export interface CitedRegulation {
  pointer: string;
  jenis: string;
  nomor: string;
  tahun?: number;
  penerbit?: string;
  tentang?: string;
  /** The citation as written, for the parts not named above (ln, tln, jo). */
  value: Record<string, unknown>;
}

/** A citation as written, wherever it is. */
export interface Citation {
  pointer: string;
  value: Record<string, unknown>;
}

/** Keys whose value is a citation or a list of them. */
const CITATION_KEYS = new Set(['dasar_hukum', 'sesuai_peraturan', 'jo']);

// Several rules read the citations of one document, which is not changed while it is checked.
const citationsOf = new WeakMap<object, readonly Citation[]>();
// A service and its data with the provider's defaults share their components, and the services
// of a unit share the provider's: each component is walked once (under its key, which starts its pointers).
const componentCitations = new WeakMap<object, Map<string, readonly Citation[]>>();

function citationsOfComponent(key: string, component: object): readonly Citation[] {
  let byKey = componentCitations.get(component);
  if (!byKey) componentCitations.set(component, (byKey = new Map()));
  let out = byKey.get(key);
  if (!out) {
    const found: Citation[] = [];
    walkData(
      { [key]: component },
      (value, place) => {
        if (place.field !== undefined && CITATION_KEYS.has(place.field) && isRecord(value)) found.push({ pointer: place.pointer(), value });
      },
      '/komponen',
    );
    byKey.set(key, (out = found));
  }
  return out;
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

function cited({ pointer, value }: Citation): CitedRegulation | undefined {
  if (typeof value.jenis !== 'string') return undefined;
  if (typeof value.nomor !== 'string' && typeof value.nomor !== 'number') return undefined;
  const out: CitedRegulation = { pointer, jenis: value.jenis, nomor: String(value.nomor).trim(), value };
  if (isNumber(value.tahun)) out.tahun = value.tahun;
  if (typeof value.penerbit === 'string') out.penerbit = value.penerbit;
  if (typeof value.tentang === 'string') out.tentang = value.tentang;
  return out;
}

/** Every regulation a service cites by number, wherever it is cited. */
export function citedRegulations(data: unknown): CitedRegulation[] {
  return citationsIn(data)
    .map(cited)
    .filter((r): r is CitedRegulation => r !== undefined);
}

/** The label of a citation as written, whatever parts it has. */
export function citationLabel(value: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
  return regulationLabel({ jenis: text(value.jenis) ?? '?', nomor: text(value.nomor), tahun: isNumber(value.tahun) ? value.tahun : undefined, penerbit: text(value.penerbit), tentang: text(value.tentang) });
}
