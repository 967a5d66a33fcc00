import { realpathSync } from 'node:fs';
import { readdir, readlink, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { picomatch } from './glob.js';
import { childPath, compareCodeUnits, nearestAbove } from '../files/folders.js';
import { isInside, isPresent, readFound, resolveInside, type ReadProblem, type Resolved } from '../files/read.js';
import { DEFAULT_MAX_FILE_SIZE } from './source.js';

export const PROVIDER_FILES = ['penyelenggara.yaml', 'penyelenggara.yml'];
export const CONFIG_FILES = ['standar.config.yaml', 'standar.config.yml'];
/** YAML the tool reads beside standards, each with its own schema and reader: never a standard, found or named. */
const SIDE_FILES = [...CONFIG_FILES, 'portal.yaml', 'portal.yml', 'peraturan.yaml', 'skm.yaml'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'site']);

export function isProviderFile(path: string): boolean {
  return PROVIDER_FILES.includes(basename(path));
}

/** The folder whose YAML files are services without being read first (`standar init` and `new` write there). */
export const SERVICE_FOLDER = 'layanan';

function isYaml(name: string): boolean {
  return (name.endsWith('.yaml') || name.endsWith('.yml')) && !SIDE_FILES.includes(name);
}

/**
 * A folder and everything below it that a standard can live in: its YAML files, hidden ones
 * (.gitlab-ci.yml, .pre-commit-config.yaml) and hidden folders (.github) left out. Whatever
 * carries a YAML name is kept, symlinks and FIFOs too: `isStandard` decides. Linked folders are
 * not followed.
 */
async function walk(dir: string, out: string[], links: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = childPath(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(path, out, links);
    } else if (isYaml(entry.name)) {
      out.push(path);
      if (entry.isSymbolicLink()) links.add(path);
    }
  }
}

/**
 * Where the files of a plan really are. A file a walk found that is no symlink lies where its
 * path says below the walk's real root (a walk never follows a linked folder): one realpath per
 * walk, not one per file (2,000 files took 20 ms). Anything else (a symlink, a file named one by
 * one, a provider found above the walk) is resolved itself.
 */
class RealPaths {
  /** Each walk's root and its real path (undefined when it has none). */
  private readonly roots = new Map<string, string | undefined>();
  private readonly links = new Set<string>();
  private readonly named = new Set<string>();

  async walk(root: string, out: string[]): Promise<void> {
    await walk(root, out, this.links);
    if (!this.roots.has(root)) this.roots.set(root, realPathOf(root));
  }

  /** A file named one by one (or standard input's stand-in): never taken on a walk's word. */
  name(path: string): void {
    this.named.add(path);
  }

  /** `path` resolved inside `dir`, whose real path is `realRoot`: as `resolveInside` answers. */
  inside(dir: string, path: string, realRoot: string | undefined): Resolved {
    const real = this.named.has(path) || this.links.has(path) ? undefined : this.walked(path);
    if (real === undefined || realRoot === undefined) return resolveInside(dir, path, realRoot);
    return isInside(realRoot, real) ? { ok: true, path: real } : { ok: false, reason: 'outside', target: real };
  }

  /** The real path of a walked file, from the deepest walk root above it (the walk that found it). */
  private walked(path: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots.keys()) {
      if (path.startsWith(root) && path[root.length] === sep && (best === undefined || root.length > best.length)) best = root;
    }
    const real = best === undefined ? undefined : this.roots.get(best);
    return real === undefined ? undefined : real + path.slice(best!.length);
  }
}

// Top-level keys as a YAML block mapping writes them, and the modeline editors read.
const TOP_LEVEL_KEY = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#:'"][^:\n]*?))[ \t]*:(?:[ \t]|$)/gm;
const SCHEMA_NAMED = /(?:layanan|penyelenggara)\.schema\.json/;

/**
 * Whether a YAML file's text is a standard: a service has `komponen`, or `kode`, `nama` and
 * `status`, at the top level (a data file of regions has a kode and a nama), or names the
 * standard's schema. Not a parse: a half-written service or one with
 * a YAML error is still recognised, so its problems are reported.
 */
export function looksLikeStandard(text: string): boolean {
  const keys = new Set<string>();
  for (const m of text.matchAll(TOP_LEVEL_KEY)) keys.add(m[1] ?? m[2] ?? m[3]!);
  if (keys.has('komponen') || (keys.has('kode') && keys.has('nama') && keys.has('status'))) return true;
  const head = text.slice(0, 2048);
  return SCHEMA_NAMED.test(head) && (/^#\s*yaml-language-server:/m.test(head) || keys.has('$schema'));
}

/**
 * A YAML file found in a folder or by a glob is checked when it is a provider, lies in a
 * `layanan` folder, or reads like a standard: a repository's CI, compose or lock files are not
 * services. A file that cannot be read (a FIFO, a dangling link) is kept, so checking it says why.
 */
function isStandard(path: string, root: string, typed: string): boolean {
  if (isProviderFile(path)) return true;
  if (relative(root, dirname(path)).split(sep).includes(SERVICE_FOLDER)) return true;
  // A layanan/ folder named on the command line; not "." in a repository that happens to be named so.
  if (basename(typed.replace(/[\\/]+$/, '')) === SERVICE_FOLDER) return true;
  const read = readFound(path, { limit: DEFAULT_MAX_FILE_SIZE });
  if (!read.ok) return read.reason !== 'too-large';
  return looksLikeStandard(read.bytes.toString('utf8'));
}

export interface UnitPlan {
  /** Folder of penyelenggara.yaml, or of the lone file. */
  dir: string;
  providerPath?: string;
  /** The provider was found above a service, not among the inputs: it goes when all its services are ignored. */
  providerImplied?: true;
  /** The service files, in folder order. A planned unit makes the list anew each time it is read: assign a list to change it. */
  servicePaths: string[];
}

/**
 * A unit as planned: its service files are held as their paths below the unit's folder, in one
 * string, and made whole again each time they are asked for. A region's run reads one unit's at a
 * time, while the plan holds every unit's from the start: as absolute paths, 50,000 services'
 * took 7.2 MB live, and take 1.6 MB so.
 */
class PlannedUnit implements UnitPlan {
  readonly dir: string;
  // Set only when there is one, as on a plain unit (`delete` takes them away).
  declare providerPath?: string;
  declare providerImplied?: true;
  /** Each path after `dir`, a NUL before each (no path holds one); a path that does not start with `dir` is kept whole, after two. */
  private packed = '';

  constructor({ dir, providerPath, providerImplied, servicePaths }: UnitPlan) {
    this.dir = dir;
    if (providerPath !== undefined) this.providerPath = providerPath;
    if (providerImplied) this.providerImplied = providerImplied;
    this.servicePaths = servicePaths;
  }

  get servicePaths(): string[] {
    const out: string[] = [];
    const parts = this.packed.split('\0');
    for (let i = 1; i < parts.length; i++) out.push(parts[i] === '' ? parts[++i]! : this.dir + parts[i]);
    return out;
  }

  set servicePaths(paths: readonly string[]) {
    // join copies the parts: slices of the whole paths would keep them.
    this.packed = paths.map((p) => (p.startsWith(this.dir) && p.length > this.dir.length ? `\0${p.slice(this.dir.length)}` : `\0\0${p}`)).join('');
  }
}

/** A file of a unit that leads outside the unit's folder, or to nothing: never read. */
export interface RefusedFile {
  path: string;
  /** `path` and the unit's folder as diagnostics name them. */
  file: string;
  root: string;
  problem: ReadProblem;
  /** Where it points, as written in the symlink, when it is one. */
  link?: string;
}

export interface Plan {
  units: UnitPlan[];
  /** Inputs that matched nothing; `noStandards`: the run as a whole found nothing to check. */
  missing: { input: string; kind: 'notFound' | 'noMatch' | 'noStandards' }[];
  refused: RefusedFile[];
  /** YAML files found in folders or by globs that are not standards (CI, compose, lock files). */
  unrecognised: string[];
  /** Files left out by a .standarignore or `abaikan:` (`ignoreFiles`). */
  ignored: string[];
  /** Files named one by one (not found in a folder or by a glob), and standard input. */
  explicit: string[];
  /** The path standard input stands for, when "-" was an input. */
  stdin?: string;
}

/** What "-" reads when no --stdin-filepath names it. */
export const STDIN_NAME = '<stdin>';

export interface PlanOptions {
  /** The path that standard input ("-") stands for: messages name it, its folder finds the configuration and unit. */
  stdinPath?: string;
  /** Told how many files were found, before they are grouped into units and followed through symlinks. */
  onFound?: (files: number) => void;
}

/** The penyelenggara.yaml a file belongs to: in its folder or the nearest one above. */
function findProvider(dir: string, cache: Map<string, string | null>): string | null {
  // Anything with that name, even a FIFO or a folder, is the provider meant here: reading it says what is wrong.
  return nearestAbove(dir, (d) => PROVIDER_FILES.map((name) => join(d, name)).find(isPresent) ?? null, cache);
}

/** A folder's real path, or undefined when it has none (resolveInside then says why, file by file). */
function realPathOf(dir: string): string | undefined {
  try {
    return realpathSync.native(dir);
  } catch {
    return undefined;
  }
}

/** How authors see a path: relative to where they ran the command when it is below it. */
export const displayPath = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..' + sep) || rel === '..' ? path : rel;
};

/**
 * Expand files, folders and globs (relative to `cwd`) into units of absolute paths. A file named
 * one by one is always checked; of those found in folders or by globs only standards are.
 */
export async function planInputs(inputs: readonly string[], cwd: string, options: PlanOptions = {}): Promise<Plan> {
  const files: string[] = [];
  const missing: Plan['missing'] = [];
  const explicit: string[] = [];
  const unrecognised: string[] = [];
  let stdin: string | undefined;
  const real = new RealPaths();
  const found = (paths: string[], root: string, typed: string) => {
    for (const path of paths) (isStandard(path, root, typed) ? files : unrecognised).push(path);
  };
  for (const input of inputs) {
    if (input === '-') {
      stdin = resolve(cwd, options.stdinPath ?? STDIN_NAME);
      files.push(stdin);
      explicit.push(stdin);
      real.name(stdin);
      continue;
    }
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const inFolder: string[] = [];
      await real.walk(abs, inFolder);
      found(inFolder, abs, input);
    } else if (info) {
      // A pre-commit hook names every staged YAML file: the tool's own side files are not standards.
      if (SIDE_FILES.includes(basename(abs))) continue;
      files.push(abs);
      explicit.push(abs);
      real.name(abs);
    } else if (picomatch().scan(input).isGlob) {
      const { base, glob } = picomatch().scan(input);
      const root = resolve(cwd, base || '.');
      const matcher = picomatch()(glob, { dot: false });
      const inFolder: string[] = [];
      if (await stat(root).then((s) => s.isDirectory(), () => false)) await real.walk(root, inFolder);
      const matched = inFolder.filter((f) => matcher(relative(root, f).split(sep).join('/')));
      if (matched.length === 0) missing.push({ input, kind: 'noMatch' });
      found(matched, root, base || '.');
    } else missing.push({ input, kind: 'notFound' });
  }
  options.onFound?.(files.length);

  const cache = new Map<string, string | null>();
  const units = new Map<string, UnitPlan>();
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const provider = isProviderFile(file) ? file : findProvider(dirname(file), cache);
    const key = provider ?? file;
    let unit = units.get(key);
    if (!unit) {
      unit = { dir: dirname(key), servicePaths: [] };
      if (provider) unit.providerPath = provider;
      if (provider && provider !== file) unit.providerImplied = true;
      units.set(key, unit);
    }
    if (file !== provider) unit.servicePaths.push(file);
    else delete unit.providerImplied;
  }
  // A symlink (or a linked folder on the way) may lead anywhere: only what stays in its unit is read.
  const refused: RefusedFile[] = [];
  for (const unit of units.values()) {
    const outside = new Set<string>();
    const realRoot = realPathOf(unit.dir);
    for (const path of unit.providerPath ? [unit.providerPath, ...unit.servicePaths] : unit.servicePaths) {
      // Standard input is read from the pipe, not from its stand-in path.
      if (path === stdin) continue;
      const resolved = real.inside(unit.dir, path, realRoot);
      if (resolved.ok) continue;
      outside.add(path);
      const link = await readlink(path).catch(() => undefined);
      refused.push({ path, file: displayPath(cwd, path), root: relative(cwd, unit.dir) === '' ? '.' : displayPath(cwd, unit.dir), problem: resolved, ...(link !== undefined ? { link } : {}) });
    }
    if (unit.providerPath && outside.has(unit.providerPath)) delete unit.providerPath;
    unit.servicePaths = unit.servicePaths.filter((p) => !outside.has(p));
  }
  return { units: [...units.values()].map((u) => new PlannedUnit(u)), missing, refused, unrecognised, ignored: [], explicit, ...(stdin ? { stdin } : {}) };
}

/** Every file of a plan, each unit's provider first. */
export const planFiles = (plan: Plan): string[] => plan.units.flatMap((u) => (u.providerPath ? [u.providerPath, ...u.servicePaths] : u.servicePaths));

/**
 * Leave out what `ignored` says (a .standarignore, `abaikan:`); a unit left with nothing goes.
 * Then a run with nothing to check, no file named one by one among what was left out, and no
 * other problem with its inputs, says so: a green "0 files checked" would hide a wrong path.
 */
export function ignoreFiles(plan: Plan, inputs: readonly string[], ignored: (path: string) => boolean): void {
  for (const unit of plan.units) {
    if (unit.providerPath && ignored(unit.providerPath)) {
      plan.ignored.push(unit.providerPath);
      delete unit.providerPath;
    }
    const before = unit.servicePaths.length;
    unit.servicePaths = unit.servicePaths.filter((p) => (ignored(p) ? (plan.ignored.push(p), false) : true));
    if (unit.providerImplied && before > 0 && unit.servicePaths.length === 0) delete unit.providerPath;
  }
  plan.units = plan.units.filter((u) => u.providerPath || u.servicePaths.length > 0);
  const namedAndIgnored = plan.ignored.some((p) => plan.explicit.includes(p));
  if (plan.units.length === 0 && plan.missing.length === 0 && plan.refused.length === 0 && !namedAndIgnored) {
    plan.missing.push({ input: inputs.join(' '), kind: 'noStandards' });
  }
}
