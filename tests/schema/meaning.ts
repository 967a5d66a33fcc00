/** What a document means: the deprecated spellings read as what they stand for. */
export function meaning(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(meaning);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'bentuk' && v === 'asli_dan_fotokopi' ? ['asli', 'fotokopi'] : meaning(v)]));
  return value;
}
