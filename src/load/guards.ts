/**
 * Reading documents that may not match the schema (rules run even when it fails, a diff compares
 * any two versions): every access goes through these guards instead of trusting the types.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const asRecord = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
