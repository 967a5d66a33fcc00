import type { Lang } from '../../i18n/index.js';
import { decimal, groupDigits, monthSpan } from '../../model/format.js';
import { PERFORMANCE_LABELS, type Grade, type GroupResult, type SurveyResults } from '../../model/skm-results.js';

/** The latest satisfaction index as a page shows it: never a value the results do not hold. */
export interface SatisfactionView {
  /** The converted index as reports print it, rounded for display only: "80,40". */
  ikm: string;
  mutu: Grade;
  /** The performance in the page's language: "baik", "good". */
  kinerja: string;
  /** The survey's period in words: "Januari–Juni 2026". */
  periode: string;
  /** Its code as the unit names it: "2026-S1". */
  kodePeriode: string;
  responden: number;
  /** The index is the unit's, every service pooled: the service had no answers of its own. */
  unit: boolean;
  /** One line: "IKM 80,40 · mutu B (baik)". */
  ringkas: string;
  /** What it stands on, for the middle of a sentence: "Januari–Juni 2026, 30 responden", "seluruh layanan unit, …". */
  dasar: string;
  /** The same as a sentence's start: "Survei Januari–Juni 2026, 30 responden". */
  keterangan: string;
}

const usable = (g: GroupResult | undefined): g is GroupResult & { konversi: number; mutu: Grade; kinerja: NonNullable<GroupResult['kinerja']> } =>
  g !== undefined && g.responden > 0 && g.konversi !== null && g.mutu !== null && g.kinerja !== null;

/**
 * The index a page shows: the service's own when its respondents have one (`kode` given), else
 * the unit's, said as such; undefined when the results hold neither (nothing is made up).
 */
export function satisfactionView(results: SurveyResults | undefined, kode: string | undefined, lang: Lang): SatisfactionView | undefined {
  if (!results?.periode) return undefined;
  const key = kode?.trim().toUpperCase();
  const own = key ? results.layanan.find((g) => g.kode?.trim().toUpperCase() === key) : undefined;
  const group = usable(own) ? own : usable(results.unit) ? results.unit : undefined;
  if (!group) return undefined;
  const unit = group === results.unit;
  const ikm = decimal(group.konversi, lang);
  const kinerja = PERFORMANCE_LABELS[group.kinerja][lang];
  const periode = monthSpan(results.periode.mulai, results.periode.selesai, lang);
  const people = groupDigits(group.responden, lang);
  const dasar =
    lang === 'id'
      ? `${unit && kode ? 'seluruh layanan unit, ' : ''}${periode}, ${people} responden`
      : `${unit && kode ? 'all the unit\'s services, ' : ''}${periode}, ${people} respondent${group.responden === 1 ? '' : 's'}`;
  return {
    ikm,
    mutu: group.mutu,
    kinerja,
    periode,
    kodePeriode: results.periode.kode,
    responden: group.responden,
    unit,
    ringkas: lang === 'id' ? `IKM ${ikm} · mutu ${group.mutu} (${kinerja})` : `IKM ${ikm} · grade ${group.mutu} (${kinerja})`,
    dasar,
    keterangan: lang === 'id' ? `Survei ${dasar}` : `Survey of ${dasar}`,
  };
}
