import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { CoreSource, Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { nearestAbove } from '../files/folders.js';
import { isPresent } from '../files/read.js';
import { didYouMean } from '../i18n/suggest.js';
import { CONFIG_FILES, displayPath } from '../load/discover.js';
import { ownEntry } from '../load/guards.js';
import { joinPointer } from '../load/pointer.js';
import { readStandard } from '../load/quick.js';
import { locate, makeDiagnostic, type SourceFile } from '../load/source.js';
import type { RuleSettings, SeveritySetting } from '../rules/types.js';
import { schemaDiagnostics } from '../schema/translate.js';
import { configValidator } from '../schema/validators.js';
import { CONFIG_MESSAGES } from './messages.js';
import { LOCAL_REGISTRY_FILE, readLocalRegulations } from '../registry/local.js';
import { PRESETS } from './presets.js';
import { emptySettings, mergeSettings } from './settings.js';
import type { ConfigOverride, ConfigSet, ResolvedConfig } from './types.js';

/** Diagnostics about configuration files carry this rule id; the CLI answers them with exit code 2. */
export const CONFIG_RULE: CoreSource = 'konfigurasi';

/** Compiled with the standards' schemas at build time: a run with a configuration file compiles nothing. */
function validateConfig(data: unknown): ValidateFunction['errors'] {
  const validate = configValidator();
  return validate(data) ? [] : validate.errors;
}

type RawSetting = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

function normalizeRules(raw: unknown): RuleSettings {
  const out = emptySettings();
  for (const [id, value] of Object.entries((raw ?? {}) as Record<string, RawSetting>)) {
    out[id] = typeof value === 'string' ? { severity: value } : { ...(value.severity ? { severity: value.severity } : {}), ...(value.options ? { options: value.options } : {}) };
  }
  return out;
}

interface Loading {
  lang: Lang;
  cwd: string;
  /** Files on the `extends` chain being loaded, to refuse a loop. */
  chain: string[];
  /** Every configuration file read, so none is mistaken for a standard. */
  read: Set<string>;
  /** Another national registry folder than the shipped one (tests, pinned data). */
  registry?: string;
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);

async function loadFile(path: string, how: Loading): Promise<{ config?: ResolvedConfig; diagnostics: Diagnostic[] }> {
  const file = displayPath(how.cwd, path);
  how.read.add(path);
  const parsed = await readStandard(path, { lang: how.lang, displayPath: file });
  const relabel = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, rule: CONFIG_RULE }));
  if (!parsed.source) return { diagnostics: relabel(parsed.diagnostics) };
  const source: SourceFile = parsed.source;
  const errors = validateConfig(source.data) ?? [];
  const diagnostics: Diagnostic[] = relabel([...parsed.diagnostics, ...schemaDiagnostics(errors, source, how.lang, false)]);
  // Even a configuration with schema errors has its bases checked: every problem is said at once.
  const data = source.data as { extends?: unknown; rules?: unknown; abaikan?: unknown; overrides?: { files: string | string[]; rules: unknown }[]; baseline?: string; pdf?: { chromium?: string; batas_waktu?: number } };
  const dir = dirname(path);
  const config: ResolvedConfig = { path, dir, rules: {}, overrides: [], ignores: [] };
  const layers: RuleSettings[] = [];
  const bases = asList(data.extends);
  for (const [i, name] of bases.entries()) {
    if (typeof name !== 'string') continue;
    const pointer = Array.isArray(data.extends) ? joinPointer('/extends', i) : '/extends';
    const preset = ownEntry(PRESETS, name);
    if (preset) {
      layers.push(preset());
      continue;
    }
    const target = resolve(dir, name);
    const error = (def: (typeof CONFIG_MESSAGES)[keyof typeof CONFIG_MESSAGES], params: Record<string, string>) =>
      diagnostics.push(makeDiagnostic(file, locate(source, pointer), pointer, { rule: CONFIG_RULE, def, params }, how.lang));
    if (how.chain.includes(target) || target === path) {
      error(CONFIG_MESSAGES.cycle, { name });
      continue;
    }
    // Present but a FIFO or a folder: reading it says so, and never waits on it.
    if (!isPresent(target)) {
      const suggestion = didYouMean(name, Object.keys(PRESETS));
      error(CONFIG_MESSAGES.unknownBase, { name, suggestion: suggestion ? (how.lang === 'id' ? ` Maksudnya "${suggestion}"?` : ` Did you mean "${suggestion}"?`) : '' });
      continue;
    }
    const base = await loadFile(target, { ...how, chain: [...how.chain, path] });
    diagnostics.push(...base.diagnostics);
    if (!base.config) continue;
    layers.push(base.config.rules);
    config.overrides.push(...base.config.overrides);
    config.ignores.push(...base.config.ignores);
    if (base.config.baseline) config.baseline = base.config.baseline;
    if (base.config.pdf) config.pdf = { ...config.pdf, ...base.config.pdf };
    if (base.config.peraturan) config.peraturan = [...(config.peraturan ?? []), ...base.config.peraturan];
  }
  const ownList = join(dir, LOCAL_REGISTRY_FILE);
  if (isPresent(ownList) && !config.peraturan?.some((l) => l.file === ownList)) {
    how.read.add(ownList);
    const listed = await readLocalRegulations(ownList, { lang: how.lang, displayPath: displayPath(how.cwd, ownList), rule: CONFIG_RULE, registry: how.registry });
    diagnostics.push(...listed.diagnostics);
    if (listed.local) config.peraturan = [...(config.peraturan ?? []), listed.local];
  }
  if (diagnostics.length > 0) return { diagnostics };
  config.rules = mergeSettings(...layers, normalizeRules(data.rules));
  for (const o of data.overrides ?? []) config.overrides.push({ base: dir, files: asList(o.files), rules: normalizeRules(o.rules) } satisfies ConfigOverride);
  const abaikan = asList(data.abaikan);
  if (abaikan.length > 0) config.ignores.push({ base: dir, patterns: abaikan });
  if (data.baseline) config.baseline = resolve(dir, data.baseline);
  if (data.pdf) {
    const chromium = data.pdf.chromium ? { written: data.pdf.chromium, path: resolve(dir, data.pdf.chromium), config: path, file, position: locate(source, '/pdf/chromium') } : undefined;
    config.pdf = { ...config.pdf, ...(chromium ? { chromium } : {}), ...(data.pdf.batas_waktu ? { batasWaktu: data.pdf.batas_waktu } : {}) };
  }
  return { config, diagnostics };
}

export interface ConfigResult {
  configs?: ConfigSet;
  /** Every configuration file read (absolute), those reached through `extends` included. */
  files: string[];
  /** The configuration that governs the working folder: where the run's baseline is looked for. */
  home?: ResolvedConfig;
  diagnostics: Diagnostic[];
}

/** The nearest configuration file in `dir` or above it. */
function nearest(dir: string, cache: Map<string, string | null>): string | null {
  // A FIFO or a folder with a configuration's name is still the configuration meant here: it is refused, not passed over.
  return nearestAbove(dir, (d) => CONFIG_FILES.map((name) => join(d, name)).find(isPresent) ?? null, cache);
}

export interface FindOptions {
  lang: Lang;
  cwd: string;
  /** --config: one file for everything; false: no configuration at all. */
  configFile?: string | false;
  /** Another national registry folder than the shipped one, against which a peraturan.yaml is checked. */
  registry?: string;
}

/**
 * The configurations for a run over `files` (absolute): each file's nearest standar.config.yaml,
 * or the one named by --config. Problems in them come back as diagnostics, never as throws.
 */
export async function findConfigs(files: readonly string[], options: FindOptions): Promise<ConfigResult> {
  const how: Loading = { lang: options.lang, cwd: options.cwd, chain: [], read: new Set(), registry: options.registry };
  if (options.configFile === false) return { files: [], diagnostics: [] };
  if (options.configFile !== undefined) {
    const path = resolve(options.cwd, options.configFile);
    if (!isPresent(path)) {
      const d = makeDiagnostic(options.configFile, { line: 1, column: 1, endLine: 1, endColumn: 1 }, '', { rule: CONFIG_RULE, def: CONFIG_MESSAGES.notFound, params: { path: options.configFile } }, options.lang);
      return { files: [], diagnostics: [d] };
    }
    const { config, diagnostics } = await loadFile(path, how);
    const files = [...how.read];
    return config ? { configs: { fixed: config, byDir: {} }, home: config, files, diagnostics } : { files, diagnostics };
  }
  const cache = new Map<string, string | null>();
  const paths = new Set<string>();
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    const found = nearest(dir, cache);
    if (found) paths.add(found);
  }
  const homePath = nearest(options.cwd, cache);
  if (homePath) paths.add(homePath);
  const byDir: Record<string, ResolvedConfig> = {};
  const diagnostics: Diagnostic[] = [];
  let home: ResolvedConfig | undefined;
  for (const path of paths) {
    const r = await loadFile(path, how);
    diagnostics.push(...r.diagnostics);
    if (!r.config) continue;
    byDir[r.config.dir] = r.config;
    if (path === homePath) home = r.config;
  }
  const read = [...how.read];
  return Object.keys(byDir).length > 0 ? { configs: { byDir }, home, files: read, diagnostics } : { files: read, diagnostics };
}
