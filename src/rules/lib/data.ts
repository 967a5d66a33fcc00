import { asRecord } from '../../load/guards.js';
import { walkData, type Place } from '../../load/pointer.js';
import { isNotStated } from '../../model/absence.js';

// Rules read documents that may not match the schema: the guards are the loader's.
export { asArray, asRecord, isRecord } from '../../load/guards.js';
export { isNotStated } from '../../model/absence.js';
export { normalizeText } from '../../registry/title.js';

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The text of an item written either as plain text or as a mapping with `key` ("uraian", "nama"). */
export function itemText(item: unknown, key: string): string | undefined {
  if (typeof item === 'string') return item;
  const value = asRecord(item)[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The components the service states (with the provider's defaults), or an empty mapping: one
 * marked "tidak_dinyatakan" is left out, so a rule about its content stays silent and
 * komponen-lengkap alone speaks about it.
 */
export function komponenOf(data: unknown): Record<string, unknown> {
  const all = asRecord(asRecord(data).komponen);
  if (!Object.values(all).some(isNotStated)) return all;
  return Object.fromEntries(Object.entries(all).filter(([, v]) => !isNotStated(v)));
}

export type Cakupan = 'lengkap' | 'penyampaian' | 'kutipan';

/** What the document claims to hold: the full standard unless it says otherwise. */
export function cakupanOf(data: unknown): Cakupan {
  const c = asRecord(data).cakupan;
  return c === 'penyampaian' || c === 'kutipan' ? c : 'lengkap';
}

/**
 * True when the document is an excerpt that stops inside this component (`sumber.terpotong_di`):
 * what its list does not show is unknown, so no rule judges what is missing from it.
 */
export function isCutShort(data: unknown, key: string): boolean {
  return asRecord(asRecord(data).sumber).terpotong_di === key;
}

export const isSet = (data: unknown) => asRecord(data).status === 'ditetapkan';

/**
 * Every text value below `value`, depth first, in document order, with a function that builds
 * its JSON pointer (only for the few texts a rule reports) and its place.
 */
export function forEachText(value: unknown, visit: (text: string, pointer: () => string, place: Place) => void): void {
  walkData(value, (v, place) => {
    if (typeof v === 'string') visit(v, place.pointer, place);
  });
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

export function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

/** Whole months from one date to a later one, as people count them (15 March to 14 April is 0). */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}

/** A positive number of months from a rule's options, else the default. */
export const monthsOption = (value: unknown, fallback: number) => (isNumber(value) && value > 0 ? value : fallback);

