import { joinPointer } from '../../load/pointer.js';
import type { ServiceDoc } from '../../load/unit.js';
import { COMPONENTS, type ComponentKey } from '../../model/components.js';
import type { ServiceSummary, Unstated } from '../types.js';
import { asArray, asRecord, cakupanOf, isNotStated, isNumber, isRecord, isSet, komponenOf, nonEmpty, type Cakupan } from './data.js';

/**
 * Parts a document may leave unsaid (marked `tidak_dinyatakan`, or a step written without its
 * actor), and how each weighs against what the document claims to be: a `defect` is a gap in
 * what it claims to hold, said by the part's own rule at its own place; a part only `noted` is
 * no defect of the document, and `tidak-dinyatakan` lists it once per unit with the others.
 * One home for that judgement, so an absence is said once: by its rule or in the list, never both.
 */
export type Weight = 'defect' | 'noted';

/** What each declared scope holds: the 14 components, the public page's 6 (group A), or an unknown part. */
const IN_SCOPE: Record<Cakupan, readonly ComponentKey[]> = {
  lengkap: COMPONENTS.map((c) => c.key),
  penyampaian: COMPONENTS.filter((c) => c.group === 'A').map((c) => c.key),
  kutipan: [],
};

/** The components the document's declared scope holds, in PermenPANRB order. */
export const componentsInScope = (data: unknown): readonly ComponentKey[] => IN_SCOPE[cakupanOf(data)];

/** A component the document does not state, within its scope: a gap once the standard is set, noted in a draft. */
export function componentNotStated(data: unknown, key: ComponentKey): Weight | undefined {
  if (!isNotStated(asRecord(asRecord(data).komponen)[key]) || !componentsInScope(data).includes(key)) return undefined;
  return isSet(data) ? 'defect' : 'noted';
}

/** The decree the document does not cite: a gap of a set full standard, noted for a public page or an excerpt; a draft has none yet. */
export function decreeNotStated(data: unknown): Weight | undefined {
  if (!isNotStated(asRecord(data).penetapan) || !isSet(data)) return undefined;
  return cakupanOf(data) === 'lengkap' ? 'defect' : 'noted';
}

/**
 * The date of a set standard's decree, when none is written: asked for where the document shows
 * it (a full standard with its signature page), noted where it cannot (an excerpt, a public page,
 * a copy without the signature page).
 */
export function decreeDateGap(data: unknown): Weight | undefined {
  const p = asRecord(data).penetapan;
  if (!isSet(data) || !isRecord(p) || isNotStated(p) || p.tanggal !== undefined || isNumber(p.tahun)) return undefined;
  return cakupanOf(data) === 'lengkap' && !isNotStated(p.penandatangan) ? 'defect' : 'noted';
}

/**
 * The signer of a set standard's decree: not stated by the document (noted), or given by position
 * alone while the unit names its head (the attachment prints no name: a gap of a full standard,
 * noted elsewhere). When the unit does not name its head either, that is one gap, the head's.
 */
export function decreeSignerGap(service: ServiceDoc): { part: 'penandatangan' | 'nama'; weight: Weight } | undefined {
  const data = asRecord(service.data);
  const p = data.penetapan;
  if (!isSet(data) || !isRecord(p) || isNotStated(p)) return undefined;
  const signer = p.penandatangan;
  if (isNotStated(signer)) return { part: 'penandatangan', weight: 'noted' };
  if (!isRecord(signer) || !nonEmpty(signer.jabatan) || nonEmpty(signer.nama)) return undefined;
  const kepala = service.provider ? asRecord(service.provider.data).kepala : undefined;
  if (service.provider !== undefined && (isNotStated(kepala) || !nonEmpty(asRecord(kepala).nama))) return undefined;
  return { part: 'nama', weight: cakupanOf(data) === 'lengkap' ? 'defect' : 'noted' };
}

/**
 * A public consultation the document does not mention: noted where its record would be asked
 * for (a set full standard citing its decree), never a defect of the document.
 */
function consultationNotStated(data: unknown): boolean {
  const d = asRecord(data);
  return isSet(d) && isNotStated(d.konsultasi_publik) && cakupanOf(d) === 'lengkap' && !isNotStated(d.penetapan);
}

interface Flow {
  pointer: string;
  name?: string;
  /** The complaint follow-up (`pengaduan.tindak_lanjut`), not a procedure flow. */
  complaint: boolean;
  steps: unknown[];
}

/** The procedure's flows and the complaint follow-up: each is a list of steps. */
function flows(komponen: Record<string, unknown>): Flow[] {
  const base = '/komponen/sistem_mekanisme_prosedur';
  const prosedur = komponen.sistem_mekanisme_prosedur;
  const out: Flow[] = Array.isArray(prosedur)
    ? [{ pointer: base, complaint: false, steps: prosedur }]
    : asArray(asRecord(prosedur).alur).map((alur, i) => {
        const a = asRecord(alur);
        return { pointer: joinPointer(base, 'alur', i, 'langkah'), ...(nonEmpty(a.nama) ? { name: a.nama } : {}), complaint: false, steps: asArray(a.langkah) };
      });
  out.push({ pointer: '/komponen/pengaduan/tindak_lanjut', complaint: true, steps: asArray(asRecord(komponen.pengaduan).tindak_lanjut) });
  return out;
}

/** A service's parts only noted as unstated, in the order its file lays them out. */
export function unstatedInService(service: ServiceDoc): Unstated[] {
  const data = asRecord(service.data);
  const out: Unstated[] = [];
  if (decreeNotStated(data) === 'noted') out.push({ part: 'penetapan', pointer: '/penetapan' });
  if (decreeDateGap(data) === 'noted') out.push({ part: 'tanggal_penetapan', pointer: '/penetapan' });
  const signer = decreeSignerGap(service);
  if (signer?.weight === 'noted') out.push({ part: signer.part === 'nama' ? 'nama_penandatangan_penetapan' : 'penandatangan_penetapan', pointer: '/penetapan/penandatangan' });
  if (consultationNotStated(data)) out.push({ part: 'konsultasi_publik', pointer: '/konsultasi_publik' });
  for (const { key } of COMPONENTS) if (componentNotStated(data, key) === 'noted') out.push({ part: 'komponen', pointer: joinPointer('/komponen', key), key });
  for (const flow of flows(komponenOf(data))) {
    const passive = flow.steps.flatMap((step, i) => (isRecord(step) && step.pelaksana === undefined ? [i] : []));
    if (passive.length === 0) continue;
    out.push({ part: 'pelaksana', pointer: joinPointer(flow.pointer, passive[0]!), steps: passive.map((i) => i + 1), ...(flow.name ? { flow: flow.name } : {}), complaint: flow.complaint });
  }
  return out;
}

/**
 * The head of the unit signs every set standard's decree attachment and, unless it names its own
 * signer, the maklumat. An unnamed head is a gap where a set full standard or the maklumat needs
 * the name, or where the head is left out altogether (forgotten, not unsaid); a head the document
 * does not name is only noted where what is set are public pages or excerpts (which rarely name
 * the head), or where only the maklumat needs it and the document says it does not name them.
 */
export function headGap(provider: unknown, services: readonly ServiceSummary[]): { weight: Weight; declared: boolean; setStandards: boolean; signsMaklumat: boolean } | undefined {
  const data = asRecord(provider);
  const signsMaklumat = isRecord(data.maklumat) && !isNotStated(data.maklumat) && data.maklumat.penandatangan === undefined;
  const set = services.filter((s) => s.status === 'ditetapkan');
  if (set.length === 0 && !signsMaklumat) return undefined;
  const kepala = data.kepala;
  const declared = isNotStated(kepala);
  if (!declared && nonEmpty(asRecord(kepala).nama)) return undefined;
  const fullSet = set.some((s) => s.cakupan === undefined || s.cakupan === 'lengkap');
  const defect = fullSet || (!declared && (!isRecord(kepala) || signsMaklumat));
  return { weight: defect ? 'defect' : 'noted', declared, setStandards: set.length > 0, signsMaklumat };
}

/** penyelenggara.yaml's parts only noted as unstated, in the order its file lays them out. */
export function unstatedInProvider(provider: unknown, services: readonly ServiceSummary[]): Unstated[] {
  const data = asRecord(provider);
  const out: Unstated[] = [];
  const head = headGap(data, services);
  if (head?.weight === 'noted') out.push({ part: head.declared ? 'kepala' : 'nama_kepala', pointer: '/kepala' });
  if (isNotStated(data.maklumat)) out.push({ part: 'maklumat', pointer: '/maklumat' });
  else if (isNotStated(asRecord(data.maklumat).penandatangan)) out.push({ part: 'penandatangan_maklumat', pointer: '/maklumat/penandatangan' });
  return out;
}
