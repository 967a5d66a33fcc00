import { readdir, readlink, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isPresent, resolveInside, type ReadProblem } from '../files/read.js';

export const PROVIDER_FILES = ['penyelenggara.yaml', 'penyelenggara.yml'];
export const CONFIG_FILES = ['standar.config.yaml', 'standar.config.yml'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'site']);

export function isProviderFile(path: string): boolean {
  return PROVIDER_FILES.includes(basename(path));
}

function isYaml(name: string): boolean {
  return (name.endsWith('.yaml') || name.endsWith('.yml')) && !CONFIG_FILES.includes(name);
}

/**
 * A folder and everything below it that a standard can live in. Whatever carries a standard's
 * name is kept, symlinks and FIFOs too: they are checked, and refused with a reason, never
 * skipped in silence. Linked folders are not followed.
 */
async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) await walk(path, out);
    } else if (isYaml(entry.name)) out.push(path);
  }
}

export interface UnitPlan {
  /** Folder of penyelenggara.yaml, or of the lone file. */
  dir: string;
  providerPath?: string;
  servicePaths: string[];
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
  /** Inputs that matched nothing. */
  missing: { input: string; kind: 'notFound' | 'noMatch' }[];
  refused: RefusedFile[];
}

/** The penyelenggara.yaml a file belongs to: in its folder or the nearest one above. */
function findProvider(dir: string, cache: Map<string, string | null>): string | null {
  const chain: string[] = [];
  let current = dir;
  let found: string | null | undefined;
  for (;;) {
    if (cache.has(current)) {
      found = cache.get(current);
      break;
    }
    chain.push(current);
    for (const name of PROVIDER_FILES) {
      // Anything with that name, even a FIFO or a folder, is the provider meant here: reading it says what is wrong.
      if (isPresent(join(current, name))) {
        found = join(current, name);
        break;
      }
    }
    if (found) break;
    const parent = dirname(current);
    if (parent === current) {
      found = null;
      break;
    }
    current = parent;
  }
  for (const d of chain) cache.set(d, found ?? null);
  return found ?? null;
}

/** How authors see a path: relative to where they ran the command when it is below it. */
export const displayPath = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..' + sep) || rel === '..' ? path : rel;
};

/** Expand files, folders and globs (relative to `cwd`) into units of absolute paths. */
export async function planInputs(inputs: readonly string[], cwd: string): Promise<Plan> {
  const files: string[] = [];
  const missing: Plan['missing'] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) await walk(abs, files);
    else if (info) files.push(abs);
    else if (picomatch.scan(input).isGlob) {
      const { base, glob } = picomatch.scan(input);
      const root = resolve(cwd, base || '.');
      const matcher = picomatch(glob, { dot: false });
      const found: string[] = [];
      if (await stat(root).then((s) => s.isDirectory(), () => false)) await walk(root, found);
      const matched = found.filter((f) => matcher(relative(root, f).split(sep).join('/')));
      if (matched.length === 0) missing.push({ input, kind: 'noMatch' });
      files.push(...matched);
    } else missing.push({ input, kind: 'notFound' });
  }

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
      units.set(key, unit);
    }
    if (file !== provider) unit.servicePaths.push(file);
  }
  // A symlink (or a linked folder on the way) may lead anywhere: only what stays in its unit is read.
  const refused: RefusedFile[] = [];
  for (const unit of units.values()) {
    const outside = new Set<string>();
    for (const path of unit.providerPath ? [unit.providerPath, ...unit.servicePaths] : unit.servicePaths) {
      const resolved = resolveInside(unit.dir, path);
      if (resolved.ok) continue;
      outside.add(path);
      const link = await readlink(path).catch(() => undefined);
      refused.push({ path, file: displayPath(cwd, path), root: relative(cwd, unit.dir) === '' ? '.' : displayPath(cwd, unit.dir), problem: resolved, ...(link !== undefined ? { link } : {}) });
    }
    if (unit.providerPath && outside.has(unit.providerPath)) delete unit.providerPath;
    unit.servicePaths = unit.servicePaths.filter((p) => !outside.has(p));
  }
  return { units: [...units.values()], missing, refused };
}
