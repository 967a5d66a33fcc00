import type { Lang } from '../../i18n/index.js';
import { asArray, asRecord, isRecord } from '../../load/guards.js';
import { isNotStated } from '../../model/absence.js';
import { COMPONENTS } from '../../model/components.js';
import { timeUnit } from '../../model/format.js';
import type { ServiceField } from '../../model/service-fields.js';
import { isDraft } from '../../render/gate.js';
import { labels } from '../../render/labels.js';
import { citeRegulation } from '../../render/peraturan.js';
import { forms } from '../../render/view/components.js';
import { componentBlocks, plainText } from '../../render/view/plain.js';
import { line, text } from '../../render/view/read.js';
import { serviceView, type ServiceView } from '../../render/view/service.js';
import { addressLine } from '../../render/view/unit.js';
import type { ExportUnit } from '../types.js';

/**
 * The tables every spreadsheet target writes, made once: the sheet "Layanan" (one row per
 * service), "Tarif" (one row per tariff line) and "Persyaratan" (one row per requirement) of
 * `--ke xlsx` and `--ke csv`, and the SIPP record of `--ke sipp`, which is the same row under the
 * columns a mapping names. A value is what the pages show (the same views, the same wording); a
 * list is written as numbered lines, or for SIPP, which numbers items itself, one item a line.
 */

export type Cell = string | number | Date | undefined;

/** How a column is shown: a short text, a long text that wraps, a count, an amount in rupiah, a date. */
export type CellKind = 'text' | 'long' | 'number' | 'rupiah' | 'date';

export interface Column {
  header: string;
  kind: CellKind;
}

export interface Table {
  /** The sheet's name; a CSV file is named after it. */
  name: string;
  columns: Column[];
  rows: Cell[][];
}

type Rec = Record<string, unknown>;

/** One service as every table reads it. */
interface Service {
  data: Rec;
  provider: Rec;
  view: ServiceView;
  /** The language of the standard's fixed wording ("Catatan", "Belum diisi"), as on its pages. */
  lang: Lang;
  draft: boolean;
}

function servicesOf(units: readonly ExportUnit[]): Service[] {
  return units.flatMap((u) =>
    u.unit.services.map((s, i) => {
      const data = s as unknown as Rec;
      const provider = asRecord(u.unit.provider);
      const lang: Lang = data.bahasa === 'en' ? 'en' : 'id';
      return { data, provider, view: serviceView(data, provider, lang), lang, draft: isDraft(u.unit.verdict?.services[i]) };
    }),
  );
}

const lines = (values: readonly (string | undefined)[]) => values.filter((v): v is string => v !== undefined && v !== '').join('\n') || undefined;
const several = (v: unknown) => (Array.isArray(v) ? v : [v]).map(line);

/** A text as written, its paragraphs kept (a cell shows line breaks). */
const prose = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** "2026-02-16" as a date (midnight UTC, so it reads back as the same day anywhere); anything else as written. */
function dateCell(v: unknown): Cell {
  const s = line(v);
  if (s === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? new Date(`${s}T00:00:00Z`) : s;
}

const yesNo = (b: boolean) => (b ? 'ya' : 'tidak');

/** A component the document writes (not absent, not "tidak dinyatakan"), else undefined. */
function stated(s: Service, key: string): unknown {
  const v = asRecord(s.data.komponen)[key];
  return v === undefined || v === null || isNotStated(v) ? undefined : v;
}

function amounts(s: Service): number[] | undefined {
  const biaya = stated(s, 'biaya');
  if (!isRecord(biaya)) return undefined;
  if (biaya.gratis === true) return [0];
  const found = asArray(biaya.tarif).map((t) => asRecord(t).jumlah).filter((a): a is number => typeof a === 'number');
  return found.length > 0 ? found : undefined;
}

/** The requirements of every group, top level only: what an office counts as "n persyaratan". */
function requirementCount(s: Service): number | undefined {
  const p = stated(s, 'persyaratan');
  if (p === undefined) return undefined;
  if (Array.isArray(p)) return p.length;
  const r = asRecord(p);
  return asArray(r.butir).length + asArray(r.kelompok).reduce<number>((n, g) => n + asArray(asRecord(g).butir).length, 0);
}

function stepCount(s: Service): number | undefined {
  const p = stated(s, 'sistem_mekanisme_prosedur');
  if (p === undefined) return undefined;
  if (Array.isArray(p)) return p.length;
  return asArray(asRecord(p).alur).reduce<number>((n, a) => n + asArray(asRecord(a).langkah).length, 0);
}

const completion = (s: Service) => asRecord(stated(s, 'jangka_waktu'));

/**
 * How a row is written: lists numbered or one item a line (`numbers`), and a component the
 * document does not give as the pages say it ("Belum diisi", "Tidak dinyatakan …"), or as an
 * empty cell (`gaps: false`, for a public record that must not print the tool's wording).
 */
export interface RowStyle {
  numbers: boolean;
  gaps: boolean;
}

function componentText(s: Service, key: string, { numbers, gaps }: RowStyle): Cell {
  const view = s.view.komponen[key]!;
  return view.ada || gaps ? plainText(componentBlocks(view, s.lang), { numbers }) : undefined;
}

interface Field {
  kind: CellKind;
  value(s: Service, style: RowStyle): Cell;
}

const FIELDS: Record<ServiceField, Field> = {
  instansi: { kind: 'text', value: (s) => line(s.provider.instansi) ?? line(s.provider.pemerintah) },
  unit: { kind: 'text', value: (s) => line(s.provider.nama) },
  // Offices are named alike across regions ("Dinas Kependudukan dan Pencatatan Sipil"): the region tells them apart.
  wilayah: { kind: 'text', value: (s) => line(asRecord(s.provider.wilayah).nama) },
  alamat: { kind: 'long', value: (s) => addressLine(s.provider.alamat) },
  telepon: { kind: 'text', value: (s) => several(s.provider.telepon).filter(Boolean).join(', ') || undefined },
  email: { kind: 'text', value: (s) => line(s.provider.email) },
  website: { kind: 'text', value: (s) => line(s.provider.website) },
  kode: { kind: 'text', value: (s) => line(s.data.kode) },
  nama: { kind: 'text', value: (s) => line(s.data.nama) },
  deskripsi: { kind: 'long', value: (s) => prose(s.data.deskripsi) },
  kategori: { kind: 'text', value: (s) => line(s.data.kategori) },
  peristiwa_hidup: { kind: 'text', value: (s) => s.view.peristiwaHidup.map((e) => e.label).join('; ') || undefined },
  kata_kunci: { kind: 'text', value: (s) => several(s.data.kata_kunci).filter(Boolean).join(', ') || undefined },
  status: { kind: 'text', value: (s) => line(s.data.status) },
  cakupan: { kind: 'text', value: (s) => line(s.data.cakupan) ?? 'lengkap' },
  nomor_sk: { kind: 'text', value: (s) => line(asRecord(s.data.penetapan).nomor) },
  tanggal_sk: { kind: 'date', value: (s) => dateCell(asRecord(s.data.penetapan).tanggal) ?? line(asRecord(s.data.penetapan).tahun) },
  tanggal_reviu: { kind: 'date', value: (s) => dateCell(s.data.tanggal_reviu) },
  gratis: { kind: 'text', value: (s) => (isRecord(stated(s, 'biaya')) ? yesNo(asRecord(stated(s, 'biaya')).gratis === true) : undefined) },
  biaya_terendah: { kind: 'rupiah', value: (s) => (amounts(s) ? Math.min(...amounts(s)!) : undefined) },
  biaya_tertinggi: { kind: 'rupiah', value: (s) => (amounts(s) ? Math.max(...amounts(s)!) : undefined) },
  jangka_waktu_nilai: { kind: 'number', value: (s) => (typeof completion(s).nilai === 'number' ? (completion(s).nilai as number) : undefined) },
  jangka_waktu_satuan: { kind: 'text', value: (s) => timeUnit(completion(s).satuan, 'id') },
  jumlah_persyaratan: { kind: 'number', value: requirementCount },
  jumlah_langkah: { kind: 'number', value: stepCount },
  // "Tatap muka: Kantor Disdukcapil — Jl. Merdeka Raya No. 17": a dash before the place and the address, since names carry brackets of their own.
  kanal: {
    kind: 'long',
    value: (s) => lines(s.view.kanal.map((k) => [`${k.label}${k.nama ? `: ${k.nama}` : ''}`, k.alamat, k.url].filter(Boolean).join(' — ') + (k.catatan ? ` ${labels(s.lang).note}: ${k.catatan.teks}` : ''))),
  },
  jam_pelayanan: { kind: 'long', value: (s) => lines(s.view.jamPelayanan.map((j) => `${String(j.hari)}: ${String(j.jam)}${j.catatan ? ` (${j.catatan.teks})` : ''}`)) },
  siap_terbit: { kind: 'text', value: (s) => yesNo(!s.draft) },
  ...(Object.fromEntries(
    COMPONENTS.map((c) => [c.key, { kind: 'long', value: (s: Service, style: RowStyle) => componentText(s, c.key, style) }]),
  ) as Record<(typeof COMPONENTS)[number]['key'], Field>),
};

/** The columns of the sheet "Layanan": who, what, where it stands, the figures at a glance, then the 14 components. */
export const LAYANAN_COLUMNS: readonly (readonly [string, ServiceField])[] = [
  ['Unit penyelenggara', 'unit'],
  ['Wilayah', 'wilayah'],
  ['Kode', 'kode'],
  ['Nama layanan', 'nama'],
  ['Deskripsi', 'deskripsi'],
  ['Kategori', 'kategori'],
  ['Peristiwa hidup', 'peristiwa_hidup'],
  ['Kata kunci', 'kata_kunci'],
  ['Status', 'status'],
  ['Cakupan', 'cakupan'],
  ['Nomor keputusan', 'nomor_sk'],
  ['Tanggal keputusan', 'tanggal_sk'],
  ['Tanggal reviu', 'tanggal_reviu'],
  ['Gratis', 'gratis'],
  ['Biaya terendah (Rp)', 'biaya_terendah'],
  ['Biaya tertinggi (Rp)', 'biaya_tertinggi'],
  ['Jangka waktu (angka)', 'jangka_waktu_nilai'],
  ['Satuan jangka waktu', 'jangka_waktu_satuan'],
  ['Jumlah persyaratan', 'jumlah_persyaratan'],
  ['Jumlah langkah prosedur', 'jumlah_langkah'],
  ['Kanal layanan', 'kanal'],
  ['Jam pelayanan', 'jam_pelayanan'],
  ['Siap terbit', 'siap_terbit'],
  ...COMPONENTS.map((c) => [c.label.id, c.key] as const),
];

/**
 * One row per service under the given columns (header → field, or null for a column left empty):
 * the sheet "Layanan", or the SIPP record under the columns of its mapping.
 */
export const serviceTable = (units: readonly ExportUnit[], name: string, columns: readonly (readonly [string, ServiceField | null])[], style: RowStyle): Table => rowsOf(servicesOf(units), name, columns, style);

function rowsOf(services: readonly Service[], name: string, columns: readonly (readonly [string, ServiceField | null])[], style: RowStyle): Table {
  return {
    name,
    columns: columns.map(([header, field]) => ({ header, kind: field ? FIELDS[field].kind : 'text' })),
    rows: services.map((s) => columns.map(([, field]) => (field ? FIELDS[field].value(s, style) : undefined))),
  };
}

/** Whether any service of the units has pages that carry the draft mark. */
export const hasDraft = (units: readonly ExportUnit[]) => units.some((u) => u.unit.verdict?.services.some(isDraft) ?? false);

const who = (s: Service): Cell[] => [line(s.provider.nama), line(s.data.kode), line(s.data.nama)];
const WHO: Column[] = [
  { header: 'Unit penyelenggara', kind: 'text' },
  { header: 'Kode layanan', kind: 'text' },
  { header: 'Nama layanan', kind: 'text' },
];

const cite = (v: unknown) => (isRecord(v) ? line(citeRegulation(v)) : undefined);

/** One row per tariff line: its amount as a number, its own legal basis or else the fee's. */
function tariffTable(services: readonly Service[]): Table {
  const rows = services.flatMap((s) => {
    const biaya = asRecord(stated(s, 'biaya'));
    const basis = lines(asArray(biaya.dasar_hukum).map(cite));
    return asArray(biaya.tarif).map((v, i) => {
      const t = asRecord(v);
      return [...who(s), i + 1, line(t.uraian), typeof t.jumlah === 'number' ? t.jumlah : line(t.jumlah), line(t.satuan), cite(t.dasar_hukum) ?? basis, text(t.catatan)?.teks];
    });
  });
  return {
    name: 'Tarif',
    columns: [...WHO, { header: 'No', kind: 'number' }, { header: 'Uraian', kind: 'long' }, { header: 'Jumlah (Rp)', kind: 'rupiah' }, { header: 'Satuan', kind: 'text' }, { header: 'Dasar hukum', kind: 'long' }, { header: 'Catatan', kind: 'long' }],
    rows,
  };
}

/** "KTP-el (asli) atau Surat Keterangan Kependudukan": a requirement's choices, each with its form. */
function choices(s: Rec, lang: Lang): string | undefined {
  const each = asArray(s.pilihan).map((c) => {
    const r = asRecord(c);
    const name = isRecord(c) ? line(r.uraian) : line(c);
    const form = isRecord(c) ? forms(r, lang) : undefined;
    return name && form ? `${name} (${form})` : name;
  });
  return each.filter(Boolean).join(` ${labels(lang).or} `) || undefined;
}

function requirementRows(s: Service, group: string | undefined, list: readonly unknown[], prefix: string): Cell[][] {
  return list.flatMap((v, i) => {
    const no = prefix ? `${prefix}.${String.fromCharCode(97 + (i % 26))}` : String(i + 1);
    const r = asRecord(v);
    if (!isRecord(v)) return [[...who(s), group, no, line(v), undefined, undefined, undefined, 'ya', undefined, undefined]];
    const own = line(r.uraian);
    const either = choices(r, s.lang);
    const uraian = own && either ? `${own}: ${either}` : (own ?? either);
    const jumlah = typeof r.jumlah === 'number' ? r.jumlah : line(r.jumlah);
    const row: Cell[] = [...who(s), group, no, uraian, forms(r, s.lang), jumlah, line(r.kondisi), yesNo(r.wajib !== false), cite(r.dasar_hukum), text(r.catatan)?.teks];
    return [row, ...requirementRows(s, group, asArray(r.rincian), no)];
  });
}

/** One row per requirement, by group ("Penerbitan baru"; a group that adds to the general list says so), items below a requirement numbered 1.a, 1.b. */
function requirementTable(services: readonly Service[]): Table {
  const rows = services.flatMap((s) => {
    const p = stated(s, 'persyaratan');
    if (p === undefined) return [];
    if (Array.isArray(p)) return requirementRows(s, undefined, p, '');
    const r = asRecord(p);
    return [
      ...requirementRows(s, undefined, asArray(r.butir), ''),
      ...asArray(r.kelompok).flatMap((g) => {
        const k = asRecord(g);
        const nama = line(k.nama);
        return requirementRows(s, k.tambahan === true ? `${nama ?? ''} (${labels(s.lang).inAddition})`.trim() : nama, asArray(k.butir), '');
      }),
    ];
  });
  return {
    name: 'Persyaratan',
    columns: [
      ...WHO,
      { header: 'Kelompok', kind: 'text' },
      { header: 'No', kind: 'text' },
      { header: 'Uraian', kind: 'long' },
      { header: 'Bentuk', kind: 'text' },
      { header: 'Jumlah (lembar)', kind: 'number' },
      { header: 'Kondisi', kind: 'text' },
      { header: 'Wajib', kind: 'text' },
      { header: 'Dasar hukum', kind: 'long' },
      { header: 'Catatan', kind: 'long' },
    ],
    rows,
  };
}

/** The three tables of `--ke xlsx` and `--ke csv`, from one reading of each service. */
export function standardTables(units: readonly ExportUnit[]): Table[] {
  const services = servicesOf(units);
  return [rowsOf(services, 'Layanan', LAYANAN_COLUMNS, { numbers: true, gaps: true }), tariffTable(services), requirementTable(services)];
}
