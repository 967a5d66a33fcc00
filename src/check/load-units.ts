import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import type { UnitSurvey } from '../model/skm-results.js';
import { missingInputDiagnostics } from './files.js';
import { oncePerPlace, prepareRun, type RunOptions } from './prepare.js';
import { checkUnit } from './validate.js';

export interface LoadedUnit {
  /** Folder of penyelenggara.yaml (absolute), or of a lone service file. */
  dir: string;
  provider?: ProviderDoc;
  /** In file-name order; each with the provider's defaults applied. */
  services: ServiceDoc[];
  /** The survey results the unit keeps (`skm/hasil-<periode>.json`), for a unit with penyelenggara.yaml. */
  survey?: UnitSurvey;
}

export interface LoadUnitsResult {
  units: LoadedUnit[];
  diagnostics: Diagnostic[];
  /** The files checked, as `validate` counts them: a file that cannot be read or parsed is one too. */
  files: number;
}

/**
 * Load and check whole units into memory, for renderers and other consumers that need the data
 * and not only the problems. Never throws on bad input.
 */
export async function loadUnits(inputs: readonly string[], options: RunOptions = {}): Promise<LoadUnitsResult> {
  const { opts, plan, configProblems } = await prepareRun(inputs, options);
  if (configProblems.length > 0) return { units: [], diagnostics: configProblems.sort(compareDiagnostics), files: 0 };
  const diagnostics: Diagnostic[] = missingInputDiagnostics(plan, opts.lang, opts.cwd);
  const units: LoadedUnit[] = [];
  let files = 0;
  for (const p of plan.units) {
    files += (p.providerPath ? 1 : 0) + p.servicePaths.length;
    const services: ServiceDoc[] = [];
    const { provider, survey } = await checkUnit(p, opts, (_file, list) => diagnostics.push(...list), (s) => services.push(s));
    units.push({ dir: p.dir, provider, services, ...(survey ? { survey } : {}) });
  }
  const firstTime = oncePerPlace();
  return { units, diagnostics: diagnostics.filter(firstTime).sort(compareDiagnostics), files };
}
