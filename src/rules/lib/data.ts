import { asRecord, isRecord } from '../../load/guards.js';
import { joinPointer } from '../../load/pointer.js';

// Rules read documents that may not match the schema: the guards are the loader's.
export { asArray, asRecord, isRecord } from '../../load/guards.js';

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The text of an item written either as plain text or as a mapping with `key` ("uraian", "nama"). */
export function itemText(item: unknown, key: string): string | undefined {
  if (typeof item === 'string') return item;
  const value = asRecord(item)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The service's components (with the provider's defaults), or an empty mapping. */
export const komponenOf = (data: unknown): Record<string, unknown> => asRecord(asRecord(data).komponen);

/** Lower case, accents and punctuation as spaces, single spaces: how two texts are compared for sameness. */
export function normalizeText(s: string): string {
  const lower = s.toLowerCase();
  // Most texts are plain ASCII: skip Unicode decomposition for them.
  const plain = /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Every text value below `value`, depth first, in document order, with a function that builds
 * its JSON pointer: built only for the few texts a rule reports, as the walk covers every string.
 */
export function forEachText(value: unknown, visit: (text: string, pointer: () => string) => void): void {
  const path: (string | number)[] = [];
  const pointer = () => joinPointer('', ...path);
  const walk = (v: unknown): void => {
    if (typeof v === 'string') visit(v, pointer);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (isRecord(v)) {
      for (const k in v) {
        path.push(k);
        walk(v[k]);
        path.pop();
      }
    }
  };
  walk(value);
}

/** A YYYY-MM-DD date as UTC midnight; undefined for anything else (the schema reports it). */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : undefined;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Rupiah as documents write it, whatever the message language: Rp350.000. */
export const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
