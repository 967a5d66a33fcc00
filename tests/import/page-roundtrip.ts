import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadUnits } from '../../src/check/load-units.js';
import { importFiles, READERS } from '../../src/import/index.js';
import { COMPONENTS } from '../../src/model/components.js';
import { duration } from '../../src/model/format.js';
import { gate, prepareUnit, renderDocument, type Media } from '../../src/render/index.js';
import { LIFE_EVENT_LABELS } from '../../src/model/life-events.js';
import { COMPLAINT_CHANNEL_LABELS, labels } from '../../src/render/labels.js';
import type { PeristiwaHidup } from '../../src/types/schema.js';
import { addressLine } from '../../src/render/view/unit.js';
import { texts } from './readers/helpers.js';

/**
 * The round trip of issue 13: every example service rendered to its full-standard page (HTML, or
 * that page printed to PDF) and imported back by `standar impor` must give the data it was made
 * of, fact by fact. `pageFacts` says, in one place, what "the same" means.
 */

export type Data = Record<string, unknown>;
const isObj = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface ExamplePage {
  /** "disdukcapil-sukamaju/ktp-el". */
  name: string;
  /** The service as the page shows it: its own file with the provider's defaults applied. */
  service: Data;
  provider: Data;
  html: string;
}

export interface ExampleUnit {
  unit: string;
  provider: Data;
  pages: ExamplePage[];
  /** The unit's maklumat page. */
  maklumat: string;
}

/** Every example unit with its services' full-standard pages and its maklumat page, for screen or print. */
export async function exampleUnits(media: Media): Promise<ExampleUnit[]> {
  const names = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const loaded = await loadUnits(names.map((n) => EXAMPLES + n), { lang: 'id', cwd: EXAMPLES });
  const { units } = gate(loaded, 'id');
  const out: ExampleUnit[] = [];
  for (const [u, gated] of units.entries()) {
    const { unit } = await prepareUnit(gated, 'id', { media });
    const provider = gated.provider!.data as unknown as Data;
    out.push({
      unit: names[u]!,
      provider,
      pages: gated.services.map((s, i) => ({
        name: `${names[u]}/${s.source.path.split('/').pop()!.replace(/\.yaml$/, '')}`,
        service: s.data as unknown as Data,
        provider,
        html: renderDocument('lengkap', unit, unit.services[i], { media }),
      })),
      maklumat: renderDocument('maklumat', unit, undefined, { media }),
    });
  }
  return out;
}

export interface Imported {
  services: Data[];
  provider?: Data;
  /** Words of the page as its reader read them that are nowhere in the drafts written, values or comments. */
  unwritten: string[];
}

const WORD = /[\p{L}\p{N}]{2,}/gu;

/** What `standar impor` writes for one file (the drafts' YAML, read back as data). */
export async function importBack(bytes: string | Uint8Array, extension: 'html' | 'pdf'): Promise<Imported> {
  const dir = await mkdtemp(join(tmpdir(), 'standar-roundtrip-'));
  try {
    const file = join(dir, `halaman.${extension}`);
    const content = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    await writeFile(file, content);
    const r = await importFiles([file], { cwd: dir, lang: 'id', dryRun: true });
    const services = r.services.map((s) => parse(s.text) as Data);
    // A life event is written as its code; the page shows the code's name, as it shows a channel's.
    const eventNames = services.flatMap((s) => (Array.isArray(s.peristiwa_hidup) ? s.peristiwa_hidup : []).map((code) => LIFE_EVENT_LABELS[code as PeristiwaHidup].id));
    const drafts = [...r.services.map((s) => s.text), r.provider?.text ?? '', ...eventNames].join('\n').toLowerCase();
    const read = await (await READERS[extension]())(file, content, { lang: 'id' });
    const unwritten = [...new Set(texts(read.blocks).flatMap((t) => [...t.matchAll(WORD)].map((m) => m[0])))].filter((w) => !drafts.includes(w.toLowerCase()));
    return { services, ...(r.provider ? { provider: parse(r.provider.text) as Data } : {}), unwritten };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The facts compared: the 14 components, the service's own facts, and the provider's on the page. */
export const COMPONENT_FACTS = COMPONENTS.map((c) => `komponen.${c.key}`);
export const SERVICE_FACTS = ['nama', 'kode', 'deskripsi', 'kategori', 'peristiwa_hidup', 'kata_kunci', 'versi', 'tanggal_reviu', 'konsultasi_publik', 'kanal', 'jam_pelayanan', 'penetapan'];

/** Fields of the provider the letterhead prints. */
const LETTERHEAD = ['pemerintah', 'instansi', 'nama', 'alamat', 'telepon', 'faksimili', 'email', 'website'];

/** Texts the print stylesheet sets in capitals (text-transform), by fact and field. */
const CAPITALS: Record<string, string[]> = { nama: [''], penetapan: ['jenis', 'nomor', 'tentang', 'lampiran'], kop: ['pemerintah', 'instansi', 'nama'] };

/**
 * What a page carries of a value, so that the original and the import of its page compare with
 * deep equality. Only what a page cannot carry is normalised, each for its reason:
 * - comments, key order and YAML style: gone once the YAML is read (deep equality ignores key order);
 * - white space: a page reflows text, so runs of spaces and line breaks are one space;
 * - a list item written as its text alone or as an object holding only that text (`uraian`, or
 *   `nama` for facilities and products), a value or a list of that one value: printed alike;
 * - a duration's `teks` that says word for word what the page prints from its numbers (and its
 *   `sejak`, or for complaints "Pengaduan dijawab paling lama …"): printed alike with or without it;
 * - a complaint channel's `nama` that is the name of its kind ("Kotak saran", "SP4N-LAPOR!"): the
 *   page prints the kind's name once;
 * - dates: a YAML date and its ISO text;
 * - `gratis: false`: a page says a fee is charged by its tariffs, never in words of its own;
 * - a provision with or without its word (`pasal: Pasal 44` or `44`, `ayat: (1)` or `1`): printed alike;
 * - the letterhead: only what it prints (`LETTERHEAD`), the address on one line as it prints it
 *   (an address written field by field is joined as the letterhead joins it), the website
 *   without the "https://" and closing "/" it leaves out;
 * - in print only, the texts the stylesheet sets in capitals (`CAPITALS`: the letterhead's names,
 *   the decree block, the service title) compare without case: a PDF's text has the capitals;
 * - `kasus` of a requirement group: the page does not print it (a gap of the renderer, named in
 *   `NOT_PRINTED`), so it is left out of both sides.
 */
export function pageFacts(service: Data, provider: Data | undefined, options: { print: boolean }): Data {
  const facts: Data = {};
  const komponen = isObj(service.komponen) ? service.komponen : {};
  for (const c of COMPONENTS) facts[`komponen.${c.key}`] = carried(komponen[c.key], []);
  for (const key of SERVICE_FACTS) facts[key] = carried(service[key], []);
  const kop: Data = {};
  for (const key of LETTERHEAD) if (provider?.[key] !== undefined) kop[key] = key === 'alamat' ? addressLine(provider[key]) : provider[key];
  if (typeof kop.website === 'string') kop.website = kop.website.replace(/^https:\/\//, '').replace(/\/$/, '');
  facts.kop = carried(kop, []);
  facts.maklumat = carried(provider?.maklumat, []);
  if (options.print) for (const [fact, fields] of Object.entries(CAPITALS)) facts[fact] = uncased(facts[fact], fields);
  return facts;
}

/** Fields no page prints: the renderer's gaps (reported on issue 13), kept out of the comparison. */
const NOT_PRINTED = ['kasus'];

function carried(v: unknown, path: string[]): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (PROVISION.has(path.at(-1) ?? '') && (typeof v === 'string' || typeof v === 'number')) return String(v).replace(/^(?:pasal|ayat|huruf|angka)\s+/i, '').replace(/^\((.*)\)$/, '$1');
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (Array.isArray(v)) return v.length === 1 && path.at(-1) !== undefined && SINGLE.has(path.at(-1)!) ? carried(v[0], path) : v.map((x) => carried(x, [...path, '[]']));
  if (!isObj(v)) return v;
  const out: Data = {};
  for (const [k, x] of Object.entries(v)) if (!NOT_PRINTED.includes(k)) out[k] = carried(x, [...path, k]);
  const keys = Object.keys(out);
  if (keys.length === 1 && (keys[0] === 'uraian' || keys[0] === 'nama') && path.at(-1) === '[]') return out[keys[0]];
  if (out.gratis === false) delete out.gratis;
  const words = [duration(out, 'id'), out.sejak].filter(Boolean).join(' ');
  if (typeof out.teks === 'string' && (out.teks === words || (path.at(-1) === 'jangka_waktu' && out.teks === `${labels('id').answeredWithin} ${words}.`))) delete out.teks;
  if (typeof out.jenis === 'string' && typeof out.nama === 'string' && out.nama.toLowerCase() === COMPLAINT_CHANNEL_LABELS[out.jenis as keyof typeof COMPLAINT_CHANNEL_LABELS]?.id.toLowerCase()) delete out.nama;
  return out;
}

/** The parts of a citation's provision, each printed with its word ("Pasal 44 ayat (1)"). */
const PROVISION = new Set(['pasal', 'ayat', 'huruf', 'angka']);

/** Fields that hold one value or a list of values, printed alike when the list has one. */
const SINGLE = new Set(['bentuk', 'alamat', 'telepon', 'faksimili']);

function uncased(v: unknown, fields: string[]): unknown {
  if (typeof v === 'string') return fields.includes('') ? v.toUpperCase() : v;
  if (!isObj(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fields.includes(k) && typeof x === 'string' ? x.toUpperCase() : x]));
}
