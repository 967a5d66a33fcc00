import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DataFactory, Parser, Store, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import type { ExportUnit } from '../../src/export/index.js';
import { QuadIndex } from '../../src/export/targets/cpsv-ap/dataset.js';
import { buildGraph } from '../../src/export/targets/cpsv-ap/graph.js';
import { graphQuads } from '../../src/export/targets/cpsv-ap/rdf.js';
import { classHierarchy, semicValidator } from '../../src/export/targets/cpsv-ap/semic.js';
import { shaclDiagnostics } from '../../src/export/targets/cpsv-ap/validate.js';
import { PREFIXES, SP } from '../../src/export/targets/cpsv-ap/vocabulary.js';
import { COMPONENTS } from '../../src/model/components.js';
import { LIFE_EVENT_LABELS } from '../../src/model/life-events.js';
import { gate } from '../../src/render/gate.js';
import { SERVICE_CHANNEL_LABELS, STATUS_LABELS } from '../../src/render/labels.js';
import { prepareUnit } from '../../src/render/prepare.js';
import { componentGroups } from '../../src/render/view/components.js';
import { componentBlocks, plainText } from '../../src/render/view/plain.js';
import { expectGolden, expectNoStrayGoldens } from '../golden/golden.js';
import { run, tempTree } from '../helpers.js';
import { readJsonLd } from './jsonld.js';

const REPO = join(import.meta.dirname, '..', '..');
const EXAMPLES = ['disdukcapil-sukamaju', 'kanim-sukamaju'].map((u) => join(REPO, 'examples', u));
const GOLDEN = join(REPO, 'tests', 'golden', 'ekspor', 'cpsv-ap');
const { namedNode, literal } = DataFactory;
const ns = (prefix: keyof typeof PREFIXES, local: string) => namedNode(PREFIXES[prefix] + local);
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

const out = () => mkdtemp(join(tmpdir(), 'standar-cpsv-'));

/** The triples of a graph one per line, sorted: two graphs are the same when these are. */
const ntriples = (quads: readonly Quad[]) => new Writer({ format: 'N-Triples' }).quadsToString([...quads]).split('\n').filter(Boolean).sort();

async function exportTo(inputs: string[], ...flags: string[]) {
  const dir = await out();
  const result = await run(['ekspor', ...inputs, '--ke', 'cpsv-ap', '--out', dir, ...flags], REPO);
  return { ...result, dir };
}

/** The examples exported once in each format, shared by the tests that read them. */
const examples = { jsonld: exportTo(EXAMPLES), ttl: exportTo(EXAMPLES, '--format', 'ttl') };

/** A unit as the export run hands it to a target: checked, gated and prepared. */
async function exportUnit(dir: string): Promise<ExportUnit> {
  const loaded = await loadUnits([dir], { lang: 'id', cwd: REPO });
  const [unit] = gate(loaded, 'id').units;
  const { unit: prepared } = await prepareUnit(unit!, 'id', { media: 'print' });
  return { dir, name: basename(dir), provider: unit!.provider, services: unit!.services, unit: prepared, maklumat: true };
}

describe('standar ekspor --ke cpsv-ap', () => {
  it('exports each example unit as one JSON-LD graph that passes SEMIC\'s CPSV-AP 3.2.0 shapes, the same bytes every time', async () => {
    const first = await examples.jsonld;
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('✔ 2 berkas cpsv-ap ditulis');
    expect(first.code).toBe(0);
    // The golden file was written by an earlier run: equal to it is the same bytes.
    const kanim = await readFile(join(first.dir, 'kanim-sukamaju.jsonld'), 'utf8');
    expectGolden(join(GOLDEN, 'kanim-sukamaju.jsonld'), kanim);
    expectNoStrayGoldens(GOLDEN, ['kanim-sukamaju.jsonld']);
  });

  it('writes the same triples as Turtle with --format ttl, under fixed prefixes', async () => {
    const jsonld = await examples.jsonld;
    const ttl = await examples.ttl;
    expect([ttl.code, ttl.stderr]).toEqual([0, '']);
    for (const unit of ['dukcapil-sukamaju', 'kanim-sukamaju']) {
      const turtle = await readFile(join(ttl.dir, `${unit}.ttl`), 'utf8');
      expect(turtle.startsWith(Object.entries(PREFIXES).map(([p, iri]) => `@prefix ${p}: <${iri}>.\n`).join(''))).toBe(true);
      const fromTurtle = new Parser().parse(turtle);
      const fromJsonLd = await readJsonLd(JSON.parse(await readFile(join(jsonld.dir, `${unit}.jsonld`), 'utf8')) as object);
      expect(fromTurtle.length).toBeGreaterThan(500);
      expect(ntriples(fromTurtle)).toEqual(ntriples(fromJsonLd));
    }
  });

  it('checks and writes as Turtle exactly the triples the reference JSON-LD processor reads from the .jsonld file', async () => {
    const dir = await tempTree({
      'uji/penyelenggara.yaml': 'kode: UJI-TERM\npemerintah: Pemerintah Kota Uji\nnama: Dinas Uji\nbahasa: en-US\nwebsite: https://dinas.ujikota.go.id\nwilayah: { jenis: kota, nama: Kota Uji }\n',
      'uji/layanan/a.yaml':
        'kode: UJI-A\nnama: Layanan A\ndeskripsi: Layanan untuk pengujian.\nstatus: draf\nkata_kunci: [akta, akta]\nkomponen:\n  jangka_waktu: { nilai: 2, satuan: minggu }\n  biaya: { tarif: [{ uraian: Salinan, jumlah: 2500.5, satuan: per lembar }, { uraian: Legalisasi, jumlah: 10000 }] }\n',
    });
    for (const unitDir of [...EXAMPLES, join(REPO, 'examples', 'puskesmas-sukamaju-utara'), join(dir, 'uji')]) {
      const graph = buildGraph(await exportUnit(unitDir));
      const written = JSON.parse(`${JSON.stringify(graph.document, null, 2)}\n`) as object;
      expect(ntriples(graphQuads(graph.document['@graph'])), unitDir).toEqual(ntriples(await readJsonLd(written)));
    }
  });

  it('says every component as the pages word it, the seven CPSV-AP has no class for in sp:, and the organisation once', async () => {
    const { dir } = await examples.jsonld;
    const store = new Store(await readJsonLd(JSON.parse(await readFile(join(dir, 'kanim-sukamaju.jsonld'), 'utf8')) as object));
    const organisations = store.getSubjects(RDF_TYPE, ns('cv', 'PublicOrganisation'), null);
    expect(organisations.map((o) => o.value)).toEqual(['https://sukamaju.imigrasi.go.id/standar-pelayanan/penyelenggara']);
    const service = namedNode('https://sukamaju.imigrasi.go.id/standar-pelayanan/layanan/imi-paspor-biasa');
    expect(store.getObjects(service, ns('cv', 'hasCompetentAuthority'), null)).toEqual(organisations);
    const unit = await exportUnit(EXAMPLES[1]!);
    const data = unit.unit.services.find((s) => s.kode === 'IMI-PASPOR-BIASA')!;
    const views = componentGroups(data.komponen, 'id').flatMap((g) => g.komponen);
    for (const c of COMPONENTS) {
      const expected = plainText(componentBlocks(views.find((v) => v.key === c.key)!, 'id'));
      expect(store.getObjects(service, namedNode(SP + c.key), null), c.key).toEqual([literal(expected, 'id')]);
    }
    // Working days are no xsd:duration: the time is said in words only.
    expect(store.getObjects(service, ns('cv', 'processingTime'), null)).toEqual([]);
    expect(store.getObjects(service, namedNode(`${SP}jangka_waktu`), null)[0]?.value).toBe('4 (empat) hari kerja sejak pemohon selesai wawancara');
    const costs = store.getObjects(service, ns('cv', 'hasCost'), null);
    expect(costs.map((c) => [store.getObjects(c, ns('cv', 'hasValue'), null)[0]?.value, store.getObjects(c, ns('cv', 'currency'), null)[0]?.value])).toEqual([
      ['6.5E5', 'http://publications.europa.eu/resource/authority/currency/IDR'],
      ['3.5E5', 'http://publications.europa.eu/resource/authority/currency/IDR'],
    ]);
    expect(store.getObjects(service, ns('cv', 'hasLegalResource'), null).map((r) => store.getObjects(r, ns('eli', 'title'), null)[0]?.value)).toContain('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik');
  });

  it('gives a processing time only in calendar terms, a free service a cost of 0 rupiah, and URN identifiers without an https website', async () => {
    const layanan = (kode: string, jangka: string, biaya = 'gratis: true') =>
      `kode: ${kode}\nnama: Layanan ${kode}\ndeskripsi: Layanan untuk pengujian ekspor.\nstatus: draf\nkomponen:\n  jangka_waktu: ${jangka}\n  biaya: { ${biaya} }\n  persyaratan:\n    - { uraian: Kartu Keluarga, bentuk: [asli, fotokopi], jumlah: 1 }\n    - Berusia 17 tahun\n`;
    const dir = await tempTree({
      'uji/penyelenggara.yaml': 'kode: UJI-CPSV\npemerintah: Pemerintah Kota Uji\nnama: Dinas Uji\nwebsite: http://dinas.ujikota.go.id\nwilayah: { jenis: kota, nama: Kota Uji }\n',
      'uji/layanan/kalender.yaml': layanan('UJI-KALENDER', '{ nilai: 14, satuan: hari_kalender }'),
      'uji/layanan/minggu.yaml': layanan('UJI-MINGGU', '{ nilai: 2, satuan: minggu }', 'tarif: [{ uraian: Legalisasi, jumlah: 10000, satuan: per lembar }]'),
      'uji/layanan/jam.yaml': layanan('UJI-JAM', '{ nilai: 24, satuan: jam_kalender }'),
      'uji/layanan/kerja.yaml': layanan('UJI-KERJA', '{ nilai: 3, satuan: hari_kerja }'),
      'uji/layanan/pecahan.yaml': layanan('UJI-PECAHAN', '{ nilai: 1.5, satuan: hari_kalender }'),
    });
    const result = await run(['ekspor', 'uji', '--ke', 'cpsv-ap', '--out', 'keluar'], dir);
    expect(result.stderr).not.toContain('cpsv-ap');
    expect(result.stdout).toContain('✔ 1 berkas cpsv-ap ditulis');
    const store = new Store(await readJsonLd(JSON.parse(await readFile(join(dir, 'keluar', 'uji-cpsv.jsonld'), 'utf8')) as object));
    const service = (kode: string) => namedNode(`urn:standar-pelayanan:uji-cpsv:layanan/${kode}`);
    const time = (kode: string) => store.getObjects(service(kode), ns('cv', 'processingTime'), null).map((t) => t.value);
    expect([time('uji-kalender'), time('uji-minggu'), time('uji-jam'), time('uji-kerja'), time('uji-pecahan')]).toEqual([['P14D'], ['P14D'], ['PT24H'], [], []]);
    expect(store.getObjects(service('uji-kerja'), namedNode(`${SP}jangka_waktu`), null)[0]?.value).toBe('3 (tiga) hari kerja');
    const [free] = store.getObjects(service('uji-kalender'), ns('cv', 'hasCost'), null);
    expect(store.getObjects(free!, ns('cv', 'hasValue'), null)).toEqual([literal('0.0E0', ns('xsd', 'double'))]);
    expect(store.getObjects(free!, ns('dct', 'description'), null)).toEqual([literal('Tidak dipungut biaya.', 'id')]);
    const [fee] = store.getObjects(service('uji-minggu'), ns('cv', 'hasCost'), null);
    expect(store.getObjects(fee!, ns('cv', 'hasValue'), null)[0]?.value).toBe('1.0E4');
    // A document named with its form is the evidence of its requirement; a condition is not.
    const requirements = store.getObjects(service('uji-kalender'), ns('cv', 'holdsRequirement'), null);
    expect(requirements.map((r) => store.getObjects(r, ns('dct', 'title'), null)[0]?.value)).toEqual(['Kartu Keluarga (asli dan fotokopi, 1 (satu) lembar)', 'Berusia 17 tahun']);
    const evidence = store.getObjects(service('uji-kalender'), ns('cpsv', 'hasInput'), null);
    expect(evidence.map((e) => [store.getObjects(e, ns('dct', 'title'), null)[0]?.value, store.getObjects(e, ns('cv', 'supportsRequirement'), null)[0]?.value])).toEqual([
      ['Kartu Keluarga', requirements[0]!.value],
    ]);
  });

  it('locates what a document that passes our schema still lacks for CPSV-AP, in the YAML, and still writes the file', async () => {
    const dir = await tempTree({
      'uji/penyelenggara.yaml': '# Unit uji tanpa wilayah.\nkode: UJI-RUSAK\npemerintah: Pemerintah Kota Uji\nnama: Dinas Uji\nwebsite: https://dinas.ujikota.go.id\n',
      'uji/layanan/tanpa-deskripsi.yaml': 'kode: UJI-A\nnama: Layanan tanpa deskripsi\nstatus: draf\nkomponen:\n  produk: [Surat keterangan]\n',
      'sendiri/layanan.yaml': 'kode: UJI-B\nnama: Layanan tanpa penyelenggara\ndeskripsi: Berkas layanan yang berdiri sendiri.\nstatus: draf\nkomponen:\n  produk: [Surat keterangan]\n',
    });
    const result = await run(['ekspor', 'uji', 'sendiri/layanan.yaml', '--ke', 'cpsv-ap', '--out', 'keluar', '--format', 'ttl'], dir);
    const found = result.stderr.split('\n').filter((l) => l.endsWith('cpsv-ap'));
    expect(found).toEqual([
      expect.stringMatching(/^uji\/layanan\/tanpa-deskripsi\.yaml:1:1 +galat +cpsv:PublicService tidak punya dct:description \(description\), yang diwajibkan CPSV-AP 3\.2\.0\. +cpsv-ap$/),
      expect.stringMatching(/^uji\/penyelenggara\.yaml:2:1 +galat +cv:PublicOrganisation tidak punya dct:spatial \(spatial\), yang diwajibkan CPSV-AP 3\.2\.0\. +cpsv-ap$/),
      expect.stringMatching(/^sendiri\/layanan\.yaml:1:1 +galat +cpsv:PublicService tidak punya cv:hasCompetentAuthority \(has competent authority\), yang diwajibkan CPSV-AP 3\.2\.0\. +cpsv-ap$/),
    ]);
    expect(result.stderr).toContain('Saran: Tulis "wilayah" di penyelenggara.yaml, misalnya wilayah: { jenis: kota, nama: Kota Sukamaju }.');
    expect(result.stdout).toContain('✔ 2 berkas cpsv-ap ditulis');
    expect(result.code).toBe(1);
    expect(new Parser().parse(await readFile(join(dir, 'keluar', 'uji-rusak.ttl'), 'utf8')).length).toBeGreaterThan(0);
    expect(new Parser().parse(await readFile(join(dir, 'keluar', 'sendiri.ttl'), 'utf8')).length).toBeGreaterThan(0);

    const english = await run(['ekspor', 'uji', '--ke', 'cpsv-ap', '--out', 'keluar-en', '--lang', 'en'], dir);
    expect(english.stderr).toContain('The cv:PublicOrganisation has no dct:spatial (spatial), which CPSV-AP 3.2.0 requires.');
  });

  it('maps a violation of any node back to the YAML its value comes from, a default of penyelenggara.yaml once for every service inheriting it', async () => {
    const unit = await exportUnit(EXAMPLES[0]!);
    const graph = buildGraph(unit);
    const quads = graphQuads(graph.document['@graph']);
    const org = namedNode('https://disdukcapil.sukamajukota.go.id/standar-pelayanan/penyelenggara');
    const hasValue = ns('cv', 'hasValue');
    // A graph no YAML can make: the organisation without its name, every free service's cost a word.
    const mutated = quads
      .filter((q) => !(q.subject.equals(org) && q.predicate.equals(ns('skos', 'prefLabel'))))
      .map((q) => (q.predicate.equals(hasValue) ? DataFactory.quad(q.subject, hasValue, literal('gratis', ns('xsd', 'double'))) : q));
    const provider = unit.provider!.source;
    const found = await shaclDiagnostics(mutated, graph.origins, { source: provider, pointer: '' }, 'en');
    expect(found.map((d) => [basename(d.file), d.line, d.column, d.pointer, d.rule, d.severity])).toEqual([
      ['penyelenggara.yaml', 7, 7, '/nama', 'cpsv-ap', 'error'],
      ['penyelenggara.yaml', 80, 15, '/bawaan/komponen/biaya/gratis', 'cpsv-ap', 'error'],
    ]);
    expect(found[1]!.message).toBe('The value "gratis" of the cv:Cost\'s cv:hasValue (has value) is not valid under CPSV-AP 3.2.0.');
    expect(await shaclDiagnostics(quads, graph.origins, { source: provider, pointer: '' }, 'en')).toEqual([]);
  });

  it('finds in its own index of the graph exactly what SHACL finds in an n3 Store of it', async () => {
    const unit = await exportUnit(EXAMPLES[0]!);
    const xsdDouble = ns('xsd', 'double');
    // Missing values and wrong literals everywhere: every kind of result the shapes can give.
    const quads = [...graphQuads(buildGraph(unit).document['@graph']), ...classHierarchy()]
      .filter((_, i) => i % 7 !== 3)
      .map((q, i) => (i % 11 === 0 && q.object.termType === 'Literal' ? DataFactory.quad(q.subject, q.predicate, literal('x', xsdDouble)) : q));
    const results = async (data: QuadIndex | Store) =>
      (await semicValidator().validate(data)).results.map((r) => [r.focusNode?.value, r.path?.value, r.sourceConstraintComponent?.value, r.value?.value, r.severity?.value].join(' ')).sort();
    const found = await results(new QuadIndex(quads));
    expect(found.length).toBeGreaterThan(50);
    expect(found).toEqual(await results(new Store(quads)));
  });

  it('defines every term of its extension in the vocabulary it ships (schemas/sp.ttl), labelled as the export labels them', async () => {
    const vocabulary = new Store(new Parser().parse(await readFile(join(REPO, 'schemas', 'sp.ttl'), 'utf8')));
    const defined = (iri: string) => vocabulary.getQuads(namedNode(iri), RDF_TYPE, null, null).length > 0;
    const used = new Set<string>();
    for (const unit of ['dukcapil-sukamaju', 'kanim-sukamaju']) {
      const quads = await readJsonLd(JSON.parse(await readFile(join((await examples.jsonld).dir, `${unit}.jsonld`), 'utf8')) as object);
      for (const q of quads) for (const t of [q.predicate, q.object]) if (t.value.startsWith(SP)) used.add(t.value);
    }
    const expected = [
      ...COMPONENTS.map((c) => SP + c.key),
      `${SP}kanal_pengaduan`,
      `${SP}kategori`,
      ...Object.keys(STATUS_LABELS).map((k) => `${SP}status_${k}`),
      ...Object.keys(SERVICE_CHANNEL_LABELS).map((k) => `${SP}kanal_${k}`),
      ...Object.keys(LIFE_EVENT_LABELS).map((k) => `${SP}peristiwa_${k}`),
    ];
    expect([...used].filter((iri) => !expected.includes(iri))).toEqual([]);
    expect(expected.filter((iri) => !defined(iri))).toEqual([]);
    const labels = (iri: string) => vocabulary.getObjects(namedNode(iri), ns('skos', 'prefLabel'), null).map((l) => `${l.value}@${(l as { language?: string }).language}`).sort();
    for (const [k, label] of Object.entries(STATUS_LABELS)) expect(labels(`${SP}status_${k}`)).toEqual([`${label.id}@id`, `${label.en}@en`].sort());
    for (const [k, label] of Object.entries(SERVICE_CHANNEL_LABELS)) expect(labels(`${SP}kanal_${k}`)).toEqual([`${label.id}@id`, `${label.en}@en`].sort());
    const titles = (iri: string) => vocabulary.getObjects(namedNode(iri), ns('dct', 'title'), null).map((l) => `${l.value}@${(l as { language?: string }).language}`).sort();
    for (const [k, label] of Object.entries(LIFE_EVENT_LABELS)) expect(titles(`${SP}peristiwa_${k}`)).toEqual([`${label.id}@id`, `${label.en}@en`].sort());
  });
});
