import { serviceSummary } from '../../src/check/files.js';
import { runProviderRules, runServiceRules, runUnitRules } from '../../src/check/rule-runner.js';
import type { CheckOptions } from '../../src/check/options.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { Lang } from '../../src/i18n/index.js';
import { locate, parseSource } from '../../src/load/source.js';
import { applyDefaults, type ProviderDoc } from '../../src/load/unit.js';
import { fileURLToPath } from 'node:url';
import type { Regulation } from '../../src/registry/types.js';
import type { SurveyResultsFile } from '../../src/model/skm-results.js';
import { RULES } from '../../src/rules/index.js';
import type { UnitInput } from '../../src/rules/types.js';

export interface RuleRun {
  /** penyelenggara.yaml text; the base provider when left out, none when null. */
  provider?: string | null;
  now?: string;
  options?: Record<string, unknown>;
  lang?: Lang;
  /** A unit's own regulations, as its peraturan.yaml would list them. */
  peraturan?: Regulation[];
}

/** The small registry rule tests and the rule docs' examples are judged against: tests/fixtures/registry. */
export const TEST_REGISTRY = fileURLToPath(new URL('../fixtures/registry/', import.meta.url));

/** Only `id` switched on, so a test sees what that rule says and nothing else. */
export function onlyRule(id: string, run: RuleRun = {}): CheckOptions {
  if (!(id in RULES)) throw new Error(`unknown rule ${id}`);
  const rules = Object.fromEntries(Object.keys(RULES).map((k) => [k, k === id ? { options: run.options } : { severity: 'off' as const }]));
  const configs = run.peraturan ? { fixed: { dir: '/', rules: {}, overrides: [], ignores: [], peraturan: [{ file: '/peraturan.yaml', entries: run.peraturan }] }, byDir: {} } : undefined;
  return { lang: run.lang ?? 'id', cwd: '/', now: run.now ?? '2026-06-01T00:00:00Z', rules, registry: TEST_REGISTRY, ...(configs ? { configs } : {}) };
}

/** penyelenggara.yaml's text as the checker reads it, its schema taken as met. */
export function providerDoc(text: string, lang: Lang = 'id'): ProviderDoc {
  const parsed = parseSource('penyelenggara.yaml', text, lang);
  if (!parsed.source) throw new Error(`bad provider YAML: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  return { source: parsed.source, data: parsed.source.data as ProviderDoc['data'], valid: true };
}

/** Run one service-scope rule on a service (with the base provider's defaults unless told otherwise). */
export function checkService(id: string, yaml: string, run: RuleRun = {}): Diagnostic[] {
  const lang = run.lang ?? 'id';
  const parsed = parseSource('layanan.yaml', yaml, lang);
  if (!parsed.source) throw new Error(`bad service YAML: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  const p = run.provider === null ? undefined : providerDoc(run.provider ?? BASE_PROVIDER, lang);
  return runServiceRules(applyDefaults(parsed.source, p, true), onlyRule(id, run));
}

export function checkProvider(id: string, yaml: string, run: RuleRun = {}): Diagnostic[] {
  return runProviderRules(providerDoc(yaml, run.lang ?? 'id'), onlyRule(id, run));
}

/**
 * The survey results a unit keeps, from files named `skm/hasil-<periode>.json` among a test's
 * files (only their period is read; check/skm-results.ts reads real ones); none when there are none.
 */
function surveyOf(files: [string, string][], lang: Lang): UnitInput['survey'] {
  const kept = files.filter(([file]) => file.startsWith('skm/'));
  if (kept.length === 0) return undefined;
  const periods = kept.flatMap(([file, text]): SurveyResultsFile[] => {
    const source = parseSource(file, text, lang).source;
    const results = source?.data as SurveyResultsFile['results'] | undefined;
    return source && results?.periode ? [{ file, results, selesaiAt: locate(source, '/periode/selesai') }] : [];
  });
  const latest = periods.sort((a, b) => a.results.periode.selesai.localeCompare(b.results.periode.selesai)).pop();
  return { found: kept.filter(([file]) => file !== 'skm/').length, kept: true, ...(latest ? { latest } : {}) };
}

/** Run a unit rule on several services, each given as [file, yaml]; files under `skm/` are the unit's survey (an empty `skm/` for a folder without results). */
export function checkUnit(id: string, services: [string, string][], run: RuleRun = {}): Diagnostic[] {
  const lang = run.lang ?? 'id';
  const p = providerDoc(run.provider ?? BASE_PROVIDER, lang);
  // As the checker summarizes a service, with the provider's defaults.
  const summaries = services.filter(([file]) => !file.startsWith('skm/')).map(([file, yaml]) => serviceSummary(applyDefaults(parseSource(file, yaml, lang).source!, p, true)));
  return runUnitRules(p, summaries, onlyRule(id, run), surveyOf(services, lang));
}

/** A provider whose defaults satisfy every rule. */
export const BASE_PROVIDER = `kode: DUKCAPIL-SUKAMAJU
pemerintah: Pemerintah Kota Sukamaju
nama: Dinas Kependudukan dan Pencatatan Sipil
wilayah:
  jenis: kota
  nama: Kota Sukamaju
  provinsi: Provinsi Nusa Harapan
kepala:
  nama: Dr. Ratna Kusumawardani, M.Si.
  jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil
  pangkat_golongan: Pembina Utama Muda, IV/c
  nip: "197603152000032004"
maklumat:
  janji:
    - Melakukan perbaikan secara terus-menerus.
  tempat: Sukamaju
  tanggal: 2026-01-05
bawaan:
  komponen:
    pengaduan:
      kanal:
        - jenis: sp4n_lapor
          alamat: https://www.lapor.go.id
        - jenis: whatsapp
          alamat: 0812-3456-7890
      jangka_waktu: { nilai: 5, satuan: hari_kerja }
    sarana_prasarana:
      - Ruang tunggu
      - nama: Kursi roda
        kelompok_rentan: true
    kompetensi_pelaksana: [Memahami administrasi kependudukan.]
    pengawasan_internal: [Pengawasan oleh atasan langsung.]
    jaminan_pelayanan: [Pelayanan sesuai standar.]
    jaminan_keamanan_keselamatan: [Data pemohon dijaga kerahasiaannya.]
    evaluasi_kinerja: [Survei Kepuasan Masyarakat]
`;

/** The provider the examples in docs/rules/*.md are checked with: the base one's region and head, no defaults. */
export const DOCS_PROVIDER = BASE_PROVIDER.slice(0, BASE_PROVIDER.indexOf('maklumat:'));
/** "Today" for the examples in docs/rules/*.md. */
export const DOCS_NOW = '2026-06-01T00:00:00Z';

/**
 * Run one rule on a documentation example, whatever its scope; several files are separated by
 * `---`, and a unit rule's example may bring its own penyelenggara.yaml (named in its first line).
 */
export function checkExample(id: string, yaml: string, lang: Lang = 'id'): Diagnostic[] {
  const run = { provider: DOCS_PROVIDER, now: DOCS_NOW, lang };
  const scope = RULES[id]!.scope;
  if (scope === 'provider') return checkProvider(id, yaml, run);
  if (scope === 'unit') {
    const files = yaml.split(/^---$/m).map((doc, i): [string, string] => [/^# (\S+)/m.exec(doc)?.[1] ?? `layanan-${i + 1}.yaml`, doc]);
    const own = files.find(([file]) => file === 'penyelenggara.yaml');
    return checkUnit(id, files.filter((f) => f !== own), { ...run, provider: own?.[1] ?? DOCS_PROVIDER });
  }
  return checkService(id, yaml, run);
}

/** A set standard that satisfies every rule; tests change one thing in it. */
export const BASE_SERVICE = `kode: DUK-KK
nama: Penerbitan Kartu Keluarga
status: ditetapkan
penetapan:
  nomor: 400.12/112/Disdukcapil/2026
  tanggal: 2026-02-16
  penandatangan:
    nama: Dr. Ratna Kusumawardani, M.Si.
    jabatan: Kepala Dinas
konsultasi_publik:
  tanggal: 2026-01-27
  peserta:
    - kelompok: pengguna_layanan
      jumlah: 12
tanggal_reviu: 2026-02-16
komponen:
  persyaratan:
    - Surat pengantar RT/RW
    - uraian: Buku nikah
      bentuk: fotokopi
  sistem_mekanisme_prosedur:
    - pelaksana: Pemohon
      uraian: Menyerahkan berkas.
      waktu: { nilai: 10, satuan: menit }
    - pelaksana: Petugas
      uraian: Menerbitkan KK.
      waktu: { nilai: 1, satuan: hari_kerja }
  jangka_waktu:
    nilai: 3
    satuan: hari_kerja
    teks: 3 (tiga) hari kerja sejak berkas dinyatakan lengkap
  biaya:
    gratis: true
    keterangan: Tidak dipungut biaya.
  produk:
    - Kartu Keluarga
  dasar_hukum:
    - jenis: UU
      nomor: 24
      tahun: 2013
      tentang: Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan
    - jenis: Perda
      penerbit: Kota Sukamaju
      nomor: 5
      tahun: 2021
      tentang: Penyelenggaraan Administrasi Kependudukan
  jumlah_pelaksana:
    total: 3
    rincian:
      - { peran: Petugas loket, jumlah: 2 }
      - { peran: Operator, jumlah: 1 }
`;

/** Replace one exact piece of the base service, failing loudly when it is not there. */
export function variant(base: string, find: string, replace: string): string {
  if (!base.includes(find)) throw new Error(`not in base: ${find}`);
  return base.replace(find, replace);
}

/** The rule ids and messages, for assertions that read like the output. */
export const brief = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);
