import { leadNumber } from './registry.js';
import type { Regulation } from './types.js';

export type IntegrityProblem =
  | { kind: 'duplicateId'; index: number; id: string; first: number }
  | { kind: 'sameRegulation'; index: number; id: string; other: string }
  | { kind: 'unknownRelation'; index: number; field: Relation; position: number; id: string }
  | { kind: 'oneSided'; index: number; field: Relation; position: number; id: string; reverse: Relation }
  | { kind: 'statusWithout'; index: number; status: string; field: Relation }
  | { kind: 'statusAgainst'; index: number; status: string; field: Relation };

export type Relation = 'mengubah' | 'mencabut' | 'mencabut_sebagian' | 'diubah_oleh' | 'dicabut_oleh' | 'dicabut_sebagian_oleh';

/** Each relation and the one the other regulation must state back. */
export const REVERSE: Record<Relation, Relation> = {
  mengubah: 'diubah_oleh',
  diubah_oleh: 'mengubah',
  mencabut: 'dicabut_oleh',
  dicabut_oleh: 'mencabut',
  mencabut_sebagian: 'dicabut_sebagian_oleh',
  dicabut_sebagian_oleh: 'mencabut_sebagian',
};
const RELATIONS = Object.keys(REVERSE) as Relation[];

/** The status each "by" relation asks for: a regulation revoked by another is `dicabut`. */
const STATUS_OF: Partial<Record<Relation, Regulation['status']>> = { dicabut_oleh: 'dicabut', diubah_oleh: 'diubah', dicabut_sebagian_oleh: 'dicabut_sebagian' };

const identity = (e: Regulation) => `${e.jenis}|${(e.penerbit ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}|${leadNumber(e.nomor)}|${e.tahun}`;

/**
 * What makes a list of regulations contradict itself: two entries with one id, or for one
 * regulation (kind, issuer, number, year); a relation to an id neither this list nor `outside`
 * holds; a relation the other entry does not state back (when both are in this list); a status
 * its relations deny. The national registry's test and a unit's peraturan.yaml share it.
 */
export function integrityProblems(entries: readonly Regulation[], outside: (id: string) => Regulation | undefined = () => undefined): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  const byId = new Map<string, number>();
  const byIdentity = new Map<string, string>();
  entries.forEach((e, index) => {
    const first = byId.get(e.id);
    if (first !== undefined) out.push({ kind: 'duplicateId', index, id: e.id, first });
    else byId.set(e.id, index);
    const other = byIdentity.get(identity(e));
    if (other !== undefined && other !== e.id) out.push({ kind: 'sameRegulation', index, id: e.id, other });
    else byIdentity.set(identity(e), e.id);
  });
  entries.forEach((e, index) => {
    const sure = (fact: string) => !e.ragu?.includes(fact);
    for (const field of RELATIONS) {
      (e[field] ?? []).forEach((id, position) => {
        const at = byId.get(id);
        if (at === undefined) {
          if (!outside(id)) out.push({ kind: 'unknownRelation', index, field, position, id });
          return;
        }
        const reverse = REVERSE[field];
        if (sure(field) && !entries[at]!.ragu?.includes(reverse) && !(entries[at]![reverse] ?? []).includes(e.id)) out.push({ kind: 'oneSided', index, field, position, id, reverse });
      });
      const wanted = STATUS_OF[field];
      if (!wanted || !sure('status')) continue;
      const has = (e[field] ?? []).length > 0;
      if (e.status === wanted && !has) out.push({ kind: 'statusWithout', index, status: e.status, field });
      // Revoked outright outranks the rest (a revoked law may have been amended first); amended and revoked in part go together.
      if (has && (field === 'dicabut_oleh' ? e.status !== 'dicabut' : e.status === 'berlaku')) out.push({ kind: 'statusAgainst', index, status: e.status, field });
    }
  });
  return out;
}
