import { elementFigures, indexFrom, mul, toNumber, weakest, CONVERSION, gradeOf, type AnswerCounts, type Fraction } from './arithmetic.js';
import { PROFILE_ORDER } from './cells.js';
import type { ElementResult, GroupResult, Profile, ProfileCount } from '../model/skm-results.js';

/** Where a profile has no value for a respondent. */
export const NOT_GIVEN = 'Tidak diisi';

export type ProfileKey = keyof Profile;

/**
 * The counts of one group (a service, or the whole unit): respondents, how many gave each answer
 * to each element, and the profile. Memory depends on the number of elements and categories,
 * never on the number of rows.
 */
export class GroupTally {
  respondents = 0;
  readonly counts: AnswerCounts[];
  readonly profile: Record<ProfileKey, Map<string, number>> = { jenisKelamin: new Map(), usia: new Map(), pendidikan: new Map(), pekerjaan: new Map() };

  constructor(elements: number) {
    this.counts = Array.from({ length: elements }, () => [0, 0, 0, 0] as AnswerCounts);
  }

  /** One respondent: an answer 1–4 per element, or undefined where none was counted. */
  add(answers: readonly (number | undefined)[], profile: Record<ProfileKey, string | undefined>): void {
    this.respondents++;
    answers.forEach((a, i) => {
      if (a !== undefined) this.counts[i]![a - 1]!++;
    });
    for (const key of Object.keys(profile) as ProfileKey[]) {
      const label = profile[key] ?? NOT_GIVEN;
      this.profile[key].set(label, (this.profile[key].get(label) ?? 0) + 1);
    }
  }
}

const GENDER_LABELS: Record<string, string> = { L: 'Laki-laki', P: 'Perempuan' };

function profileCounts(key: ProfileKey, counts: Map<string, number>): ProfileCount[] {
  const order: readonly string[] = PROFILE_ORDER[key];
  const listed = order.map((label) => ({ label: GENDER_LABELS[label] ?? label, jumlah: counts.get(label) ?? 0 }));
  const others = [...counts]
    .filter(([label]) => !order.includes(label) && label !== NOT_GIVEN)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'))
    .map(([label, jumlah]) => ({ label, jumlah }));
  const notGiven = counts.get(NOT_GIVEN);
  return [...listed, ...others, ...(notGiven ? [{ label: NOT_GIVEN, jumlah: notGiven }] : [])];
}

const asNumber = (f: Fraction | undefined) => (f === undefined ? null : toNumber(f));

/** A group's figures: each element's NRR over the answers it got, the weighted index, its grade, the weakest elements. */
export function groupResult(tally: GroupTally, elements: readonly { kode: string; weight: Fraction }[], who: { kode?: string; nama?: string } = {}): GroupResult {
  const figures = elements.map((e, i) => ({ ...e, ...elementFigures(tally.counts[i]!), counts: tally.counts[i]! }));
  const index = indexFrom(figures);
  const unsur: ElementResult[] = figures.map((f) => {
    const converted = f.nrr && mul(f.nrr, CONVERSION);
    const grade = converted && gradeOf(converted);
    return {
      kode: f.kode,
      jawaban: f.answers,
      jumlah: f.total,
      sebaran: [...f.counts],
      nrr: asNumber(f.nrr),
      nrrTertimbang: asNumber(f.nrr && mul(f.nrr, f.weight)),
      konversi: asNumber(converted),
      mutu: grade?.grade ?? null,
      kinerja: grade?.kinerja ?? null,
    };
  });
  const profil = Object.fromEntries((Object.keys(tally.profile) as ProfileKey[]).map((k) => [k, profileCounts(k, tally.profile[k])])) as unknown as Profile;
  return {
    ...(who.kode !== undefined ? { kode: who.kode } : {}),
    ...(who.nama !== undefined ? { nama: who.nama } : {}),
    responden: tally.respondents,
    unsur,
    ikm: asNumber(index.ikm),
    konversi: asNumber(index.converted),
    mutu: index.grade ?? null,
    kinerja: index.kinerja ?? null,
    tanpaJawaban: index.unanswered,
    terlemah: weakest(figures),
    profil,
    sampel: null,
  };
}
