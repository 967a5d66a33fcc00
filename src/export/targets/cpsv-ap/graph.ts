import type { Lang } from '../../../i18n/index.js';
import { asArray, asRecord, isRecord, ownEntry } from '../../../load/guards.js';
import { joinPointer } from '../../../load/pointer.js';
import { originOf, type Origin, type ServiceDoc } from '../../../load/unit.js';
import { COMPONENTS } from '../../../model/components.js';
import { isoDuration } from '../../../model/format.js';
import { SERVICE_CHANNEL_LABELS, STATUS_LABELS } from '../../../render/labels.js';
import { httpsHref } from '../../../render/links.js';
import { citeRegulation, shortRegulation } from '../../../render/peraturan.js';
import { slugs } from '../../../render/site-files.js';
import type { ComplaintChannelView, ComponentView, FeeView, RequirementGroupView, RequirementView } from '../../../render/view/components.js';
import { componentBlocks, plainItems, plainText } from '../../../render/view/plain.js';
import { line } from '../../../render/view/read.js';
import { serviceView, type ServiceChannelView } from '../../../render/view/service.js';
import { addressLine, several } from '../../../render/view/unit.js';
import type { ExportUnit } from '../../types.js';
import { partIri, regulationSlug, unitBase } from './iri.js';
import { CURRENCY_IDR, PREFIXES, SEMIC_CONTEXT, SP, expand, languageIri } from './vocabulary.js';

interface Literal {
  '@value': string | number;
  '@language'?: string;
  '@type'?: string;
}
type Value = string | Literal | { '@id': string };
type Values = Value | undefined | readonly (Value | undefined)[];

/** A node of the graph as written: `@id`, `@type` (a term of SEMIC's context), then its properties as compact IRIs. */
export type JsonLdNode = { '@id': string; '@type': string } & Record<string, Value | Value[]>;

/** Where a node comes from, and where each of its properties does when that is elsewhere: what a SHACL result is located by. */
export interface NodeOrigin extends Origin {
  fields: ReadonlyMap<string, Origin>;
}

export interface UnitGraph {
  document: { '@context': [string, typeof PREFIXES]; '@graph': JsonLdNode[] };
  origins: ReadonlyMap<string, NodeOrigin>;
}

const ref = (iri: string | undefined) => (iri === undefined ? undefined : { '@id': iri });
const typed = (value: string | number | undefined, datatype: string): Literal | undefined => (value === undefined ? undefined : { '@value': value, '@type': datatype });
const tagged = (value: string | undefined, tag: string): Literal | undefined => (value === undefined || value === '' ? undefined : { '@value': value, '@language': tag });

/** A free text as written (the renderer has cleaned it), its paragraphs kept. */
const prose = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * The completion time as xsd:duration, which CPSV-AP's processingTime is: only a time of fixed
 * length has one (isoDuration), a week is written as its 7 days (xsd:duration has no weeks), and a
 * fraction is allowed only in seconds, so "1,5 hari kalender" has none. Without it the time is in
 * words only (`sp:jangka_waktu`).
 */
function xsdDuration(jangka: unknown): string | undefined {
  const iso = isoDuration(jangka)?.replace(/^P(\d+)W$/, (_, weeks: string) => `P${Number(weeks) * 7}D`);
  return iso !== undefined && /^P(?:\d+M|\d+D|T\d+H|T\d+M)$/.test(iso) ? iso : undefined;
}

class Graph {
  readonly nodes = new Map<string, JsonLdNode>();
  readonly origins = new Map<string, NodeOrigin>();

  /**
   * A node in the order its first mention gives, its properties filled by `set` in the order they
   * are set; undefined when the node is there already (a regulation or a concept several services
   * link): the first mention stands.
   */
  open(iri: string, type: string, origin: Origin) {
    if (this.nodes.has(iri)) return undefined;
    const node = { '@id': iri, '@type': type } as JsonLdNode;
    const fields = new Map<string, Origin>();
    this.nodes.set(iri, node);
    this.origins.set(iri, { ...origin, fields });
    return {
      iri,
      /** Empty values are left out: a value the document does not have is absent, never made up. */
      set(property: string, values: Values, from?: Origin) {
        const present = (Array.isArray(values) ? values : [values]).filter((v): v is Value => v !== undefined);
        if (present.length === 0) return;
        node[property] = present.length === 1 ? present[0]! : present;
        if (from) fields.set(expand(property), from);
      },
    };
  }

  /** A concept, a currency, a language or a web page: a node that is only its type and label. */
  thing(iri: string, type: string, origin: Origin, label?: Literal): string {
    this.open(iri, type, origin)?.set('skos:prefLabel', label);
    return iri;
  }
}

/** The wording of fixed words (labels, "Catatan") follows the document, as its pages do. */
const wordingOf = (tag: string): Lang => (tag.toLowerCase().startsWith('en') ? 'en' : 'id');

/** The organisation, its address and its region, from penyelenggara.yaml. */
function organisation(g: Graph, base: string, unit: ExportUnit): { iri: string; area?: string } | undefined {
  const p = unit.unit.provider;
  if (!isRecord(p) || !unit.provider) return undefined;
  const source = unit.provider.source;
  const at = (pointer: string): Origin => ({ source, pointer });
  const tag = line(p.bahasa) ?? 'id';
  const iri = `${base}penyelenggara`;
  const node = g.open(iri, 'PublicOrganization', at(''))!;
  const nama = tagged(line(p.nama), tag);
  node.set('dct:identifier', line(p.kode), at('/kode'));
  node.set('dct:title', nama, at('/nama'));
  node.set('skos:prefLabel', nama, at('/nama'));
  node.set('skos:altLabel', tagged(line(p.singkatan), tag), at('/singkatan'));
  let address: string | undefined;
  if (p.alamat !== undefined) {
    const a = asRecord(p.alamat);
    const where = g.open(partIri(iri, '/alamat'), 'Address', at('/alamat'))!;
    where.set('locn:fullAddress', tagged(addressLine(p.alamat), tag));
    where.set('locn:thoroughfare', tagged(line(a.jalan), tag));
    where.set('locn:addressArea', [tagged(line(a.kelurahan), tag), tagged(line(a.kecamatan), tag)]);
    where.set('locn:postName', tagged(line(a.kota), tag));
    where.set('locn:adminUnitL2', tagged(line(a.provinsi), tag));
    where.set('locn:postCode', line(a.kode_pos));
    address = where.iri;
  }
  let area: string | undefined;
  if (isRecord(p.wilayah)) {
    const region = g.open(partIri(iri, '/wilayah'), 'Location', at('/wilayah'))!;
    region.set('dct:identifier', line(p.wilayah.kode), at('/wilayah/kode'));
    region.set('locn:geographicName', tagged(line(p.wilayah.nama), tag), at('/wilayah/nama'));
    area = region.iri;
  }
  node.set('locn:address', ref(address), at('/alamat'));
  node.set('dct:spatial', ref(area), at('/wilayah'));
  return { iri, area };
}

/** One service's part of the graph, and how to name and locate what it is made of. */
interface ServiceParts {
  g: Graph;
  base: string;
  iri: string;
  kode: string;
  tag: string;
  lang: Lang;
  doc: ServiceDoc;
  /** Where the value at a pointer of the resolved service is written: the service, or penyelenggara.yaml's `bawaan`. */
  at(pointer: string): Origin;
  part(pointer: string): string;
  /** `dct:identifier` of a part: the service's code and the pointer, "DUK-KTP-EL/komponen/produk/0". */
  id(pointer: string): string;
}

const ada = (v: ComponentView | undefined): v is ComponentView => v?.ada === true;

/** Each list of requirements as written, with its pointer, in the order the view lists the groups. */
function requirementLists(p: unknown): { pointer: string; items: unknown[] }[] {
  if (Array.isArray(p)) return [{ pointer: '/komponen/persyaratan', items: p }];
  const r = asRecord(p);
  return [
    ...(Array.isArray(r.butir) ? [{ pointer: '/komponen/persyaratan/butir', items: r.butir }] : []),
    ...asArray(r.kelompok).map((k, j) => ({ pointer: `/komponen/persyaratan/kelompok/${j}/butir`, items: asArray(asRecord(k).butir) })),
  ];
}

/** A requirement stated with the form of a document or a number of copies names a document: that document is its evidence. */
function evidence(s: ServiceParts, pointer: string, raw: unknown, view: RequirementView | undefined, requirement: string): string | undefined {
  const r = asRecord(raw);
  const title = line(r.uraian);
  if (!title || (r.bentuk === undefined && r.bentuk_pilihan === undefined && r.jumlah === undefined)) return undefined;
  const node = s.g.open(`${s.part(pointer)}/bukti`, 'Evidence', s.at(pointer));
  if (!node) return undefined;
  node.set('dct:identifier', `${s.id(pointer)}/bukti`);
  node.set('dct:title', tagged(title, s.tag), s.at(joinPointer(pointer, 'uraian')));
  node.set('dct:description', tagged(view?.keterangan, s.tag));
  node.set('cv:supportsRequirement', ref(requirement));
  return node.iri;
}

/**
 * Each requirement of each group as a cv:Requirement in the pages' wording (its forms, copies,
 * condition; the group it belongs to and the items below it as its description), and the
 * documents it names as cv:Evidence.
 */
function requirements(s: ServiceParts, view: ComponentView | undefined, raw: unknown): { requirements: string[]; evidence: string[] } {
  const out = { requirements: [] as string[], evidence: [] as string[] };
  if (!ada(view)) return out;
  const lists = requirementLists(raw);
  (view.kelompok as RequirementGroupView[]).forEach((group, g) => {
    const heading = plainItems.groupHeading(group, s.lang);
    group.butir.forEach((r, i) => {
      const pointer = `${lists[g]!.pointer}/${i}`;
      const item = lists[g]!.items[i];
      const node = s.g.open(s.part(pointer), 'Requirement', s.at(pointer));
      if (!node) return;
      const plain = plainItems.requirement(r, s.lang);
      const supporting = [evidence(s, pointer, item, r, node.iri), ...asArray(asRecord(item).pilihan).map((choice, c) => evidence(s, `${pointer}/pilihan/${c}`, choice, r.pilihan[c], node.iri))].filter(
        (e): e is string => e !== undefined,
      );
      node.set('dct:identifier', s.id(pointer));
      node.set('dct:title', tagged(plain.text, s.tag));
      node.set('dct:description', tagged(plainText([...(heading ? [heading] : []), ...(plain.below ? [plain.below] : [])]), s.tag));
      node.set('cv:hasSupportingEvidence', supporting.map(ref));
      out.requirements.push(node.iri);
      out.evidence.push(...supporting);
    });
  });
  return out;
}

/**
 * What the service costs: each tariff line in rupiah; a free service one cost of 0 rupiah saying
 * so; a fee set elsewhere ("sesuai PP …") one cost without an amount, in the document's words.
 */
function costs(s: ServiceParts, view: ComponentView | undefined, raw: unknown): string[] {
  if (!ada(view)) return [];
  const b = asRecord(raw);
  const idr = (pointer: string) => ref(s.g.thing(CURRENCY_IDR, 'Concept', s.at(pointer)));
  const tarif = view.tarif as FeeView[];
  if (tarif.length > 0) {
    return tarif.map((fee, k) => {
      const pointer = `/komponen/biaya/tarif/${k}`;
      const jumlah = asRecord(asArray(b.tarif)[k]).jumlah;
      const amount = typeof jumlah === 'number' && Number.isFinite(jumlah) ? jumlah : undefined;
      const node = s.g.open(s.part(pointer), 'Cost', s.at(pointer))!;
      node.set('dct:identifier', s.id(pointer));
      node.set('cv:hasValue', typed(amount, 'xsd:double'), s.at(`${pointer}/jumlah`));
      node.set('cv:currency', amount === undefined ? undefined : idr(pointer));
      node.set('dct:description', tagged(plainItems.fee(fee, s.lang).text, s.tag));
      return node.iri;
    });
  }
  const pointer = '/komponen/biaya';
  const node = s.g.open(s.part(pointer), 'Cost', s.at(pointer))!;
  node.set('dct:identifier', s.id(pointer));
  if (view.gratis === true) {
    node.set('cv:hasValue', typed(0, 'xsd:double'), s.at(`${pointer}/gratis`));
    node.set('cv:currency', idr(pointer));
    node.set('dct:description', tagged(view.keterangan === undefined ? undefined : String(view.keterangan), s.tag));
  } else {
    node.set('dct:description', tagged(plainText(componentBlocks(view, s.lang)), s.tag));
  }
  return [node.iri];
}

/** What the applicant receives. */
function outputs(s: ServiceParts, raw: unknown, stated: boolean): string[] {
  if (!stated) return [];
  return asArray(raw).flatMap((p, k) => {
    const pointer = `/komponen/produk/${k}`;
    const r = asRecord(p);
    const node = s.g.open(s.part(pointer), 'Output', s.at(pointer));
    if (!node) return [];
    node.set('dct:identifier', s.id(pointer));
    node.set('dct:title', tagged(isRecord(p) ? line(r.nama) : line(p), s.tag));
    node.set('dct:description', tagged(prose(r.uraian), s.tag), s.at(`${pointer}/uraian`));
    return [node.iri];
  });
}

/** The procedure: the rule the service follows, in the pages' wording. */
function procedure(s: ServiceParts, view: ComponentView | undefined): string | undefined {
  if (!ada(view)) return undefined;
  const pointer = '/komponen/sistem_mekanisme_prosedur';
  const node = s.g.open(s.part(pointer), 'Rule', s.at(pointer))!;
  node.set('dct:identifier', s.id(pointer));
  node.set('dct:title', tagged(view.label, s.lang));
  node.set('dct:description', tagged(plainText(componentBlocks(view, s.lang)), s.tag));
  return node.iri;
}

/** The ways to apply (counter, online, service mall), each of its kind. */
function channels(s: ServiceParts, views: readonly ServiceChannelView[]): string[] {
  return views.map((c, k) => {
    const pointer = `/kanal/${k}`;
    const node = s.g.open(s.part(pointer), 'Channel', s.at(pointer))!;
    const label = ownEntry(SERVICE_CHANNEL_LABELS, c.jenis);
    const kind = label ? s.g.thing(`${SP}kanal_${c.jenis}`, 'Concept', s.at(`${pointer}/jenis`), tagged(label[s.lang], s.lang)) : undefined;
    const said = `${c.nama ?? c.label}${c.alamat ? `: ${c.alamat}` : ''}${c.url ? ` (${c.url})` : ''}`;
    node.set('dct:identifier', s.id(pointer));
    node.set('dct:type', ref(kind), s.at(`${pointer}/jenis`));
    node.set('dct:description', tagged(c.catatan ? `${said}\n${String(c.catatan)}` : said, s.tag));
    return node.iri;
  });
}

const webPage = (s: ServiceParts, href: string | undefined, pointer: string) => (href ? ref(s.g.thing(href, 'Document', s.at(pointer))) : undefined);

/** The office's telephone, e-mail and website, with the service's opening hours. */
function contactPoint(s: ServiceParts, provider: Record<string, unknown>, providerSource: Origin['source'] | undefined, hours: readonly unknown[]): string | undefined {
  const phones = several(provider.telepon);
  const email = line(provider.email);
  const website = httpsHref(line(provider.website));
  if (phones.length === 0 && !email && !website && hours.length === 0) return undefined;
  const fromProvider = (pointer: string): Origin | undefined => (providerSource ? { source: providerSource, pointer } : undefined);
  const node = s.g.open(`${s.iri}/kontak`, 'ContactPoint', s.at(''))!;
  const opening = hours.map((h, k) => {
    const pointer = `/jam_pelayanan/${k}`;
    const r = asRecord(h);
    const when = [line(r.hari), line(r.jam)].filter(Boolean).join(' ');
    const catatan = prose(r.catatan);
    const time = s.g.open(s.part(pointer), 'TemporalEntity', s.at(pointer));
    time?.set('dct:description', tagged(catatan ? `${when}\n${catatan}` : when, s.tag));
    return s.part(pointer);
  });
  node.set('cv:telephone', phones, fromProvider('/telepon'));
  node.set('cv:email', email, fromProvider('/email'));
  node.set('cv:contactPage', webPage(s, website, ''), fromProvider('/website'));
  node.set('cv:openingHours', opening.map(ref), s.at('/jam_pelayanan'));
  return node.iri;
}

const CALLED = new Set(['telepon', 'whatsapp', 'sms']);

/** Where complaints, suggestions and input are received: a contact point each, in the pages' wording. */
function complaintChannels(s: ServiceParts, view: ComponentView | undefined): string[] {
  if (!ada(view)) return [];
  return (view.kanal as ComplaintChannelView[]).map((c, k) => {
    const pointer = `/komponen/pengaduan/kanal/${k}`;
    const node = s.g.open(s.part(pointer), 'ContactPoint', s.at(pointer))!;
    const addresses = [c.alamat, ...c.alamatLain.map((a) => a.alamat)].filter((a): a is string => a !== undefined);
    const links = c.alamat ? [c.href, ...c.alamatLain.map((a) => a.href)] : [];
    node.set('cv:telephone', CALLED.has(c.jenis) ? addresses : undefined, s.at(`${pointer}/alamat`));
    node.set('cv:email', c.jenis === 'email' ? addresses : undefined, s.at(`${pointer}/alamat`));
    node.set('cv:contactPage', c.aksi === 'web' ? links.map((href) => webPage(s, href, pointer)) : undefined, s.at(`${pointer}/alamat`));
    node.set('dct:description', tagged(plainItems.complaintChannel(c, s.lang).text, s.tag));
    return node.iri;
  });
}

/** The citation without the article or the gazette: the regulation's own name. */
const regulationName = (r: Record<string, unknown>) => citeRegulation({ jenis: r.jenis, penerbit: r.penerbit, nomor: r.nomor, tahun: r.tahun, tentang: r.tentang });

/**
 * A regulation the service rests on, once per unit (every service citing it links the same node),
 * with those cited with it (`jo`) as related. Its name is Indonesian whatever the document's language.
 */
function regulation(s: ServiceParts, raw: unknown, pointer: string): string {
  const r = asRecord(raw);
  const slug = regulationSlug(r);
  const iri = slug ? `${s.base}peraturan/${slug}` : s.part(pointer);
  const node = s.g.open(iri, 'LegalResource', s.at(pointer));
  if (!node) return iri;
  const related = asArray(r.jo).map((j, k) => regulation(s, j, `${pointer}/jo/${k}`));
  node.set('eli:title', tagged(line(regulationName(r)), 'id'));
  node.set('eli:id_local', line(shortRegulation(r)));
  node.set('rdfs:seeAlso', ref(httpsHref(line(r.url))), s.at(`${pointer}/url`));
  node.set('dct:relation', related.map(ref), s.at(`${pointer}/jo`));
  return node.iri;
}

/** A life event the office files the service under: one `cv:Event` shared by every service filed there, named as the pages name it. */
function lifeEvent(s: ServiceParts, event: { kode: string; label: string }): string {
  const iri = `${SP}peristiwa_${event.kode}`;
  const node = s.g.open(iri, 'Event', s.at('/peristiwa_hidup'));
  node?.set('dct:identifier', event.kode);
  node?.set('dct:title', tagged(event.label, s.lang));
  return iri;
}

function service(g: Graph, base: string, unit: ExportUnit, i: number, slug: string, org: { iri: string; area?: string } | undefined): void {
  const doc = unit.services[i]!;
  const data = asRecord(unit.unit.services[i]);
  const provider = asRecord(unit.unit.provider);
  const tag = line(data.bahasa) ?? line(provider.bahasa) ?? 'id';
  const lang = wordingOf(tag);
  const iri = `${base}layanan/${slug}`;
  const kode = line(data.kode) ?? slug;
  const s: ServiceParts = { g, base, iri, kode, tag, lang, doc, at: (pointer) => originOf(doc, pointer), part: (pointer) => partIri(iri, pointer), id: (pointer) => `${kode}${pointer}` };
  const view = serviceView(data, provider, lang);
  const komponen = asRecord(data.komponen);
  const node = g.open(iri, 'PublicService', s.at(''));
  if (!node) return;
  const status = ownEntry(STATUS_LABELS, data.status);
  const language = languageIri(tag);
  node.set('dct:identifier', kode, s.at('/kode'));
  node.set('dct:title', tagged(line(data.nama), tag), s.at('/nama'));
  node.set('dct:description', tagged(prose(data.deskripsi), tag), s.at('/deskripsi'));
  node.set('dcat:keyword', asArray(data.kata_kunci).map((k) => tagged(line(k), tag)), s.at('/kata_kunci'));
  node.set('sp:kategori', tagged(line(data.kategori), tag), s.at('/kategori'));
  node.set('cv:isGroupedBy', view.peristiwaHidup.map((e) => ref(lifeEvent(s, e))), s.at('/peristiwa_hidup'));
  node.set('dct:language', ref(language && g.thing(language, 'LinguisticSystem', s.at('/bahasa'))), s.at('/bahasa'));
  node.set('adms:status', ref(status && g.thing(`${SP}status_${String(data.status)}`, 'Concept', s.at('/status'), tagged(status[lang], lang))), s.at('/status'));
  node.set('cv:hasCompetentAuthority', ref(org?.iri), s.at(''));
  node.set('dct:spatial', ref(org?.area));
  node.set('cv:processingTime', typed(xsdDuration(komponen.jangka_waktu), 'xsd:duration'), s.at('/komponen/jangka_waktu'));
  const asked = requirements(s, view.komponen.persyaratan, komponen.persyaratan);
  node.set('cv:holdsRequirement', asked.requirements.map(ref), s.at('/komponen/persyaratan'));
  node.set('cpsv:hasInput', asked.evidence.map(ref), s.at('/komponen/persyaratan'));
  node.set('cpsv:follows', ref(procedure(s, view.komponen.sistem_mekanisme_prosedur)), s.at('/komponen/sistem_mekanisme_prosedur'));
  node.set('cv:hasCost', costs(s, view.komponen.biaya, komponen.biaya).map(ref), s.at('/komponen/biaya'));
  node.set('cpsv:produces', outputs(s, komponen.produk, ada(view.komponen.produk)).map(ref), s.at('/komponen/produk'));
  node.set('cv:hasChannel', channels(s, view.kanal).map(ref), s.at('/kanal'));
  node.set('cv:contactPoint', ref(contactPoint(s, provider, unit.provider?.source, asArray(data.jam_pelayanan))));
  node.set('sp:kanal_pengaduan', complaintChannels(s, view.komponen.pengaduan).map(ref), s.at('/komponen/pengaduan/kanal'));
  const dasar = ada(view.komponen.dasar_hukum) ? asArray(komponen.dasar_hukum) : [];
  node.set('cv:hasLegalResource', dasar.map((r, k) => ref(regulation(s, r, `/komponen/dasar_hukum/${k}`))), s.at('/komponen/dasar_hukum'));
  for (const c of COMPONENTS) {
    const v = view.komponen[c.key];
    if (ada(v)) node.set(`sp:${c.key}`, tagged(plainText(componentBlocks(v, lang)), tag), s.at(`/komponen/${c.key}`));
  }
}

/**
 * A unit as one CPSV-AP graph: its organisation once, every service with what it asks, costs,
 * gives, where it is applied for and what it rests on, and the text of every component it states
 * (`sp:`), each node with the place in the YAML it is made from.
 */
export function buildGraph(unit: ExportUnit): UnitGraph {
  const g = new Graph();
  const base = unitBase(unit.unit.provider, unit.name);
  const org = organisation(g, base, unit);
  const names = slugs(unit.unit.services.map((d) => line(asRecord(d).kode) ?? ''));
  unit.services.forEach((_, i) => service(g, base, unit, i, names[i]!, org));
  return { document: { '@context': [SEMIC_CONTEXT, PREFIXES], '@graph': [...g.nodes.values()] }, origins: g.origins };
}
