import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';
import type { Diagnostic } from '../diagnostics.js';
import { describeValue } from '../i18n/describe.js';
import { listOr, type Lang, type MessageDef, type Params } from '../i18n/index.js';
import { didYouMean } from '../i18n/suggest.js';
import { joinPointer, parsePointer } from '../load/pointer.js';
import { locate, makeDiagnostic, type LocateTarget, type SourceFile } from '../load/source.js';
import { COMPONENT_KEYS } from '../model/components.js';
import { FORMAT_MESSAGES, SCHEMA_MESSAGES, TYPE_NAMES } from './messages.js';
import { definitionName, definitionOf } from './validators.js';

type SchemaNode = Record<string, unknown>;
type Localize = (errors: ErrorObject[]) => void;
const require = createRequire(import.meta.url);
/**
 * ajv-i18n's messages, loaded when a keyword without a message of its own first needs one: most
 * runs never do.
 */
const localizer = (lang: Lang) => (lang === 'id' ? require('ajv-i18n/localize/id/index.js') : require('ajv-i18n/localize/en/index.js')) as Localize;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: unknown, value: unknown): boolean {
  const actual = jsonType(value);
  const list = Array.isArray(expected) ? expected : [expected];
  return list.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

function isWithin(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(base + '/');
}

/** The JSON types a oneOf branch accepts, looking through `$ref` and nested oneOf; empty when it cannot tell. */
function branchTypes(branch: SchemaNode | undefined): string[] {
  if (!branch) return [];
  if (branch.type !== undefined) return ([] as string[]).concat(branch.type as string | string[]);
  if (typeof branch.$ref === 'string') return branchTypes(definitionOf(branch.$ref));
  return Array.isArray(branch.oneOf) ? (branch.oneOf as SchemaNode[]).flatMap(branchTypes) : [];
}

/** Where a branch's own type check is reported: inline ("#/oneOf/1/type") or in its definition. */
function isBranchTypeError(e: ErrorObject, oneOf: ErrorObject, branches: readonly SchemaNode[]): boolean {
  if (e.instancePath !== oneOf.instancePath || e.keyword !== 'type') return false;
  const inline = e.schemaPath.startsWith(`${oneOf.schemaPath}/`) && /^\/\d+\/type$/.test(e.schemaPath.slice(oneOf.schemaPath.length));
  return inline || branches.some((b) => typeof b.$ref === 'string' && e.schemaPath.endsWith(`${b.$ref.slice(b.$ref.indexOf('#') + 1)}/type`));
}

const NOT_STATED = '/definitions/tidak_dinyatakan';

/**
 * Most oneOf branches have disjoint types (text or mapping, list or mapping), so the branch meant
 * by the author is the one whose type fits the data: keep that branch's errors, drop the others'
 * type mismatches, and when no branch fits, say which types would. A part that may be marked
 * "tidak_dinyatakan" is a mapping either way: the key itself says which branch is meant.
 */
function resolveOneOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const err of errors) {
    if (err.keyword !== 'oneOf') {
      out.push(err);
      continue;
    }
    let branches = (err.schema as SchemaNode[]) ?? [];
    let start = out.length;
    while (start > 0 && isWithin(out[start - 1]!.instancePath, err.instancePath)) start--;
    let own = out.splice(start);
    if (branches.some((b) => typeof b.$ref === 'string' && b.$ref.endsWith(NOT_STATED))) {
      const claimed = err.data !== null && typeof err.data === 'object' && !Array.isArray(err.data) && 'tidak_dinyatakan' in err.data;
      // The marker's own errors sit on the part itself or on its two keys; deeper ones belong to nested parts.
      const fromMarker = (e: ErrorObject) => e.schemaPath.includes(`${NOT_STATED}/`) && [err.instancePath, `${err.instancePath}/tidak_dinyatakan`, `${err.instancePath}/alasan`].includes(e.instancePath);
      own = own.filter((e) => fromMarker(e) === claimed);
      if (claimed) {
        out.push(...own);
        continue;
      }
      branches = branches.filter((b) => !(typeof b.$ref === 'string' && b.$ref.endsWith(NOT_STATED)));
    }
    const types = branches.map(branchTypes);
    const fits = types.some((t) => t.length === 0 || typeMatches(t, err.data));
    const kept = own.filter((e) => !isBranchTypeError(e, err, branches));
    out.push(...kept);
    // A nested oneOf (a component that is a list or a mapping) has already said which types fit.
    if (!fits && !kept.some((e) => e.instancePath === err.instancePath && e.keyword === 'type')) {
      out.push({ ...err, keyword: 'type', params: { type: [...new Set(types.flat())] }, parentSchema: err.parentSchema });
    }
  }
  return out;
}

/** An anyOf of bare `required` lists means "write one of these keys": one message, not one per key. */
function resolveAnyOfKeys(errors: readonly ErrorObject[]): ErrorObject[] {
  // By place, so a long list whose every item misses its keys is still read once.
  const anyOfKeys = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' || !(e.schema as SchemaNode[]).every((b) => Array.isArray(b.required))) continue;
    const here = anyOfKeys.get(e.instancePath);
    if (here) here.push(e);
    else anyOfKeys.set(e.instancePath, [e]);
  }
  if (anyOfKeys.size === 0) return [...errors];
  return errors.filter((e) => !(e.keyword === 'required' && anyOfKeys.get(e.instancePath)?.some((a) => e.schemaPath.startsWith(a.schemaPath + '/'))));
}

/** "alamat", or "produk (butir ke-2)" for a list item. */
function fieldName(pointer: string, lang: Lang): string {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return lang === 'id' ? 'berkas' : 'file';
  if (!/^\d+$/.test(last)) return describeValue(last);
  const parent = describeValue([...segments].reverse().find((s) => !/^\d+$/.test(s)) ?? '');
  return lang === 'id' ? `${parent} (butir ke-${Number(last) + 1})` : `${parent} (item ${Number(last) + 1})`;
}

interface Translation {
  def: MessageDef;
  params: Params;
  pointer: string;
  target?: LocateTarget;
}

const QUOTED_IDENTIFIERS: Readonly<Record<string, string>> = { nip: '197805122005011003', telepon: '0812-3456-7890', kode_pos: '55281', kode: '34.71', alamat: '0812-3456-7890' };

/** "1-3", "1 – 5 (Lima)", "2 s.d. 4": a range typed where one number goes. */
const RANGE = /^\D*?(\d+(?:[.,]\d+)?)(?:\s*\([^)]*\))?\s*(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*(\d+(?:[.,]\d+)?)/i;
/** "1x24", "2 x 24 jam": whole days counted in clock hours. */
const TIMES_24 = /^\s*(\d+)\s*[x×]\s*24\b/i;
/** Numbers as documents write them: "350.000", "2,5", "14". */
const NUMBER_IN_TEXT = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

const plainNumber = (written: string) => {
  const [whole, fraction] = written.split(',');
  return Number(whole!.replace(/\./g, '')) + (fraction && /[1-9]/.test(fraction) ? Number(`0.${fraction}`) : 0);
};

/**
 * A number written as text. The hint may only show a number the text really holds: a range is
 * two numbers (the schema has a place for each), and several numbers are never glued into one.
 */
function numberAsText(text: string, field: string, key: string, pointer: string): Translation {
  const value = describeValue(text);
  const isDuration = key === 'nilai' && !parsePointer(pointer).includes('paling_cepat');
  const range = isDuration ? RANGE.exec(text) : null;
  if (range) return { def: SCHEMA_MESSAGES.typeRange, params: { field, value, dari: String(plainNumber(range[1]!)), sampai: String(plainNumber(range[2]!)) }, pointer };
  const days = isDuration ? TIMES_24.exec(text) : null;
  if (days) return { def: SCHEMA_MESSAGES.typeClockHours, params: { field, value, jam: String(Number(days[1]) * 24) }, pointer };
  const numbers = text.match(NUMBER_IN_TEXT) ?? [];
  const n = numbers.length === 1 ? plainNumber(numbers[0]) : NaN;
  if (Number.isFinite(n) && n <= Number.MAX_SAFE_INTEGER) return { def: SCHEMA_MESSAGES.typeNumber, params: { field, value, example: String(n) }, pointer };
  return { def: SCHEMA_MESSAGES.typeNumberPlain, params: { field, value }, pointer };
}

function translateType(err: ErrorObject, lang: Lang, field: string, pointer: string): Translation {
  const expected = ([] as string[]).concat(err.params.type as string | string[]);
  const actual = jsonType(err.data);
  const key = parsePointer(pointer).pop() ?? '';
  if (actual === 'null') return { def: SCHEMA_MESSAGES.empty, params: { field }, pointer };
  if (expected.includes('string') && (actual === 'integer' || actual === 'number') && Object.hasOwn(QUOTED_IDENTIFIERS, key)) {
    return { def: SCHEMA_MESSAGES.typeQuote, params: { field: key, example: QUOTED_IDENTIFIERS[key]! }, pointer };
  }
  if ((expected.includes('integer') || expected.includes('number')) && actual === 'string') return numberAsText(String(err.data), field, key, pointer);
  if (expected.length === 1 && expected[0] === 'boolean') return { def: SCHEMA_MESSAGES.typeBoolean, params: { field, value: describeValue(err.data) }, pointer };
  const typeName = (t: string) => (Object.hasOwn(TYPE_NAMES, t) ? TYPE_NAMES[t]![lang] : t);
  if (expected.length === 1 && expected[0] === 'array') return { def: SCHEMA_MESSAGES.typeList, params: { field }, pointer };
  if (expected.length === 1 && expected[0] === 'object') return { def: SCHEMA_MESSAGES.typeMapping, params: { field, actual: typeName(actual) }, pointer };
  return { def: SCHEMA_MESSAGES.type, params: { field, expected: listOr(expected.map(typeName), lang), actual: typeName(actual) }, pointer };
}

const FORMAT_OF_KEYWORD = new Map([['email', 'email'], ['date', 'tanggal'], ['uri', 'tautan']]);

function formatMessageKey(err: ErrorObject, pointer: string): string | undefined {
  const def = definitionName(err.parentSchema);
  if (def && Object.hasOwn(FORMAT_MESSAGES, def)) return def;
  const segments = parsePointer(pointer);
  const key = segments[segments.length - 1] ?? '';
  if (key === 'kode' && segments.includes('wilayah')) return 'wilayah_kode';
  if (Object.hasOwn(FORMAT_MESSAGES, key)) return key;
  if (err.keyword === 'format') return FORMAT_OF_KEYWORD.get(String(err.params.format));
  return undefined;
}

/** "085269021930 / 085279919562": several valid numbers in one text, each of which the schema accepts alone. */
function packedPhones(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const one = new RegExp(String(definitionOf('#/definitions/telepon')?.pattern));
  const parts = value.split(/\s*(?:[/,;]|\bdan\b|\batau\b)\s*/).map((s) => s.trim());
  return parts.length > 1 && parts.every((s) => one.test(s)) ? parts : undefined;
}

function fallback(err: ErrorObject, lang: Lang, field: string, pointer: string): Translation {
  const copy = [{ ...err }];
  localizer(lang)(copy);
  return { def: SCHEMA_MESSAGES.other, params: { field, detail: copy[0]!.message ?? err.keyword }, pointer };
}

const keysBySchema = new WeakMap<object, string[]>();

/** The keys a mapping may hold, once per schema node however many unknown keys it meets. */
function knownKeys(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  let keys = keysBySchema.get(schema);
  if (!keys) keysBySchema.set(schema, (keys = Object.keys(((schema as SchemaNode).properties as object | undefined) ?? {}).filter((k) => k !== '$schema')));
  return keys;
}

function translate(err: ErrorObject, lang: Lang, isServiceRoot: boolean): Translation | undefined {
  const pointer = err.instancePath;
  const field = fieldName(pointer, lang);
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      const description = (err.parentSchema?.properties as Record<string, SchemaNode> | undefined)?.[key]?.description;
      const where = pointer === '' ? '' : lang === 'id' ? ` di "${field}"` : ` in "${field}"`;
      return { def: SCHEMA_MESSAGES.required, params: { key, where, description: typeof description === 'string' ? `Isinya: ${description}` : '' }, pointer: joinPointer(pointer, key) };
    }
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const key = describeValue(name);
      const target = joinPointer(pointer, name);
      if (isServiceRoot && pointer === '' && (COMPONENT_KEYS as readonly string[]).includes(name)) return { def: SCHEMA_MESSAGES.componentAtRoot, params: { key }, pointer: target, target: 'key' };
      const allowed = knownKeys(err.parentSchema);
      const suggestion = didYouMean(name, allowed);
      if (suggestion) return { def: SCHEMA_MESSAGES.unknownKey, params: { key, suggestion }, pointer: target, target: 'key' };
      return { def: SCHEMA_MESSAGES.unknownKeyList, params: { key, allowed: allowed.join(', ') }, pointer: target, target: 'key' };
    }
    case 'type':
      return translateType(err, lang, field, pointer);
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof err.data === 'string' ? didYouMean(err.data, allowed) : undefined;
      const prefix = suggestion ? (lang === 'id' ? `Apakah maksudnya "${suggestion}"? ` : `Did you mean "${suggestion}"? `) : '';
      return { def: SCHEMA_MESSAGES.enum, params: { value: describeValue(err.data), field, suggestion: prefix, allowed: allowed.join(', ') }, pointer };
    }
    case 'pattern':
    case 'format': {
      if (err.keyword === 'pattern' && p.pattern === '\\S') return { def: SCHEMA_MESSAGES.emptyText, params: { field }, pointer };
      const key = formatMessageKey(err, pointer);
      const numbers = key === 'telepon' ? packedPhones(err.data) : undefined;
      if (numbers) return { def: FORMAT_MESSAGES.telepon_ganda!, params: { value: describeValue(err.data), field, daftar: numbers.map((n) => `"${n}"`).join(', ') }, pointer };
      if (key) return { def: FORMAT_MESSAGES[key]!, params: { value: describeValue(err.data) }, pointer };
      return fallback(err, lang, field, pointer);
    }
    case 'minLength':
      return { def: SCHEMA_MESSAGES.emptyText, params: { field }, pointer };
    case 'maxLength':
      return { def: SCHEMA_MESSAGES.tooLong, params: { field, limit: Number(p.limit) }, pointer };
    case 'minItems':
      // A list of choices needs two; one item in it is a choice of one, not an empty list.
      return { def: Array.isArray(err.data) && err.data.length > 0 ? SCHEMA_MESSAGES.oneChoice : SCHEMA_MESSAGES.emptyList, params: { field }, pointer };
    case 'uniqueItems': {
      // ajv names the later copy i and the earlier j, counted from 0; the finding stands at the later.
      const later = Number(p.i);
      return { def: SCHEMA_MESSAGES.duplicateItem, params: { field, n: later + 1, m: Number(p.j) + 1 }, pointer: joinPointer(pointer, String(later)) };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return { def: SCHEMA_MESSAGES[err.keyword], params: { field, limit: Number(p.limit), value: describeValue(err.data) }, pointer };
    case 'anyOf': {
      const branches = err.schema as SchemaNode[];
      if (branches.every((b) => Array.isArray(b.required))) {
        const keys = branches.map((b) => (b.required as string[]).join(' + '));
        const hint = field === 'biaya'
          ? lang === 'id'
            ? 'Untuk layanan gratis tulis "gratis: true"; untuk layanan berbayar tulis daftar "tarif"; bila dokumen hanya menyebut peraturan yang menetapkan biayanya, tulis peraturan itu di "sesuai_peraturan".'
            : 'For a free service write "gratis: true"; for a paid one write a "tarif" list; when the document only names the regulation that sets the fee, write it under "sesuai_peraturan".'
          : lang === 'id' ? `Tambahkan salah satu: ${listOr(keys, lang)}.` : `Add one of: ${listOr(keys, lang)}.`;
        return { def: SCHEMA_MESSAGES.oneOfKeys, params: { field, keys: listOr(keys, lang), hint }, pointer };
      }
      return fallback(err, lang, field, pointer);
    }
    case 'if':
      return undefined; // its `then` errors say what is wrong
    default:
      return fallback(err, lang, field, pointer);
  }
}

/** ajv's errors as located, hand-written diagnostics (never ajv's own text). */
export function schemaDiagnostics(errors: readonly ErrorObject[], source: SourceFile, lang: Lang, isService: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const err of resolveAnyOfKeys(resolveOneOf(errors))) {
    const t = translate(err, lang, isService);
    if (!t) continue;
    const d = makeDiagnostic(source.path, locate(source, t.pointer, t.target), t.pointer, { rule: 'skema', def: t.def, params: t.params }, lang);
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
