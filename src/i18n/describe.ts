/**
 * A value quoted in a message: text as it is, anything else in JSON notation, never longer than
 * `limit`. Whatever YAML produced: nothing here calls a method of the value (a mapping may have a
 * `toString` key), follows a cycle or reads more of a large value than the message shows.
 */
export function describeValue(value: unknown, limit = 60): string {
  const parts: string[] = [];
  let length = 0;
  const seen = new Set<object>();
  // Returns false once enough is written: the caller stops walking.
  const put = (s: string): boolean => {
    parts.push(s);
    length += s.length;
    return length <= limit;
  };
  const write = (v: unknown, nested: boolean): boolean => {
    if (typeof v === 'string') return put(nested ? JSON.stringify(v.slice(0, limit)) : v.slice(0, limit + 1));
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return put(String(v));
    if (typeof v === 'symbol') return put(v.description ?? 'symbol');
    if (typeof v !== 'object') return put(typeof v);
    if (seen.has(v)) return put('…');
    seen.add(v);
    if (Array.isArray(v)) {
      if (!put('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !put(',')) || !write(v[i], true)) return false;
      return put(']');
    }
    if (!put('{')) return false;
    let first = true;
    for (const key of Object.keys(v)) {
      if ((!first && !put(',')) || !put(JSON.stringify(key.slice(0, limit)) + ':') || !write((v as Record<string, unknown>)[key], true)) return false;
      first = false;
    }
    return put('}');
  };
  write(value, false);
  const s = parts.join('');
  return s.length > limit ? s.slice(0, limit - 3) + '…' : s;
}
