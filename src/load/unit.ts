import type { PenyelenggaraPelayanan, StandarPelayanan } from '../types/schema.js';
import { COMPONENT_KEYS } from '../model/components.js';
import { isRecord } from './guards.js';
import { joinPointer, parsePointer } from './pointer.js';
import type { SourceFile } from './source.js';

export interface ProviderDoc {
  source: SourceFile;
  data: PenyelenggaraPelayanan;
  /** false when the file does not match its schema: rules then read it defensively. */
  valid: boolean;
}

/** Where a value of the effective service really is written. */
export interface Origin {
  source: SourceFile;
  pointer: string;
}

export interface ServiceDoc {
  source: SourceFile;
  /** The service with the provider's defaults filled in, component by component. */
  data: StandarPelayanan;
  valid: boolean;
  provider?: ProviderDoc;
  /** Top-level paths taken from the provider's `bawaan` (e.g. "/komponen/pengaduan", "/kanal"). */
  inherited: ReadonlyMap<string, string>;
}

const INHERITABLE = ['kanal', 'jam_pelayanan'] as const;

/**
 * A copy of a mapping's own properties, to add more to: built key by key, as V8 adds properties
 * to a spread copy ten times slower. A "__proto__" key stays a property, as in a spread copy.
 */
function copyOf(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === '__proto__') Object.defineProperty(copy, key, { value: record[key], writable: true, enumerable: true, configurable: true });
    else copy[key] = record[key];
  }
  return copy;
}

/**
 * Fill what a service leaves out from the provider's `bawaan`: a component the service writes
 * replaces the default whole, so authors never have to reason about deep merges.
 */
export function applyDefaults(source: SourceFile, provider: ProviderDoc | undefined, valid: boolean): ServiceDoc {
  const raw = source.data;
  const inherited = new Map<string, string>();
  const defaults = (provider?.data as { bawaan?: unknown } | undefined)?.bawaan;
  if (!isRecord(defaults) || !isRecord(raw)) return { source, data: raw as StandarPelayanan, valid, provider, inherited };
  const data = copyOf(raw);
  for (const key of INHERITABLE) {
    if (data[key] === undefined && defaults[key] !== undefined) {
      data[key] = defaults[key];
      inherited.set('/' + key, '/bawaan/' + key);
    }
  }
  const own = raw.komponen;
  const base = defaults.komponen;
  if (isRecord(base) && (own === undefined || isRecord(own))) {
    const merged = copyOf(own ?? {});
    for (const key of COMPONENT_KEYS) {
      if (merged[key] === undefined && base[key] !== undefined) {
        merged[key] = base[key];
        inherited.set(joinPointer('/komponen', key), joinPointer('/bawaan/komponen', key));
      }
    }
    data.komponen = merged;
  }
  return { source, data: data as unknown as StandarPelayanan, valid, provider, inherited };
}

/** Map a pointer into the effective service back to the file and pointer that hold it. */
export function originOf(service: ServiceDoc, pointer: string): Origin {
  if (service.provider && service.inherited.size > 0) {
    const segments = parsePointer(pointer);
    for (let n = Math.min(segments.length, 2); n >= 1; n--) {
      const head = joinPointer('', ...segments.slice(0, n));
      const target = service.inherited.get(head);
      if (target) return { source: service.provider.source, pointer: joinPointer(target, ...segments.slice(n)) };
    }
  }
  return { source: service.source, pointer };
}
