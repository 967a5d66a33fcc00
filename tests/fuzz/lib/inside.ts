import type { Diagnostic } from '../../../src/diagnostics.js';

/**
 * The lengths of a file's lines as an editor counts them: UTF-8 (a byte that is not becomes
 * U+FFFD), a byte-order mark is not a character, LF, CR LF and a lone CR end a line.
 */
export function linesOf(content: string | Uint8Array): number[] {
  const known = typeof content === 'string' ? undefined : measured.get(content);
  if (known) return known;
  let text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(content);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lengths = text.split(/\r\n|\r|\n/).map((l) => l.length);
  if (typeof content !== 'string') measured.set(content, lengths);
  return lengths;
}

// A file is measured once however many diagnostics it has.
const measured = new WeakMap<Uint8Array, number[]>();

/**
 * Why a diagnostic does not lie inside its file, or undefined when it does: both ends on a line of
 * the file, at a column from 1 to the line's length + 1 (just after its last character), the start
 * not after the end.
 */
export function outsideFile(d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>, lines: readonly number[]): string | undefined {
  const at = (line: number, column: number, what: string) => {
    if (!Number.isInteger(line) || line < 1 || line > lines.length) return `${what} line ${line} is not a line of the file (1 to ${lines.length})`;
    if (!Number.isInteger(column) || column < 1 || column > lines[line - 1]! + 1) return `${what} column ${column} is outside line ${line} (1 to ${lines[line - 1]! + 1})`;
    return undefined;
  };
  const problem = at(d.line, d.column, 'start') ?? at(d.endLine, d.endColumn, 'end');
  if (problem) return problem;
  if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) return `the end ${d.endLine}:${d.endColumn} is before the start ${d.line}:${d.column}`;
  return undefined;
}
