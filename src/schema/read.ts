import type { ValidateFunction } from 'ajv';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { readSource, type SourceFile } from '../load/source.js';
import { schemaDiagnostics } from './translate.js';
import { compileSchemaFile } from './validators.js';

const validators = new Map<string, ValidateFunction>();

/**
 * A YAML (or JSON) file the tool reads besides the standards (an indicator file, a SIPP column
 * mapping, a follow-up plan), parsed with positions and checked against its schema in schemas/,
 * then by `checks`, the file's own, when the schema is met. `source` only when none found an
 * error; every problem is located, the parser's and the schema's sorted and given `rule` when one
 * is named (the source the user sees for that file), the file's own after them.
 */
export async function readAgainstSchema(
  path: string,
  schemaFile: string,
  options: { lang: Lang; displayPath: string; rule?: string; checks?: (source: SourceFile) => Diagnostic[] },
): Promise<{ source?: SourceFile; diagnostics: Diagnostic[] }> {
  const parsed = await readSource(path, { lang: options.lang, displayPath: options.displayPath });
  const relabel = (ds: Diagnostic[]) => (options.rule ? ds.map((d) => ({ ...d, rule: options.rule! })) : ds).sort(compareDiagnostics);
  if (!parsed.source || parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: relabel(parsed.diagnostics) };
  let validate = validators.get(schemaFile);
  if (!validate) validators.set(schemaFile, (validate = compileSchemaFile(schemaFile)));
  const errors = validate(parsed.source.data) ? [] : (validate.errors ?? []);
  const diagnostics = relabel([...parsed.diagnostics, ...schemaDiagnostics(errors, parsed.source, options.lang, false)]);
  if (!diagnostics.some((d) => d.severity === 'error') && options.checks) diagnostics.push(...options.checks(parsed.source));
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { source: parsed.source, diagnostics };
}
