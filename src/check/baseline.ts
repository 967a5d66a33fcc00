import { dirname, relative, resolve, sep } from 'node:path';
import { picomatch } from '../load/glob.js';
import { isSetupProblem, type CoreSource, type Diagnostic } from '../diagnostics.js';
import { fileProblemMessage } from '../files/messages.js';
import { readFound } from '../files/read.js';
import type { Lang, MessageDef } from '../i18n/index.js';
import { displayPath } from '../load/discover.js';
import { joinPointer } from '../load/pointer.js';
import { locate, makeDiagnostic, parseSource } from '../load/source.js';

/**
 * A baseline lets a repository adopt the checker without fixing everything first: the problems
 * recorded in it are not reported again, new ones are. Entries are matched by file, rule and
 * JSON pointer (never by line, which moves with every edit).
 */
export const BASELINE_FILE = 'standar-baseline.json';
/** Problems with the baseline file itself; the CLI answers them with exit code 2. */
export const BASELINE_RULE: CoreSource = 'baseline';
/** Thousands of recorded problems fit in a few MB; beyond this the file is not one standar wrote. */
const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

export interface BaselineEntry {
  /** Relative to the baseline's folder, with "/"; a hand-written entry may use a glob. */
  file: string;
  /** A rule id, or "*" (hand-written entries) for any rule. */
  rule: string;
  /** The problem's JSON pointer; covers what lies below it too. Absent: anywhere in the file. */
  pointer?: string;
  /** How many such problems are accepted; absent: any number. */
  count?: number;
  /** The message when recorded, for people reading the file; not matched. */
  message?: string;
  /** Why the problem is accepted (hand-written entries). */
  reason?: string;
  /** Written by --write-baseline; entries without it are kept when the file is written again. */
  generated?: boolean;
}

export interface Baseline {
  path: string;
  entries: BaselineEntry[];
}

const MESSAGES = {
  noEntries: {
    message: { id: 'Berkas baseline harus berisi objek dengan daftar "entries".', en: 'The baseline file must hold an object with an "entries" list.' },
    hint: { id: 'Buat ulang dengan "standar validate --write-baseline".', en: 'Regenerate it with "standar validate --write-baseline".' },
  },
  invalidEntry: {
    message: { id: 'Entri baseline ini tidak sah: periksa {field}.', en: 'This baseline entry is invalid: check {field}.' },
    hint: {
      id: 'Setiap entri berupa objek dengan "file" dan "rule" (teks); "pointer", "reason" dan "message" berupa teks, "count" bilangan bulat positif, "generated" true atau false.',
      en: 'Each entry is an object with "file" and "rule" (text); "pointer", "reason" and "message" are text, "count" a positive whole number, "generated" true or false.',
    },
  },
  notFound: {
    message: { id: 'Berkas baseline "{path}" tidak ada.', en: 'The baseline file "{path}" does not exist.' },
    hint: { id: 'Buat dengan "standar validate --write-baseline {path}", atau periksa jalurnya.', en: 'Create it with "standar validate --write-baseline {path}", or check the path.' },
  },
} satisfies Record<string, MessageDef>;

function entryProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '{ }';
  const e = raw as Record<string, unknown>;
  for (const key of ['file', 'rule']) if (typeof e[key] !== 'string' || e[key] === '') return `"${key}"`;
  for (const key of ['pointer', 'message', 'reason']) if (e[key] !== undefined && typeof e[key] !== 'string') return `"${key}"`;
  if (e.count !== undefined && !(Number.isInteger(e.count) && (e.count as number) > 0)) return '"count"';
  if (e.generated !== undefined && typeof e.generated !== 'boolean') return '"generated"';
  return undefined;
}

/** Read a baseline; a missing file is `undefined` unless `required`, a broken one located diagnostics. */
export async function readBaseline(path: string, options: { lang: Lang; cwd: string; required: boolean }): Promise<{ baseline?: Baseline; diagnostics: Diagnostic[] }> {
  const file = displayPath(options.cwd, path);
  // A FIFO with the baseline's name would block the run forever: it is refused before it is opened.
  const read = readFound(path, { limit: MAX_BASELINE_BYTES });
  if (!read.ok) {
    if (read.reason === 'missing' && !options.required) return { diagnostics: [] };
    const { def, params } = read.reason === 'missing' ? { def: MESSAGES.notFound, params: { path: file } } : fileProblemMessage(read, { path: file }, options.lang);
    return { diagnostics: [makeDiagnostic(file, { line: 1, column: 1, endLine: 1, endColumn: 1 }, '', { rule: BASELINE_RULE, def, params }, options.lang)] };
  }
  // JSON is YAML: the YAML reader gives every problem a line and column.
  const parsed = parseSource(file, read.bytes, options.lang);
  if (!parsed.source) return { diagnostics: parsed.diagnostics.map((d) => ({ ...d, rule: BASELINE_RULE })) };
  const data = parsed.source.data as { entries?: unknown };
  const problem = (pointer: string, def: MessageDef, field = '') => makeDiagnostic(file, locate(parsed.source!, pointer), pointer, { rule: BASELINE_RULE, def, params: { field } }, options.lang);
  if (typeof data !== 'object' || data === null || !Array.isArray(data.entries)) return { diagnostics: [problem('', MESSAGES.noEntries)] };
  const diagnostics = data.entries.flatMap((e, i) => {
    const field = entryProblem(e);
    return field ? [problem(joinPointer('/entries', i), MESSAGES.invalidEntry, field)] : [];
  });
  return diagnostics.length > 0 ? { diagnostics } : { baseline: { path, entries: data.entries as BaselineEntry[] }, diagnostics };
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Decides, problem by problem, whether the baseline accepts it; counts what it used. */
export class BaselineFilter {
  /** Problems hidden so far. */
  hidden = 0;
  private readonly remaining: number[];
  private readonly fileTests: ((file: string) => boolean)[];

  constructor(
    private readonly baseline: Baseline,
    private readonly cwd: string,
  ) {
    this.remaining = baseline.entries.map((e) => e.count ?? Infinity);
    this.fileTests = baseline.entries.map((e) => (e.generated || !picomatch().scan(e.file).isGlob ? (f: string) => f === e.file : picomatch()(e.file, { dot: true })));
  }

  /** True when the problem is an old one the baseline accepts. */
  covers(d: Diagnostic): boolean {
    if (isSetupProblem(d)) return false;
    const file = toPosix(relative(dirname(this.baseline.path), resolve(this.cwd, d.file)));
    const i = this.baseline.entries.findIndex((e, i) => this.remaining[i]! > 0 && (e.rule === d.rule || (e.rule === '*' && !e.generated)) && this.fileTests[i]!(file) && (e.pointer === undefined || d.pointer === e.pointer || d.pointer.startsWith(e.pointer + '/')));
    if (i < 0) return false;
    this.remaining[i]!--;
    this.hidden++;
    return true;
  }

  /** Recorded problems that no longer occur: the baseline can be regenerated smaller. */
  fixed(): number {
    return this.baseline.entries.reduce((n, e, i) => n + (e.generated && Number.isFinite(this.remaining[i]!) ? this.remaining[i]! : 0), 0);
  }
}

/**
 * The baseline to write for today's problems: entries written by hand stay first and as they
 * were; what they do not cover is recorded as generated entries, grouped and sorted so the file
 * diffs well.
 */
export function buildBaseline(diagnostics: readonly Diagnostic[], path: string, cwd: string, previous?: Baseline): string {
  const manual = (previous?.entries ?? []).filter((e) => !e.generated);
  const byHand = new BaselineFilter({ path, entries: manual }, cwd);
  const groups = new Map<string, BaselineEntry>();
  for (const d of diagnostics) {
    if (isSetupProblem(d) || byHand.covers(d)) continue;
    const file = toPosix(relative(dirname(path), resolve(cwd, d.file)));
    const key = `${file}\u0000${d.rule}\u0000${d.pointer}`;
    const entry = groups.get(key);
    if (entry) entry.count = (entry.count ?? 1) + 1;
    else groups.set(key, { file, rule: d.rule, pointer: d.pointer, count: 1, message: d.message, generated: true });
  }
  const generated = [...groups.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.pointer! < b.pointer! ? -1 : a.pointer! > b.pointer! ? 1 : 0));
  const doc = {
    $comment: 'Masalah lama yang tidak dilaporkan lagi oleh "standar validate". Entri dengan "generated": true ditulis ulang oleh --write-baseline; entri tanpa itu (tulisan tangan, boleh memakai pola glob dan "rule": "*") dipertahankan.',
    version: 1,
    entries: [...manual, ...generated],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
