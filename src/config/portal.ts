import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang, MessageDef } from '../i18n/index.js';
import { locate, makeDiagnostic, readSource, type SourceFile } from '../load/source.js';
import { schemaDiagnostics } from '../schema/translate.js';
import { createAjv, readSchema } from '../schema/validators.js';

/** The file at the top of a folder of units that makes it a portal. */
export const PORTAL_FILE = 'portal.yaml';
/** The diagnostic source of problems in portal.yaml and in what it names. */
export const PORTAL_RULE = 'portal';

export interface JamPelayanan {
  hari: string;
  jam: string;
  catatan?: string;
}

/** One counter (gerai) of a Mal Pelayanan Publik, as portal.yaml writes it. */
export interface Gerai {
  nomor: string;
  nama?: string;
  lokasi?: string;
  unit: string;
  loket?: number;
  layanan?: string[];
  jadwal?: JamPelayanan[];
  catatan?: string;
}

/** portal.yaml, valid against schemas/portal.schema.json. */
export interface PortalData {
  jenis?: 'pemerintah' | 'mpp';
  nama: string;
  singkatan?: string;
  pemerintah?: string;
  deskripsi?: string;
  logo?: string;
  alamat?: unknown;
  telepon?: string | string[];
  email?: string;
  website?: string;
  jam_pelayanan?: JamPelayanan[];
  unit?: string[];
  gerai?: Gerai[];
  catatan?: string;
}

export interface PortalConfig {
  data: PortalData;
  source: SourceFile;
}

let validator: ValidateFunction | undefined;

/** Compiled on first use, with the standards' schemas it borrows definitions from. */
function validate(data: unknown): Parameters<typeof schemaDiagnostics>[0] {
  validator ??= createAjv().ajv.compile(readSchema('portal.schema.json'));
  return validator(data) ? [] : (validator.errors ?? []);
}

/**
 * A portal.yaml read and checked against its schema; `config` is absent when it cannot be used
 * (the diagnostics say why, where, as the `portal` source).
 */
export async function readPortalConfig(path: string, options: { lang: Lang; displayPath: string }): Promise<{ config?: PortalConfig; diagnostics: Diagnostic[] }> {
  const parsed = await readSource(path, { lang: options.lang, displayPath: options.displayPath });
  const relabel = (ds: Diagnostic[]) => ds.map((d) => (d.rule === 'io' ? d : { ...d, rule: PORTAL_RULE }));
  if (!parsed.source || parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: relabel(parsed.diagnostics) };
  const diagnostics = relabel([...parsed.diagnostics, ...schemaDiagnostics(validate(parsed.source.data), parsed.source, options.lang, false)]);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { config: { data: parsed.source.data as PortalData, source: parsed.source }, diagnostics };
}

/** A problem at a place in portal.yaml. */
export function portalDiagnostic(config: PortalConfig, pointer: string, def: MessageDef, params: Record<string, string | number>, lang: Lang, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return makeDiagnostic(config.source.path, locate(config.source, pointer), pointer, { rule: PORTAL_RULE, def, params, severity }, lang);
}
