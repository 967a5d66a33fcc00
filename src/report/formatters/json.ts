import { cellName } from '../../diagnostics.js';
import { ruleDocsUrl } from '../rule-docs.js';
import type { Formatter } from '../types.js';

const docsOf = (rule: string) => {
  const docs = ruleDocsUrl(rule);
  return docs ? { docs } : {};
};

/** One object per problem, stable keys, for scripts and other tools; `docs` explains the rule. */
export const json: Formatter = ({ diagnostics }) =>
  JSON.stringify(
    diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      pointer: d.pointer,
      ...(d.cell ? { cell: { ...d.cell, name: cellName(d.cell) } } : {}),
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
      ...docsOf(d.rule),
    })),
    null,
    2,
  ) + '\n';
