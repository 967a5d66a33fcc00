import type { LoadedUnit, LoadUnitsResult } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';

/** Problems that leave no trustworthy data to print: unreadable, unparsable or off-schema files. */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['io', 'berkas', 'yaml', 'skema']);

export const isBlocking = (d: Diagnostic) => d.severity === 'error' && BLOCKING_RULES.has(d.rule);

export interface Gate {
  /** Units with only the services that can be rendered; units whose provider is off-schema are left out. */
  units: LoadedUnit[];
  /** What to show: blocking errors as they are, every other finding as a warning (run `standar validate` for the verdict). */
  diagnostics: Diagnostic[];
  blocked: boolean;
}

/** Publishing refuses documents with schema errors and prints the rest with warnings. */
export function gate(result: LoadUnitsResult): Gate {
  const units = result.units
    .filter((u) => !u.provider || u.provider.valid)
    .map((u) => ({ ...u, services: u.services.filter((s) => s.valid) }));
  const diagnostics = result.diagnostics.map((d) => (d.severity === 'error' && !isBlocking(d) ? { ...d, severity: 'warning' as const } : d));
  return { units, diagnostics, blocked: result.diagnostics.some(isBlocking) };
}
