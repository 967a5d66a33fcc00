import { relative, resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { localize } from '../i18n/index.js';
import { checkEachUnit, type CheckedUnit } from '../check/validate.js';
import type { RunOptions } from '../check/prepare.js';
import type { SpillFile } from '../files/spill.js';
import { asRecord } from '../load/guards.js';
import { slugs } from '../render/site-files.js';
import { line } from '../render/view/read.js';
import { DEFAULT_INDICATOR_FILE, readIndicatorSet, type IndicatorSet } from './config.js';
import { revokedService, SERVICE_INDICATORS, UNIT_INDICATORS, unreadableService, type ServiceFacts, type UnitFacts } from './judge.js';
import { INDICATOR_TEXT, SCORE_NOTE } from './messages.js';
import { groupName, indicatorScores, unitScore, urgentFixes, zoneOf } from './score.js';
import { findBuiltSite, type BuiltSite } from './site.js';
import { SpilledUnitAudit } from './spilled.js';
import { detached } from './strings.js';
import type { AuditResults, IndicatorId, IndicatorResult, ServiceAudit, UnitAudit } from './types.js';

export interface AuditOptions extends RunOptions {
  /** An indicator file (--indikator); default: the one shipped, templates/audit/indikator.yaml. */
  indicators?: string;
  /** Where built sites are looked for (--situs): a unit's site, or a portal with a folder per unit. Default: "site" in the working folder, where build writes. False: not known (a past revision), publication is unknown. */
  sites?: string | false;
  workers?: number;
  /** Where each unit's site is, for a caller that has just built them (a portal); instead of looking under `sites`. */
  siteOf?: (unitDir: string) => BuiltSite | undefined;
  /** With `siteOf`: the folder of the sites, as messages name it. */
  shownSites?: string;
  /**
   * Where each unit's lists (its groups, indicators, own results, services and fixes) wait until
   * they are read, instead of memory: a region's run then holds per unit only what ranks it
   * (`SpilledUnitAudit`). Each list is read back, a new copy on each read, until the caller closes
   * the file.
   */
  spill?: SpillFile;
  /** Each unit once it is judged, with how many units the run checks: for a progress bar. */
  onUnit?: (done: number, total: number) => void;
  /** Ctrl-C: no unit is begun once it is aborted, and there are no results. */
  signal?: AbortSignal;
}

export interface AuditOutcome {
  /** Absent when nothing could be audited (an indicator file or configuration that cannot be used). */
  results?: AuditResults;
  /** Problems that kept the audit from running or from a unit: the findings themselves are inside the results. */
  diagnostics: Diagnostic[];
  /** Stopped by `signal` before every unit was judged: no results. */
  interrupted?: true;
}

function auditUnit(unit: CheckedUnit, set: IndicatorSet, siteRoot: string | undefined, shownRoot: string | undefined, { siteOf, spill }: AuditOptions): UnitAudit {
  const lang = unit.options.lang;
  const cwd = unit.options.cwd;
  const paths = new Map(unit.plan.servicePaths.map((p) => [relative(cwd, p) || p, p]));
  if (unit.provider && unit.plan.providerPath) paths.set(unit.provider.source.path, unit.plan.providerPath);
  const site = siteOf ? siteOf(unit.plan.dir) : siteRoot === undefined ? undefined : findBuiltSite(siteRoot, unit.plan.dir, unit.units === 1, cwd);
  const facts: UnitFacts = { unit, lang, ...(shownRoot === undefined ? {} : { siteRoot: shownRoot }), ...(site ? { site } : {}), paths };
  const ids = set.kelompok.flatMap((g) => g.indikator.map((i) => i.id));
  const serviceIds = ids.filter((id) => SERVICE_INDICATORS[id]);
  const slugList = slugs(unit.services.map((s) => s.summary.kode ?? ''));
  const byIndicator = new Map<IndicatorId, IndicatorResult[]>(ids.map((id) => [id, []]));
  // Spilled, a service's texts are written out at once: there is nothing to keep a copy of.
  const own = spill ? (text: string) => text : detached;

  const layanan = unit.services.map(({ summary, diagnostics }, i): ServiceAudit => {
    const s: ServiceFacts = { summary, diagnostics, slug: slugList[i]! };
    const indikator = summary.status === 'dicabut' ? revokedService(serviceIds, lang) : (unreadableService(s, serviceIds, lang) ?? serviceIds.map((id) => SERVICE_INDICATORS[id]!(s, facts)));
    for (const r of indikator) byIndicator.get(r.indikator)!.push(r);
    return {
      file: summary.file,
      ...(summary.kode ? { kode: own(summary.kode) } : {}),
      ...(summary.nama ? { nama: own(summary.nama) } : {}),
      ...(summary.status ? { status: own(summary.status) } : {}),
      ...(summary.cakupan ? { cakupan: own(summary.cakupan) } : {}),
      indikator,
    };
  });
  const unitResults = ids.filter((id) => UNIT_INDICATORS[id]).map((id) => UNIT_INDICATORS[id]!(facts));
  for (const r of unitResults) byIndicator.get(r.indikator)!.push(r);

  const scores = indicatorScores(set, byIndicator);
  const { skor, cakupan, kelompok } = unitScore(set, scores, lang);
  const { nama, wilayah } = asRecord(unit.provider?.data);
  // The region as the portal's lists read it (unitView), so both tell units apart alike.
  const region = line(asRecord(wilayah).nama);
  const audit: UnitAudit = {
    folder: relative(cwd, unit.plan.dir) || '.',
    ...(typeof nama === 'string' ? { nama: detached(nama) } : {}),
    ...(region ? { wilayah: detached(region) } : {}),
    skor,
    zona: zoneOf(skor, set.zona),
    cakupan,
    kelompok,
    indikator: scores,
    unit: unitResults,
    layanan,
    perbaikan: urgentFixes(scores, byIndicator),
  };
  return spill ? new SpilledUnitAudit(audit, spill) : audit;
}

/** Highest score first, then by name; units without a score last. */
function rank(a: UnitAudit, b: UnitAudit): number {
  if (a.skor !== b.skor) return a.skor === null ? 1 : b.skor === null ? -1 : b.skor - a.skor;
  return (a.nama ?? a.folder).localeCompare(b.nama ?? b.folder, 'id');
}

/**
 * The readiness of each unit's standard documents, from validate's findings and what the
 * documents hold: units are checked and judged one at a time, and only their audits are kept.
 * Never throws on bad input.
 */
export async function auditUnits(inputs: readonly string[], options: AuditOptions = {}): Promise<AuditOutcome> {
  const lang = options.lang ?? 'id';
  const cwd = options.cwd ?? process.cwd();
  const read = await readIndicatorSet(options.indicators ? resolve(cwd, options.indicators) : DEFAULT_INDICATOR_FILE, { lang, cwd });
  if (!read.set) return { diagnostics: read.diagnostics.sort(compareDiagnostics) };
  const set = read.set;
  const siteRoot = options.siteOf || options.sites === false ? undefined : resolve(cwd, options.sites ?? 'site');
  const shownRoot = options.siteOf ? options.shownSites : siteRoot === undefined ? undefined : relative(cwd, siteRoot) || '.';
  const units: UnitAudit[] = [];
  let total = 0;
  const problems = await checkEachUnit(inputs, { ...options, lang, cwd }, (unit) => {
    units.push(auditUnit(unit, set, siteRoot, shownRoot, options));
    total = unit.units;
    options.onUnit?.(units.length, total);
  });
  if (options.signal?.aborted && (units.length === 0 || units.length < total)) return { diagnostics: [], interrupted: true };
  const now = options.now ? new Date(options.now) : new Date();
  return {
    ...(problems.some((d) => d.rule === 'konfigurasi') && units.length === 0
      ? {}
      : {
          results: {
            versi: 1,
            tanggal: now.toISOString().slice(0, 10),
            catatan: localize({ message: SCORE_NOTE }, lang).message,
            zona: set.zona,
            kelompok: set.kelompok.map((g) => ({ id: g.id, nama: groupName(g.nama, lang), indikator: g.indikator.map((i) => ({ id: i.id, bobot: i.bobot, nama: INDICATOR_TEXT[i.id].nama[lang], lingkup: INDICATOR_TEXT[i.id].lingkup })) })),
            unit: units.sort(rank),
          },
        }),
    diagnostics: [...read.diagnostics, ...problems].sort(compareDiagnostics),
  };
}
