import { Alias, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { Random } from './random.js';
import type { Seed } from './corpus.js';

/** A mutated document and what was done to it, step by step (written beside each failing input). */
export interface Mutant {
  bytes: Uint8Array;
  steps: string[];
}

/** Text an attacker or a slip of the keyboard could put in a field. */
export const HOSTILE_STRINGS = [
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor "alert(1)"}}',
  '{{#each this}}{{@key}}{{/each}}',
  '${process.exit(1)}',
  "'; DROP TABLE layanan; --",
  '../../../../etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'http://contoh.go.id',
  '%s%s%s%n',
  '\u202eRTL override\u202c',
  'nol\u200blebar\u2060',
  'baris\u2028pemisah\u2029paragraf',
  '\u0000NUL di tengah',
  '\u0007\u001b[31mwarna\u001b[0m',
  '😀👨‍👩‍👧 emoji',
  'ｆｕｌｌｗｉｄｔｈ',
  '   ',
  '',
  '-',
  '~',
  'null',
  'true',
  'NaN',
  '0x1F',
  '0o17',
  '1e309',
  '08:00',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T25:61:61Z',
  'Rp1.000.000,00',
  'satu juta rupiah',
  'seratus sebelas juta constructor',
  'x'.repeat(5000),
  'kata '.repeat(2000),
  '\\u0000\\x00',
  'a: b',
  '- item',
  '# bukan komentar',
  '&jangkar *alias',
  '!!binary',
  '"',
  "'",
  '\t\ttab',
  'CR\rdi tengah',
];

const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, -(2 ** 63), 0.1, -0, Number.NaN, Infinity, -Infinity, 5e-324, 1.7976931348623157e308, 12345678901234567890, -1, 0, 3.5];

export const SPECIAL_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'isPrototypeOf', 'toJSON', 'then', 'length', '0', '', ' ', '$schema', '<<', 'null', 'true', 'kode'];

const TAGS = ['merge', 'binary', 'set', 'omap', 'pairs', 'timestamp', 'str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat(['!lokal', '!']);

/** Values written as YAML, for shapes an object literal cannot say (a "__proto__" key is data here). */
const SNIPPETS = [
  '{ nilai: -5, satuan: abad }',
  '[{ jenis: Perda }]',
  '{ gratis: ya, tarif: [] }',
  '{ toString: x, valueOf: 1, hasOwnProperty: 2 }',
  '{ __proto__: { polluted: true } }',
  '{ constructor: { prototype: { polluted: true } } }',
  '[[[[[]]]]]',
  '{ "": "", " ": null }',
];

const SCALAR_STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/** Where a node stands, so it can be replaced. */
interface Slot {
  node: Node;
  set: (n: Node) => void;
  isKey: boolean;
  where: string;
}

function slotsOf(doc: Document): Slot[] {
  const out: Slot[] = [];
  visit(doc, {
    Node(key, node, path) {
      const parent = path[path.length - 1];
      const where = '/' + path.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '?')).join('/');
      if (isPair(parent)) {
        const pair = parent;
        if (key === 'key') out.push({ node, isKey: true, where, set: (n) => (pair.key = n) });
        else out.push({ node, isKey: false, where, set: (n) => (pair.value = n) });
      } else if (isSeq(parent) && typeof key === 'number') {
        const seq = parent;
        out.push({ node, isKey: false, where: `${where}[${key}]`, set: (n) => (seq.items[key] = n) });
      } else if (key === null) {
        out.push({ node, isKey: false, where: '/', set: (n) => (doc.contents = n) });
      }
    },
  });
  return out;
}

function collectionsOf(doc: Document): (YAMLMap | YAMLSeq)[] {
  const out: (YAMLMap | YAMLSeq)[] = [];
  visit(doc, { Collection: (_k, node) => void out.push(node as YAMLMap | YAMLSeq) });
  return out;
}

function scalar(value: unknown, rnd: Random): Scalar {
  const s = new Scalar(value);
  if (typeof value === 'string' && rnd.chance(0.5)) s.type = rnd.pick(SCALAR_STYLES);
  return s;
}

/** A value of any shape, small, sometimes hostile. */
function randomValue(doc: Document, rnd: Random, depth = 0): Node {
  switch (rnd.int(depth > 2 ? 4 : 7)) {
    case 0:
      return scalar(rnd.pick(HOSTILE_STRINGS), rnd);
    case 1:
      return scalar(rnd.pick(HUGE_NUMBERS), rnd);
    case 2:
      return scalar(rnd.pick([true, false, null, '', 'teks biasa']), rnd);
    case 3:
      return scalar(rnd.int(100000), rnd);
    case 4: {
      const map = new YAMLMap();
      for (let i = rnd.int(3); i > 0; i--) map.items.push(new Pair(scalar(rnd.chance(0.5) ? rnd.pick(SPECIAL_KEYS) : `k${rnd.int(9)}`, rnd), randomValue(doc, rnd, depth + 1)));
      map.flow = rnd.chance(0.3);
      return map;
    }
    case 5: {
      const seq = new YAMLSeq();
      for (let i = rnd.int(4); i > 0; i--) seq.items.push(randomValue(doc, rnd, depth + 1));
      seq.flow = rnd.chance(0.3);
      return seq;
    }
    default:
      return parseDocument(rnd.pick(SNIPPETS)).contents as Node;
  }
}

function nested(inner: Node, depth: number, rnd: Random): Node {
  let node = inner;
  const flow = rnd.chance(0.5);
  for (let i = 0; i < depth; i++) {
    if (rnd.chance(0.5)) {
      const seq = new YAMLSeq();
      seq.items.push(node);
      seq.flow = flow;
      node = seq;
    } else {
      const map = new YAMLMap();
      map.items.push(new Pair(new Scalar(`t${i}`), node));
      map.flow = flow;
      node = map;
    }
  }
  return node;
}

function typo(key: string, rnd: Random): string {
  if (key.length === 0) return 'x';
  const i = rnd.int(key.length);
  switch (rnd.int(5)) {
    case 0:
      return key.slice(0, i) + key.slice(i + 1);
    case 1:
      return key.slice(0, i) + key[i]!.toUpperCase() + key.slice(i + 1);
    case 2:
      return key.slice(0, i) + '_' + key.slice(i);
    case 3:
      return key.slice(0, i) + (key[i + 1] ?? '') + key[i] + key.slice(i + 2);
    default:
      return key + rnd.pick(['s', '-', ' ', 'é', '\u00a0']);
  }
}

/**
 * A structural mutation. `later` takes text to put in place of a placeholder scalar once the
 * document is written: yaml writes deep nesting with every level indented, which grows with the
 * square of the depth.
 */
type StructuralOp = (doc: Document, rnd: Random, later: Map<string, string>) => string | undefined;

const valueSlot = (doc: Document, rnd: Random): Slot | undefined => {
  const slots = slotsOf(doc).filter((s) => !s.isKey);
  return slots.length > 0 ? rnd.pick(slots) : undefined;
};

/** Mutations of the parsed document: its data and the YAML features around it. */
const STRUCTURAL: Record<string, StructuralOp> = {
  delete(doc, rnd) {
    const c = collectionsOf(doc).filter((n) => n.items.length > 0);
    if (c.length === 0) return undefined;
    const node = rnd.pick(c);
    const i = rnd.int(node.items.length);
    node.items.splice(i, 1);
    return `deleted item ${i}`;
  },
  duplicate(doc, rnd) {
    const c = collectionsOf(doc).filter((n) => n.items.length > 0);
    if (c.length === 0) return undefined;
    const node = rnd.pick(c);
    const i = rnd.int(node.items.length);
    const item = node.items[i] as Node | Pair;
    (node.items as unknown[]).splice(rnd.int(node.items.length + 1), 0, isPair(item) || isCollection(item) || isScalar(item) || isAlias(item) ? item.clone() : item);
    return `duplicated item ${i}`;
  },
  retype(doc, rnd) {
    const slot = valueSlot(doc, rnd);
    if (!slot) return undefined;
    slot.set(randomValue(doc, rnd));
    return `retyped ${slot.where}`;
  },
  hostile(doc, rnd) {
    const slot = valueSlot(doc, rnd);
    if (!slot) return undefined;
    const text = rnd.pick(HOSTILE_STRINGS);
    slot.set(scalar(text, rnd));
    return `hostile string at ${slot.where}: ${JSON.stringify(text.slice(0, 40))}`;
  },
  huge(doc, rnd) {
    const slot = valueSlot(doc, rnd);
    if (!slot) return undefined;
    const n = rnd.pick(HUGE_NUMBERS);
    slot.set(scalar(n, rnd));
    return `number ${n} at ${slot.where}`;
  },
  nest(doc, rnd, later) {
    const slot = valueSlot(doc, rnd);
    if (!slot) return undefined;
    if (rnd.chance(0.8)) {
      const depth = rnd.between(2, 30);
      slot.set(nested(slot.node.clone() as Node, depth, rnd));
      return `nested ${slot.where} ${depth} deep`;
    }
    // Past the checker's limit of 64 levels, sometimes past where a thread's stack ends.
    const depth = rnd.chance(0.7) ? rnd.between(31, 100) : rnd.between(100, 3000);
    const placeholder = `fuzz-nest-${later.size}-${rnd.int(1e9)}`;
    const open = Array.from({ length: depth }, () => (rnd.chance(0.5) ? '[' : '{t: '));
    later.set(placeholder, open.join('') + 'x' + open.reverse().map((o) => (o === '[' ? ']' : '}')).join(''));
    slot.set(new Scalar(placeholder));
    return `nested ${slot.where} ${depth} deep (flow)`;
  },
  specialKey(doc, rnd) {
    const maps = collectionsOf(doc).filter(isMap);
    if (maps.length === 0) return undefined;
    const map = rnd.pick(maps);
    const key = rnd.pick(SPECIAL_KEYS);
    if (map.items.length > 0 && rnd.chance(0.4)) {
      const pair = rnd.pick(map.items);
      pair.key = new Scalar(key);
      return `renamed a key to ${JSON.stringify(key)}`;
    }
    map.items.splice(rnd.int(map.items.length + 1), 0, new Pair(scalar(key, rnd), randomValue(doc, rnd)));
    return `added key ${JSON.stringify(key)}`;
  },
  typoKey(doc, rnd) {
    const keys = slotsOf(doc).filter((s) => s.isKey && isScalar(s.node) && typeof s.node.value === 'string');
    if (keys.length === 0) return undefined;
    const slot = rnd.pick(keys);
    const next = typo((slot.node as Scalar).value as string, rnd);
    slot.set(new Scalar(next));
    return `key ${slot.where} misspelt as ${JSON.stringify(next)}`;
  },
  tag(doc, rnd) {
    const slots = slotsOf(doc).filter((s) => !isAlias(s.node));
    if (slots.length === 0) return undefined;
    const slot = rnd.pick(slots);
    const tag = rnd.pick(TAGS);
    slot.node.tag = tag;
    return `tag ${tag} on ${slot.where}${slot.isKey ? ' (key)' : ''}`;
  },
  alias(doc, rnd) {
    const slots = slotsOf(doc).filter((s) => !isAlias(s.node));
    if (slots.length < 2) return undefined;
    const anchored = rnd.pick(slots);
    const name = `a${rnd.int(1000)}`;
    anchored.node.anchor = name;
    const target = rnd.pick(slotsOf(doc).filter((s) => s.node !== anchored.node && (!s.isKey || rnd.chance(0.2))));
    target.set(new Alias(name));
    return `alias *${name} of ${anchored.where} put at ${target.where}`;
  },
  complexKey(doc, rnd) {
    const keys = slotsOf(doc).filter((s) => s.isKey);
    if (keys.length === 0) return undefined;
    const slot = rnd.pick(keys);
    const key = rnd.chance(0.5) ? doc.createNode([rnd.pick(SPECIAL_KEYS), rnd.int(10)]) : doc.createNode({ [rnd.pick(SPECIAL_KEYS)]: 'x' });
    (key as YAMLSeq).flow = rnd.chance(0.7);
    slot.set(key as Node);
    return `complex key at ${slot.where}`;
  },
  merge(doc, rnd) {
    const maps = collectionsOf(doc).filter(isMap);
    if (maps.length < 2) return undefined;
    const source = rnd.pick(maps);
    const into = rnd.pick(maps);
    source.anchor = source.anchor ?? `m${rnd.int(1000)}`;
    into.items.push(new Pair(new Scalar('<<'), new Alias(source.anchor)));
    return `merge key <<: *${source.anchor}`;
  },
  scale(doc, rnd) {
    const c = collectionsOf(doc);
    if (c.length === 0 || !rnd.chance(0.15)) return undefined;
    const node = rnd.pick(c);
    const n = rnd.between(500, 4000);
    const mode = rnd.int(3);
    for (let i = 0; i < n; i++) {
      if (isMap(node)) node.items.push(new Pair(new Scalar(mode === 0 ? 'kunci_ganda' : `kunci_asing_${i}`), new Scalar(mode === 2 ? rnd.pick(HOSTILE_STRINGS).slice(0, 80) : i)));
      else node.items.push(mode === 0 ? new Scalar(i) : randomValue(doc, rnd, 3));
    }
    return `${n} more ${isMap(node) ? (mode === 0 ? 'duplicate keys' : 'unknown keys') : 'items'}`;
  },
};

// Byte sequences that break YAML or UTF-8 in interesting ways.
const enc = (s: string) => [...new TextEncoder().encode(s)];
const INSERTS: number[][] = [
  enc('\t'),
  [0xef, 0xbb, 0xbf],
  enc('\r\n'),
  enc('\r'),
  [0],
  [0xff],
  [0xc3],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  enc(': '),
  enc(' #'),
  enc('&a '),
  enc('*a'),
  enc('!!merge '),
  enc('!!binary '),
  enc('|'),
  enc('>-'),
  enc('{'),
  enc('['),
  enc(']'),
  enc('"'),
  enc("'"),
  enc('? '),
  enc('- '),
  enc('\n---\n'),
  enc('\n...\n'),
  enc('%YAML 1.1\n'),
  enc('%TAG ! tag:x,2000:\n'),
  enc('\u2028'),
  enc('\u0085'),
  enc('\u200b'),
  enc('😀'),
  enc('<<: *a\n'),
  enc('@'),
  enc('`'),
  enc('\\'),
];

type TextualOp = (bytes: Uint8Array, rnd: Random) => { bytes: Uint8Array; step: string } | undefined;

function lineStarts(bytes: Uint8Array): number[] {
  const out = [0];
  for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 0x0a) out.push(i + 1);
  return out;
}

/** `bytes` with `remove` bytes at `at` replaced by `insert` (copies: documents stay under a megabyte). */
function splice(bytes: Uint8Array, at: number, remove: number, ...insert: ArrayLike<number>[]): Uint8Array {
  return Buffer.concat([bytes.subarray(0, at), ...insert.map((i) => Uint8Array.from(i)), bytes.subarray(at + remove)]);
}

/** Mutations of the bytes: what an editor, a copy and paste or a broken disk do to a file. */
const TEXTUAL: Record<string, TextualOp> = {
  flipBit(bytes, rnd) {
    if (bytes.length === 0) return undefined;
    const i = rnd.int(bytes.length);
    const bit = rnd.int(8);
    return { bytes: splice(bytes, i, 1, [bytes[i]! ^ (1 << bit)]), step: `flipped bit ${bit} of byte ${i}` };
  },
  setByte(bytes, rnd) {
    if (bytes.length === 0) return undefined;
    const i = rnd.int(bytes.length);
    const b = rnd.chance(0.5) ? rnd.int(256) : rnd.pick(enc(':#&*!|>{}[]"\'?-%@`\\ \t\r\n'));
    return { bytes: splice(bytes, i, 1, [b]), step: `byte ${i} set to ${b}` };
  },
  insert(bytes, rnd) {
    const i = rnd.int(bytes.length + 1);
    const what = rnd.pick(INSERTS);
    return { bytes: splice(bytes, i, 0, what), step: `inserted [${what.join(',')}] at byte ${i}` };
  },
  truncate(bytes, rnd) {
    const i = rnd.int(bytes.length + 1);
    return { bytes: bytes.subarray(0, i), step: `truncated to ${i} bytes` };
  },
  indent(bytes, rnd) {
    const at = rnd.pick(lineStarts(bytes));
    const spaces = (n: number) => new Array<number>(n).fill(0x20);
    switch (rnd.int(4)) {
      case 0:
        return { bytes: splice(bytes, at, 0, spaces(rnd.between(1, 4))), step: `indented the line at byte ${at}` };
      case 1: {
        let n = 0;
        while (bytes[at + n] === 0x20 && n < 4) n++;
        return { bytes: splice(bytes, at, Math.max(1, n - rnd.int(n + 1))), step: `dedented the line at byte ${at}` };
      }
      case 2:
        return { bytes: splice(bytes, at, bytes[at] === 0x20 ? 1 : 0, [0x09]), step: `tab at the start of the line at byte ${at}` };
      default:
        return { bytes: splice(bytes, at, 0, spaces(rnd.between(20, 200))), step: `deep indentation at byte ${at}` };
    }
  },
  lineEnds(bytes, rnd) {
    const all = rnd.chance(0.5);
    const out: number[] = [];
    for (const b of bytes) {
      if (b !== 0x0a || !(all || rnd.chance(0.2))) out.push(b);
      else if (rnd.chance(0.9)) out.push(0x0d, 0x0a);
      else out.push(0x0d);
    }
    return { bytes: Uint8Array.from(out), step: all ? 'CR LF line ends' : 'some CR LF or CR line ends' };
  },
  bom(bytes, rnd) {
    const i = rnd.chance(0.7) ? 0 : rnd.int(bytes.length + 1);
    return { bytes: splice(bytes, i, 0, [0xef, 0xbb, 0xbf]), step: `byte-order mark at byte ${i}` };
  },
  duplicateLines(bytes, rnd) {
    const starts = lineStarts(bytes);
    const a = rnd.int(starts.length);
    const b = Math.min(starts.length, a + rnd.between(1, 6));
    const to = starts[b] ?? bytes.length;
    const block = bytes.subarray(starts[a]!, to);
    const times = rnd.chance(0.05) ? rnd.between(100, 2000) : 1;
    const at = rnd.chance(0.7) ? to : rnd.pick(starts);
    return { bytes: splice(bytes, at, 0, ...Array.from({ length: times }, () => block)), step: `lines ${a + 1}-${b} copied ${times} time(s) to byte ${at}` };
  },
  deleteLines(bytes, rnd) {
    const starts = lineStarts(bytes);
    const a = rnd.int(starts.length);
    const b = Math.min(starts.length, a + rnd.between(1, 4));
    return { bytes: splice(bytes, starts[a]!, (starts[b] ?? bytes.length) - starts[a]!), step: `deleted lines ${a + 1}-${b}` };
  },
  swapLines(bytes, rnd) {
    const starts = lineStarts(bytes);
    if (starts.length < 3) return undefined;
    const a = rnd.int(starts.length - 2);
    const [s0, s1, s2] = [starts[a]!, starts[a + 1]!, starts[a + 2]!];
    return { bytes: splice(bytes, s0, s2 - s0, bytes.subarray(s1, s2), bytes.subarray(s0, s1)), step: `swapped lines ${a + 1} and ${a + 2}` };
  },
  longLine(bytes, rnd) {
    if (!rnd.chance(0.3)) return undefined;
    const at = rnd.pick(lineStarts(bytes));
    return { bytes: splice(bytes, at, 0, enc(`panjang: ${'ab'.repeat(rnd.between(1000, 20000))}\n`)), step: `long line at byte ${at}` };
  },
};

const STRUCTURAL_NAMES = Object.keys(STRUCTURAL);
const TEXTUAL_NAMES = Object.keys(TEXTUAL);

/** Documents larger than this after a mutation are cut back to it: the checker refuses bigger ones unread. */
const MAX_BYTES = 900 * 1024;

/** Each seed parsed once; a mutation works on a copy. Undefined when the seed does not parse cleanly. */
const trees = new WeakMap<Seed, Document | undefined>();

function treeOf(seed: Seed): Document | undefined {
  if (!trees.has(seed)) {
    const doc = parseDocument(new TextDecoder().decode(seed.bytes), { uniqueKeys: false, logLevel: 'silent', keepSourceTokens: false });
    trees.set(seed, doc.errors.length > 0 || doc.contents === null ? undefined : doc);
  }
  return trees.get(seed)?.clone();
}

/**
 * One to four mutations of a seed, all decided by `rnd`: the structural ones first, on a copy of
 * the parsed seed, then the textual ones on the bytes yaml writes from it.
 */
export function mutate(seed: Seed, rnd: Random): Mutant {
  let bytes = seed.bytes;
  const steps: string[] = [];
  const count = rnd.between(1, 4);
  const structural = Array.from({ length: count }, () => rnd.chance(0.55)).filter(Boolean).length;
  let textual = count - structural;
  const doc = structural > 0 ? treeOf(seed) : undefined;
  const later = new Map<string, string>();
  if (doc) {
    const done: string[] = [];
    for (let i = 0; i < structural; i++) {
      const name = rnd.pick(STRUCTURAL_NAMES);
      const step = STRUCTURAL[name]!(doc, rnd, later);
      if (step) done.push(`${name}: ${step}`);
    }
    try {
      if (done.length > 0) {
        let text = doc.toString({ lineWidth: rnd.chance(0.8) ? 0 : 40 });
        for (const [placeholder, value] of later) text = text.replace(placeholder, value);
        bytes = new TextEncoder().encode(text);
      }
      steps.push(...done);
    } catch {
      // yaml cannot write every tree a mutation makes (an alias before its anchor): those steps are dropped.
    }
  } else textual = count;
  for (let i = 0; i < textual; i++) {
    const name = rnd.pick(TEXTUAL_NAMES);
    const done = TEXTUAL[name]!(bytes, rnd);
    if (!done) continue;
    bytes = done.bytes.length > MAX_BYTES ? done.bytes.subarray(0, MAX_BYTES) : done.bytes;
    steps.push(`${name}: ${done.step}`);
  }
  return { bytes, steps };
}
