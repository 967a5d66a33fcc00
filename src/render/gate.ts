import type { LoadedUnit, LoadUnitsResult } from '../check/load-units.js';
import { isUnreadable, type Diagnostic } from '../diagnostics.js';
import { localize, type Lang } from '../i18n/index.js';
import { isRecord } from '../load/guards.js';
import { joinPointer } from '../load/pointer.js';
import { originOf, type ProviderDoc, type ServiceDoc } from '../load/unit.js';
import { PLACEHOLDER } from '../model/placeholders.js';
import type { RenderUnit, Verdict } from './types.js';

/** A document not ready to publish: its pages carry the draft mark. */
export const isDraft = (v: Verdict | undefined): boolean => v !== undefined && (v.errors > 0 || v.placeholders > 0);

/** A unit with what checking found in each of its documents, ready for `prepareUnit`. */
export type GatedUnit = LoadedUnit & { verdict: NonNullable<RenderUnit['verdict']> };

/** A file that yields no page, and why (its first blocking problem, located). */
export interface Skipped {
  file: string;
  reason: Diagnostic;
}

export interface Gate {
  /** Every unit, with every service that could be read: pages are made of whatever they hold. */
  units: GatedUnit[];
  /** Every finding as checking reported it. */
  diagnostics: Diagnostic[];
  skipped: Skipped[];
  /** True when any document has an error: the pages are written, marked as drafts, and the command ends with 1. */
  errors: boolean;
}

const NOT_A_DOCUMENT = {
  message: { id: 'Isi berkas bukan isian bertingkat (kunci: nilai), jadi tidak ada yang dapat dicetak.', en: 'The file does not hold a mapping (key: value), so there is nothing to print.' },
  hint: { id: 'Mulai berkas dengan "kode:", "nama:" dan seterusnya, masing-masing di barisnya sendiri.', en: 'Start the file with "kode:", "nama:" and so on, each on its own line.' },
};

/** The pointers of the strings holding "[isi: …]", anywhere in a value. */
function placeholders(value: unknown, pointer = ''): string[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [pointer] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, joinPointer(pointer, i)));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => placeholders(v, joinPointer(pointer, k)));
  return [];
}

/** "file\0pointer", to match a finding with the value it is about. */
const at = (file: string, pointer: string) => `${file}\0${pointer}`;

/**
 * The errors of a document, less isian-kosong's about a "[isi: …]" value the verdict already
 * counts as a placeholder: one defect is counted once.
 */
const errorsBeside = (errors: readonly Diagnostic[], counted: ReadonlySet<string>) => errors.filter((d) => !(d.rule === 'isian-kosong' && counted.has(at(d.file, d.pointer))));

const under = (pointer: string, prefix: string) => pointer === prefix || pointer.startsWith(`${prefix}/`);

/**
 * Whether a finding is about what a service's pages are made of: its own file, the provider's
 * identity and head (letterhead, signature) and the provider's defaults it inherits, but not the
 * maklumat.
 */
export function aboutService(service: ServiceDoc, provider: ProviderDoc | undefined): (d: Diagnostic) => boolean {
  const inherited = [...service.inherited.values()];
  return (d) =>
    d.file === service.source.path ||
    (provider !== undefined && d.file === provider.source.path && !under(d.pointer, '/maklumat') && (!under(d.pointer, '/bawaan') || inherited.some((p) => under(d.pointer, p))));
}

/** The maklumat is made of the provider's file, without the defaults it gives services. */
export const aboutMaklumat = (provider: ProviderDoc) => (d: Diagnostic) => d.file === provider.source.path && !under(d.pointer, '/bawaan');

function serviceVerdict(service: ServiceDoc, provider: ProviderDoc | undefined, errors: readonly Diagnostic[]): Verdict {
  const identity = isRecord(provider?.data) ? { ...provider.data, bawaan: undefined, maklumat: undefined } : undefined;
  const counted = [
    ...placeholders(service.data).map((p) => {
      const origin = originOf(service, p);
      return at(origin.source.path, origin.pointer);
    }),
    ...(provider ? placeholders(identity).map((p) => at(provider.source.path, p)) : []),
  ];
  return {
    errors: errorsBeside(errors, new Set(counted)).filter(aboutService(service, provider)).length,
    placeholders: counted.length,
  };
}

function providerVerdict(provider: ProviderDoc, errors: readonly Diagnostic[]): Verdict {
  const counted = placeholders(isRecord(provider.data) ? { ...provider.data, bawaan: undefined } : undefined).map((p) => at(provider.source.path, p));
  return {
    errors: errorsBeside(errors, new Set(counted)).filter(aboutMaklumat(provider)).length,
    placeholders: counted.length,
  };
}

/**
 * Publishing never waits for a clean standard: every file that can be read is rendered, with its
 * gaps shown and, while it has errors or "[isi: …]" values, a draft mark (the verdict each unit
 * carries). Only a file that cannot be read or parsed, or holds no mapping, is skipped, and said so.
 */
export function gate(result: Pick<LoadUnitsResult, 'units' | 'diagnostics'>, lang: Lang): Gate {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const skipped: Skipped[] = [];
  for (const d of result.diagnostics) if (isUnreadable(d) && !skipped.some((s) => s.file === d.file)) skipped.push({ file: d.file, reason: d });
  const readable = (doc: ProviderDoc | ServiceDoc) => {
    if (isRecord(doc.data)) return true;
    const { message, hint } = localize(NOT_A_DOCUMENT, lang);
    skipped.push({ file: doc.source.path, reason: { file: doc.source.path, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule: 'render', severity: 'error', message, hint: hint! } });
    return false;
  };
  const units = result.units.map((u): GatedUnit => {
    const provider = u.provider && readable(u.provider) ? u.provider : undefined;
    const services = u.services.filter(readable);
    const verdict: GatedUnit['verdict'] = { services: services.map((s) => serviceVerdict(s, provider, errors)) };
    if (provider) verdict.provider = providerVerdict(provider, errors);
    return { ...u, provider, services, verdict };
  });
  return { units, diagnostics: result.diagnostics, skipped, errors: errors.length > 0 };
}
