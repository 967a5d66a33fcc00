import type { Komponen, TidakDinyatakan } from '../types/schema.js';

/** What a part holds when the document does state it. */
export type Stated<T> = Exclude<T, TidakDinyatakan>;

/** The components a document states; one marked "tidak_dinyatakan" reads as absent. */
export type StatedKomponen = { [K in keyof Komponen]?: Stated<Komponen[K]> };

/** `{ tidak_dinyatakan: true }`: the document does not state this part (not the same as forgotten). */
export function isNotStated(value: unknown): value is TidakDinyatakan {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { tidak_dinyatakan?: unknown }).tidak_dinyatakan === true;
}

/** The value when the document states it, else undefined. */
export function stated<T>(value: T): Stated<T> | undefined {
  return isNotStated(value) ? undefined : (value as Stated<T>);
}

/** The components with those the document does not state left out. */
export function statedKomponen(komponen: Komponen | undefined): StatedKomponen {
  // Defined, not assigned, so a key "__proto__" in the file cannot become the result's prototype.
  return Object.fromEntries(Object.entries(komponen ?? {}).filter(([, value]) => value !== undefined && !isNotStated(value)));
}
