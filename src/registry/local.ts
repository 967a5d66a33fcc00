import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { didYouMean } from '../i18n/suggest.js';
import { joinPointer } from '../load/pointer.js';
import { readStandard } from '../load/quick.js';
import { locate, makeDiagnostic } from '../load/source.js';
import { schemaDiagnostics } from '../schema/translate.js';
import { integrityProblems } from './integrity.js';
import { registryFor } from './load.js';
import { LOCAL_REGISTRY_MESSAGES } from './messages.js';
import { entryLabel } from './label.js';
import type { LocalRegulations, Regulation, RegulationFile } from './types.js';

/** The file a unit or region keeps its own regulations in, next to its standar.config.yaml. */
export const LOCAL_REGISTRY_FILE = 'peraturan.yaml';

export const REGISTRY_SCHEMA_URL = new URL('../../schemas/peraturan.schema.json', import.meta.url);

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

/** Compiled only when a unit has its own list: most runs never pay for it. */
function validateList(data: unknown): ValidateFunction['errors'] {
  if (!validator) {
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    const ajv: Ajv = new AjvClass({ allErrors: true, verbose: true, allowUnionTypes: true, strictRequired: false, messages: false });
    validator = ajv.compile(JSON.parse(readFileSync(REGISTRY_SCHEMA_URL, 'utf8')) as object);
  }
  return validator(data) ? [] : validator.errors;
}

export interface LocalRead {
  local?: LocalRegulations;
  diagnostics: Diagnostic[];
}

/**
 * A unit's peraturan.yaml, checked against the registry's schema, against itself (integrity.ts)
 * and against the national list (an id it already uses; relations may name its entries): each
 * problem is an error where it is written. `registry` names another national registry folder.
 */
export async function readLocalRegulations(path: string, options: { lang: Lang; displayPath: string; rule: string; registry?: string }): Promise<LocalRead> {
  const { lang, rule } = options;
  const parsed = await readStandard(path, { lang, displayPath: options.displayPath });
  const relabel = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, rule }));
  if (!parsed.source) return { diagnostics: relabel(parsed.diagnostics) };
  const source = parsed.source;
  const diagnostics = relabel([...parsed.diagnostics, ...schemaDiagnostics(validateList(source.data) ?? [], source, lang, false)]);
  if (diagnostics.length > 0) return { diagnostics };
  const entries = (source.data as RegulationFile).peraturan;
  const national = registryFor(options.registry);
  const say = (pointer: string, def: (typeof LOCAL_REGISTRY_MESSAGES)[keyof typeof LOCAL_REGISTRY_MESSAGES], params: Record<string, string | number>) =>
    diagnostics.push(makeDiagnostic(options.displayPath, locate(source, pointer), pointer, { rule, def, params }, lang));
  entries.forEach((e: Regulation, i) => {
    const clash = national.get(e.id);
    if (clash) say(joinPointer('/peraturan', i, 'id'), LOCAL_REGISTRY_MESSAGES.nationalId, { id: e.id, peraturan: entryLabel(clash) });
  });
  const ids = [...entries.map((e) => e.id), ...national.entries.map((e) => e.id)];
  for (const p of integrityProblems(entries, (id) => national.get(id))) {
    const at = (...path: (string | number)[]) => joinPointer('/peraturan', p.index, ...path);
    if (p.kind === 'duplicateId') say(at('id'), LOCAL_REGISTRY_MESSAGES.duplicateId, { id: p.id, line: locate(source, joinPointer('/peraturan', p.first, 'id')).line });
    else if (p.kind === 'sameRegulation') say(at('id'), LOCAL_REGISTRY_MESSAGES.sameRegulation, { other: p.other });
    else if (p.kind === 'unknownRelation') {
      const near = didYouMean(p.id, ids);
      const suggestion = near ? (lang === 'id' ? ` Maksudnya "${near}"?` : ` Did you mean "${near}"?`) : '';
      say(at(p.field, p.position), LOCAL_REGISTRY_MESSAGES.unknownRelation, { id: p.id, field: p.field, suggestion });
    } else if (p.kind === 'oneSided') say(at(p.field, p.position), LOCAL_REGISTRY_MESSAGES.oneSided, { field: p.field, id: p.id, reverse: p.reverse, self: entries[p.index]!.id });
    else say(at('status'), p.kind === 'statusWithout' ? LOCAL_REGISTRY_MESSAGES.statusWithout : LOCAL_REGISTRY_MESSAGES.statusAgainst, { status: p.status, field: p.field });
  }
  return diagnostics.length > 0 ? { diagnostics } : { local: { file: path, entries }, diagnostics };
}
