import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { Registry } from './registry.js';
import type { ObsoleteTerm } from './terms.js';
import type { LocalRegulations, Regulation, RegulationFile } from './types.js';

/** The registry shipped with the package: `nasional/*.yaml` and `istilah-usang.yaml`. */
export const SHIPPED_REGISTRY = fileURLToPath(new URL('../../registry/', import.meta.url));
/** Written by `npm run build` (scripts/compile-registry.mjs) next to this module in dist/. */
export const COMPILED_REGISTRY = new URL('./registry.json', import.meta.url);

export interface RegistryData {
  nasional: Regulation[];
  istilah: ObsoleteTerm[];
}

/** The files of a registry folder, in a fixed order. */
export function registryFiles(dir: string): string[] {
  const national = join(dir, 'nasional');
  const files = existsSync(national) ? readdirSync(national).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(national, f)) : [];
  const terms = join(dir, 'istilah-usang.yaml');
  return existsSync(terms) ? [...files, terms] : files;
}

/** Each registry file with its size and time of change, as written when a compiled copy is made. */
export function registryStamps(dir: string): [string, number, number][] {
  return registryFiles(dir).map((file) => {
    const { size, mtimeMs } = statSync(file);
    return [file.slice(dir.length), size, mtimeMs];
  });
}

/** Whether the files are still those a compiled copy was stamped with: a few stats, where the hash reads them all. */
function sameStamps(stamps: unknown, dir: string): boolean {
  const now = registryStamps(dir);
  return Array.isArray(stamps) && stamps.length === now.length && now.every((s, i) => s.every((part, j) => (stamps[i] as unknown[])[j] === part));
}

/** Identifies the registry files a compiled copy was made from: reading them is far cheaper than parsing them. */
export function registryHash(dir: string): string {
  // Staleness, not security: the cheapest digest that sees a changed digit.
  const hash = createHash('sha1');
  for (const file of registryFiles(dir)) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const isTermsFile = (file: string) => file.endsWith('istilah-usang.yaml');

// yaml's core scalars: dates stay text, as in a unit's peraturan.yaml read with positions.
const parse = (file: string) => jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA });

/** A registry folder read from its YAML sources; one without istilah-usang.yaml keeps the shipped terms. */
export function readRegistryFolder(dir: string): RegistryData {
  const out: RegistryData = { nasional: [], istilah: [] };
  const files = registryFiles(dir);
  if (!files.some(isTermsFile) && dir !== SHIPPED_REGISTRY) files.push(...registryFiles(SHIPPED_REGISTRY).filter(isTermsFile));
  for (const file of files) {
    const data = parse(file) as Partial<RegulationFile> & { istilah?: ObsoleteTerm[] };
    if (isTermsFile(file)) out.istilah.push(...(data.istilah ?? []));
    else out.nasional.push(...(data.peraturan ?? []));
  }
  return out;
}

/**
 * The registry as checks and lookups read it: without the facts' sources and notes (kept in the
 * YAML for the people who maintain it), a third of the size to parse.
 */
export function compactRegistry(data: RegistryData): RegistryData {
  return { nasional: data.nasional.map(({ sumber: _sumber, catatan: _catatan, ditetapkan: _ditetapkan, diundangkan: _diundangkan, ...rest }) => rest as Regulation), istilah: data.istilah };
}

/**
 * A registry folder through its compiled copy when that copy is fresh: the same files by their
 * stamps, or, installed from a package (whose files carry the packer's times), by their hash.
 */
export function readCompiled(compiledFile: URL | string, dir: string): RegistryData {
  if (existsSync(compiledFile)) {
    const compiled = JSON.parse(readFileSync(compiledFile, 'utf8')) as RegistryData & { hash: string; stamps: unknown };
    if (sameStamps(compiled.stamps, dir) || compiled.hash === registryHash(dir)) return compiled;
  }
  return compactRegistry(readRegistryFolder(dir));
}

// Read once per thread, and only when a rule or a lookup asks.
const folders = new Map<string, RegistryData>();

/** The data of a registry folder: the shipped one (compiled at build, else its YAML) unless another is named. */
export function registryData(dir?: string): RegistryData {
  const key = dir ?? SHIPPED_REGISTRY;
  let data = folders.get(key);
  if (!data) folders.set(key, (data = dir === undefined ? readCompiled(COMPILED_REGISTRY, SHIPPED_REGISTRY) : readRegistryFolder(dir)));
  return data;
}

const national = new Map<string, Registry>();
const withLocal = new WeakMap<readonly LocalRegulations[], Map<string, Registry>>();

/**
 * The registry that rules and lookups consult: the national one, and a unit's own regulations
 * when its configuration has a peraturan.yaml (the same list object for every file it governs).
 */
export function registryFor(dir?: string, local?: readonly LocalRegulations[]): Registry {
  const key = dir ?? SHIPPED_REGISTRY;
  if (!local || local.length === 0) {
    let r = national.get(key);
    if (!r) national.set(key, (r = new Registry(registryData(dir).nasional)));
    return r;
  }
  let byDir = withLocal.get(local);
  if (!byDir) withLocal.set(local, (byDir = new Map()));
  let r = byDir.get(key);
  if (!r) byDir.set(key, (r = new Registry([...registryData(dir).nasional, ...local.flatMap((l) => l.entries)], true)));
  return r;
}
