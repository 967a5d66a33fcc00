import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { readFound } from '../files/read.js';
import { PROVIDER_FILES } from '../load/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/source.js';

const PACKAGE = 'standar-pelayanan';
const INSTALLED_SCHEMAS = join('node_modules', PACKAGE, 'schemas');

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);
const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** The `name` in a package.json, if it can be read: a FIFO or a huge file there is never waited on. */
function packageName(path: string): unknown {
  const read = readFound(path, { limit: DEFAULT_MAX_FILE_SIZE });
  if (!read.ok) return undefined;
  try {
    return (JSON.parse(read.bytes.toString('utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

function* ancestors(dir: string): Generator<string> {
  for (let d = dir; ; d = dirname(d)) {
    yield d;
    if (dirname(d) === d) return;
  }
}

export interface SchemaHome {
  /** Absolute folder where the schemas are, or will be once `npm install` has run. */
  dir: string;
  /** Whether the schemas are there now. */
  installed: boolean;
  /** Folder of the package.json that should list standar-pelayanan (where `npm install` runs). */
  packageRoot: string;
  /** Whether that package.json exists already. */
  hasPackageJson: boolean;
}

/**
 * Where the editor should find the schemas for files in `dir`. Editors resolve the path from the
 * file, so it must be a path that exists on every colleague's machine after `npm install`: the
 * package inside the project's node_modules, never the npx cache this command may run from.
 */
export async function findSchemaHome(dir: string): Promise<SchemaHome> {
  for (const d of ancestors(dir)) {
    if (await isFile(join(d, INSTALLED_SCHEMAS, 'layanan.schema.json'))) return { dir: join(d, INSTALLED_SCHEMAS), installed: true, packageRoot: d, hasPackageJson: await isFile(join(d, 'package.json')) };
  }
  for (const d of ancestors(dir)) {
    const pkg = join(d, 'package.json');
    if (!(await isFile(pkg))) continue;
    const name = packageName(pkg);
    // Working inside standar-pelayanan's own repository (its examples/): the schemas are right there.
    if (name === PACKAGE && (await isDir(join(d, 'schemas')))) return { dir: join(d, 'schemas'), installed: true, packageRoot: d, hasPackageJson: true };
    return { dir: join(d, INSTALLED_SCHEMAS), installed: false, packageRoot: d, hasPackageJson: true };
  }
  return { dir: join(dir, INSTALLED_SCHEMAS), installed: false, packageRoot: dir, hasPackageJson: false };
}

/** A path as editors and YAML comments want it: relative, with "/". */
export function portableRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/') || '.';
}

/** The repository root above `dir` (a folder holding .git), if any. */
export async function findGitRoot(dir: string): Promise<string | undefined> {
  for (const d of ancestors(dir)) if (await stat(join(d, '.git')).then(() => true, () => false)) return d;
  return undefined;
}

/** The nearest penyelenggara.yaml at or above `dir`: the unit a file there belongs to. */
export async function findProviderFile(dir: string): Promise<string | undefined> {
  for (const d of ancestors(dir)) for (const name of PROVIDER_FILES) if (await isFile(join(d, name))) return join(d, name);
  return undefined;
}

/** The version of this package, for the dependency a new unit declares. */
export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A folder as messages name it: "." for the working folder, relative below it, absolute elsewhere. */
export function folderLabel(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
}
