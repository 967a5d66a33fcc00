import { dirname } from 'node:path';
import { findConfigs } from '../config/load.js';
import { configFor } from '../config/settings.js';
import type { ConfigSet, ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { ignoreFiles, planFiles, planInputs, type Plan } from '../load/discover.js';
import { createIgnoreFinder, isIgnored, parseIgnoreLines, type IgnoreSet } from '../load/ignore.js';
import type { CheckOptions } from './options.js';

export interface RunOptions extends Partial<Omit<CheckOptions, 'stdin'>> {
  /** A standar.config.yaml for every file (--config), or false for none; default: the nearest one above each file. */
  configFile?: string | false;
  /** What standard input ("-" among the inputs) holds, read already. */
  stdin?: Uint8Array;
  /** The path standard input stands for: messages name it, its folder finds the configuration and unit. */
  stdinPath?: string;
  /** Check what a .standarignore or `abaikan:` leaves out, too. */
  noIgnore?: boolean;
}

export interface PreparedRun {
  opts: CheckOptions;
  plan: Plan;
  /** The configuration of the working folder, if any: it names the run's baseline. */
  home?: ResolvedConfig;
  /** Problems in configuration files: nothing is checked while there are any. */
  configProblems: Diagnostic[];
}

/**
 * What every run does first: the options, the files, and the configurations that govern them.
 * `onFound` hears how many files were found as soon as they are, before the rest is planned.
 */
export async function prepareRun(inputs: readonly string[], options: RunOptions, onFound?: (files: number) => void): Promise<PreparedRun> {
  const opts: CheckOptions = { lang: options.lang ?? 'id', cwd: options.cwd ?? process.cwd(), maxFileSize: options.maxFileSize, now: options.now, rules: options.rules, ...(options.registry ? { registry: options.registry } : {}) };
  const plan = await planInputs(inputs, opts.cwd, { stdinPath: options.stdinPath, onFound });
  if (plan.stdin) opts.stdin = { path: plan.stdin, bytes: options.stdin ?? new Uint8Array() };
  if (options.configs) {
    opts.configs = options.configs;
    if (!options.noIgnore) ignoreFiles(plan, inputs, ignoredBy(options.configs));
    return { opts, plan, configProblems: [] };
  }
  const found = await findConfigs(planFiles(plan), { lang: opts.lang, cwd: opts.cwd, configFile: options.configFile, registry: options.registry });
  if (found.configs) opts.configs = found.configs;
  // A configuration named by --config or reached through `extends` may have any name: never check it as a standard.
  const configFiles = new Set(found.files);
  for (const unit of plan.units) unit.servicePaths = unit.servicePaths.filter((p) => !configFiles.has(p));
  ignoreFiles(plan, inputs, options.noIgnore ? () => false : ignoredBy(found.configs));
  return { opts, plan, home: found.home, configProblems: found.diagnostics };
}

/** A file is left out by the nearest .standarignore above it or by its configuration's `abaikan:`. */
function ignoredBy(configs: ConfigSet | undefined): (path: string) => boolean {
  const ignoreFileFor = createIgnoreFinder();
  const compiled = new Map<ResolvedConfig, IgnoreSet[]>();
  return (path) => {
    const set = ignoreFileFor(dirname(path));
    if (set && isIgnored(set, path)) return true;
    const config = configs && configFor(configs, path);
    if (!config || config.ignores.length === 0) return false;
    let sets = compiled.get(config);
    if (!sets) {
      sets = config.ignores.map(({ base, patterns }) => ({ base, lines: parseIgnoreLines(patterns) }));
      compiled.set(config, sets);
    }
    return sets.some((s) => isIgnored(s, path));
  };
}

/** An inherited component's problem is found once per service that inherits it: say it once. */
export function oncePerPlace(): (d: Diagnostic) => boolean {
  const seen = new Set<string>();
  return (d) => {
    const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.rule}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
