import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { helperThreads, ThreadPool, workerAvailable } from '../threads.js';
import { auditDashboard } from '../audit/dashboard.js';
import { auditUnits } from '../audit/run.js';
import type { BuiltSite } from '../audit/site.js';
import { PORTAL_FILE, portalDiagnostic, readPortalConfig, type PortalConfig } from '../config/portal.js';
import type { Diagnostic } from '../diagnostics.js';
import { readFound } from '../files/read.js';
import type { Lang, Text } from '../i18n/index.js';
import { CONFIG_FILES, displayPath, PROVIDER_FILES } from '../load/discover.js';
import { PACKAGE_VERSION } from '../package-info.js';
import { buildPortal, type PortalPageLink, type PortalUnit, type UnknownReference } from '../render/portal/portal.js';
import { readLogo } from '../render/logo.js';
import { BUILTIN_TEMPLATE_DIR, RenderError } from '../render/index.js';
import { baseOf } from '../render/site.js';
import { COMPILED_MODULES, schemasHash } from '../schema/validators.js';
import { isPlainPath, OutputFolder } from './output-folder.js';
import { newTally, runUnitJob, sha, syncFiles, type Seen, type Tally, type UnitJob, type UnitRecord, type UnitResult } from './portal-unit.js';
import type { NotWritten } from './report.js';

/**
 * The manifest of a portal: what `build` of one unit writes (`berkas`, every file written), and
 * for each unit the hash of its sources, the hash of each page written from them and the small
 * catalogue entries the portal's own pages are made of. A rebuild reads it to load only the units
 * whose sources changed, write only the pages whose bytes changed, and remove only the pages whose
 * source is gone.
 */
export const PORTAL_MANIFEST = '.standar-situs.json';
const MANIFEST_FORMAT = 'portal-1';
/** A portal of 2,000 units keeps some 20 MB of entries; a file far bigger is no build's. */
const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;
/** The catalogue of 2,000 units is some 60 MB; a portal page read back to be checked is never bigger than this. */
const MAX_PAGE_BYTES = 512 * 1024 * 1024;
/** A source bigger than this is recognised by its size and time, not read to be hashed. */
const MAX_HASHED_BYTES = 64 * 1024 * 1024;

interface Manifest {
  format: string;
  /** Set on the partial output of one shard ("2/4"): its units only, no portal pages. */
  bagian?: string;
  berkas: string[];
  /** Unit folder, relative to the portal's root → its record. */
  unit: Record<string, UnitRecord>;
  /** The portal's own files → content hash. */
  portal: Record<string, string>;
  /** Hash of everything the portal's own files were made from (`portalInputs`). */
  masukan?: string;
  /** What those files' making found in portal.yaml naming nothing, said again when they are not made again. */
  tidakDikenal?: UnknownReference[];
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
  /** Worker threads building units besides the main thread: 0 builds in-process only; default: one per core but one, when many units changed. */
  workers?: number;
}

export type PortalStop = 'unreadable' | 'portal' | 'units' | 'templates' | 'partial';

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

/** Folders holding a penyelenggara.yaml below `root`, in path order; a unit's own subfolders are its own, and links, hidden folders and the output are passed over. */
function unitFolders(root: string, skip: string | undefined, enough = Infinity): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (found.length >= enough || dir === skip) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && PROVIDER_FILES.includes(e.name))) {
      found.push(dir);
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(join(dir, e.name));
    }
  };
  walk(root);
  return found;
}

/** Every regular file of a unit folder, as "/"-separated relative paths, hidden files and folders aside. */
function sourceFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(dir, sub), { withFileTypes: true });
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

/** A file's content hash, taken again only when its size or time changed since `before`. */
function seen(path: string, before: Seen | undefined): Seen {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info) return [-1, 0, ''];
  if (before && before[0] === info.size && before[1] === info.mtimeMs) return before;
  if (!info.isFile() || info.size > MAX_HASHED_BYTES) return [info.size, info.mtimeMs, `${info.isFile() ? 'f' : 'l'}${info.size}:${info.mtimeMs}`];
  const read = readFound(path, { limit: MAX_HASHED_BYTES });
  return [info.size, info.mtimeMs, read.ok ? createHash('sha256').update(read.bytes).digest('base64') : `?${read.reason}`];
}

/** What every unit's pages depend on besides its own files: the tool, its schemas and the templates. */
function fingerprint(request: PortalRequest, templateDir: string | undefined): string {
  const hash = createHash('sha256').update(`${MANIFEST_FORMAT}\0${PACKAGE_VERSION}\0${schemasHash(COMPILED_MODULES.standards.files)}\0${request.lang}\0${request.baseUrl ?? ''}\0`);
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

/** A manifest as read, with its text, so a rebuild that changed nothing does not write it again. */
interface ManifestRead {
  data: Manifest;
  text: string;
}

async function readManifest(folder: OutputFolder): Promise<ManifestRead | undefined> {
  if (await folder.obstacle(PORTAL_MANIFEST, 'write')) return undefined;
  const read = readFound(join(folder.dir, PORTAL_MANIFEST), { limit: MAX_MANIFEST_BYTES });
  if (!read.ok) return undefined;
  const text = read.bytes.toString('utf8');
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    if (data.format !== MANIFEST_FORMAT || typeof data.unit !== 'object' || typeof data.portal !== 'object' || !Array.isArray(data.berkas)) {
      return Array.isArray(data.berkas) ? { data: { format: '', berkas: data.berkas.filter((f): f is string => typeof f === 'string' && isPlainPath(f)), unit: {}, portal: {} }, text } : undefined;
    }
    const plain = (record: Record<string, string>) => Object.keys(record).every(isPlainPath);
    if (!plain(data.portal) || !Object.values(data.unit).every((u) => isPlainPath(u.path) && plain(u.berkas))) return undefined;
    return { data: data as Manifest, text };
  } catch {
    return undefined;
  }
}

/** The code of a unit as its penyelenggara.yaml writes it, read from the line: its folder in the portal. */
function unitCode(dir: string): string | undefined {
  for (const name of PROVIDER_FILES) {
    const read = readFound(join(dir, name), { limit: 1024 * 1024 });
    if (!read.ok) continue;
    const m = /^kode:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?[ \t]*(?:#.*)?$/m.exec(read.bytes.toString('utf8'));
    return m?.[1];
  }
  return undefined;
}

/** Folder names for the units' sites, by their code (else their folder's name), lower case, each once. */
function sitePaths(dirs: readonly string[]): string[] {
  const used = new Set<string>(['katalog.html', 'mpp.html', 'kontak.html', 'index.html', 'peta-situs.html']);
  return dirs.map((dir) => {
    const base = (unitCode(dir) ?? basename(dir)).toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^\.+/, '') || 'unit';
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
  let dirs = roots.flatMap((r) => unitFolders(r, skip));
  if (config?.data.unit) {
    const rel = new Map(dirs.map((d) => [relative(root, d).split(sep).join('/'), d]));
    const chosen = new Set<string>();
    config.data.unit.forEach((pattern, i) => {
      const match = picomatch(pattern.replace(/\/+$/, ''), { dot: false });
      const hits = [...rel.keys()].filter((r) => match(r));
      if (hits.length === 0) outcome.diagnostics.push(portalDiagnostic(config, `/unit/${i}`, UNKNOWN_MESSAGES.pattern, { value: pattern, known: listed([...rel.keys()], lang) }, lang));
      for (const h of hits) chosen.add(rel.get(h)!);
    });
    dirs = dirs.filter((d) => chosen.has(d));
  }
  if (dirs.length === 0) {
    return stop('units', { id: 'tidak ada folder unit (berisi penyelenggara.yaml) di bawahnya.', en: 'no unit folder (with a penyelenggara.yaml) below it.' });
  }

  const templateDir = request.templateDir ? resolve(cwd, request.templateDir) : undefined;
  const folder = new OutputFolder(outDir, { lang, shown: request.shownOut });
  const read = await readManifest(folder);
  const before = read?.data;
  const print = fingerprint(request, templateDir);
  const configs = new Map<string, string>();
  // Folder names are given over all units, so every shard names a unit as the whole portal does.
  const allPaths = sitePaths(dirs);
  const { shard } = request;
  const inShard = (dir: string) => !shard || shardOf(relative(root, dir).split(sep).join('/') || '.', shard.count) === shard.index - 1;
  const paths = allPaths.filter((_, i) => inShard(dirs[i]!));
  dirs = dirs.filter(inShard);
  const built = await shardRecords(request.merge ?? [], lang);
  const base = request.baseUrl ? baseOf(request.baseUrl) : undefined;
  const records: Record<string, UnitRecord> = {};
  const units: PortalUnit[] = [];
  const tally = newTally();
  const { written } = outcome;
  const jobs: { key: string; old?: UnitRecord; job: UnitJob }[] = [];

  // Which units changed: their sources' hashes against the manifest (a file is read only when its size or time changed).
  for (const [i, dir] of dirs.entries()) {
    const key = relative(root, dir).split(sep).join('/') || '.';
    const path = paths[i]!;
    const old = before?.unit[key];
    const sumber: Record<string, Seen> = {};
    const hash = createHash('sha256').update(`${print}\0${path}\0${configAbove(dirname(dir), root, configs)}\0`);
    for (const rel of sourceFiles(dir)) {
      sumber[rel] = seen(join(dir, rel), old?.sumber[rel]);
      hash.update(`${rel}\0${sumber[rel][2]}\0`);
    }
    const digest = hash.digest('base64');
    const fromShard = built.get(key);
    const copied = fromShard && fromShard.record.hash === digest && fromShard.record.path === path ? shardFiles(fromShard) : undefined;
    if (old && old.hash === digest && old.path === path) {
      records[key] = { ...old, sumber };
      tally.files += Object.keys(old.berkas).length;
    } else if (fromShard && copied) {
      const berkas = await syncFiles(folder, copied, old?.berkas ?? {}, tally);
      if (berkas) records[key] = { ...fromShard.record, sumber, berkas };
      else if (old) records[key] = old;
    } else {
      const job: UnitJob = { dir, path, hash: digest, sumber, lang, cwd, outDir, shownOut: request.shownOut, ...(templateDir ? { templateDir } : {}), ...(base ? { base } : {}), ...(old ? { old: { berkas: old.berkas, unit: old.unit } } : {}) };
      jobs.push({ key, ...(old ? { old } : {}), job });
    }
  }
  written.rebuiltUnits = jobs.length;
  for (const [i, result] of (await runJobs(jobs.map((j) => j.job), request.workers)).entries()) {
    const { key, old } = jobs[i]!;
    addTally(tally, result.tally);
    if (result.record) records[key] = result.record;
    else if (old) records[key] = old;
  }
  for (const [i, dir] of dirs.entries()) {
    const record = records[relative(root, dir).split(sep).join('/') || '.'];
    if (!record) continue;
    outcome.diagnostics.push(...record.temuan);
    outcome.notWritten.push(...record.tidakDitulis);
    outcome.files += Object.keys(record.sumber).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).length;
    written.units++;
    written.services += record.layanan;
    written.drafts += record.draf;
    units.push({ path: paths[i]!, ...record.unit });
  }
  // Units whose folder is gone (or left out of portal.yaml): their pages go with them.
  for (const [key, old] of Object.entries(before?.unit ?? {})) {
    if (!(key in records) && !Object.values(records).some((r) => r.path === old.path)) await syncFiles(folder, new Map(), old.berkas, tally);
  }

  if (shard) return finish(outcome, folder, tally, { format: MANIFEST_FORMAT, bagian: `${shard.index}/${shard.count}`, berkas: [], unit: records, portal: {} }, request.shownOut, read?.text);

  const pages = [...(request.pages ?? [])];
  if (request.audit) {
    const audited = await auditPage(dirs, records, root, request);
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
  let inputs = portalInputs(print, config?.data, logo, units, pages);
  let portalFiles: Record<string, string>;
  let unknown: UnknownReference[];
  if (previous?.masukan === inputs && (await intact(folder, previous.portal))) {
    portalFiles = previous.portal;
    unknown = previous.tidakDikenal ?? [];
    tally.files += Object.keys(portalFiles).length;
  } else {
    let portal;
    try {
      portal = buildPortal(config?.data, logo, units, { lang, templateDir, baseUrl: request.baseUrl, pages });
    } catch (err) {
      if (!(err instanceof RenderError)) throw err;
      outcome.diagnostics.push(...err.diagnostics);
      return stop('templates', { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });
    }
    unknown = portal.unknown;
    const own = new Map<string, string | Uint8Array>([...portal.files, ...pages.map((p) => [p.path, p.content] as const)]);
    const synced = await syncFiles(folder, own, previous?.portal ?? {}, tally);
    portalFiles = synced ?? before?.portal ?? {};
    if (!synced) inputs = '';
  }
  if (config) {
    const known = listed(units.flatMap((u) => (u.kode ? [u.kode] : [])), lang);
    for (const u of unknown) outcome.diagnostics.push(portalDiagnostic(config, u.pointer, UNKNOWN_MESSAGES[u.kind], { value: u.value, unit: u.unit ?? '', known }, lang));
  }

  // A manifest of an older format, or of one unit's build, lists files that are no unit's page now.
  if (before && before.format !== MANIFEST_FORMAT) {
    const now = new Set([...Object.keys(portalFiles), ...Object.values(records).flatMap((r) => Object.keys(r.berkas))]);
    for (const path of before.berkas) if (!now.has(path) && path !== PORTAL_MANIFEST) await folder.remove(path);
  }
  return finish(outcome, folder, tally, { format: MANIFEST_FORMAT, berkas: [], unit: records, portal: portalFiles, ...(inputs ? { masukan: inputs } : {}), ...(unknown.length > 0 ? { tidakDikenal: unknown } : {}) }, request.shownOut, read?.text);
}

/**
 * One hash of what the portal's own pages are made from: the tool and templates (`print`, which
 * also holds the language and address), portal.yaml, its logo, every unit's name, contacts and
 * catalogue entries, and the extra pages.
 */
function portalInputs(print: string, data: PortalConfig['data'] | undefined, logo: string | undefined, units: readonly PortalUnit[], pages: readonly PortalPage[]): string {
  const hash = createHash('sha256').update(`${print}\0${JSON.stringify(data ?? null)}\0${logo ?? ''}\0`);
  for (const unit of units) hash.update(`${JSON.stringify(unit)}\0`);
  for (const page of pages) hash.update(`${page.path}\0${JSON.stringify(page.judul)}\0${sha(page.content)}\0`);
  return hash.digest('base64');
}

/** Whether each file stands in the folder with the bytes its hash says (a page edited or deleted by hand is made again). */
async function intact(folder: OutputFolder, files: Record<string, string>): Promise<boolean> {
  for (const [path, hash] of Object.entries(files)) {
    const bytes = await folder.readFile(path, MAX_PAGE_BYTES);
    if (bytes === undefined || sha(bytes) !== hash) return false;
  }
  return true;
}

const AUDIT_TITLE: Text = { id: 'Kesiapan dokumen', en: 'Document readiness' };

/**
 * The audit of the portal's units as its dashboard page. Each unit's site is the one this build
 * holds (its pages in the manifest's records), current by construction: the audit judges the
 * documents and their publication here, not a site built elsewhere.
 */
async function auditPage(dirs: readonly string[], records: Record<string, UnitRecord>, root: string, request: PortalRequest): Promise<{ page?: PortalPage; diagnostics: Diagnostic[] }> {
  const builtAt = Date.now();
  const sites = new Map<string, BuiltSite>();
  for (const dir of dirs) {
    const record = records[relative(root, dir).split(sep).join('/') || '.'];
    if (!record) continue;
    const prefix = `${record.path}/`;
    const files = new Set(Object.keys(record.berkas).flatMap((f) => (f.startsWith(prefix) ? [f.slice(prefix.length)] : [])));
    sites.set(resolve(dir), { folder: `${request.shownOut}${record.path}`, files, builtAt });
  }
  const { results, diagnostics } = await auditUnits(dirs, {
    cwd: request.cwd,
    lang: request.lang,
    ...(request.audit?.indicators ? { indicators: request.audit.indicators } : {}),
    ...(request.audit?.now ? { now: request.audit.now } : {}),
    siteOf: (dir) => sites.get(resolve(dir)),
    shownSites: request.shownOut,
  });
  return { ...(results ? { page: { path: 'audit/index.html', judul: AUDIT_TITLE, content: auditDashboard(results, request.lang) } } : {}), diagnostics };
}

/**
 * The manifest written last, listing every file, unless it says what the one read at the start
 * said (`previous`); the outcome with what was written, or what stood in the way.
 */
async function finish(outcome: PortalOutcome, folder: OutputFolder, tally: Tally, manifest: Manifest, shownOut: string, previous?: string): Promise<PortalOutcome> {
  manifest.unit = Object.fromEntries(Object.entries(manifest.unit).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  manifest.berkas = [...Object.keys(manifest.portal), ...Object.values(manifest.unit).flatMap((r) => Object.keys(r.berkas))].sort();
  const text = JSON.stringify(manifest) + '\n';
  const o = text === previous ? undefined : await folder.tryWrite(PORTAL_MANIFEST, text);
  if (o) tally.blocked.push([PORTAL_MANIFEST, o]);
  Object.assign(outcome.written, { files: tally.files, rewritten: tally.rewritten, removed: tally.removed });
  outcome.errors = outcome.diagnostics.some((d) => d.severity === 'error');
  const blocked = new Map(tally.blocked);
  if (blocked.size === 0) return outcome;
  const why = { id: `Portal hanya sebagian ditulis ke ${shownOut}; berkas lain tidak (lihat di atas).`, en: `The portal was only partly written to ${shownOut}; the other files were not (see above).` };
  return { ...outcome, stop: { reason: 'partial', why, obstacles: await folder.report(blocked) } };
}

/** The shard a unit belongs to: by a hash of its folder, so adding a unit moves no other. */
function shardOf(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

interface ShardUnit {
  record: UnitRecord;
  folder: OutputFolder;
}

/** The units the shards' partial outputs hold, by their folder; a later shard never replaces an earlier one's unit. */
async function shardRecords(folders: readonly string[], lang: Lang): Promise<Map<string, ShardUnit>> {
  const found = new Map<string, ShardUnit>();
  for (const dir of folders) {
    const folder = new OutputFolder(dir, { lang, shown: dir });
    const manifest = (await readManifest(folder))?.data;
    for (const [key, record] of Object.entries(manifest?.unit ?? {})) if (!found.has(key)) found.set(key, { record, folder });
  }
  return found;
}

/** A unit's pages as a shard wrote them; undefined when one is missing there (the unit is then built here). */
function shardFiles(from: ShardUnit): Map<string, Uint8Array> | undefined {
  const files = new Map<string, Uint8Array>();
  for (const path of Object.keys(from.record.berkas)) {
    const read = readFound(join(from.folder.dir, path), { limit: MAX_HASHED_BYTES });
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
 * main thread taking units from the same queue; results in the order of `jobs`. Workers need the
 * compiled portal-worker.js; run from TypeScript sources, units are built in-process.
 */
async function runJobs(jobs: readonly UnitJob[], workers: number | undefined): Promise<UnitResult[]> {
  const size = workers ?? (jobs.length >= PARALLEL_UNITS ? helperThreads() : 0);
  const pool = size > 0 && workerAvailable(WORKER_URL) ? new ThreadPool<UnitJob, UnitResult>(size, WORKER_URL) : undefined;
  if (!pool) {
    const results: UnitResult[] = [];
    for (const job of jobs) results.push(await runUnitJob(job));
    return results;
  }
  try {
    const results: UnitResult[] = [];
    await pool.each(jobs, runUnitJob, (result, i) => (results[i] = result));
    return results;
  } finally {
    await pool.close();
  }
}
