/**
 * Judging a unit written the way real documents are published against its `diharapkan.yaml`
 * (tests/fixtures/as-published/README.md, issue 10): which facts of the document fit, which real
 * defects the tool flags, which findings are noise, whether the pages render and keep every fact.
 * One home for the bench (bench/as-published.ts) and the test (tests/fixtures/as-published.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { loadUnits, type LoadedUnit } from '../../src/check/load-units.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { asRecord, isRecord } from '../../src/load/guards.js';
import { parsePointer } from '../../src/load/pointer.js';
import { terbilang } from '../../src/model/terbilang.js';
import { longDate } from '../../src/model/format.js';
import { gate } from '../../src/render/gate.js';
import { buildSite, prepareUnit, renderDocument } from '../../src/render/index.js';

/**
 * What the fixture must give. Not a .yaml: `validate`, `build` and every test that walks the
 * fixtures read any .yaml in a unit's folder as a service, so the unit would no longer be what a
 * user has (FIXTURES-FORMAT.md named it diharapkan.yaml; a file by that name is refused with a
 * reason). Its content is YAML.
 */
export const EXPECTED_FILE = 'diharapkan.txt';
const OLD_EXPECTED_FILE = 'diharapkan.yaml';
export type Shape = 'bersih' | 'dibengkokkan' | 'hilang';
const SHAPES: readonly Shape[] = ['bersih', 'dibengkokkan', 'hilang'];

/** A finding named by its file (relative to the unit), rule and optional pointer prefix. */
export interface FindingSpec {
  berkas: string;
  aturan: string;
  pointer?: string;
}
export interface Fact {
  teks: string;
  /** Where the YAML holds it; absent only for a fact that could not be written (`hilang`). */
  di?: { berkas: string; pointer: string };
  bentuk: Shape;
  line: number;
}
export interface Defect {
  uraian: string;
  temuan: FindingSpec | null;
  line: number;
}
export interface Fair {
  temuan: FindingSpec;
  alasan: string;
  line: number;
}
export interface Expected {
  fakta: Fact[];
  cacat: Defect[];
  wajar: Fair[];
  /**
   * Noise already known: findings that are neither a defect nor fair, kept so the test stays
   * green until a rule is fixed (then the entry goes), each with why it is noise. Still noise.
   */
  derau: Fair[];
}

export interface FactResult extends Fact {
  /** The pointer exists and its value holds the fact's words (always true for `hilang`). */
  held: boolean;
  /** The fact's words are on the full standard (or the maklumat) page; undefined when not looked for. */
  onPage?: boolean;
}
export interface DefectResult extends Defect {
  findings: Diagnostic[];
  /** Flagged means a warning or an error: an info alone does not make a citizen-facing defect visible. */
  status: 'ditandai' | 'hanya-info' | 'terlewat';
}
export interface FairResult extends Fair {
  findings: Diagnostic[];
}
export interface UnitReport {
  name: string;
  dir: string;
  /** Problems of diharapkan.yaml itself (missing, unreadable, an entry of the wrong shape). */
  expectationProblems: string[];
  diagnostics: Diagnostic[];
  facts: FactResult[];
  defects: DefectResult[];
  fair: FairResult[];
  /** Findings that are neither a listed defect nor listed as fair: known (in `derau`) or not. */
  noise: Diagnostic[];
  /** The `derau` entries, each with the findings it names. */
  knownNoise: FairResult[];
  render: { ok: true; pages: number } | { ok: false; error: string };
}

const isUnit = (dir: string) => ['penyelenggara.yaml', EXPECTED_FILE, OLD_EXPECTED_FILE, 'layanan'].some((f) => existsSync(join(dir, f)));

/**
 * The unit folders a path names: the folder itself when it is a unit, else its sub-folders that
 * are, in name order. Works on any folder, inside the repository or not.
 */
export function unitsIn(path: string): string[] {
  const dir = resolve(path);
  if (!statSync(dir).isDirectory()) throw new Error(`${path} is not a folder`);
  if (isUnit(dir)) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isUnit(join(dir, e.name)))
    .map((e) => join(dir, e.name))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Words: how a fact's text is compared with a value or a page.

/** Spellings and abbreviations documents use for the words the schema and the pages use. */
const SPELLINGS: Record<string, string[]> = {
  fotocopy: ['fotokopi'],
  photocopy: ['fotokopi'],
  fc: ['fotokopi'],
  telp: ['telepon'],
  tlp: ['telepon'],
  fax: ['faksimili'],
  faks: ['faksimili'],
  no: ['nomor'],
  website: ['situs', 'web'],
  thn: ['tahun'],
  permendagri: ['peraturan', 'menteri', 'dalam', 'negeri'],
  permenkumham: ['peraturan', 'menteri', 'hukum', 'hak', 'asasi', 'manusia'],
  kapolri: ['kepala', 'kepolisian', 'negara', 'republik', 'indonesia'],
  perpol: ['peraturan', 'kepolisian', 'negara', 'republik', 'indonesia'],
  uu: ['undang', 'undang'],
  pp: ['peraturan', 'pemerintah'],
  perpres: ['peraturan', 'presiden'],
  permen: ['peraturan', 'menteri'],
  perda: ['peraturan', 'daerah'],
  pergub: ['peraturan', 'gubernur'],
  perbup: ['peraturan', 'bupati'],
  perwali: ['peraturan', 'wali', 'kota'],
};
/** Joining words a document adds around what the YAML holds ("kotak saran di ruang tunggu"). */
const JOINING = new Set(['di', 'ke', 'dari', 'dan', 'yang', 'pada', 'untuk', 'oleh']);

/**
 * The words of a text, as compared: lower case; "Rp" dropped; a number's thousands dots and
 * decimal ",00"/",-" removed so "Rp350.000,00" and 350000 agree; letters and digits split where
 * they meet ("1x24" → 1 x 24); any punctuation, dash or underscore a separator.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    // "FC. … (menunjukkan aslinya)" is the schema's form "diperlihatkan".
    .replace(/(?:menunjukkan|memperlihatkan|menunjukan)\s+(?:dokumen\s+)?asli(?:nya)?/g, 'diperlihatkan')
    .replace(/(\d),(?:0+|-)(?!\d)/g, '$1')
    .replace(/(\d)[.,](?=\d)/g, '$1')
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter((w) => w !== '' && w !== 'rp' && !JOINING.has(w))
    .flatMap((w) => (Object.hasOwn(SPELLINGS, w) ? SPELLINGS[w]! : [w]));
}

/**
 * A day or month number as a decree writes it ("09 September", "01-02-2024") is the page's "9",
 * "1": only two-digit words, so a phone's "0271" keeps its zero.
 */
const dayNumber = (w: string) => w.replace(/^0(?=\d$)/, '');

/**
 * Whether `haystack` holds the fact's words: each of them among its words, or the fact's words
 * run together inside its words run together (a phone "0813-7700-4410" written "081377004410").
 */
export function holdsWords(fact: string, haystack: string): boolean {
  const want = words(fact);
  const have = words(haystack);
  const set = new Set(have.map(dayNumber));
  return want.every((w) => set.has(dayNumber(w))) || have.join('').includes(want.join(''));
}

/**
 * A YAML value as text: its keys (the field names say what a value is: "telepon", "kotak_saran")
 * and every scalar, numbers also in words, dates also written out, a requirement's `jumlah` in
 * sheets ("1 (satu) lembar") and the staff `total` in people ("9 (sembilan) orang"), as the
 * schema defines them.
 */
const UNIT_WORDS: Record<string, string> = { jumlah: 'lembar orang', total: 'orang' };

function valueText(value: unknown, key = ''): string {
  if (Array.isArray(value)) return `${key} ${value.map((v) => valueText(v)).join(' ')}`;
  if (isRecord(value)) return `${key} ${Object.entries(value).map(([k, v]) => valueText(v, k)).join(' ')}`;
  if (typeof value === 'number') return `${key} ${Object.hasOwn(UNIT_WORDS, key) ? UNIT_WORDS[key] : ''} ${Number.isSafeInteger(value) && value >= 0 ? `${value} ${terbilang(value)}` : String(value)}`;
  if (typeof value === 'boolean') return value ? key : '';
  if (typeof value === 'string') return `${key} ${/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value} ${longDate(value, 'id')}` : value}`;
  return '';
}

function at(data: unknown, pointer: string): { found: boolean; value?: unknown } {
  let node = data;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node) && /^\d+$/.test(segment) && Number(segment) < node.length) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return { found: false };
  }
  return { found: true, value: node };
}

/** The text a reader gets from a page: visible text and link targets, entities decoded. */
export function pageText(html: string): string {
  const decode = (s: string) =>
    s
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&');
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!));
  const body = html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ');
  return `${decode(body)} ${hrefs.join(' ')}`;
}

/** The full standard's row of one component, so a fact is looked for where it belongs. */
function componentRow(html: string, key: string): string {
  const start = html.indexOf(`<tr id="komponen-${key}">`);
  if (start < 0) return '';
  const next = html.indexOf('<tr id="komponen-', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

// ---------------------------------------------------------------------------------------------
// diharapkan.yaml

function findingSpec(value: unknown, where: string, problems: string[]): FindingSpec | undefined {
  const r = asRecord(value);
  if (typeof r.berkas !== 'string' || typeof r.aturan !== 'string' || (r.pointer !== undefined && typeof r.pointer !== 'string')) {
    problems.push(`${where}: temuan needs berkas and aturan (text), pointer optional (text)`);
    return undefined;
  }
  return { berkas: r.berkas, aturan: r.aturan, ...(typeof r.pointer === 'string' ? { pointer: r.pointer } : {}) };
}

/** Reads a unit's diharapkan.yaml; every entry of the wrong shape is a problem, never a throw. */
export function readExpected(dir: string): { expected: Expected; problems: string[] } {
  const expected: Expected = { fakta: [], cacat: [], wajar: [], derau: [] };
  const path = join(dir, EXPECTED_FILE);
  if (existsSync(join(dir, OLD_EXPECTED_FILE))) return { expected, problems: [`${OLD_EXPECTED_FILE} is read by validate as a service of the unit: rename it ${EXPECTED_FILE} (same content)`] };
  if (!existsSync(path)) return { expected, problems: [`${EXPECTED_FILE} is missing`] };
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { expected, problems: doc.errors.map((e) => `${EXPECTED_FILE}: ${e.message}`) };
  const problems: string[] = [];
  const lineOf = (offset: number | undefined) => (offset === undefined ? 0 : text.slice(0, offset).split('\n').length);
  const items = (key: keyof Expected) => {
    const node = doc.get(key, true) as { items?: { range?: [number, number, number] }[] } | undefined;
    const data = doc.toJS() as Record<string, unknown> | null;
    const list = data?.[key];
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) {
      problems.push(`${EXPECTED_FILE}: ${key} must be a list`);
      return [];
    }
    return list.map((v: unknown, i) => ({ v: asRecord(v), where: `${EXPECTED_FILE}:${lineOf(node?.items?.[i]?.range?.[0])} ${key}[${i}]`, line: lineOf(node?.items?.[i]?.range?.[0]) }));
  };
  for (const { v, where, line } of items('fakta')) {
    const bentuk = v.bentuk ?? 'bersih';
    if (typeof v.teks !== 'string' || v.teks.trim() === '') problems.push(`${where}: teks is missing`);
    if (typeof bentuk !== 'string' || !SHAPES.includes(bentuk as Shape)) problems.push(`${where}: bentuk must be one of ${SHAPES.join(', ')}`);
    let di: Fact['di'];
    if (typeof v.di === 'string') {
      const hash = v.di.indexOf('#');
      if (hash < 0 || (hash + 1 < v.di.length && v.di[hash + 1] !== '/')) problems.push(`${where}: di must be "file#/json/pointer"`);
      else di = { berkas: v.di.slice(0, hash), pointer: v.di.slice(hash + 1) };
    } else if (v.di !== undefined || bentuk !== 'hilang') problems.push(`${where}: di is missing (only a "hilang" fact has none)`);
    if (typeof v.teks === 'string') expected.fakta.push({ teks: v.teks, bentuk: SHAPES.includes(bentuk as Shape) ? (bentuk as Shape) : 'bersih', line, ...(di ? { di } : {}) });
  }
  for (const { v, where, line } of items('cacat')) {
    if (typeof v.uraian !== 'string') problems.push(`${where}: uraian is missing`);
    const temuan = v.temuan === null ? null : findingSpec(v.temuan, where, problems);
    if (temuan !== undefined) expected.cacat.push({ uraian: String(v.uraian ?? ''), temuan, line });
  }
  for (const key of ['wajar', 'derau'] as const) {
    for (const { v, where, line } of items(key)) {
      if (typeof v.alasan !== 'string' || v.alasan.trim() === '') problems.push(`${where}: alasan is missing`);
      const temuan = findingSpec(v.temuan, where, problems);
      if (temuan) expected[key].push({ temuan, alasan: String(v.alasan ?? ''), line });
    }
  }
  return { expected, problems };
}

// ---------------------------------------------------------------------------------------------
// Judging a unit

const matches = (spec: FindingSpec, d: Diagnostic) => d.file === spec.berkas && d.rule === spec.aturan && (spec.pointer === undefined || d.pointer === spec.pointer || d.pointer.startsWith(`${spec.pointer}/`));

interface Pages {
  /** Full standard of each service, by the service file's path. */
  lengkap: Map<string, string>;
  other: string[];
  maklumat?: string;
}

/** Renders as the CLI does (checked first, so drafts carry their mark): the site, and each full standard. */
async function render(loaded: Awaited<ReturnType<typeof loadUnits>>): Promise<{ pages?: Pages; render: UnitReport['render'] }> {
  try {
    const gated = gate(loaded, 'id').units[0];
    if (!gated) return { render: { ok: false, error: 'no unit found' } };
    const { unit } = await prepareUnit(gated, 'id');
    const site = buildSite(unit);
    const lengkap = new Map(gated.services.map((s, i) => [s.source.path, renderDocument('lengkap', unit, unit.services[i])]));
    const other = unit.services.map((s) => renderDocument('publik', unit, s));
    const maklumat = isRecord(asRecord(unit.provider).maklumat) ? renderDocument('maklumat', unit) : undefined;
    return { pages: { lengkap, other, ...(maklumat ? { maklumat } : {}) }, render: { ok: true, pages: [...site.files.keys()].filter((p) => p.endsWith('.html')).length } };
  } catch (e) {
    return { render: { ok: false, error: e instanceof Error ? e.message : String(e) } };
  }
}

function sourceOf(unit: LoadedUnit | undefined, berkas: string): unknown {
  if (!unit) return undefined;
  if (unit.provider?.source.path === berkas) return unit.provider.source.data;
  return unit.services.find((s) => s.source.path === berkas)?.source.data;
}

/** Where on the pages a fact held at `di` must be read. */
function pageFor(pages: Pages, di: NonNullable<Fact['di']>): string {
  const service = pages.lengkap.get(di.berkas);
  const component = (prefix: string) => new RegExp(`^${prefix}/komponen/([^/]+)`).exec(di.pointer)?.[1];
  if (service !== undefined) {
    const key = component('');
    return pageText(key ? componentRow(service, key) : service);
  }
  if (di.pointer.startsWith('/maklumat')) return pageText(pages.maklumat ?? '');
  const inherited = component('/bawaan');
  if (inherited) return [...pages.lengkap.values()].map((html) => pageText(componentRow(html, inherited))).join(' ');
  return [...pages.lengkap.values(), ...pages.other, pages.maklumat ?? ''].map(pageText).join(' ');
}

/** Checks a unit (library `loadUnits`, as `validate` does) and judges it against its diharapkan.yaml. */
export async function evaluateUnit(dir: string): Promise<UnitReport> {
  const abs = resolve(dir);
  const { expected, problems } = readExpected(abs);
  const loaded = await loadUnits([abs], { cwd: abs, lang: 'id' });
  const unit = loaded.units[0];
  const { pages, render: rendered } = await render(loaded);
  const diagnostics = loaded.diagnostics;

  const defects: DefectResult[] = expected.cacat.map((c) => {
    const findings = c.temuan ? diagnostics.filter((d) => matches(c.temuan!, d)) : [];
    const status = findings.some((d) => d.severity !== 'info') ? 'ditandai' : findings.length > 0 ? 'hanya-info' : 'terlewat';
    return { ...c, findings, status };
  });
  const claimed = new Set(defects.flatMap((d) => d.findings));
  const fair: FairResult[] = expected.wajar.map((w) => ({ ...w, findings: diagnostics.filter((d) => !claimed.has(d) && matches(w.temuan, d)) }));
  for (const f of fair) for (const d of f.findings) claimed.add(d);
  const noise = diagnostics.filter((d) => !claimed.has(d));
  const knownNoise: FairResult[] = expected.derau.map((n) => ({ ...n, findings: noise.filter((d) => matches(n.temuan, d)) }));

  const facts: FactResult[] = expected.fakta.map((f) => {
    if (!f.di) return { ...f, held: f.bentuk === 'hilang' };
    const { found, value } = at(sourceOf(unit, f.di.berkas), f.di.pointer);
    // A list item is named by its list's key: /telepon/0 is a "telepon".
    const key = parsePointer(f.di.pointer).filter((p) => !/^\d+$/.test(p)).pop();
    const held = found && holdsWords(f.teks, valueText(value, key));
    return { ...f, held, ...(pages && f.bentuk !== 'hilang' ? { onPage: holdsWords(f.teks, pageFor(pages, f.di)) } : {}) };
  });

  return { name: basename(abs), dir: abs, expectationProblems: problems, diagnostics, facts, defects, fair, noise, knownNoise, render: rendered };
}

export const where = (d: Diagnostic) => `${d.file}:${d.line} ${d.rule} ${d.message}`;
