import { findConfigs } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { planInputs, type Plan } from '../load/discover.js';
import type { CheckOptions } from './options.js';

export interface RunOptions extends Partial<CheckOptions> {
  /** A standar.config.yaml for every file (--config), or false for none; default: the nearest one above each file. */
  configFile?: string | false;
}

export interface PreparedRun {
  opts: CheckOptions;
  plan: Plan;
  /** The configuration of the working folder, if any: it names the run's baseline. */
  home?: ResolvedConfig;
  /** Problems in configuration files: nothing is checked while there are any. */
  configProblems: Diagnostic[];
}

/** What every run does first: the options, the files, and the configurations that govern them. */
export async function prepareRun(inputs: readonly string[], options: RunOptions): Promise<PreparedRun> {
  const opts: CheckOptions = { lang: options.lang ?? 'id', cwd: options.cwd ?? process.cwd(), maxFileSize: options.maxFileSize, now: options.now, rules: options.rules };
  const plan = await planInputs(inputs, opts.cwd);
  const files = plan.units.flatMap((u) => (u.providerPath ? [u.providerPath, ...u.servicePaths] : u.servicePaths));
  if (options.configs) return { opts: { ...opts, configs: options.configs }, plan, configProblems: [] };
  const found = await findConfigs(files, { lang: opts.lang, cwd: opts.cwd, configFile: options.configFile });
  if (found.configs) opts.configs = found.configs;
  // A configuration named by --config or reached through `extends` may have any name: never check it as a standard.
  const configFiles = new Set(found.files);
  for (const unit of plan.units) unit.servicePaths = unit.servicePaths.filter((p) => !configFiles.has(p));
  return { opts, plan, home: found.home, configProblems: found.diagnostics };
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
