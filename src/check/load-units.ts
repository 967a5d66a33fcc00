import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { planInputs } from '../load/discover.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import { checkProviderFile, checkServiceFile, missingInputDiagnostics } from './files.js';
import type { CheckOptions } from './options.js';
import { runUnitRules } from './rule-runner.js';

export interface LoadedUnit {
  /** Folder of penyelenggara.yaml (absolute), or of a lone service file. */
  dir: string;
  provider?: ProviderDoc;
  /** In file-name order; each with the provider's defaults applied. */
  services: ServiceDoc[];
}

export interface LoadUnitsResult {
  units: LoadedUnit[];
  diagnostics: Diagnostic[];
}

/**
 * Load and check whole units into memory, for renderers and other consumers that need the data
 * and not only the problems. Never throws on bad input.
 */
export async function loadUnits(inputs: readonly string[], options: Partial<CheckOptions> = {}): Promise<LoadUnitsResult> {
  const opts: CheckOptions = { lang: options.lang ?? 'id', cwd: options.cwd ?? process.cwd(), maxFileSize: options.maxFileSize, now: options.now, rules: options.rules };
  const plan = await planInputs(inputs, opts.cwd);
  const diagnostics: Diagnostic[] = [];
  const units: LoadedUnit[] = [];
  for (const p of plan.units) {
    const providerResult = p.providerPath ? await checkProviderFile(p.providerPath, opts) : undefined;
    if (providerResult) diagnostics.push(...providerResult.diagnostics);
    const unit: LoadedUnit = { dir: p.dir, provider: providerResult?.provider, services: [] };
    const summaries = [];
    for (const path of p.servicePaths) {
      const r = await checkServiceFile(path, unit.provider, opts);
      diagnostics.push(...r.diagnostics);
      summaries.push(r.summary);
      if (r.service) unit.services.push(r.service);
    }
    diagnostics.push(...runUnitRules(unit.provider, summaries, opts));
    units.push(unit);
  }
  diagnostics.push(...missingInputDiagnostics(plan, opts.lang));
  diagnostics.sort(compareDiagnostics);
  return { units, diagnostics };
}
