import { dirname, relative, sep } from 'node:path';
import { ancestors } from '../files/folders.js';
import { picomatch } from '../load/glob.js';
import { ownEntry } from '../load/guards.js';
import type { RuleSettings } from '../rules/types.js';
import type { ConfigOverride, ConfigSet, ResolvedConfig } from './types.js';

/** A table keyed by rule names users wrote: without a prototype, "__proto__" is a name like any other. */
export const emptySettings = (): RuleSettings => Object.create(null) as RuleSettings;

/** Later layers win: a severity replaces, options are merged key by key. */
export function mergeSettings(...layers: (RuleSettings | undefined)[]): RuleSettings {
  const out = emptySettings();
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer ?? {})) {
      const prev = out[id] ?? {};
      const next = { ...prev };
      if (setting.severity !== undefined) next.severity = setting.severity;
      if (setting.options !== undefined) next.options = { ...prev.options, ...setting.options };
      out[id] = next;
    }
  }
  return out;
}

const matchers = new WeakMap<ConfigOverride, (path: string) => boolean>();

function matches(override: ConfigOverride, file: string): boolean {
  let test = matchers.get(override);
  if (!test) {
    const m = picomatch()(override.files, { dot: true });
    test = (path: string) => m(path);
    matchers.set(override, test);
  }
  const rel = relative(override.base, file);
  return !rel.startsWith('..') && test(rel.split(sep).join('/'));
}

interface Cache {
  configOfDir: Map<string, ResolvedConfig | undefined>;
  settings: Map<string, RuleSettings>;
}
// Per configuration set, which a worker keeps for every batch of a run: lookups stay cheap.
const caches = new WeakMap<ConfigSet, Cache>();

function cacheOf(set: ConfigSet): Cache {
  let c = caches.get(set);
  if (!c) {
    c = { configOfDir: new Map(), settings: new Map() };
    caches.set(set, c);
  }
  return c;
}

/** The configuration that governs a file: --config, else the nearest one in or above its folder. */
export function configFor(set: ConfigSet, file: string): ResolvedConfig | undefined {
  if (set.fixed) return set.fixed;
  const cache = cacheOf(set).configOfDir;
  const start = dirname(file);
  if (cache.has(start)) return cache.get(start);
  let found: ResolvedConfig | undefined;
  for (const dir of ancestors(start)) if ((found = ownEntry(set.byDir, dir))) break;
  cache.set(start, found);
  return found;
}

/**
 * The rule settings for one file (absolute path): its configuration, the overrides whose globs
 * match it, in order. The same object comes back for files that share them, so callers can
 * cache what they derive from it.
 */
export function settingsFor(set: ConfigSet | undefined, file: string): RuleSettings | undefined {
  if (!set) return undefined;
  const config = configFor(set, file);
  if (!config) return undefined;
  const cache = cacheOf(set);
  const hits = config.overrides.map((o, i) => (matches(o, file) ? i : -1)).filter((i) => i >= 0);
  const key = `${config.path ?? ''}\u0000${hits.join(',')}`;
  let settings = cache.settings.get(key);
  if (!settings) {
    settings = mergeSettings(config.rules, ...hits.map((i) => config.overrides[i]!.rules));
    cache.settings.set(key, settings);
  }
  return settings;
}
