import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { didYouMean } from '../i18n/suggest.js';
import { joinPointer } from '../load/pointer.js';
import { locate, makeDiagnostic, readSource } from '../load/source.js';
import { schemaDiagnostics } from '../schema/translate.js';
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

const RELATIONS = ['mengubah', 'mencabut', 'mencabut_sebagian', 'diubah_oleh', 'dicabut_oleh', 'dicabut_sebagian_oleh'] as const;

export interface LocalRead {
  local?: LocalRegulations;
  diagnostics: Diagnostic[];
}

/**
 * A unit's peraturan.yaml, checked against the registry's schema and against the national list:
 * an id the national list already uses, or a relation to a regulation neither list has, is an
 * error where it is written. `registry` names another national registry folder (tests).
 */
export async function readLocalRegulations(path: string, options: { lang: Lang; displayPath: string; rule: string; registry?: string }): Promise<LocalRead> {
  const { lang, rule } = options;
  const parsed = await readSource(path, { lang, displayPath: options.displayPath });
  const relabel = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, rule }));
  if (!parsed.source) return { diagnostics: relabel(parsed.diagnostics) };
  const source = parsed.source;
  const diagnostics = relabel([...parsed.diagnostics, ...schemaDiagnostics(validateList(source.data) ?? [], source, lang, false)]);
  if (diagnostics.length > 0) return { diagnostics };
  const entries = (source.data as RegulationFile).peraturan;
  const national = registryFor(options.registry);
  const say = (pointer: string, def: (typeof LOCAL_REGISTRY_MESSAGES)[keyof typeof LOCAL_REGISTRY_MESSAGES], params: Record<string, string | number>) =>
    diagnostics.push(makeDiagnostic(options.displayPath, locate(source, pointer), pointer, { rule, def, params }, lang));
  const seen = new Map<string, number>();
  entries.forEach((e: Regulation, i) => {
    const pointer = joinPointer(joinPointer('/peraturan', i), 'id');
    const clash = national.get(e.id);
    if (clash) say(pointer, LOCAL_REGISTRY_MESSAGES.nationalId, { id: e.id, peraturan: entryLabel(clash) });
    else if (seen.has(e.id)) say(pointer, LOCAL_REGISTRY_MESSAGES.duplicateId, { id: e.id, line: seen.get(e.id)! });
    else seen.set(e.id, locate(source, pointer).line);
  });
  const known = [...seen.keys(), ...national.entries.map((e) => e.id)];
  entries.forEach((e, i) => {
    for (const field of RELATIONS) {
      (e[field] ?? []).forEach((id, j) => {
        if (seen.has(id) || national.get(id)) return;
        const near = didYouMean(id, known);
        const suggestion = near ? (lang === 'id' ? ` Maksudnya "${near}"?` : ` Did you mean "${near}"?`) : '';
        say(joinPointer(joinPointer(joinPointer('/peraturan', i), field), j), LOCAL_REGISTRY_MESSAGES.unknownRelation, { id, field, suggestion });
      });
    }
  });
  return diagnostics.length > 0 ? { diagnostics } : { local: { file: path, entries }, diagnostics };
}
