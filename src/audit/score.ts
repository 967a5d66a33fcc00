import type { Lang } from '../i18n/index.js';
import type { IndicatorSet } from './config.js';
import type { Evidence, Fix, GroupScore, IndicatorId, IndicatorResult, IndicatorScore, IndicatorStatus, Zone } from './types.js';

/**
 * A unit's score: each indicator counts its weight times the share of services that meet it,
 * over the weight of the indicators the documents decide. Unknown and not-applicable indicators
 * count for nothing either way; `cakupan` says how much of the weight was decided.
 */

const MAX_FIXES = 3;

export function groupName(nama: IndicatorSet['kelompok'][number]['nama'], lang: Lang): string {
  return typeof nama === 'string' ? nama : nama[lang];
}

function overall(counts: Record<IndicatorStatus, number>): IndicatorStatus {
  if (counts.tidak_terpenuhi > 0) return 'tidak_terpenuhi';
  if (counts.terpenuhi > 0) return 'terpenuhi';
  return counts.tidak_diketahui > 0 ? 'tidak_diketahui' : 'tidak_berlaku';
}

/** Each indicator over the unit, from its results (one per service, or the unit's one). */
export function indicatorScores(set: IndicatorSet, results: ReadonlyMap<IndicatorId, readonly IndicatorResult[]>): IndicatorScore[] {
  return set.kelompok.flatMap((g) =>
    g.indikator.map(({ id, bobot }): IndicatorScore => {
      const counts: Record<IndicatorStatus, number> = { terpenuhi: 0, tidak_terpenuhi: 0, tidak_berlaku: 0, tidak_diketahui: 0 };
      for (const r of results.get(id) ?? []) counts[r.status]++;
      const decided = counts.terpenuhi + counts.tidak_terpenuhi;
      return {
        indikator: id,
        kelompok: g.id,
        bobot,
        status: overall(counts),
        terpenuhi: counts.terpenuhi,
        tidakTerpenuhi: counts.tidak_terpenuhi,
        tidakBerlaku: counts.tidak_berlaku,
        tidakDiketahui: counts.tidak_diketahui,
        nilai: decided === 0 ? null : counts.terpenuhi / decided,
      };
    }),
  );
}

function weighted(scores: readonly IndicatorScore[]): { skor: number | null; cakupan: number } {
  let decided = 0;
  let all = 0;
  let points = 0;
  for (const s of scores) {
    all += s.bobot;
    if (s.nilai === null) continue;
    decided += s.bobot;
    points += s.bobot * s.nilai;
  }
  return { skor: decided === 0 ? null : (points / decided) * 100, cakupan: all === 0 ? 0 : decided / all };
}

export function unitScore(set: IndicatorSet, scores: readonly IndicatorScore[], lang: Lang): { skor: number | null; cakupan: number; kelompok: GroupScore[] } {
  const kelompok = set.kelompok.map((g): GroupScore => ({ kelompok: g.id, nama: groupName(g.nama, lang), ...weighted(scores.filter((s) => s.kelompok === g.id)) }));
  return { ...weighted(scores), kelompok };
}

/** The zone of a score as shown, to two decimals: 80.996 shows as 81.00 and is green. */
export function zoneOf(skor: number | null, zona: IndicatorSet['zona']): Zone | null {
  if (skor === null) return null;
  const shown = Math.round(skor * 100) / 100;
  return shown >= zona.hijau ? 'hijau' : shown >= zona.kuning ? 'kuning' : 'merah';
}

const sameFinding = (a: Evidence, b: Evidence) => a.file === b.file && a.line === b.line && a.column === b.column && a.aturan === b.aturan && a.pesan === b.pesan;

/** The fixes that would raise the score most, each with the first place to start. */
export function urgentFixes(scores: readonly IndicatorScore[], results: ReadonlyMap<IndicatorId, readonly IndicatorResult[]>): Fix[] {
  const decidedWeight = scores.reduce((n, s) => n + (s.nilai === null ? 0 : s.bobot), 0);
  const fixes: Fix[] = [];
  for (const s of scores) {
    if (s.tidakTerpenuhi === 0 || decidedWeight === 0) continue;
    const first: Evidence | undefined = results.get(s.indikator)?.find((r) => r.status === 'tidak_terpenuhi' && r.bukti.length > 0)?.bukti[0];
    if (!first) continue;
    const dampak = ((s.bobot * s.tidakTerpenuhi) / (s.terpenuhi + s.tidakTerpenuhi) / decidedWeight) * 100;
    // One finding deciding several indicators is one fix: the first of them in the file's order says it.
    const same = fixes.find((f) => sameFinding(f.bukti, first));
    if (same) {
      same.juga = [...(same.juga ?? []), s.indikator];
      same.dampak += dampak;
    } else fixes.push({ indikator: s.indikator, layanan: s.tidakTerpenuhi, dampak, bukti: first });
  }
  // Ties go to the order of the indicator file, which is the reader's order too.
  return fixes.sort((a, b) => b.dampak - a.dampak).slice(0, MAX_FIXES);
}
