/** RFC 6901 JSON pointers, the address every diagnostic carries. */
export function escapeSegment(segment: string | number): string {
  const s = String(segment);
  // Rules build a pointer for every node they walk: most keys need no escaping.
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Where a value stands, during a walk. Its pointer is built on demand: a walk covers every node
 * and a check reports on few. Valid only while the value is visited (the walk reuses it).
 */
export interface Place {
  /** The last segment of its pointer: a key, or an index in a list; undefined for the root. */
  key: string | number | undefined;
  /** The nearest mapping above it and the key there (a list's items share their list's key). */
  owner: Record<string, unknown> | undefined;
  field: string | undefined;
  pointer(): string;
}

/**
 * Every value below `root` and `root` itself, depth first in document order, with its place
 * (pointers start at `base`). `visit` returns false to leave a value's children out.
 */
export function walkData(root: unknown, visit: (value: unknown, place: Place) => boolean | void, base = ''): void {
  const path: (string | number)[] = [];
  const place: Place = { key: undefined, owner: undefined, field: undefined, pointer: () => joinPointer(base, ...path) };
  // Each value is visited by its container's loop, not by a call of its own: most values are
  // texts and numbers, and a call per value was 40% of a walk.
  const children = (value: object): void => {
    const { key, owner, field } = place;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        path.push(i);
        place.key = i;
        if (visit(item, place) !== false && typeof item === 'object' && item !== null) children(item);
        path.pop();
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const item = record[k];
        path.push(k);
        place.key = k;
        place.owner = record;
        place.field = k;
        if (visit(item, place) !== false && typeof item === 'object' && item !== null) children(item);
        path.pop();
      }
    }
    place.key = key;
    place.owner = owner;
    place.field = field;
  };
  if (visit(root, place) !== false && typeof root === 'object' && root !== null) children(root);
}
