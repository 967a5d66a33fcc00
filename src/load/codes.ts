import { readFound } from '../files/read.js';
import { planInputs } from './discover.js';
import { DEFAULT_MAX_FILE_SIZE } from './source.js';

/** A top-level `kode:` line is enough to know which codes the unit's services use. */
const KODE_LINE = /^kode:[ \t]*["']?([^"'\s#]+)/m;

/** The codes the services of a unit already use, upper case. */
export async function takenCodes(unitRoot: string): Promise<Set<string>> {
  const plan = await planInputs([unitRoot], unitRoot);
  const codes = new Set<string>();
  for (const path of plan.units.flatMap((u) => u.servicePaths)) {
    const read = readFound(path, { limit: DEFAULT_MAX_FILE_SIZE });
    const m = read.ok ? KODE_LINE.exec(read.bytes.toString('utf8')) : null;
    if (m) codes.add(m[1]!.toUpperCase());
  }
  return codes;
}
