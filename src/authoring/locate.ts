import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ancestors } from '../files/folders.js';
import type { Lang } from '../i18n/index.js';
import { displayPath, PROVIDER_FILES } from '../load/discover.js';
import { readPackageJson } from './package-json.js';

const PACKAGE = 'standar-pelayanan';
const INSTALLED_SCHEMAS = join('node_modules', PACKAGE, 'schemas');

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);
const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

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
 * The nearest package.json decides where `npm install` runs; one npm could not read throws a
 * `Refusal` (located, named relative to `options.cwd`).
 */
export async function findSchemaHome(dir: string, options: { cwd: string; lang: Lang }): Promise<SchemaHome> {
  for (const d of ancestors(dir)) {
    if (await isFile(join(d, INSTALLED_SCHEMAS, 'layanan.schema.json'))) return { dir: join(d, INSTALLED_SCHEMAS), installed: true, packageRoot: d, hasPackageJson: await isFile(join(d, 'package.json')) };
  }
  for (const d of ancestors(dir)) {
    const pkg = await readPackageJson(join(d, 'package.json'), displayPath(options.cwd, join(d, 'package.json')), options.lang);
    if (!pkg) continue;
    // Working inside standar-pelayanan's own repository (its examples/): the schemas are right there.
    if (pkg.name === PACKAGE && (await isDir(join(d, 'schemas')))) return { dir: join(d, 'schemas'), installed: true, packageRoot: d, hasPackageJson: true };
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
