import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { picomatch } from '../load/glob.js';
import { helperThreads, ThreadPool, workerAvailable } from '../threads.js';
import type { BuiltSite } from '../audit/site.js';
import { PORTAL_FILE, portalDiagnostic, readPortalConfig, type PortalConfig } from '../config/portal.js';
import type { Diagnostic } from '../diagnostics.js';
import { childPath, compareCodeUnits } from '../files/folders.js';
import { readFound } from '../files/read.js';
import type { Lang, Text } from '../i18n/index.js';
import { CONFIG_FILES, displayPath, PROVIDER_FILES } from '../load/discover.js';
import { distinctNames } from '../model/unit-names.js';
import { PACKAGE_VERSION } from '../package-info.js';
import { buildPortal, type PortalFile, type PortalPageLink, type UnknownReference } from '../render/portal/portal.js';
import { CATALOGUE_LIMITS, catalogueItems, type CatalogueItem, type CatalogueLimits, type PortalUnit, type UnitSummary } from '../render/portal/catalogue.js';
import { readLogo } from '../render/logo.js';
import { BUILTIN_TEMPLATE_DIR, RenderError } from '../render/engine/templates.js';
import { baseOf } from '../render/site.js';
import { COMPILED_MODULES, schemasHash } from '../schema/validators.js';
import { isPlainPath, OutputFolder } from './output-folder.js';
import { newTally, runUnitJob, sha, syncFiles, type Seen, type Tally, type UnitJob, type UnitRecord, type UnitResult } from './portal-unit.js';
import type { NotWritten } from './report.js';

/**
 * The manifest of a portal, small and read by every rebuild: for each unit what tells it unchanged
 * without reading a source (`stat`), what is said of it (findings, counts) and its catalogue's
 * layout (`HeadCatalogue`), and the portal's own files with their hash, size, time and inputs.
 * Beside it, each unit's own manifest (`UnitBody`, in `UNIT_MANIFESTS`) holds its sources' hashes,
 * its pages' hashes and its catalogue entries, read only when the unit changed or a portal page
 * that lists its services is made; so a one-file change reads and writes one unit's manifest, the
 * small one, and the manifests of the units its catalogue pages list.
 */
export const PORTAL_MANIFEST = '.standar-situs.json';
/** The folder of the units' own manifests, `<site folder>.json` each. */
const UNIT_MANIFESTS = '.standar-portal';
const MANIFEST_FORMAT = 'portal-2';
/** The format before units had their own manifests: read once, and written again as this one. */
const ONE_FILE_FORMAT = 'portal-1';
/** How a unit's hash is made: still as in the one-file format, so a portal built with it is not built again when its manifest is split. */
const HASH_FORMAT = ONE_FILE_FORMAT;
/** A portal of 2,000 units keeps some 12 MB (an older one some 50 MB); a file far bigger is no build's. */
const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;
/** A unit's manifest is some 20 KB for 25 services. */
const MAX_UNIT_MANIFEST_BYTES = 64 * 1024 * 1024;
/** A source bigger than this is recognised by its size and time, not read to be hashed. */
const MAX_HASHED_BYTES = 64 * 1024 * 1024;

/** What the small manifest keeps of a unit. */
interface UnitHead {
  /** The unit's site folder inside the portal, and its manifest's name. */
  path: string;
  /** Hash of everything the unit's pages are made from, its sources by content. */
  hash: string;
  /** The same, its sources by name, size and time: equal, the unit is unchanged without a file read. */
  stat: string;
  /** Hash of what the portal's pages show of the unit (name, contacts, catalogue entries). */
  part: string;
  /** The same, short of the services' full entries: what lays out the catalogue, so that a rebuild reads no unchanged unit's own manifest to know which pages changed. */
  katalog?: HeadCatalogue;
  /** How many pages it has. */
  halaman: number;
  /** Size and time of its own manifest as written: one lost or edited by hand is not trusted. */
  manifes?: [size: number, mtime: number];
  temuan: Diagnostic[];
  layanan: number;
  draf: number;
  tidakDitulis: NotWritten[];
}

/**
 * A unit's name and contacts, and each service as the catalogue lays it out, one line each of
 * tab-separated fields: code, name, page, hash, category, life events (space-separated). One text
 * a unit rather than 50,000 small arrays: the small manifest is read by every rebuild, and this
 * is split only when the portal's pages are made again.
 */
interface HeadCatalogue extends Omit<UnitSummary, 'entries'> {
  layanan: string;
}

const escapeField = (text: string) => text.replace(/[\\\t\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : '\\n'));
const unescapeField = (text: string) => (text.includes('\\') ? text.replace(/\\(.)/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c)) : text);

function headCatalogue({ entries, ...unit }: UnitSummary): HeadCatalogue {
  const lines = catalogueItems(unit, entries).map((i) => [i.kode, i.judul, i.href, i.hash, i.kategori ?? '', (i.peristiwaHidup ?? []).join(' ')].map(escapeField).join('\t'));
  return { ...unit, layanan: lines.join('\n') };
}

/** A head's catalogue as the portal's pages take it; undefined when the manifest does not hold one fit to use (written by an earlier version, or edited). */
function portalUnit(path: string, katalog: unknown, entries: PortalUnit['entries']): Omit<PortalUnit, 'label'> | undefined {
  if (!isRecord(katalog) || typeof katalog.nama !== 'string' || !Array.isArray(katalog.kontak) || typeof katalog.layanan !== 'string') return undefined;
  const layanan: CatalogueItem[] = [];
  for (const line of katalog.layanan ? katalog.layanan.split('\n') : []) {
    const fields = line.split('\t');
    if (fields.length !== 6) return undefined;
    const [kode, judul, href, hash, kategori, peristiwa] = fields.map(unescapeField) as [string, string, string, string, string, string];
    layanan.push({ kode, judul, href, hash, ...(kategori ? { kategori } : {}), ...(peristiwa ? { peristiwaHidup: peristiwa.split(' ') } : {}) });
  }
  const { layanan: _, ...unit } = katalog as unknown as HeadCatalogue;
  return { ...unit, path, layanan, entries };
}

/** A unit's own manifest; `kunci` and `hash` tie it to its head, so one from another build is not taken. */
interface UnitBody extends Pick<UnitRecord, 'hash' | 'sumber' | 'berkas' | 'unit'> {
  kunci: string;
}

/**
 * A portal file as written: content hash, size and time (a file whose size and time stand is taken
 * as written), and the hash of what it was made from (with it, a file made from the same inputs
 * is not made again).
 */
type WrittenFile = [sha: string, size: number, mtime: number, inputs?: string];

interface Manifest {
  format: string;
  /** Set on the partial output of one shard ("2/4"): its units only, no portal pages. */
  bagian?: string;
  /** Unit folder, relative to the portal's root → its head. */
  unit: Record<string, UnitHead>;
  portal: Record<string, WrittenFile>;
  /** Hash of everything the portal's own files were made from (`portalInputs`). */
  masukan?: string;
  /** What those files' making found in portal.yaml naming nothing, said again when they are not made again. */
  tidakDikenal?: UnknownReference[];
  /** Every unit folder's code (its site folder's name), by its key: read again only when its provider file's size or time moved. */
  kode?: Record<string, CodeSeen>;
}

/** A page another product made for the portal (the audit dashboard): written with it, linked from the home page and the menu. */
export interface PortalPage extends PortalPageLink {
  content: string;
}

export interface PortalRequest {
  /** A folder of units (with or without portal.yaml at its top), or several unit folders. */
  inputs: string[];
  outDir: string;
  shownOut: string;
  lang: Lang;
  cwd: string;
  baseUrl?: string;
  templateDir?: string;
  pages?: readonly PortalPage[];
  /** Build only this shard of the units (1-based `index` of `count`), into a partial output that `merge` joins. */
  shard?: { index: number; count: number };
  /** Partial outputs of shards whose units are taken as built (copied when their sources' hash is this checkout's), not built again. */
  merge?: readonly string[];
  /** Audit the units (`standar audit`) and add its dashboard as audit/index.html; `indicators`: an indicator file instead of the shipped one. */
  audit?: { indicators?: string; now?: string };
  /** When the portal's catalogue is split into pages, and how long they are: `CATALOGUE_LIMITS` unless given (tests give small ones). */
  catalogue?: CatalogueLimits;
  /** Worker threads building units besides the main thread: 0 builds in-process only; default: one per core but one, when many units changed. */
  workers?: number;
  /**
   * Ctrl-C: no unit is begun once it is aborted. The units built so far are kept in the manifest,
   * so the same build run again goes on from there; the portal's own pages wait for a build that
   * reaches them.
   */
  signal?: AbortSignal;
  /** Each unit once it is looked at (unchanged) or built, with how many units there are: for a progress bar. */
  onUnit?: (done: number, total: number) => void;
  /** When the portal's own pages begin to be made (only when what they show changed). */
  onPages?: () => void;
}

export type PortalStop = 'unreadable' | 'portal' | 'units' | 'templates' | 'partial' | 'interrupted';

export interface PortalOutcome {
  diagnostics: Diagnostic[];
  files: number;
  notWritten: NotWritten[];
  stop?: { reason: PortalStop; why?: Text; obstacles?: string };
  written: { units: number; services: number; drafts: number; files: number; rewritten: number; removed: number; rebuiltUnits: number };
  errors: boolean;
}

const isFolder = (path: string) => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};
const hasFile = (dir: string, names: readonly string[]) => names.some((n) => lstatSync(join(dir, n), { throwIfNoEntry: false })?.isFile());

/**
 * Whether `standar build` is asked for a portal: several folders, a folder with portal.yaml at its
 * top, or a folder that is not a unit itself and holds two units or more below it.
 */
export function isPortalInput(inputs: readonly string[], cwd: string): boolean {
  if (inputs.length > 1) return inputs.every((i) => isFolder(resolve(cwd, i)));
  const dir = resolve(cwd, inputs[0] ?? '.');
  if (!isFolder(dir) || hasFile(dir, PROVIDER_FILES)) return false;
  if (hasFile(dir, [PORTAL_FILE])) return true;
  return unitFolders(dir, undefined, 2).length >= 2;
}

/** A unit's folder with what its listing found there, so the folder is listed once. */
interface UnitFolder {
  dir: string;
  /** Let go once the unit's sources are listed: a region's listings are not held through its build. */
  entries?: Dirent[];
}

/** Folders holding a penyelenggara.yaml below `root`, in path order; a unit's own subfolders are its own, and links, hidden folders and the output are passed over. */
function unitFolders(root: string, skip: string | undefined, enough = Infinity): UnitFolder[] {
  const found: UnitFolder[] = [];
  const walk = (dir: string) => {
    if (found.length >= enough || dir === skip) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && PROVIDER_FILES.includes(e.name))) {
      found.push({ dir, entries });
      return;
    }
    for (const e of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(childPath(dir, e.name));
    }
  };
  walk(root);
  return found;
}

/** Every regular file of a unit folder, as "/"-separated relative paths, hidden files and folders aside; `listed`: the folder's own entries, already read. */
function sourceFiles(dir: string, sub = '', listed?: readonly Dirent[]): string[] {
  const out: string[] = [];
  let entries = listed;
  try {
    entries ??= readdirSync(join(dir, sub), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') && e.name !== '.standarignore') continue;
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...sourceFiles(dir, rel));
    else if (e.isFile() || e.isSymbolicLink()) out.push(rel);
  }
  return out.sort();
}

/** A file's content hash, taken again only when its size or time changed since `before`; `info`: its lstat, when already taken. */
function seen(path: string, before: Seen | undefined, info = lstatSync(path, { throwIfNoEntry: false })): Seen {
  if (!info) return [-1, 0, ''];
  if (before && before[0] === info.size && before[1] === info.mtimeMs) return before;
  if (!info.isFile() || info.size > MAX_HASHED_BYTES) return [info.size, info.mtimeMs, `${info.isFile() ? 'f' : 'l'}${info.size}:${info.mtimeMs}`];
  const read = readFound(path, { limit: MAX_HASHED_BYTES });
  return [info.size, info.mtimeMs, read.ok ? createHash('sha256').update(read.bytes).digest('base64') : `?${read.reason}`];
}

/** What every unit's pages depend on besides its own files: the tool, its schemas and the templates. */
function fingerprint(request: PortalRequest, templateDir: string | undefined): string {
  const hash = createHash('sha256').update(`${HASH_FORMAT}\0${PACKAGE_VERSION}\0${schemasHash(COMPILED_MODULES.standards.files)}\0${request.lang}\0${request.baseUrl ?? ''}\0`);
  for (const dir of [BUILTIN_TEMPLATE_DIR, ...(templateDir ? [templateDir] : [])]) {
    for (const rel of sourceFiles(dir)) hash.update(`${rel}\0${seen(join(dir, rel), undefined)[2]}\0`);
  }
  return hash.digest('base64');
}

/** The configuration files a unit's check reads, in its folder and above it, named relative to the portal's root so shards on other machines agree. */
function configAbove(dir: string, root: string, cache: Map<string, string>): string {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const parent = dirname(dir);
  let own = '';
  for (const name of [...CONFIG_FILES, 'peraturan.yaml', '.standarignore']) {
    const at = join(dir, name);
    const s = seen(at, undefined);
    if (s[0] >= 0) own += `${relative(root, at)}\0${s[2]}\0`;
  }
  const all = (parent === dir ? '' : configAbove(parent, root, cache)) + own;
  cache.set(dir, all);
  return all;
}

/** A manifest as read, with its text's hash, so a rebuild that changed nothing does not write it again. */
interface ManifestRead {
  data: Manifest;
  /** Kept in place of the text, which is 12 MB at 2,000 units. */
  sha: string;
  /** The units' own manifests, from a manifest of the one-file format that held them. */
  bodies?: Map<string, UnitBody>;
  /** Every file written, from the manifest of one unit's build (`berkas`): those no unit of the portal writes now are removed. */
  berkas?: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A unit's site folder: one plain name, which also names its manifest. */
const isUnitPath = (path: unknown) => typeof path === 'string' && isPlainPath(path) && !path.includes('/');

async function readManifest(folder: OutputFolder): Promise<ManifestRead | undefined> {
  if (await folder.obstacle(PORTAL_MANIFEST, 'write')) return undefined;
  const read = readFound(join(folder.dir, PORTAL_MANIFEST), { limit: MAX_MANIFEST_BYTES });
  if (!read.ok) return undefined;
  const text = read.bytes.toString('utf8');
  const digest = sha(read.bytes);
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const { unit, portal } = data;
    if (!isRecord(unit) || !isRecord(portal) || !Object.keys(portal).every(isPlainPath)) {
      const berkas = Array.isArray(data.berkas) ? data.berkas.filter((f): f is string => typeof f === 'string' && isPlainPath(f)) : undefined;
      return berkas ? { data: { format: '', unit: {}, portal: {} }, sha: digest, berkas } : undefined;
    }
    if (data.format === MANIFEST_FORMAT) {
      if (!Object.values(unit).every((u) => isRecord(u) && isUnitPath(u.path))) return undefined;
      const manifest = data as unknown as Manifest;
      const isCode = (c: unknown) => Array.isArray(c) && c.length === 4 && typeof c[0] === 'string' && typeof c[1] === 'number' && typeof c[2] === 'number' && typeof c[3] === 'string';
      manifest.kode = isRecord(data.kode) ? (Object.fromEntries(Object.entries(data.kode).filter(([, c]) => isCode(c))) as Record<string, CodeSeen>) : {};
      return { data: manifest, sha: digest };
    }
    if (data.format !== ONE_FILE_FORMAT) return undefined;
    // The one-file format held every unit's record whole: each is split into its head and its own manifest, written by this build.
    const records = unit as Record<string, UnitRecord>;
    if (!Object.values(records).every((r) => isRecord(r) && isUnitPath(r.path) && isRecord(r.berkas) && Object.keys(r.berkas).every(isPlainPath))) return undefined;
    const heads: Record<string, UnitHead> = {};
    const bodies = new Map<string, UnitBody>();
    for (const [key, record] of Object.entries(records)) {
      const { head, body } = splitRecord(key, record, '');
      heads[key] = head;
      bodies.set(key, body);
    }
    // Their sizes and times were not kept: the pages are compared with what the build makes.
    const pages = Object.fromEntries(Object.entries(portal as Record<string, string>).map(([path, hash]) => [path, [hash, -1, 0] as WrittenFile]));
    return { data: { format: ONE_FILE_FORMAT, unit: heads, portal: pages }, sha: digest, bodies };
  } catch {
    return undefined;
  }
}

/** A unit's record as its head, kept in the small manifest, and its own manifest. */
function splitRecord(key: string, record: UnitRecord, stat: string): { head: UnitHead; body: UnitBody } {
  const { path, hash, sumber, berkas, unit, temuan, layanan, draf, tidakDitulis } = record;
  return {
    head: { path, hash, stat, part: sha(JSON.stringify(unit)), katalog: headCatalogue(unit), halaman: Object.keys(berkas).length, temuan, layanan, draf, tidakDitulis },
    body: { kunci: key, hash, sumber, berkas, unit },
  };
}

const unitManifest = (path: string) => `${UNIT_MANIFESTS}/${path}.json`;

/** A unit's own manifest, read for a catalogue page being made, that is no longer there or no longer its. */
class LostManifest extends Error {
  constructor(readonly path: string) {
    super(`unit manifest of ${path} lost`);
  }
}

/** A unit's own manifest in `folder`, when it is the one its head names. */
async function readBody(folder: OutputFolder, key: string, head: UnitHead): Promise<UnitBody | undefined> {
  const bytes = await folder.readFile(unitManifest(head.path), MAX_UNIT_MANIFEST_BYTES);
  if (!bytes) return undefined;
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as Partial<UnitBody>;
    if (body.kunci !== key || body.hash !== head.hash || !isRecord(body.sumber) || !isRecord(body.unit) || !isRecord(body.berkas) || !Object.keys(body.berkas).every(isPlainPath)) return undefined;
    return body as UnitBody;
  } catch {
    return undefined;
  }
}

/** A unit's code as read from its provider file ('' for none), with the file's name, size and time. */
type CodeSeen = [name: string, size: number, mtime: number, kode: string];

/**
 * The code of a unit as its penyelenggara.yaml writes it, read from the line: its folder in the
 * portal. The file is read again only when its size or time is not the one `before` saw.
 */
function unitCode(dir: string, before: CodeSeen | undefined): CodeSeen | undefined {
  for (const name of PROVIDER_FILES) {
    const info = lstatSync(join(dir, name), { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    if (before && before[0] === name && before[1] === info.size && before[2] === info.mtimeMs) return before;
    const read = readFound(join(dir, name), { limit: 1024 * 1024 });
    if (!read.ok) continue;
    const m = /^kode:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?[ \t]*(?:#.*)?$/m.exec(read.bytes.toString('utf8'));
    return [name, info.size, info.mtimeMs, m?.[1] ?? ''];
  }
  return undefined;
}

/** Folder names for the units' sites, by their code (else their folder's name), lower case, each once; `codes`: each unit's code as last seen, by its key, brought up to date. */
function sitePaths(dirs: readonly string[], keys: readonly string[], codes: Record<string, CodeSeen>): string[] {
  const used = new Set<string>(['katalog.html', 'mpp.html', 'kontak.html', 'index.html', 'peta-situs.html']);
  return dirs.map((dir, i) => {
    const key = keys[i]!;
    const code = unitCode(dir, codes[key]);
    if (code) codes[key] = code;
    else delete codes[key];
    const base = (code?.[3] || basename(dir)).toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^\.+/, '') || 'unit';
    let path = base;
    for (let n = 2; used.has(path); n++) path = `${base}-${n}`;
    used.add(path);
    return path;
  });
}

const UNKNOWN_MESSAGES = {
  unit: {
    message: { id: 'Gerai ini menyebut unit "{value}", yang tidak ada di portal.', en: 'This counter names the unit "{value}", which is not in the portal.' },
    hint: { id: 'Tulis kode unit seperti di penyelenggara.yaml-nya: {known}.', en: 'Write the unit\'s code as its penyelenggara.yaml has it: {known}.' },
  },
  layanan: {
    message: { id: 'Layanan "{value}" tidak ada di unit {unit}.', en: 'The service "{value}" is not among the services of {unit}.' },
    hint: { id: 'Tulis kode layanan seperti di berkas layanannya, atau hapus baris ini.', en: 'Write the service code as its file has it, or remove this line.' },
  },
  pattern: {
    message: { id: 'Pola unit "{value}" tidak cocok dengan folder unit mana pun.', en: 'The unit pattern "{value}" matches no unit folder.' },
    hint: { id: 'Folder unit di bawah portal.yaml: {known}.', en: 'Unit folders below portal.yaml: {known}.' },
  },
};

/** Up to five names, then how many more. */
const listed = (names: readonly string[], lang: Lang) => names.slice(0, 5).join(', ') + (names.length > 5 ? (lang === 'id' ? `, dan ${names.length - 5} lainnya` : `, and ${names.length - 5} more`) : '');

/**
 * All of `standar build` for many units: each unit's site (as `build` of that unit writes it)
 * under the portal, unit by unit, keeping of each only its catalogue entries; then the portal's
 * own pages over them. Incremental through the manifest: a unit whose sources did not change is
 * not read again, a page whose bytes did not change is not written again, and the pages of units
 * or services that are gone are removed. Never prints.
 */
export async function publishPortal(request: PortalRequest): Promise<PortalOutcome> {
  const { lang, cwd, outDir } = request;
  const outcome: PortalOutcome = { diagnostics: [], files: 0, notWritten: [], written: { units: 0, services: 0, drafts: 0, files: 0, rewritten: 0, removed: 0, rebuiltUnits: 0 }, errors: false };
  const stop = (reason: PortalStop, why?: Text, obstacles?: string): PortalOutcome => ({ ...outcome, stop: { reason, ...(why ? { why } : {}), ...(obstacles !== undefined ? { obstacles } : {}) } });
  const roots = request.inputs.map((i) => resolve(cwd, i));
  const missing = roots.filter((r) => !isFolder(r));
  if (missing.length > 0) {
    for (const r of missing) outcome.diagnostics.push({ file: displayPath(cwd, r), line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule: 'io', severity: 'error', message: lang === 'id' ? 'Folder ini tidak ada atau bukan folder.' : 'This folder does not exist or is not a folder.' });
    return stop('unreadable');
  }

  // portal.yaml, at the top of the one folder given
  let config: PortalConfig | undefined;
  const root = roots.length === 1 ? roots[0]! : cwd;
  if (roots.length === 1 && hasFile(root, [PORTAL_FILE])) {
    const read = await readPortalConfig(join(root, PORTAL_FILE), { lang, displayPath: displayPath(cwd, join(root, PORTAL_FILE)) });
    outcome.diagnostics.push(...read.diagnostics);
    outcome.files++;
    if (!read.config) return stop('portal', { id: `${PORTAL_FILE} tidak dapat dipakai (lihat di atas).`, en: `${PORTAL_FILE} cannot be used (see above).` });
    config = read.config;
  }
  const skip = resolve(outDir);
  let found = roots.flatMap((r) => unitFolders(r, skip));
  if (config?.data.unit) {
    const rel = new Map(found.map((f) => [relative(root, f.dir).split(sep).join('/'), f]));
    const chosen = new Set<UnitFolder>();
    config.data.unit.forEach((pattern, i) => {
      const match = picomatch()(pattern.replace(/\/+$/, ''), { dot: false });
      const hits = [...rel.keys()].filter((r) => match(r));
      if (hits.length === 0) outcome.diagnostics.push(portalDiagnostic(config, `/unit/${i}`, UNKNOWN_MESSAGES.pattern, { value: pattern, known: listed([...rel.keys()], lang) }, lang));
      for (const h of hits) chosen.add(rel.get(h)!);
    });
    found = found.filter((f) => chosen.has(f));
  }
  if (found.length === 0) {
    return stop('units', { id: 'tidak ada folder unit (berisi penyelenggara.yaml) di bawahnya.', en: 'no unit folder (with a penyelenggara.yaml) below it.' });
  }

  const templateDir = request.templateDir ? resolve(cwd, request.templateDir) : undefined;
  const folder = new OutputFolder(outDir, { lang, shown: request.shownOut });
  const read = await readManifest(folder);
  const before = read?.data;
  const print = fingerprint(request, templateDir);
  const configs = new Map<string, string>();
  const keyOf = (dir: string) => relative(root, dir).split(sep).join('/') || '.';
  const codes: Record<string, CodeSeen> = { ...before?.kode };
  const allKeys = found.map((f) => keyOf(f.dir));
  // Folder names are given over all units, so every shard names a unit as the whole portal does.
  const allPaths = sitePaths(found.map((f) => f.dir), allKeys, codes);
  const present = new Set(allKeys);
  for (const key of Object.keys(codes)) if (!present.has(key)) delete codes[key];
  const { shard } = request;
  const inShard = (dir: string) => !shard || shardOf(keyOf(dir), shard.count) === shard.index - 1;
  const paths = allPaths.filter((_, i) => inShard(found[i]!.dir));
  found = found.filter((f) => inShard(f.dir));
  const dirs = found.map((f) => f.dir);
  const built = await shardHeads(request.merge ?? [], lang);
  const base = request.baseUrl ? baseOf(request.baseUrl) : undefined;
  const tally = newTally();
  const units = new UnitStore(folder, tally, read?.bodies, Boolean(read?.berkas));
  const { written } = outcome;
  /** Each unit's standards and other YAML files, counted as checked when the unit is in the portal. */
  const yamlFiles = new Map<string, number>();
  // What each unit's result is filed under, by its place among the units built, until it is handled.
  const places = new Map<number, { key: string; stat: string; old?: UnitHead }>();

  // Which units changed: first by their sources' names, sizes and times against the manifest, then, for a unit where these moved, by the sources' hashes (a file is read only when its size or time changed).
  // A unit to build is made when a thread is ready for it, so a region's jobs (each with its sources' hashes) are never held at once.
  let done = 0;
  const passed = () => request.onUnit?.(++done, found.length);
  async function* changedUnits(): AsyncGenerator<UnitJob> {
    for (const [i, unitFolder] of found.entries()) {
      if (request.signal?.aborted) return;
      const { dir, entries } = unitFolder;
      delete unitFolder.entries;
      const key = keyOf(dir);
      const path = paths[i]!;
      const old = before?.unit[key];
      const common = `${print}\0${path}\0${configAbove(dirname(dir), root, configs)}\0`;
      const files = sourceFiles(dir, '', entries);
      yamlFiles.set(key, files.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).length);
      const stats = files.map((rel) => [rel, lstatSync(join(dir, rel), { throwIfNoEntry: false })] as const);
      const statHash = createHash('sha256').update(common);
      for (const [rel, info] of stats) statHash.update(`${rel}\0${info ? `${info.isFile() ? 'f' : 'l'}${info.size}:${info.mtimeMs}` : '-'}\0`);
      const stat = statHash.digest('base64');
      const own = old && old.path === path && old.stat === stat ? await folder.stamp(unitManifest(old.path)) : undefined;
      if (old && own && own[0] === old.manifes?.[0] && own[1] === old.manifes[1]) {
        await units.keep(key, old);
        tally.files += old.halaman;
        passed();
        continue;
      }
      const oldBody = old ? await units.body(key, old) : undefined;
      const sumber: Record<string, Seen> = {};
      const hash = createHash('sha256').update(common);
      for (const [rel, info] of stats) {
        sumber[rel] = seen(join(dir, rel), oldBody?.sumber[rel], info);
        hash.update(`${rel}\0${sumber[rel][2]}\0`);
      }
      const digest = hash.digest('base64');
      if (old && oldBody && old.hash === digest) {
        // Touched, not changed: only the times are new.
        await units.put(key, { ...old, stat }, { ...oldBody, sumber });
        tally.files += old.halaman;
        passed();
        continue;
      }
      const fromShard = built.get(key);
      const shardBody = fromShard && fromShard.head.hash === digest && fromShard.head.path === path ? (fromShard.bodies?.get(key) ?? (await readBody(fromShard.folder, key, fromShard.head))) : undefined;
      const copied = shardBody && shardFiles(fromShard!.folder, shardBody);
      if (copied) {
        const berkas = await syncFiles(folder, copied, oldBody?.berkas ?? {}, tally);
        if (berkas) await units.put(key, { ...fromShard!.head, stat }, { ...shardBody, sumber, berkas });
        else if (old) await units.keep(key, old);
        passed();
        continue;
      }
      places.set(written.rebuiltUnits++, { key, stat, ...(old ? { old } : {}) });
      yield { dir, path, hash: digest, sumber, lang, cwd, outDir, shownOut: request.shownOut, ...(templateDir ? { templateDir } : {}), ...(base ? { base } : {}), ...(oldBody ? { old: { berkas: oldBody.berkas, unit: oldBody.unit } } : {}) };
    }
  }
  // Each unit as it is built: its manifest written, its pages' record let go.
  await runJobs(changedUnits(), request.workers, async (result, i) => {
    const { key, stat, old } = places.get(i)!;
    places.delete(i);
    addTally(tally, result.tally);
    if (result.record) {
      const { head, body } = splitRecord(key, result.record, stat);
      await units.put(key, head, body);
    } else if (old) await units.keep(key, old);
    passed();
  });
  const bagian = shard ? { bagian: `${shard.index}/${shard.count}` } : {};
  // Every unit begun was built: runJobs returns once each has been handled.
  if (request.signal?.aborted) return interrupted(outcome, folder, tally, units, read, { format: MANIFEST_FORMAT, ...bagian, unit: HEADS, portal: before?.portal ?? {}, kode: codes }, written.rebuiltUnits, request.shownOut);
  const kept: { key: string; path: string; head: UnitHead }[] = [];
  for (const [i, dir] of dirs.entries()) {
    const key = keyOf(dir);
    const head = units.head(key);
    if (!head) continue;
    kept.push({ key, path: paths[i]!, head });
    outcome.files += yamlFiles.get(key) ?? 0;
    outcome.diagnostics.push(...head.temuan);
    outcome.notWritten.push(...head.tidakDitulis);
    written.units++;
    written.services += head.layanan;
    written.drafts += head.draf;
  }
  // Units whose folder is gone (or left out of portal.yaml): their pages go with them, and their manifests.
  const keptPaths = new Set(kept.map((k) => k.head.path));
  for (const [key, old] of Object.entries(before?.unit ?? {})) {
    if (units.has(key) || keptPaths.has(old.path)) continue;
    const body = await units.body(key, old);
    if (body) await syncFiles(folder, new Map(), body.berkas, tally);
  }
  for (const old of Object.values(before?.unit ?? {})) if (!keptPaths.has(old.path)) await folder.remove(unitManifest(old.path));

  if (shard) return finish(outcome, folder, tally, { format: MANIFEST_FORMAT, ...bagian, unit: HEADS, portal: {}, kode: codes }, units, request.shownOut, read?.sha);

  const pages = [...(request.pages ?? [])];
  if (request.audit) {
    const audited = await auditPage(kept, units, dirs, root, request);
    outcome.diagnostics.push(...audited.diagnostics);
    if (audited.page) pages.push(audited.page);
  }

  // The portal's own pages
  let logo: string | undefined;
  if (config?.data.logo) {
    const read = readLogo(config.source, root, config.data.logo, { lang });
    outcome.diagnostics.push(...read.diagnostics);
    logo = read.dataUri;
  }
  // The portal's pages are made from these alone: when none changed and the pages stand as written, they are not made again.
  const previous = before?.format === MANIFEST_FORMAT ? before : undefined;
  let inputs = portalInputs(print, request.catalogue ?? CATALOGUE_LIMITS, config?.data, logo, kept.map((k) => [k.path, k.head.part]), pages);
  let portalFiles: Record<string, WrittenFile>;
  let unknown: UnknownReference[];
  if (previous?.masukan === inputs && (await intact(folder, previous.portal))) {
    portalFiles = previous.portal;
    unknown = previous.tidakDikenal ?? [];
    tally.files += Object.keys(portalFiles).length;
  } else {
    request.onPages?.();
    const found: Omit<PortalUnit, 'label'>[] = [];
    for (const k of kept) {
      const { key, path, head } = k;
      const entries = async () => {
        const unit = await units.part(key, head);
        if (!unit) throw new LostManifest(path);
        return unit.entries;
      };
      let unit = portalUnit(path, head.katalog, entries);
      if (!unit) {
        // A head from an earlier version: laid out once from the unit's own manifest, and kept.
        const summary = await units.part(key, head);
        if (!summary) continue;
        k.head = { ...head, katalog: headCatalogue(summary) };
        units.replace(key, k.head);
        unit = portalUnit(path, k.head.katalog, entries)!;
      }
      found.push(unit);
    }
    // Many offices are named alike ("Dinas Kependudukan dan Pencatatan Sipil"): the lists tell them apart.
    const labels = distinctNames(found.map((u) => ({ nama: u.nama, wilayah: u.wilayah, folder: u.path })));
    const portalUnits: PortalUnit[] = found.map((u, i) => ({ ...u, label: labels[i]! }));
    const portal = buildPortal(config?.data, logo, portalUnits, { lang, templateDir, baseUrl: request.baseUrl, pages, ...(request.catalogue ? { catalogue: request.catalogue } : {}) });
    unknown = portal.unknown;
    let made;
    try {
      made = await makeFiles(folder, print, [...portal.files, ...pages.map((p) => ({ path: p.path, inputs: p.content, make: () => p.content }))], before?.portal ?? {}, tally);
    } catch (err) {
      if (err instanceof LostManifest) {
        const file = `${request.shownOut}${unitManifest(err.path)}`;
        outcome.diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule: 'io', severity: 'error', message: lang === 'id' ? 'Manifes unit ini hilang atau rusak saat halaman portal dibuat.' : "This unit's manifest went missing or was damaged while the portal's pages were made.", hint: lang === 'id' ? 'Jalankan build lagi: unit ini dibangun ulang.' : 'Run the build again: this unit is built again.' });
        return stop('partial', { id: `Portal hanya sebagian ditulis ke ${request.shownOut} (lihat di atas).`, en: `The portal was only partly written to ${request.shownOut} (see above).` });
      }
      if (!(err instanceof RenderError)) throw err;
      outcome.diagnostics.push(...err.diagnostics);
      return stop('templates', { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });
    }
    if (made) portalFiles = made;
    else {
      portalFiles = before?.portal ?? {};
      inputs = '';
    }
  }
  if (config && unknown.length > 0) {
    const codes: string[] = [];
    for (const { key, head } of kept) {
      const kode = (await units.body(key, head))?.unit.kode;
      if (kode) codes.push(kode);
    }
    const known = listed(codes, lang);
    for (const u of unknown) outcome.diagnostics.push(portalDiagnostic(config, u.pointer, UNKNOWN_MESSAGES[u.kind], { value: u.value, unit: u.unit ?? '', known }, lang));
  }

  // The manifest of one unit's build lists files that are no unit's page now.
  if (read?.berkas) {
    const now = new Set([...Object.keys(portalFiles), ...units.pages()]);
    for (const path of read.berkas) if (!now.has(path) && path !== PORTAL_MANIFEST) await folder.remove(path);
  }
  return finish(outcome, folder, tally, { format: MANIFEST_FORMAT, unit: HEADS, portal: portalFiles, ...(inputs ? { masukan: inputs } : {}), ...(unknown.length > 0 ? { tidakDikenal: unknown } : {}), kode: codes }, units, request.shownOut, read?.sha);
}

/**
 * One hash of what the portal's own pages are made from: the tool and templates (`print`, which
 * also holds the language and address), the catalogue's page limits, portal.yaml, its logo, every
 * unit's site folder and the hash of what the pages show of it (`UnitHead.part`), and the extra pages.
 */
function portalInputs(print: string, limits: CatalogueLimits, data: PortalConfig['data'] | undefined, logo: string | undefined, parts: readonly (readonly [path: string, part: string])[], pages: readonly PortalPage[]): string {
  const hash = createHash('sha256').update(`${print}\0${JSON.stringify(limits)}\0${JSON.stringify(data ?? null)}\0${logo ?? ''}\0`);
  for (const [path, part] of parts) hash.update(`${path}\0${part}\0`);
  for (const page of pages) hash.update(`${page.path}\0${JSON.stringify(page.judul)}\0${sha(page.content)}\0`);
  return hash.digest('base64');
}

/**
 * Whether each page stands in the folder with the size and time it was written with (a page edited
 * or deleted by hand is made again). Its bytes are not read: the catalogue of a large portal is
 * tens of MB.
 */
async function intact(folder: OutputFolder, files: Record<string, WrittenFile>): Promise<boolean> {
  for (const [path, [, size, mtime]] of Object.entries(files)) {
    const stamp = await folder.stamp(path);
    if (!stamp || stamp[0] !== size || stamp[1] !== mtime) return false;
  }
  return true;
}

/**
 * Make the portal's files whose inputs changed since `before` (or that are not as then written)
 * and bring them into the folder, one at a time; the others are left alone, unread. Answers every
 * file as written, or undefined when something stood in the way.
 */
async function makeFiles(folder: OutputFolder, print: string, files: readonly PortalFile[], before: Record<string, WrittenFile>, tally: Tally): Promise<Record<string, WrittenFile> | undefined> {
  const written: Record<string, WrittenFile> = {};
  const made = new Map<string, PortalFile['make']>();
  const known: Record<string, string> = {};
  const now = new Set(files.map((f) => f.path));
  for (const [path, [hash]] of Object.entries(before)) if (!now.has(path)) known[path] = hash;
  for (const file of files) {
    const inputs = sha(`${print}\0${file.inputs}`);
    const old = before[file.path];
    const stamp = old?.[3] === inputs ? await folder.stamp(file.path) : undefined;
    if (old && stamp && stamp[0] === old[1] && stamp[1] === old[2]) {
      written[file.path] = old;
      tally.files++;
      continue;
    }
    made.set(file.path, file.make);
    if (old) known[file.path] = old[0];
    written[file.path] = ['', -1, 0, inputs];
  }
  const synced = await syncFiles(folder, made, known, tally);
  if (!synced) return undefined;
  for (const [path, hash] of Object.entries(synced)) written[path] = [hash, ...((await folder.stamp(path)) ?? [-1, 0]), written[path]![3]!];
  return Object.fromEntries(files.map((f) => [f.path, written[f.path]!]));
}

/**
 * The heads of this build's units. A unit made or changed by this build has its own manifest
 * written at once and not held (a full build of 2,000 units would hold them all); one is read
 * when asked for.
 */
class UnitStore {
  /**
   * Each unit's head. One this build made is held as the JSON the small manifest will hold,
   * deflated, read when first asked for: it is made while the workers run, when memory is at its
   * highest, and bytes outside the JavaScript heap do not raise the heap's next collection the way
   * objects in it do. Read from JSON, its texts also take one byte a character, not the two of the
   * unit files they were cut from when those have a character beyond Latin-1. Deflated, a head of
   * 25 services takes 2.0 KB instead of 5.6: through a full build of 2,000 units, memory outside
   * the heap went up to 7–11 MB instead of 13–17.
   */
  private readonly held = new Map<string, UnitHead | Buffer>();
  /** Units' manifests this build could not write: kept for the portal's pages. */
  private readonly unwritten = new Map<string, UnitBody>();
  /** Each unit's pages, from the manifests written or read, when `pages` is to be asked. */
  private readonly pageLists?: Map<string, string[]>;

  /** `converted`: the units' manifests read from a manifest of the one-file format, written anew by this build. */
  constructor(
    private readonly folder: OutputFolder,
    private readonly tally: Tally,
    private readonly converted?: ReadonlyMap<string, UnitBody>,
    listPages = false,
  ) {
    if (listPages) this.pageLists = new Map();
  }

  /** The unit as the last build left it. */
  async keep(key: string, head: UnitHead): Promise<void> {
    this.held.set(key, head);
    const body = this.converted?.get(key);
    if (body) await this.put(key, head, body);
  }

  /** A unit made or changed by this build: its own manifest written, then its head, which names it by size and time. */
  async put(key: string, head: UnitHead, body: UnitBody): Promise<void> {
    this.pageLists?.set(key, Object.keys(body.berkas));
    const path = unitManifest(head.path);
    const o = await this.folder.tryWrite(path, JSON.stringify(body) + '\n');
    if (o) {
      this.tally.blocked.push([path, o]);
      this.unwritten.set(key, body);
    }
    // Only a manifest written is named by its size and time.
    // Copied: zlib hands back a view of its 16 KB output chunk, which would be held whole.
    this.held.set(key, Buffer.from(deflateRawSync(JSON.stringify(o ? head : { ...head, manifes: (await this.folder.stamp(path)) ?? [-1, 0] }))));
  }

  head(key: string): UnitHead | undefined {
    const held = this.held.get(key);
    if (!Buffer.isBuffer(held)) return held;
    const head = JSON.parse(inflateRawSync(held).toString('utf8')) as UnitHead;
    this.held.set(key, head);
    return head;
  }

  has(key: string): boolean {
    return this.held.has(key);
  }

  /** A head laid out anew (`katalog`), kept in place of the one read. */
  replace(key: string, head: UnitHead): void {
    this.held.set(key, head);
  }

  /**
   * Every unit's head by its key, in the order of the keys (`JSON.stringify` puts those that read as
   * array indices first): what the small manifest holds, as JSON text, one head at a time.
   */
  *headsJson(): Generator<string> {
    const sortedKeys = [...this.held.keys()].sort(compareCodeUnits);
    let comma = '';
    yield '{';
    for (const key of Object.keys(Object.fromEntries(sortedKeys.map((k) => [k, 0])))) {
      const held = this.held.get(key)!;
      // A head this build made is held as the JSON JSON.stringify wrote: the same text.
      yield `${comma}${JSON.stringify(key)}:${Buffer.isBuffer(held) ? inflateRawSync(held).toString('utf8') : JSON.stringify(held)}`;
      comma = ',';
    }
    yield '}';
  }

  /** The unit's own manifest; undefined when it is missing or is not the one `head` names. */
  async body(key: string, head: UnitHead): Promise<UnitBody | undefined> {
    const known = this.unwritten.get(key) ?? this.converted?.get(key);
    if (known) return known.hash === head.hash ? known : undefined;
    const body = await readBody(this.folder, key, head);
    if (body) this.pageLists?.set(key, Object.keys(body.berkas));
    return body;
  }

  /** What the portal's pages show of the unit, from its own manifest. */
  async part(key: string, head: UnitHead): Promise<UnitBody['unit'] | undefined> {
    return (await this.body(key, head))?.unit;
  }

  /** Every page of the units whose manifests were written or read. */
  pages(): string[] {
    return [...(this.pageLists?.values() ?? [])].flat();
  }
}

const AUDIT_TITLE: Text = { id: 'Kesiapan dokumen', en: 'Document readiness' };

/**
 * The audit of the portal's units as its dashboard page. Each unit's site is the one this build
 * holds (its pages in the units' manifests), current by construction: the audit judges the
 * documents and their publication here, not a site built elsewhere.
 */
async function auditPage(kept: readonly { key: string; head: UnitHead }[], units: UnitStore, dirs: readonly string[], root: string, request: PortalRequest): Promise<{ page?: PortalPage; diagnostics: Diagnostic[] }> {
  const builtAt = Date.now();
  const sites = new Map<string, BuiltSite>();
  const byKey = new Map(kept.map((k) => [k.key, k.head]));
  for (const dir of dirs) {
    const key = relative(root, dir).split(sep).join('/') || '.';
    const head = byKey.get(key);
    const body = head && (await units.body(key, head));
    if (!head || !body) continue;
    const prefix = `${head.path}/`;
    const files = new Set(Object.keys(body.berkas).flatMap((f) => (f.startsWith(prefix) ? [f.slice(prefix.length)] : [])));
    sites.set(resolve(dir), { folder: `${request.shownOut}${head.path}`, files, builtAt });
  }
  // Loaded only for a portal with its audit: a rebuild of the portal alone does not pay for it.
  const [{ auditUnits }, { auditDashboard }, { withAuditSpill }] = await Promise.all([import('../audit/run.js'), import('../audit/dashboard.js'), import('../audit/spilled.js')]);
  // The dashboard reads no service's results: they wait on disk while it is made, as for a report.
  return withAuditSpill(async (spill) => {
    const { results, diagnostics } = await auditUnits(dirs, {
      cwd: request.cwd,
      lang: request.lang,
      ...(request.audit?.indicators ? { indicators: request.audit.indicators } : {}),
      ...(request.audit?.now ? { now: request.audit.now } : {}),
      siteOf: (dir) => sites.get(resolve(dir)),
      shownSites: request.shownOut,
      spill,
    });
    return { ...(results ? { page: { path: 'audit/index.html', judul: AUDIT_TITLE, content: auditDashboard(results, request.lang) } } : {}), diagnostics };
  });
}

/** Where the small manifest's units stand, in the order of its keys, until its text is made (`manifestText`). */
const HEADS = '\u0000units\u0000';
const HEADS_JSON = JSON.stringify(HEADS);

/** The small manifest as `finish` is given it: every part but its units' heads, which `UnitStore.headsJson` writes. */
type ManifestShell = Omit<Manifest, 'unit'> & { unit: typeof HEADS };

/**
 * The small manifest's text, in parts: every unit's head is made one at a time (`headsJson`). A
 * 2,000-unit portal's manifest is a 12 MB text: made whole, with its bytes, it took twice that at
 * the build's end, on top of the heads.
 */
function* manifestText(manifest: ManifestShell, units: UnitStore): Generator<string> {
  const text = JSON.stringify(manifest);
  // The keys before `unit` (format, bagian) hold none of the placeholder: the first is it.
  const at = text.indexOf(HEADS_JSON);
  yield text.slice(0, at);
  yield* units.headsJson();
  yield `${text.slice(at + HEADS_JSON.length)}\n`;
}

/**
 * The manifest written last, unless it says what the one read at the start said (`previousSha`); the
 * outcome with what was written, or what stood in the way.
 */
async function finish(outcome: PortalOutcome, folder: OutputFolder, tally: Tally, manifest: ManifestShell, units: UnitStore, shownOut: string, previousSha?: string): Promise<PortalOutcome> {
  if (manifest.kode) manifest.kode = Object.fromEntries(Object.entries(manifest.kode).sort(([a], [b]) => compareCodeUnits(a, b)));
  const hash = createHash('sha256');
  for (const part of manifestText(manifest, units)) hash.update(part);
  const o = hash.digest('base64') === previousSha ? undefined : await folder.tryWrite(PORTAL_MANIFEST, manifestText(manifest, units));
  if (o) tally.blocked.push([PORTAL_MANIFEST, o]);
  Object.assign(outcome.written, { files: tally.files, rewritten: tally.rewritten, removed: tally.removed });
  outcome.errors = outcome.diagnostics.some((d) => d.severity === 'error');
  const blocked = new Map(tally.blocked);
  if (blocked.size === 0) return outcome;
  const why = { id: `Portal hanya sebagian ditulis ke ${shownOut}; berkas lain tidak (lihat di atas).`, en: `The portal was only partly written to ${shownOut}; the other files were not (see above).` };
  return { ...outcome, stop: { reason: 'partial', why, obstacles: await folder.report(blocked) } };
}

/**
 * A build stopped between units (Ctrl-C): the manifest names the units built so far and, for
 * every other unit, what the last build left (those not looked at yet, and those whose folder is
 * gone, whose pages the next build removes), so that the next build begins where this one
 * stopped. Without `masukan` it makes the portal's pages again. A folder that held one unit's
 * site keeps its manifest: that lists the files a portal build must remove.
 */
async function interrupted(outcome: PortalOutcome, folder: OutputFolder, tally: Tally, units: UnitStore, read: ManifestRead | undefined, manifest: ManifestShell, built: number, shownOut: string): Promise<PortalOutcome> {
  if (!read?.berkas) {
    for (const [key, old] of Object.entries(read?.data.unit ?? {})) if (!units.has(key)) await units.keep(key, old);
    const written = await finish(outcome, folder, tally, manifest, units, shownOut, read?.sha);
    if (written.stop) return written;
  }
  const why = {
    id: `dihentikan setelah ${built} unit dibangun ke ${shownOut}. Jalankan perintah yang sama lagi untuk melanjutkan: unit yang sudah dibangun tidak dibangun ulang, lalu halaman portal dibuat.`,
    en: `stopped after ${built} unit${built === 1 ? '' : 's'} were built into ${shownOut}. Run the same command again to go on: the units already built are not built again, then the portal's pages are made.`,
  };
  return { ...outcome, stop: { reason: 'interrupted', why } };
}

/** The shard a unit belongs to: by a hash of its folder, so adding a unit moves no other. */
function shardOf(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

interface ShardUnit {
  head: UnitHead;
  folder: OutputFolder;
  /** The shard's units' manifests, when its manifest was of the one-file format that held them. */
  bodies?: ReadonlyMap<string, UnitBody>;
}

/** The units the shards' partial outputs hold, by their folder; a later shard never replaces an earlier one's unit. */
async function shardHeads(folders: readonly string[], lang: Lang): Promise<Map<string, ShardUnit>> {
  const found = new Map<string, ShardUnit>();
  for (const dir of folders) {
    const folder = new OutputFolder(dir, { lang, shown: dir });
    const read = await readManifest(folder);
    for (const [key, head] of Object.entries(read?.data.unit ?? {})) if (!found.has(key)) found.set(key, { head, folder, ...(read?.bodies ? { bodies: read.bodies } : {}) });
  }
  return found;
}

/** A unit's pages as a shard wrote them; undefined when one is missing there (the unit is then built here). */
function shardFiles(folder: OutputFolder, body: UnitBody): Map<string, Uint8Array> | undefined {
  const files = new Map<string, Uint8Array>();
  for (const path of Object.keys(body.berkas)) {
    const read = readFound(join(folder.dir, path), { limit: MAX_HASHED_BYTES });
    if (!read.ok) return undefined;
    files.set(path, read.bytes);
  }
  return files;
}

/** Built units' counts added to the run's. */
function addTally(into: Tally, from: Tally): void {
  into.files += from.files;
  into.rewritten += from.rewritten;
  into.removed += from.removed;
  into.blocked.push(...from.blocked);
}

const WORKER_URL = new URL('./portal-worker.js', import.meta.url);
/** Below this many changed units, starting workers (~200 ms each) costs more than it saves. */
const PARALLEL_UNITS = 8;

/**
 * Build the changed units, in workers when there are many (each holds one unit at a time), the
 * main thread taking units from the same queue; `done` is given each result as it comes, with
 * its place among the jobs. Jobs are taken from `jobs` as the threads are ready for them, the
 * first few to see whether workers are worth starting. Workers need the compiled portal-worker.js;
 * run from TypeScript sources, units are built in-process.
 */
async function runJobs(jobs: AsyncIterable<UnitJob>, workers: number | undefined, done: (result: UnitResult, index: number) => Promise<void>): Promise<void> {
  const source = jobs[Symbol.asyncIterator]();
  const first: UnitJob[] = [];
  for (let next; first.length < PARALLEL_UNITS && !(next = await source.next()).done; ) first.push(next.value);
  const all = (async function* () {
    // Each is let go once a thread takes it.
    while (first.length > 0) yield first.shift()!;
    for (let next; !(next = await source.next()).done; ) yield next.value;
  })();
  const size = workers ?? (first.length >= PARALLEL_UNITS ? helperThreads() : 0);
  const pool = size > 0 && workerAvailable(WORKER_URL) ? new ThreadPool<UnitJob, UnitResult>(size, WORKER_URL) : undefined;
  if (!pool) {
    let i = 0;
    for await (const job of all) await done(await runUnitJob(job), i++);
    return;
  }
  try {
    const handled: Promise<void>[] = [];
    await pool.each(all, runUnitJob, (result, i) => handled.push(done(result, i)));
    await Promise.all(handled);
  } finally {
    await pool.close();
  }
}
