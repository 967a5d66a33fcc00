import type { Formatter } from '../types.js';

/** One object per problem, stable keys, for scripts and other tools. */
export const json: Formatter = ({ diagnostics }) =>
  JSON.stringify(
    diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      pointer: d.pointer,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
    })),
    null,
    2,
  ) + '\n';
