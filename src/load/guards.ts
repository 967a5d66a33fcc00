/**
 * Reading documents that may not match the schema (rules run even when it fails, a diff compares
 * any two versions): every access goes through these guards instead of trusting the types.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const asRecord = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/**
 * A table's entry for a name that came from a user (a file, a flag, a comment): own entries only,
 * so "constructor" or "__proto__" never reaches a member every object inherits.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, name: unknown): T | undefined => (typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : undefined);
