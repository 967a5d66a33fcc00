import { DataFactory, type Quad } from 'n3';
import { compareDiagnostics, type Diagnostic, type Severity } from '../../../diagnostics.js';
import type { Lang, Text } from '../../../i18n/index.js';
import { ownEntry } from '../../../load/guards.js';
import { locate, makeDiagnostic } from '../../../load/source.js';
import type { Origin } from '../../../load/unit.js';
import { QuadIndex } from './dataset.js';
import type { NodeOrigin } from './graph.js';
import { classHierarchy, semicShapes, semicValidator } from './semic.js';
import { PREFIXES, RDF_TYPE, compact } from './vocabulary.js';

const SH = 'http://www.w3.org/ns/shacl#';
const TYPE = DataFactory.namedNode(RDF_TYPE);

/** What SEMIC's shapes check, said for the office (the shapes' own words are the spec's, in English). */
const MESSAGES: Record<'MinCount' | 'MaxCount' | 'Datatype' | 'Class' | 'other', Text> = {
  MinCount: { id: '{kelas} tidak punya {properti}, yang diwajibkan CPSV-AP {versi}.', en: 'The {kelas} has no {properti}, which CPSV-AP {versi} requires.' },
  MaxCount: { id: '{kelas} punya lebih dari satu {properti}; CPSV-AP {versi} hanya membolehkan satu.', en: 'The {kelas} has more than one {properti}; CPSV-AP {versi} allows only one.' },
  Datatype: { id: 'Nilai "{nilai}" pada {properti} {kelas} tidak sah menurut CPSV-AP {versi}.', en: 'The value "{nilai}" of the {kelas}\'s {properti} is not valid under CPSV-AP {versi}.' },
  Class: { id: '{properti} {kelas} menunjuk {nilai}, yang bukan jenis yang diminta CPSV-AP {versi}.', en: 'The {kelas}\'s {properti} points to {nilai}, which is not of the kind CPSV-AP {versi} asks for.' },
  other: { id: '{kelas} tidak memenuhi bentuk CPSV-AP {versi} pada {properti}: {pesan}', en: 'The {kelas} does not conform to CPSV-AP {versi} on {properti}: {pesan}' },
};

/** What to write, for the shapes a document that matches our schema can still miss (its data is optional here, required there). */
const FIXES: Record<string, Text> = {
  'cpsv:PublicService dct:description': {
    id: 'Tulis "deskripsi": satu atau dua kalimat tentang layanan ini, untuk siapa, dan apa hasilnya. CPSV-AP mewajibkan uraian setiap layanan.',
    en: 'Write "deskripsi": a sentence or two on what this service is, for whom, and what it gives. CPSV-AP requires a description of every service.',
  },
  'cpsv:PublicService cv:hasCompetentAuthority': {
    id: 'Layanan ini diekspor tanpa penyelenggara: letakkan berkasnya di folder layanan/ sebuah unit yang memiliki penyelenggara.yaml, lalu ekspor folder unit itu.',
    en: 'This service is exported without a provider: put its file in the layanan/ folder of a unit that has a penyelenggara.yaml, then export that unit folder.',
  },
  'cv:PublicOrganisation dct:spatial': {
    id: 'Tulis "wilayah" di penyelenggara.yaml, misalnya wilayah: { jenis: kota, nama: Kota Sukamaju }. CPSV-AP mewajibkan wilayah kerja setiap organisasi publik.',
    en: 'Write "wilayah" in penyelenggara.yaml, e.g. wilayah: { jenis: kota, nama: Kota Sukamaju }. CPSV-AP requires the region of every public organisation.',
  },
};

const FIX_ANYWHERE: Text = {
  id: 'Bagian ekspor ini dibuat dari data di tempat yang ditunjuk; lengkapi atau betulkan di sana. Pemetaan ke CPSV-AP dijelaskan di docs/ekspor.md.',
  en: 'This part of the export is made from the data at the place shown; complete or correct it there. docs/ekspor.md explains how the data maps to CPSV-AP.',
};

const SEVERITIES: Record<string, Severity> = { [`${SH}Violation`]: 'error', [`${SH}Warning`]: 'warning', [`${SH}Info`]: 'info' };

/**
 * The export's graph checked against SEMIC's CPSV-AP shapes by a SHACL engine, offline, with the
 * vocabulary's subclasses; each result located at the YAML its node or property is made from.
 * A default from penyelenggara.yaml that fails is said once, not once per service inheriting it.
 */
export async function shaclDiagnostics(quads: readonly Quad[], origins: ReadonlyMap<string, NodeOrigin>, fallback: Origin, lang: Lang): Promise<Diagnostic[]> {
  const data = new QuadIndex([...quads, ...classHierarchy()]);
  const shapes = semicShapes();
  const report = await semicValidator().validate(data);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const result of report.results) {
    const focus = result.focusNode?.value ?? '';
    const path = result.path?.value;
    const origin = origins.get(focus) ?? { ...fallback, fields: new Map() };
    const where = (path ? origin.fields.get(path) : undefined) ?? origin;
    const kelas = compact([...data.match(result.focusNode, TYPE)].map((q) => q.object.value).find((t) => !t.startsWith(PREFIXES.rdfs)) ?? focus);
    const name = shapes.getObjects(result.sourceShape, `${SH}name`, null)[0]?.value;
    const properti = path ? `${compact(path)}${name ? ` (${name})` : ''}` : (name ?? '');
    const component = (result.sourceConstraintComponent?.value ?? '').replace(SH, '').replace(/ConstraintComponent$/, '');
    const def = { message: ownEntry(MESSAGES, component) ?? MESSAGES.other, hint: ownEntry(FIXES, `${kelas} ${path ? compact(path) : ''}`) ?? FIX_ANYWHERE };
    const params = { kelas, properti, versi: '3.2.0', nilai: result.value?.value ?? '', pesan: result.message.map((m) => m.value).join(' ') };
    const d = makeDiagnostic(where.source.path, locate(where.source, where.pointer), where.pointer, { rule: 'cpsv-ap', severity: ownEntry(SEVERITIES, result.severity?.value) ?? 'error', def, params }, lang);
    const key = `${d.file}\0${d.pointer}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(compareDiagnostics);
}
