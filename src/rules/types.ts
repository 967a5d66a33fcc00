import type { Position, Severity } from '../diagnostics.js';
import type { Lang, MessageDef, Params, Text } from '../i18n/index.js';
import type { LocateTarget } from '../load/source.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import type { RegistryData } from '../registry/load.js';
import type { Registry } from '../registry/registry.js';
import type { ComponentKey } from '../model/components.js';
import type { UnitSurvey } from '../model/skm-results.js';

export type SeveritySetting = Severity | 'off';

export interface RuleContext {
  lang: Lang;
  /** "Today" for rules about dates; injectable so tests do not depend on the clock. */
  now: Date;
  /** The rule's options: its defaults overlaid with the configuration. */
  options: Record<string, unknown>;
  /**
   * The regulations this file is judged against: the national registry and the unit's own
   * peraturan.yaml. Read on first call, so a run whose rules never ask does not pay for it.
   */
  regulations(): Registry;
  /** The registry's other data (superseded terms), read on first call too. */
  registryData(): RegistryData;
}

export interface ReportSpec {
  /** Pointer into the effective document (for a service: with the provider's defaults filled in). */
  pointer: string;
  /** Key of the rule's `messages`. */
  message: string;
  params?: Params;
  /** Severity for this case when the configuration does not set one for the rule. */
  severity?: Severity;
  target?: LocateTarget;
}

export type Report = (spec: ReportSpec) => void;

/** What a unit rule knows of each service: kept small so worker threads can send it back. */
export interface ServiceSummary {
  file: string;
  kode?: string;
  kodeAt?: Position;
  nama?: string;
  /** The service's `status` (draf, ditetapkan, ...), for unit rules whose verdict depends on it. */
  status?: string;
  /** The service's `cakupan` (lengkap, penyampaian, kutipan), for unit rules that judge a document by what it claims to hold. */
  cakupan?: string;
  /** The file's `standar-disable-next-line` comments, when it has any. */
  directives?: { target: number; rules: string[] }[];
  /** The service's evaluation component (its own or the unit's default) promises the satisfaction survey. */
  promisesSurvey?: true;
  /** What the service's document leaves unsaid that is no defect of it, each where it is written (in penyelenggara.yaml when inherited): `tidak-dinyatakan` lists them once per unit. */
  unstated?: UnstatedAt[];
}

/**
 * What a document leaves unsaid without it being its defect (rules/lib/unstated.ts judges which),
 * where it is: a pointer into the effective document.
 */
export type Unstated =
  | { part: 'penetapan' | 'tanggal_penetapan' | 'penandatangan_penetapan' | 'nama_penandatangan_penetapan' | 'konsultasi_publik'; pointer: string }
  | { part: 'komponen'; pointer: string; key: ComponentKey }
  /** Passive steps ("Berkas diverifikasi"): `steps` are 1-based, as the document numbers them. */
  | { part: 'pelaksana'; pointer: string; steps: number[]; flow?: string; complaint: boolean }
  | { part: 'kepala' | 'nama_kepala' | 'maklumat' | 'penandatangan_maklumat'; pointer: string };

/** An unstated part of a service, at its place in the file that writes it. */
export type UnstatedAt = Unstated & { file: string; at: Position };

export interface UnitReportSpec extends Omit<ReportSpec, 'pointer' | 'target'> {
  file: string;
  pointer: string;
  /** Where in `file`; left out for a pointer into penyelenggara.yaml, which the runner locates. */
  at?: Position;
  target?: LocateTarget;
}

/** What a unit rule sees: the provider whole, and a summary of each service (the services stay in the workers). */
export interface UnitInput {
  provider?: ProviderDoc;
  services: readonly ServiceSummary[];
  /** The unit's survey results (`skm/hasil-*.json`), read for a unit with penyelenggara.yaml; what reading them found is said apart. */
  survey?: Omit<UnitSurvey, 'diagnostics' | 'periods'>;
}

export type UnitReport = (spec: UnitReportSpec) => void;

interface RuleBase {
  id: string;
  severity: Severity;
  description: Text;
  messages: Record<string, MessageDef>;
  defaultOptions?: Record<string, unknown>;
}

export interface ServiceRule extends RuleBase {
  scope: 'service';
  check(service: ServiceDoc, ctx: RuleContext, report: Report): void;
  /**
   * The same check on what no service file holds (penyelenggara.yaml itself), once per unit after
   * its services, so it can weigh their status.
   */
  checkUnit?(unit: UnitInput, ctx: RuleContext, report: UnitReport): void;
}

export interface ProviderRule extends RuleBase {
  scope: 'provider';
  check(provider: ProviderDoc, ctx: RuleContext, report: Report): void;
}

export interface UnitRule extends RuleBase {
  scope: 'unit';
  check(unit: UnitInput, ctx: RuleContext, report: UnitReport): void;
}

export type Rule = ServiceRule | ProviderRule | UnitRule;

/** Per-rule settings from the configuration. */
export type RuleSettings = Record<string, { severity?: SeveritySetting; options?: Record<string, unknown> }>;
