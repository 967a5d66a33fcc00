import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic, Position } from '../diagnostics.js';
import type { Lang, MessageDef, Params, Text } from '../i18n/index.js';
import { asRecord } from '../load/guards.js';
import { joinPointer } from '../load/pointer.js';
import { locate, makeDiagnostic, parseSource, type SourceFile } from '../load/source.js';
import { upgradeData, upgradeEdits, type TextEdit } from '../load/upgrade.js';
import { serviceView } from '../render/view/service.js';
import type { DocumentKind } from '../schema/validators.js';
import { layoutYaml, type Layout } from './fmt-layout.js';
import { commentsOf, Lines, type LayoutProblem, type LayoutProblemReason, type SourceComment } from './fmt-tree.js';

/**
 * - `tidy`: already in the canonical form.
 * - `formatted`: `text` is the canonical form, checked to hold the same data (every deprecated
 *   form in its new form) and the same comments.
 * - `kept`: fmt cannot tidy this file safely; it must stay as it is (a warning says why and where).
 * - `refused`: the file is not UTF-8 or not valid YAML (the errors `validate` gives).
 */
export type FormatOutcome = 'tidy' | 'formatted' | 'kept' | 'refused';

export interface FormatResult {
  outcome: FormatOutcome;
  /** The text to write when `formatted`; otherwise the input as read (never to be written). */
  text: string;
  /** `outcome === 'formatted'`. */
  changed: boolean;
  /** Errors of a refused file, or the one warning (rule `fmt`) saying why a file is kept. */
  diagnostics: Diagnostic[];
  /** 1-based line of the first difference, when formatted. */
  firstChange?: number;
  /** JSON pointers of the deprecated forms rewritten to their new form, when formatted. */
  upgraded: string[];
}

const leftAlone: Text = {
  id: 'Berkas ini dibiarkan apa adanya.',
  en: 'The file is left as it is.',
};

const ourShortcoming: Text = {
  id: 'Ini kekurangan fmt, bukan kesalahan penulisan: berkas tetap dapat divalidasi dan diterbitkan. Laporkan ke pengembang bersama berkasnya; sementara itu rapikan bagian ini dengan tangan.',
  en: 'This is a shortcoming of fmt, not a writing mistake: the file can still be validated and published. Report it to the developers with the file; meanwhile tidy this part by hand.',
};

const withLeftAlone = (message: Text): Text => ({ id: `${message.id} ${leftAlone.id}`, en: `${message.en} ${leftAlone.en}` });

type VerifyReason = 'reparse' | 'data' | 'meaning' | 'comment' | 'unstable';

/** Why a file is kept as it is. */
export const FMT_MESSAGES: Record<LayoutProblemReason | VerifyReason, MessageDef> = {
  complexKey: {
    message: withLeftAlone({ id: 'fmt tidak merapikan kunci kompleks ({construct}).', en: 'fmt does not tidy complex keys ({construct}).' }),
    hint: { id: 'Tulis kunci sebagai teks biasa pada satu baris, misalnya "nama: ...", lalu jalankan fmt lagi.', en: 'Write the key as plain text on one line, e.g. "nama: ...", then run fmt again.' },
  },
  aliasOrder: {
    message: withLeftAlone({ id: 'Setelah kunci diurutkan, alias *{name} akan berada sebelum jangkarnya &{name}.', en: 'Once the keys are sorted, the alias *{name} would come before its anchor &{name}.' }),
    hint: { id: 'Tulis isinya langsung tanpa alias, atau letakkan jangkar &{name} pada kunci yang lebih awal dalam urutan baku.', en: 'Write the content directly without the alias, or put the anchor &{name} on a key that comes earlier in the standard order.' },
  },
  docStartContent: {
    message: withLeftAlone({ id: 'fmt tidak merapikan isi yang ditulis pada baris "---".', en: 'fmt does not tidy content written on the "---" line.' }),
    hint: { id: 'Pindahkan isinya ke baris di bawah "---".', en: 'Move the content to the line below "---".' },
  },
  commentPlace: {
    message: withLeftAlone({ id: 'Komentar ini berada di posisi yang tidak dapat dipindahkan fmt dengan aman.', en: 'This comment is in a position fmt cannot move safely.' }),
    hint: { id: 'Pindahkan komentar ke baris tersendiri di atas kunci yang dimaksud.', en: 'Move the comment to a line of its own above the key it is about.' },
  },
  construct: {
    message: withLeftAlone({ id: 'fmt tidak mengenal bentuk YAML di sini.', en: 'fmt does not know the YAML construct here.' }),
    hint: ourShortcoming,
  },
  reparse: {
    message: withLeftAlone({ id: 'Hasil rapian di sekitar baris ini tidak dapat dibaca ulang sebagai YAML.', en: 'The tidied text around this line could not be read back as YAML.' }),
    hint: ourShortcoming,
  },
  data: {
    message: withLeftAlone({ id: 'Merapikan berkas ini akan mengubah isi di sini.', en: 'Tidying this file would change the content here.' }),
    hint: ourShortcoming,
  },
  meaning: {
    message: withLeftAlone({ id: 'Menulis bentuk baru di sini akan mengubah apa yang tertulis di halaman standar.', en: "Writing the new form here would change what the standard's page says." }),
    hint: ourShortcoming,
  },
  comment: {
    message: withLeftAlone({ id: 'Merapikan berkas ini akan menghilangkan atau mengubah komentar ini.', en: 'Tidying this file would lose or change this comment.' }),
    hint: ourShortcoming,
  },
  unstable: {
    message: withLeftAlone({ id: 'Merapikan berkas ini tidak menghasilkan bentuk yang tetap di sekitar baris ini (hasilnya berubah lagi bila dirapikan ulang).', en: 'Tidying this file does not settle around this line (tidying the result changes it again).' }),
    hint: ourShortcoming,
  },
};

const COMPLEX_KEYS: Record<string, Text> = {
  explicit: { id: 'kunci yang diawali "?"', en: 'a key introduced by "?"' },
  empty: { id: 'kunci kosong', en: 'an empty key' },
  alias: { id: 'alias sebagai kunci', en: 'an alias as a key' },
  collection: { id: 'daftar atau pemetaan sebagai kunci', en: 'a list or mapping as a key' },
  multiline: { id: 'kunci lebih dari satu baris', en: 'a key over several lines' },
};

interface Kept {
  reason: LayoutProblemReason | VerifyReason;
  position: Position;
  pointer: string;
  params?: Params;
}

function positionAt(lines: Lines, offset: number): Position {
  const line = lines.line(offset);
  const column = offset - lines.starts[line]! + 1;
  return { line: line + 1, column, endLine: line + 1, endColumn: column + 1 };
}

/** The first line where two texts differ (0-based), or -1. */
function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) return i;
  return -1;
}

/** The JSON pointer of the first place two parsed values differ. */
function firstDataDifference(a: unknown, b: unknown, pointer = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const found = firstDataDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], joinPointer(pointer, k));
      if (found !== undefined) return found;
    }
  }
  return pointer;
}

/** The first comment of `before` missing from `after` (each counted as often as it appears). */
function lostComment(before: readonly SourceComment[], after: readonly SourceComment[]): SourceComment | undefined {
  const left = new Map<string, number>();
  for (const c of after) left.set(c.text, (left.get(c.text) ?? 0) + 1);
  for (const c of before) {
    const n = left.get(c.text) ?? 0;
    if (n === 0) return c;
    left.set(c.text, n - 1);
  }
  return undefined;
}

/** The input with its deprecated forms rewritten (what is laid out), and the way back to the input's offsets. */
interface Upgraded {
  text: string;
  /** JSON pointers of the forms rewritten. */
  pointers: string[];
  /** The input offset an offset of `text` was written from (inside a rewritten value: where the old one starts). */
  toInput(offset: number): number;
}

/**
 * Every deprecated form rewritten in place in the LF text of `source`, as `upgradeEdits` says.
 * The document whose ranges the edits use is the LF text's, parsed again only when the file has
 * CRLF line ends and something to rewrite.
 */
function upgradeText(path: string, source: SourceFile, lf: string): Upgraded {
  let edits: TextEdit[] = upgradeEdits(source.doc, source.text);
  if (edits.length > 0 && lf !== source.text) {
    const doc = parseSource(path, lf, 'en').source?.doc;
    edits = doc ? upgradeEdits(doc, lf) : [];
  }
  let text = '';
  let from = 0;
  for (const e of edits) {
    text += lf.slice(from, e.from) + e.text;
    from = e.to;
  }
  text += lf.slice(from);
  const toInput = (offset: number): number => {
    let shift = 0;
    for (const e of edits) {
      const start = e.from + shift;
      if (offset < start) break;
      if (offset < start + e.text.length) return e.from;
      shift += e.text.length - (e.to - e.from);
    }
    return offset - shift;
  };
  return { text, pointers: edits.map((e) => e.pointer), toInput };
}

/**
 * What the pages say of a document, as the renderer reads it: a service's full standard; for a
 * provider, what each service inheriting its defaults shows.
 */
function pageView(data: unknown, kind: DocumentKind): unknown {
  return kind === 'layanan' ? serviceView(data, undefined, 'id') : serviceView(asRecord(data).bawaan, data, 'id');
}

/**
 * The checks every output passes before it may replace a file: it reads back as YAML; its data
 * (read the way `validate` reads it) is the input's with every deprecated form in its new form,
 * and the page made of it says the same; it holds the input's comments, no more, no fewer;
 * formatting it again changes nothing.
 */
function verify(path: string, source: SourceFile, lf: string, upgraded: Upgraded, layout: Layout, output: string, kind: DocumentKind): Kept | undefined {
  const lines = new Lines(lf);
  const fromOutputLine = (line: number): Position => positionAt(lines, upgraded.toInput(layout.origins[Math.min(Math.max(line, 0), layout.origins.length - 1)] ?? 0));
  const reread = parseSource(path, output, 'en');
  if (!reread.source) return { reason: 'reparse', position: fromOutputLine((reread.diagnostics[0]?.line ?? 1) - 1), pointer: '' };
  const upgradedData = upgradeData(source.data);
  const pointer = firstDataDifference(upgradedData, reread.source.data);
  if (pointer !== undefined) return { reason: 'data', position: locate(source, pointer), pointer };
  // A new form says the same as the old one: the page made of it must not change by a word.
  const first = upgraded.pointers[0];
  if (first !== undefined && !isDeepStrictEqual(pageView(source.data, kind), pageView(upgradedData, kind))) return { reason: 'meaning', position: locate(source, first), pointer: first };
  const again = layoutYaml(layout.text, kind);
  if (!again.layout || again.layout.text !== layout.text) {
    const line = again.layout ? firstDifferentLine(layout.text, again.layout.text) : new Lines(layout.text).line(again.problem.offset);
    return { reason: 'unstable', position: fromOutputLine(line), pointer: '' };
  }
  // The layout read the input's comments unless a rewrite came first; the second layout read the output's.
  const before = upgraded.pointers.length > 0 ? commentsOf(lf) : layout.comments;
  const after = again.layout.comments;
  const lost = lostComment(before, after);
  if (lost) return { reason: 'comment', position: positionAt(lines, lost.offset), pointer: '' };
  const added = lostComment(after, before);
  if (added) return { reason: 'comment', position: fromOutputLine(new Lines(layout.text).line(added.offset)), pointer: '' };
  return undefined;
}

/** The line ending most lines of the text use (LF when there are none). */
function lineEnding(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Format one YAML file: every deprecated form rewritten to its new form (same meaning), keys in
 * schema order, two spaces per level, every other value and every comment kept, the file's line
 * ending (LF or CRLF) and byte order mark kept. Pure and deterministic. A file that is not UTF-8
 * or not valid YAML is refused with the errors `validate` gives; a file fmt cannot tidy safely
 * is kept with a located warning.
 */
export function formatYaml(path: string, input: string | Uint8Array, kind: DocumentKind, lang: Lang): FormatResult {
  const original = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  const parsed = parseSource(path, input, lang);
  if (!parsed.source) return { outcome: 'refused', text: original, changed: false, diagnostics: parsed.diagnostics.filter((d) => d.severity === 'error'), upgraded: [] };
  const source = parsed.source;
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = lineEnding(source.text);
  const lf = source.text.replace(/\r\n/g, '\n');
  const keep = (k: Kept): FormatResult => ({
    outcome: 'kept',
    text: original,
    changed: false,
    diagnostics: [makeDiagnostic(path, k.position, k.pointer, { rule: 'fmt', severity: 'warning', def: FMT_MESSAGES[k.reason], params: k.params }, lang)],
    upgraded: [],
  });
  const upgraded = upgradeText(path, source, lf);
  // The layout reads a text that parses; a rewritten value that would not is refused here, where it stands.
  if (upgraded.pointers.length > 0 && !parseSource(path, upgraded.text, 'en').source) return keep({ reason: 'reparse', position: locate(source, upgraded.pointers[0]!), pointer: upgraded.pointers[0]! });
  const laid = layoutYaml(upgraded.text, kind);
  if (!laid.layout) return keep(fromProblem(laid.problem, lf, upgraded, lang));
  const output = bom + (eol === '\r\n' ? laid.layout.text.replace(/\n/g, '\r\n') : laid.layout.text);
  if (output === original) return { outcome: 'tidy', text: original, changed: false, diagnostics: [], upgraded: [] };
  const failed = verify(path, source, lf, upgraded, laid.layout, output, kind);
  if (failed) return keep(failed);
  const firstChange = firstDifferentLine(original.replace(/^\uFEFF/, ''), output.replace(/^\uFEFF/, '')) + 1;
  return { outcome: 'formatted', text: output, changed: true, diagnostics: [], firstChange, upgraded: upgraded.pointers };
}

function fromProblem(problem: LayoutProblem, lf: string, upgraded: Upgraded, lang: Lang): Kept {
  const params = { ...problem.params };
  if (problem.reason === 'complexKey') params.construct = (COMPLEX_KEYS[String(params.construct)] ?? COMPLEX_KEYS.multiline!)[lang];
  return { reason: problem.reason, position: positionAt(new Lines(lf), upgraded.toInput(problem.offset)), pointer: problem.pointer, params };
}
