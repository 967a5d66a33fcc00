import { describe, expect, it } from 'vitest';
import { serviceSummary } from '../../src/check/files.js';
import { runProviderRules, runServiceRules, runUnitRules } from '../../src/check/rule-runner.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseSource } from '../../src/load/source.js';
import { applyDefaults, type ProviderDoc } from '../../src/load/unit.js';
import { unstatedInProvider } from '../../src/rules/lib/unstated.js';
import { BASE_PROVIDER, BASE_SERVICE, checkUnit, onlyRule, TEST_REGISTRY, variant } from './helpers.js';

const id = 'tidak-dinyatakan';
const said = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);

const STEPS = `    - pelaksana: Pemohon
      uraian: Menyerahkan berkas.
      waktu: { nilai: 10, satuan: menit }
    - pelaksana: Petugas
      uraian: Menerbitkan KK.
      waktu: { nilai: 1, satuan: hari_kerja }
`;
const HEAD = 'kepala:\n  nama: Dr. Ratna Kusumawardani, M.Si.\n  jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil\n  pangkat_golongan: Pembina Utama Muda, IV/c\n  nip: "197603152000032004"\n';
const MAKLUMAT = BASE_PROVIDER.slice(BASE_PROVIDER.indexOf('maklumat:'), BASE_PROVIDER.indexOf('bawaan:'));
/** A unit copied from its public pages: no head, no maklumat in them. */
const PAGE_PROVIDER = variant(variant(BASE_PROVIDER, HEAD, 'kepala: { tidak_dinyatakan: true, alasan: halaman tidak menyebutnya }\n'), MAKLUMAT, 'maklumat: { tidak_dinyatakan: true }\n');
const page = (service: string) => variant(variant(service, 'status: ditetapkan', 'status: ditetapkan\ncakupan: penyampaian'), /penetapan:\n( {2}.*\n)+/.exec(service)![0], 'penetapan: { tidak_dinyatakan: true }\n');
const PAGE = page(BASE_SERVICE);

describe('tidak-dinyatakan', () => {
  it('lists once, at penyelenggara.yaml\'s first, every part the unit\'s documents leave unsaid that is no defect of them', () => {
    const found = checkUnit(id, [['layanan/kk.yaml', PAGE]], { provider: PAGE_PROVIDER });
    expect(said(found)).toEqual(['penyelenggara.yaml:8:9 info Tidak dinyatakan dalam dokumen: kepala unit; maklumat pelayanan. Di layanan/kk.yaml: keputusan penetapan.']);
    expect(found[0]!.hint).toBe('Dicatat sekali, bukan sebagai cacat: dokumen yang disalin memang tidak memuatnya, dan halaman menampilkannya apa adanya. Bila unit mempunyai naskah yang menyebutnya, tulis di "kepala", "maklumat" dan "penetapan".');
    const en = checkUnit(id, [['layanan/kk.yaml', PAGE]], { provider: PAGE_PROVIDER, lang: 'en' });
    expect(en.map((d) => d.message)).toEqual(['Not stated in the document: the head of the unit; the service pledge (maklumat). In layanan/kk.yaml: the decree that set the standard.']);
  });

  it('is at the first service\'s first unsaid part when penyelenggara.yaml leaves nothing unsaid, and silent when nothing is', () => {
    expect(said(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE], ['layanan/ktp.yaml', PAGE]]))).toEqual(['layanan/ktp.yaml:5:12 info Tidak dinyatakan dalam dokumen: keputusan penetapan.']);
    expect(checkUnit(id, [['layanan/kk.yaml', BASE_SERVICE]])).toEqual([]);
  });

  it('names together the files that leave the same things unsaid, the first three of them', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((n): [string, string] => [`layanan/${n}.yaml`, PAGE]);
    expect(checkUnit(id, files.slice(0, 3), { provider: PAGE_PROVIDER }).map((d) => d.message)).toEqual(['Tidak dinyatakan dalam dokumen: kepala unit; maklumat pelayanan. Di layanan/a.yaml, layanan/b.yaml dan layanan/c.yaml: keputusan penetapan.']);
    expect(checkUnit(id, files, { provider: PAGE_PROVIDER }).map((d) => d.message)).toEqual(['Tidak dinyatakan dalam dokumen: kepala unit; maklumat pelayanan. Di layanan/a.yaml, layanan/b.yaml dan 3 berkas lain: keputusan penetapan.']);
    expect(checkUnit(id, files, { provider: PAGE_PROVIDER, lang: 'en' }).map((d) => d.message)).toEqual(['Not stated in the document: the head of the unit; the service pledge (maklumat). In layanan/a.yaml, layanan/b.yaml and 3 other files: the decree that set the standard.']);
  });

  it('says a default of penyelenggara.yaml once, there, however many drafts inherit it', () => {
    const provider = variant(BASE_PROVIDER, '    evaluasi_kinerja: [Survei Kepuasan Masyarakat]\n', '    evaluasi_kinerja: { tidak_dinyatakan: true }\n');
    const draft = variant(BASE_SERVICE, 'status: ditetapkan', 'status: draf');
    expect(said(checkUnit(id, [['layanan/a.yaml', draft], ['layanan/b.yaml', draft]], { provider }))).toEqual(['penyelenggara.yaml:35:23 info Tidak dinyatakan dalam dokumen: komponen "Evaluasi kinerja pelaksana".']);
  });

  it('notes passive steps once per flow, naming the flow and the complaint follow-up', () => {
    const passive = variant(BASE_SERVICE, STEPS, '    - uraian: Berkas diverifikasi.\n    - pelaksana: Petugas\n      uraian: Menerbitkan KK.\n    - uraian: Berkas diserahkan kepada pemohon.\n');
    expect(said(checkUnit(id, [['a.yaml', passive]]))).toEqual(['a.yaml:22:7 info Tidak dinyatakan dalam dokumen: pelaksana langkah ke-1, ke-3.']);
    expect(checkUnit(id, [['a.yaml', passive]], { lang: 'en' }).map((d) => d.message)).toEqual(['Not stated in the document: the actor of steps 1, 3.']);
    const alur = '    alur:\n      - nama: Daring\n        langkah:\n          - uraian: Berkas diverifikasi.\n';
    const followUp = '  pengaduan:\n    kanal:\n      - jenis: sp4n_lapor\n        alamat: https://www.lapor.go.id\n    tindak_lanjut:\n      - pelaksana: Petugas\n        uraian: Mencatat aduan.\n      - uraian: Aduan dijawab.\n';
    const both = variant(BASE_SERVICE, STEPS, alur) + followUp;
    const found = checkUnit(id, [['a.yaml', both]]);
    expect(found.map((d) => [d.pointer, d.message])).toEqual([['/komponen/sistem_mekanisme_prosedur/alur/0/langkah/0', 'Tidak dinyatakan dalam dokumen: pelaksana langkah ke-1 (Daring); pelaksana langkah ke-2 tindak lanjut pengaduan.']]);
    expect(found[0]!.hint).toContain('tulis di "pelaksana".');
  });

  it('spares the head\'s name when what is set are public pages, even pages that name their decree', () => {
    const titleOnly = variant(BASE_PROVIDER, '  nama: Dr. Ratna Kusumawardani, M.Si.\n', '');
    const withoutMaklumat = titleOnly.slice(0, titleOnly.indexOf('maklumat:')) + titleOnly.slice(titleOnly.indexOf('bawaan:'));
    const namedPage = variant(BASE_SERVICE, 'status: ditetapkan', 'status: ditetapkan\ncakupan: penyampaian');
    expect(said(checkUnit(id, [['a.yaml', namedPage]], { provider: withoutMaklumat }))).toEqual(['penyelenggara.yaml:9:3 info Tidak dinyatakan dalam dokumen: nama kepala unit.']);
  });
});

/** Every rule on a unit, as validate runs them; and the places tidak-dinyatakan lists. */
function checkAll(services: [string, string][], providerYaml: string): { diagnostics: Diagnostic[]; listed: string[] } {
  const parsed = parseSource('penyelenggara.yaml', providerYaml, 'id').source!;
  const provider: ProviderDoc = { source: parsed, data: parsed.data as ProviderDoc['data'], valid: true };
  const options = { ...onlyRule(id), rules: undefined, registry: TEST_REGISTRY };
  const docs = services.map(([file, yaml]) => applyDefaults(parseSource(file, yaml, 'id').source!, provider, true));
  const summaries = docs.map((doc) => serviceSummary(doc));
  const diagnostics = [...runProviderRules(provider, options), ...docs.flatMap((d) => runServiceRules(d, options)), ...runUnitRules(provider, summaries, options)];
  const listed = [...unstatedInProvider(provider.data, summaries).map((u) => `penyelenggara.yaml#${u.pointer}`), ...summaries.flatMap((s) => (s.unstated ?? []).map((u) => `${u.file}#${u.pointer}`))];
  return { diagnostics, listed };
}

describe('one absence, one finding', () => {
  const excerpt = (service: string) => variant(service, 'status: ditetapkan', 'status: ditetapkan\ncakupan: kutipan');
  const draft = (service: string) => variant(service, 'status: ditetapkan', 'status: draf');
  const unsigned = variant(variant(BASE_SERVICE, '  tanggal: 2026-02-16\n', ''), '  penandatangan:\n    nama: Dr. Ratna Kusumawardani, M.Si.\n    jabatan: Kepala Dinas\n', '  penandatangan: { tidak_dinyatakan: true }\n');
  const noProduct = variant(BASE_SERVICE, '  produk:\n    - Kartu Keluarga\n', '  produk: { tidak_dinyatakan: true }\n');
  const cases: [string, [string, string][], string][] = [
    ['a set full standard copied whole', [['a.yaml', BASE_SERVICE]], BASE_PROVIDER],
    ['public pages of a unit that names nothing', [['a.yaml', PAGE], ['b.yaml', page(noProduct)]], PAGE_PROVIDER],
    ['an excerpt and a draft', [['a.yaml', excerpt(unsigned)], ['b.yaml', draft(noProduct)]], PAGE_PROVIDER],
    ['a full standard beside a public page', [['a.yaml', unsigned], ['b.yaml', PAGE], ['c.yaml', noProduct]], PAGE_PROVIDER],
  ];
  it.each(cases)('%s: each unsaid part is listed by tidak-dinyatakan or said by its own rule, never both', (_name, services, provider) => {
    const { diagnostics, listed } = checkAll(services, provider);
    const elsewhere = diagnostics.filter((d) => d.rule !== id && listed.some((place) => `${d.file}#${d.pointer}`.startsWith(place)));
    expect(elsewhere.map((d) => `${d.file}#${d.pointer} ${d.rule}`)).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === id).length).toBe(listed.length > 0 ? 1 : 0);
  });
});
