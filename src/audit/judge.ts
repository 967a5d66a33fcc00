import { isUnreadable, type Diagnostic, type Position } from '../diagnostics.js';
import { fill, type Lang, type Text } from '../i18n/index.js';
import type { CheckedUnit } from '../check/validate.js';
import { ruleIsOff } from '../check/rule-runner.js';
import { FILE_START } from '../load/source.js';
import type { ComponentKey } from '../model/components.js';
import { decimal } from '../model/format.js';
import type { ServiceSummary, UnstatedAt } from '../rules/types.js';
import { REASONS } from './messages.js';
import { detached } from './strings.js';
import { changedAt, type BuiltSite } from './site.js';
import type { Evidence, IndicatorId, IndicatorResult, IndicatorStatus } from './types.js';

/**
 * Each indicator decided from what validate found and the little the summaries hold (status,
 * scope, what a document says it does not state): a rule's finding means "not met", its
 * silence "met", unless the document cannot speak to it (an excerpt, a part marked
 * tidak_dinyatakan, a rule turned off), which is "unknown". No rule's check is repeated here.
 */

export interface UnitFacts {
  unit: CheckedUnit;
  lang: Lang;
  /** Where built sites are looked for, as shown, and the unit's site there; no root: the site is not known (a past revision). */
  siteRoot?: string;
  site?: BuiltSite;
  /** Absolute path of each service file, by its shown path. */
  paths: ReadonlyMap<string, string>;
}

export interface ServiceFacts {
  summary: ServiceSummary;
  diagnostics: readonly Diagnostic[];
  /** The service's folder under the site (`layanan/<slug>/`). */
  slug: string;
}

// Messages may hold slices of a document's text: copied, so the audit does not keep the document alive.
const evidence = (d: Diagnostic): Evidence => ({ file: detached(d.file), line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, pointer: detached(d.pointer), aturan: d.rule, pesan: detached(d.message), ...(d.hint ? { saran: detached(d.hint) } : {}) });

function fact(file: string, at: Position, pointer: string, pesan: string): Evidence {
  return { file, ...at, pointer, aturan: 'audit', pesan: detached(pesan) };
}

function say(text: Text, lang: Lang, params: Record<string, string> = {}): string {
  return fill(text[lang], params);
}

/**
 * Results without evidence are alike across services (most services meet most indicators): one
 * shared object each, so a region's audit holds per service only what differs.
 */
const shared = new Map<string, IndicatorResult>();

function result(indikator: IndicatorId, status: IndicatorStatus, alasan: string, bukti: Evidence[] = []): IndicatorResult {
  if (bukti.length > 0) return { indikator, status, alasan: detached(alasan), bukti };
  const key = `${indikator}\u0000${status}\u0000${alasan}`;
  let found = shared.get(key);
  if (!found) {
    // Reasons may name a unit's files: bounded, so a long-running process does not keep them all.
    if (shared.size >= 10_000) shared.clear();
    shared.set(key, (found = Object.freeze({ indikator, status, alasan, bukti: Object.freeze([]) as unknown as Evidence[] })));
  }
  return found;
}

/** The outcome of the rules that decide an indicator on one document: not met with their findings, unknown when one is off. */
function byRules(id: IndicatorId, rules: readonly string[], found: readonly Diagnostic[], file: string, f: UnitFacts): IndicatorResult | undefined {
  const hits = found.filter((d) => rules.includes(d.rule));
  if (hits.length > 0) return result(id, 'tidak_terpenuhi', hits[0]!.message, hits.map(evidence));
  const off = rules.find((rule) => ruleIsOff(f.unit.options, rule, file));
  if (off) return result(id, 'tidak_diketahui', say(REASONS.ruleOff, f.lang, { aturan: off }));
  return undefined;
}

function unstatedResult(id: IndicatorId, parts: readonly UnstatedAt[], lang: Lang): IndicatorResult | undefined {
  if (parts.length === 0) return undefined;
  return result(id, 'tidak_diketahui', say(REASONS.unstated, lang), parts.map((p) => fact(p.file, p.at, p.pointer, say(REASONS.unstated, lang))));
}

const unstatedOf = (s: ServiceSummary, test: (u: UnstatedAt) => boolean) => (s.unstated ?? []).filter(test);
const unstatedComponent = (s: ServiceSummary, keys: readonly ComponentKey[]) => unstatedOf(s, (u) => u.part === 'komponen' && keys.includes(u.key));

function componentsComplete(s: ServiceFacts, f: UnitFacts): IndicatorResult {
  const id = 'komponen-lengkap';
  const decided = byRules(id, ['komponen-lengkap'], s.diagnostics, s.summary.file, f);
  if (decided) return decided;
  if (s.summary.cakupan === 'kutipan') return result(id, 'tidak_diketahui', say(REASONS.excerpt, f.lang));
  const unstated = unstatedResult(id, unstatedOf(s.summary, (u) => u.part === 'komponen'), f.lang);
  if (unstated) return unstated;
  // An error inside a component (a broken schema, an empty field) makes it present but not usable.
  const errors = s.diagnostics.filter((d) => d.severity === 'error' && (/^\/komponen(\/|$)/.test(d.pointer) || /^\/bawaan\/komponen(\/|$)/.test(d.pointer)));
  if (errors.length > 0) return result(id, 'tidak_terpenuhi', errors[0]!.message, errors.map(evidence));
  if (s.summary.cakupan === 'penyampaian') return result(id, 'tidak_diketahui', say(REASONS.publicPage, f.lang));
  return result(id, 'terpenuhi', say(REASONS.met, f.lang));
}

function statusFact(s: ServiceFacts, f: UnitFacts): Evidence {
  return fact(s.summary.file, s.summary.statusAt ?? FILE_START, '/status', say(REASONS.notSet, f.lang, { status: s.summary.status ?? '' }));
}

const decreeUnstated = (s: ServiceSummary) => unstatedOf(s, (u) => u.part === 'penetapan' || u.part === 'tanggal_penetapan' || u.part === 'penandatangan_penetapan' || u.part === 'nama_penandatangan_penetapan');

function decree(s: ServiceFacts, f: UnitFacts): IndicatorResult {
  const id = 'penetapan';
  const decided = byRules(id, ['penetapan-lengkap'], s.diagnostics, s.summary.file, f);
  if (decided) return decided;
  if (s.summary.status === undefined) return result(id, 'tidak_diketahui', say(REASONS.noStatus, f.lang));
  if (s.summary.status !== 'ditetapkan') return result(id, 'tidak_terpenuhi', say(REASONS.notSet, f.lang, { status: s.summary.status }), [statusFact(s, f)]);
  return unstatedResult(id, decreeUnstated(s.summary), f.lang) ?? result(id, 'terpenuhi', say(REASONS.met, f.lang));
}

function consultation(s: ServiceFacts, f: UnitFacts): IndicatorResult {
  const id = 'konsultasi-publik';
  if (s.summary.status !== 'ditetapkan') return result(id, 'tidak_berlaku', say(REASONS.afterAdoption, f.lang));
  const decided = byRules(id, ['konsultasi-publik'], s.diagnostics, s.summary.file, f);
  if (decided) return decided;
  const unstated = unstatedResult(id, unstatedOf(s.summary, (u) => u.part === 'konsultasi_publik' || u.part === 'penetapan'), f.lang);
  if (unstated) return unstated;
  // The rule does not judge a public page or an excerpt, which never carry the record.
  if (s.summary.cakupan === 'kutipan') return result(id, 'tidak_diketahui', say(REASONS.excerpt, f.lang));
  if (s.summary.cakupan === 'penyampaian') return result(id, 'tidak_diketahui', say(REASONS.publicPage, f.lang));
  return result(id, 'terpenuhi', say(REASONS.met, f.lang));
}

function review(s: ServiceFacts, f: UnitFacts): IndicatorResult {
  const id = 'reviu-berkala';
  if (s.summary.status !== 'ditetapkan') return result(id, 'tidak_berlaku', say(REASONS.afterAdoption, f.lang));
  const decided = byRules(id, ['reviu-berkala'], s.diagnostics, s.summary.file, f);
  if (decided) return decided;
  // The review's age counts from the decree's date: without it the rule has nothing to count from.
  const decreeProblems = s.diagnostics.filter((d) => d.rule === 'penetapan-lengkap');
  const unstated = decreeUnstated(s.summary);
  if (decreeProblems.length > 0 || unstated.length > 0) {
    return result(id, 'tidak_diketahui', say(REASONS.noDecreeDate, f.lang), [...decreeProblems.map(evidence), ...unstated.map((p) => fact(p.file, p.at, p.pointer, say(REASONS.unstated, f.lang)))]);
  }
  return result(id, 'terpenuhi', say(REASONS.met, f.lang));
}

function published(s: ServiceFacts, f: UnitFacts): IndicatorResult {
  const id = 'penyampaian-terbit';
  const page = `layanan/${s.slug}/index.html`;
  return sitePage(id, page, [s.summary.file, providerFile(f)], s.summary.file, f);
}

/** A page of the unit's site: listed by the last build, and built after every file it is made of last changed. */
function sitePage(id: IndicatorId, page: string, sources: readonly (string | undefined)[], at: string, f: UnitFacts): IndicatorResult {
  if (f.siteRoot === undefined) return result(id, 'tidak_diketahui', say(REASONS.pastSite, f.lang));
  if (!f.site) {
    const pesan = say(REASONS.noSite, f.lang, { situs: f.siteRoot });
    return result(id, 'tidak_terpenuhi', pesan, [fact(at, FILE_START, '', pesan)]);
  }
  if (!f.site.files.has(page)) {
    const pesan = say(REASONS.notInSite, f.lang, { situs: f.site.folder, halaman: page });
    return result(id, 'tidak_terpenuhi', pesan, [fact(at, FILE_START, '', pesan)]);
  }
  for (const file of sources) {
    if (file === undefined) continue;
    const path = f.paths.get(file);
    if (path && changedAt(path) > f.site.builtAt) {
      const pesan = say(REASONS.stale, f.lang, { berkas: file, situs: f.site.folder });
      return result(id, 'tidak_terpenuhi', pesan, [fact(file, FILE_START, '', pesan)]);
    }
  }
  return result(id, 'terpenuhi', say(REASONS.published, f.lang, { situs: f.site.folder, halaman: page }));
}

function facilities(s: ServiceFacts, f: UnitFacts): IndicatorResult {
  const id = 'sarana-kelompok-rentan';
  const decided = byRules(id, ['sarana-kelompok-rentan'], s.diagnostics, s.summary.file, f);
  if (decided) return decided;
  const unstated = unstatedResult(id, unstatedComponent(s.summary, ['sarana_prasarana']), f.lang);
  if (unstated) return unstated;
  // Facilities are a management component: a public page or an excerpt may leave them out.
  if (s.summary.cakupan === 'kutipan') return result(id, 'tidak_diketahui', say(REASONS.excerpt, f.lang));
  if (s.summary.cakupan === 'penyampaian') return result(id, 'tidak_diketahui', say(REASONS.publicPage, f.lang));
  return result(id, 'terpenuhi', say(REASONS.met, f.lang));
}

function complaintIndicator(id: IndicatorId, rules: readonly string[]) {
  return (s: ServiceFacts, f: UnitFacts): IndicatorResult => {
    const decided = byRules(id, rules, s.diagnostics, s.summary.file, f);
    if (decided) return decided;
    const unstated = unstatedResult(id, unstatedComponent(s.summary, ['pengaduan']), f.lang);
    if (unstated) return unstated;
    if (s.summary.cakupan === 'kutipan') return result(id, 'tidak_diketahui', say(REASONS.excerpt, f.lang));
    return result(id, 'terpenuhi', say(REASONS.met, f.lang));
  };
}

export const SERVICE_INDICATORS: Partial<Record<IndicatorId, (s: ServiceFacts, f: UnitFacts) => IndicatorResult>> = {
  'komponen-lengkap': componentsComplete,
  penetapan: decree,
  'konsultasi-publik': consultation,
  'reviu-berkala': review,
  'penyampaian-terbit': published,
  'sarana-kelompok-rentan': facilities,
  'kanal-pengaduan': complaintIndicator('kanal-pengaduan', ['kanal-pengaduan-wajib', 'kanal-sp4n-lapor']),
  'tindak-lanjut-pengaduan': complaintIndicator('tindak-lanjut-pengaduan', ['pengaduan-tanpa-tindak-lanjut']),
};

/** Every service indicator of a file that cannot be read: not met, for the reason it cannot. */
export function unreadableService(s: ServiceFacts, ids: readonly IndicatorId[], lang: Lang): IndicatorResult[] | undefined {
  const reason = s.diagnostics.find(isUnreadable);
  if (!reason) return undefined;
  return ids.map((id) => result(id, 'tidak_terpenuhi', say(REASONS.unreadable, lang, { pesan: reason.message }), [evidence(reason)]));
}

export function revokedService(ids: readonly IndicatorId[], lang: Lang): IndicatorResult[] {
  return ids.map((id) => result(id, 'tidak_berlaku', say(REASONS.revoked, lang)));
}

function providerFile(f: UnitFacts): string | undefined {
  return f.unit.provider?.source.path;
}

function pledgeComplete(f: UnitFacts): IndicatorResult {
  const id = 'maklumat-lengkap';
  const file = providerFile(f);
  if (!file) return result(id, 'tidak_terpenuhi', say(REASONS.noProvider, f.lang));
  // A pledge text still to be written ("[isi: …]") is isian-kosong's finding; the statements are judged once it is written.
  const found = f.unit.providerDiagnostics.filter((d) => d.rule === 'maklumat-lengkap' || (d.pointer.startsWith('/maklumat') && (d.rule === 'isian-kosong' || d.severity === 'error')));
  if (found.length > 0) return result(id, 'tidak_terpenuhi', found[0]!.message, found.map(evidence));
  const off = ruleIsOff(f.unit.options, 'maklumat-lengkap', file);
  if (off) return result(id, 'tidak_diketahui', say(REASONS.ruleOff, f.lang, { aturan: 'maklumat-lengkap' }));
  const unstated = f.unit.services.flatMap((s) => unstatedOf(s.summary, (u) => u.part === 'maklumat' || u.part === 'penandatangan_maklumat'));
  return unstatedResult(id, unstated.slice(0, 1), f.lang) ?? result(id, 'terpenuhi', say(REASONS.met, f.lang));
}

function pledgePublished(f: UnitFacts): IndicatorResult {
  const id = 'maklumat-terbit';
  const file = providerFile(f);
  if (!file) return result(id, 'tidak_terpenuhi', say(REASONS.noProvider, f.lang));
  const data = f.unit.provider?.data as { maklumat?: unknown } | undefined;
  if (data?.maklumat === undefined) {
    // Not written, it is not published either: maklumat-lengkap's finding decides both, one fix.
    const absent = f.unit.providerDiagnostics.find((d) => d.rule === 'maklumat-lengkap' && d.pointer === '');
    if (absent) return result(id, 'tidak_terpenuhi', absent.message, [evidence(absent)]);
    const pesan = say(REASONS.noMaklumat, f.lang);
    return result(id, 'tidak_terpenuhi', pesan, [fact(file, FILE_START, '', pesan)]);
  }
  return sitePage(id, 'maklumat.html', [file], file, f);
}

/** Decided by skm-kedaluwarsa's findings and the results the unit keeps (skm/hasil-*.json); none kept: unknown, the survey may be kept elsewhere. */
function surveyRecent(f: UnitFacts): IndicatorResult {
  const id = 'skm';
  const found = f.unit.unitDiagnostics.filter((d) => d.rule === 'skm-kedaluwarsa');
  if (found.length > 0) return result(id, 'tidak_terpenuhi', found[0]!.message, found.map(evidence));
  const latest = f.unit.survey?.latest;
  if (!latest) return result(id, 'tidak_diketahui', say(REASONS.skmNone, f.lang));
  const file = providerFile(f) ?? latest.file;
  if (ruleIsOff(f.unit.options, 'skm-kedaluwarsa', file)) return result(id, 'tidak_diketahui', say(REASONS.ruleOff, f.lang, { aturan: 'skm-kedaluwarsa' }));
  const { periode, unit } = latest.results;
  const pesan = say(REASONS.skmMet, f.lang, {
    periode: periode.kode,
    konversi: unit.konversi === null ? '–' : decimal(unit.konversi, f.lang, 2),
    mutu: unit.mutu ?? '–',
  });
  return result(id, 'terpenuhi', pesan, [fact(latest.file, latest.selesaiAt, '/periode/selesai', pesan)]);
}

export const UNIT_INDICATORS: Partial<Record<IndicatorId, (f: UnitFacts) => IndicatorResult>> = {
  'maklumat-lengkap': pledgeComplete,
  'maklumat-terbit': pledgePublished,
  skm: surveyRecent,
  'pengelolaan-pengaduan': (f) => result('pengelolaan-pengaduan', 'tidak_diketahui', say(REASONS.complaintLog, f.lang)),
  'persepsi-pengguna': (f) => result('persepsi-pengguna', 'tidak_diketahui', say(REASONS.perception, f.lang)),
};
