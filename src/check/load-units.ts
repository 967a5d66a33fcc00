import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import { checkProviderFile, checkServiceFile, missingInputDiagnostics } from './files.js';
import { oncePerPlace, prepareRun, type RunOptions } from './prepare.js';
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
export async function loadUnits(inputs: readonly string[], options: RunOptions = {}): Promise<LoadUnitsResult> {
  const { opts, plan, configProblems } = await prepareRun(inputs, options);
  if (configProblems.length > 0) return { units: [], diagnostics: configProblems.sort(compareDiagnostics) };
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
  const firstTime = oncePerPlace();
  return { units, diagnostics: diagnostics.filter(firstTime).sort(compareDiagnostics) };
}
