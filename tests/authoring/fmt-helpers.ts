import { isDeepStrictEqual } from 'node:util';
import { Lexer } from 'yaml';
import { formatYaml, type FormatResult } from '../../src/authoring/fmt.js';
import { parseSource } from '../../src/load/source.js';
import { upgradeData } from '../../src/load/upgrade.js';
import type { DocumentKind } from '../../src/schema/validators.js';

/**
 * What every formatter result must satisfy, and seeded mutations of YAML texts for the property
 * tests: the shapes fuzzing found formatters stumble on (moved keys, comments anywhere, flow
 * collections, block scalars with a comment on their header, wrapped text, other indentation,
 * CRLF, anchors, complex keys).
 */

/** The comments of a YAML text, from yaml's lexer (a `#` inside a block scalar is text, not a comment). */
export function commentTexts(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trimEnd()).sort();
}

/**
 * Why `result` breaks the formatter's promise for `input`, or undefined: a refused file does
 * not parse; a kept one says why with one located warning; a formatted one has the same data
 * (every deprecated form in its new form) and comments, keeps its line ending and formats to itself.
 */
export function brokenPromise(input: string, kind: DocumentKind, result: FormatResult): string | undefined {
  const parsed = parseSource('in.yaml', input, 'id');
  switch (result.outcome) {
    case 'refused':
      return parsed.source ? 'refused a file that parses' : undefined;
    case 'kept': {
      const [d, ...more] = result.diagnostics;
      if (!d || more.length > 0 || d.rule !== 'fmt' || d.severity !== 'warning' || d.line < 1) return `kept without one located warning: ${JSON.stringify(result.diagnostics)}`;
      return result.text === input ? undefined : 'kept but text differs';
    }
    case 'tidy':
      return result.text === input ? undefined : 'tidy but text differs';
    case 'formatted': {
      const output = parseSource('out.yaml', result.text, 'id');
      if (!output.source) return `output does not parse: ${output.diagnostics[0]?.message}`;
      if (!isDeepStrictEqual(output.source.data, upgradeData(parsed.source?.data))) return 'data changed';
      if (!isDeepStrictEqual(commentTexts(result.text), commentTexts(input))) return 'comments changed';
      const crlf = input.split('\r\n').length - 1 > input.split('\n').length - 1 - (input.split('\r\n').length - 1);
      if (crlf ? /(^|[^\r])\n/.test(result.text) : result.text.includes('\r\n')) return 'line endings changed';
      const again = formatYaml('out.yaml', result.text, kind, 'id');
      return again.outcome === 'tidy' ? undefined : `not idempotent (${again.outcome})`;
    }
  }
}

export type Random = () => number;

/** mulberry32: a small, seedable PRNG so a failing case can be replayed from its seed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const indentOf = (line: string) => line.length - line.trimStart().length;
const KEY_LINE = /^(\s*)(- )?([a-z_]+):(.*)$/;

/** The end of the entry whose key is on line `i`: the lines after it that are blank or deeper. */
function blockEnd(lines: string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && (lines[j]!.trim() === '' || indentOf(lines[j]!) > indentOf(lines[i]!))) j++;
  return j;
}

type Mutation = (lines: string[], rnd: Random) => string[];

const comment = (rnd: Random) => pick(rnd, ['# catatan', '# TODO periksa', '#rapat', '# - bukan daftar', '# kunci: nilai', '# fmt-keep-1-7f3a']) + Math.floor(rnd() * 100);

const MUTATIONS: Record<string, Mutation> = {
  ownLineComment: (lines, rnd) => {
    const i = Math.floor(rnd() * (lines.length + 1));
    const near = lines[Math.min(i, lines.length - 1)] ?? '';
    const column = Math.max(0, indentOf(near) + pick(rnd, [-4, -2, 0, 0, 2, 4]));
    return [...lines.slice(0, i), ' '.repeat(column) + comment(rnd), ...lines.slice(i)];
  },
  endOfLineComment: (lines, rnd) => {
    const i = Math.floor(rnd() * lines.length);
    if (lines[i]!.trim() === '' || lines[i]!.includes('#')) return lines;
    return lines.map((l, k) => (k === i ? `${l}${' '.repeat(1 + Math.floor(rnd() * 3))}${comment(rnd)}` : l));
  },
  blankLines: (lines, rnd) => {
    const i = Math.floor(rnd() * lines.length);
    return [...lines.slice(0, i), ...Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => ''), ...lines.slice(i)];
  },
  swapSiblings: (lines, rnd) => {
    const starts = lines.map((l, i) => (KEY_LINE.test(l) && !l.trimStart().startsWith('- ') ? i : -1)).filter((i) => i >= 0);
    if (starts.length === 0) return lines;
    const a = pick(rnd, starts);
    const endA = blockEnd(lines, a);
    const b = endA;
    if (b >= lines.length || !KEY_LINE.test(lines[b]!) || indentOf(lines[b]!) !== indentOf(lines[a]!) || lines[b]!.trimStart().startsWith('- ')) return lines;
    const endB = blockEnd(lines, b);
    return [...lines.slice(0, a), ...lines.slice(b, endB), ...lines.slice(a, endA), ...lines.slice(endB)];
  },
  flowList: (lines, rnd) => {
    const i = Math.floor(rnd() * lines.length);
    const m = KEY_LINE.exec(lines[i]!);
    if (!m || m[4]!.trim() === '' || m[4]!.includes('#')) return lines;
    const value = pick(rnd, ['[a, [b, c]]', '{ x: [1, 2], y: b }', '[]', '[satu, dua]', '[{ a: 1 }, [x]]', '[a,\n  b]']);
    return lines.map((l, k) => (k === i ? `${m[1]}${m[2] ?? ''}${m[3]}: ${value.replace('\n', '\n' + ' '.repeat(indentOf(l)))}` : l));
  },
  foldedWithComment: (lines, rnd) => {
    const i = Math.floor(rnd() * lines.length);
    const m = KEY_LINE.exec(lines[i]!);
    if (!m || !/^ [A-Za-z][^#:]*$/.test(m[4]!)) return lines;
    const deeper = ' '.repeat(indentOf(lines[i]!) + (m[2] ? 4 : 2));
    const header = pick(rnd, ['>-', '|', '>', '|-']);
    return [...lines.slice(0, i), `${m[1]}${m[2] ?? ''}${m[3]}: ${header} ${comment(rnd)}`, `${deeper}${m[4]!.trim()}`, `${deeper}baris kedua`, ...lines.slice(i + 1)];
  },
  commentBeforeWrapped: (lines, rnd) => {
    const i = Math.floor(rnd() * lines.length);
    const m = KEY_LINE.exec(lines[i]!);
    if (!m || !/^ [A-Za-z][^#:]*$/.test(m[4]!)) return lines;
    const deeper = ' '.repeat(indentOf(lines[i]!) + (m[2] ? 4 : 2) + pick(rnd, [0, 2]));
    return [...lines.slice(0, i), `${m[1]}${m[2] ?? ''}${m[3]}: ${comment(rnd)}`, `${deeper}${m[4]!.trim()}`, `${deeper}disambung`, ...lines.slice(i + 1)];
  },
  wideIndent: (lines) => lines.map((l) => ' '.repeat(indentOf(l) * 2) + l.trimStart().replace(/^- /, '-   ')),
  zeroIndentedList: (lines, rnd) => {
    const heads = lines.map((l, i) => (l.trimEnd().endsWith(':') && KEY_LINE.test(l) && lines[i + 1]?.trimStart().startsWith('- ') && indentOf(lines[i + 1]!) === indentOf(l) + 2 ? i : -1)).filter((i) => i >= 0);
    if (heads.length === 0) return lines;
    const i = pick(rnd, heads);
    const end = blockEnd(lines, i);
    return lines.map((l, k) => (k > i && k < end && l.startsWith('  ') ? l.slice(2) : l));
  },
  anchorAlias: (lines, rnd) => {
    const keyed = lines.map((l, i) => (KEY_LINE.test(l) && /^ [A-Za-z0-9]/.test(KEY_LINE.exec(l)![4]!) && !l.includes('#') ? i : -1)).filter((i) => i >= 0);
    if (keyed.length < 2) return lines;
    const a = pick(rnd, keyed);
    const b = pick(rnd, keyed);
    if (a >= b) return lines;
    return lines.map((l, k) => (k === a ? l.replace(/: /, ': &jangkar ') : k === b ? l.replace(/: .*$/, ': *jangkar') : l));
  },
  complexKey: (lines, rnd) => {
    const i = Math.floor(rnd() * lines.length);
    if (!KEY_LINE.test(lines[i]!) || lines[i]!.trimStart().startsWith('- ')) return lines;
    const pad = ' '.repeat(indentOf(lines[i]!));
    return [...lines.slice(0, i), `${pad}? kunci rumit`, `${pad}: nilai`, ...lines.slice(i)];
  },
};

/** A few random mutations of `text`, and their names. */
export function mutate(text: string, rnd: Random): { text: string; applied: string[] } {
  let lines = text.replace(/\n$/, '').split('\n');
  const applied: string[] = [];
  const names = Object.keys(MUTATIONS);
  for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) {
    const name = pick(rnd, names);
    lines = MUTATIONS[name]!(lines, rnd);
    applied.push(name);
  }
  let out = lines.join('\n') + '\n';
  if (rnd() < 0.15) {
    out = out.replace(/\n/g, '\r\n');
    applied.push('crlf');
  }
  return { text: out, applied };
}
