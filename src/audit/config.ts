import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang, Text } from '../i18n/index.js';
import { didYouMean } from '../i18n/suggest.js';
import { joinPointer } from '../load/pointer.js';
import { locate, makeDiagnostic, type SourceFile } from '../load/source.js';
import { readAgainstSchema } from '../schema/read.js';
import { AUDIT_MESSAGES } from './messages.js';
import { INDICATOR_IDS, type IndicatorId } from './types.js';

/**
 * Which indicators count, in which group and how much, and where the zones begin. The package
 * ships a default (templates/audit/indikator.yaml); a bureau gives its own with `--indikator`.
 * A file that cannot be used is said where it is written (rule `konfigurasi`), and nothing is audited.
 */
export const DEFAULT_INDICATOR_FILE = fileURLToPath(new URL('../../templates/audit/indikator.yaml', import.meta.url));
const SCHEMA_FILE = 'audit-indikator.schema.json';
const RULE = 'konfigurasi';

export interface IndicatorSet {
  zona: { hijau: number; kuning: number };
  /** In the file's order; indicators of weight 0 are left out. */
  kelompok: { id: string; nama: string | Text; indikator: { id: IndicatorId; bobot: number }[] }[];
}


interface RawSet {
  zona?: { hijau: number; kuning: number };
  kelompok: Record<string, { nama: string | Text; indikator: Record<string, number> }>;
}

/** What the schema cannot say: an indicator the audit does not know, one listed twice, zones the wrong way round. */
function ownProblems(source: SourceFile, file: string, lang: Lang): Diagnostic[] {
  const data = source.data as RawSet;
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  const known: readonly string[] = INDICATOR_IDS;
  for (const [group, g] of Object.entries(data.kelompok)) {
    for (const id of Object.keys(g.indikator)) {
      const pointer = joinPointer(joinPointer(joinPointer('/kelompok', group), 'indikator'), id);
      const at = locate(source, pointer, 'key');
      if (!known.includes(id)) {
        const suggestion = didYouMean(id, known);
        out.push(makeDiagnostic(file, at, pointer, { rule: RULE, def: AUDIT_MESSAGES.unknownIndicator, params: { id, saran: suggestion ? ` "${suggestion}"` : '', daftar: known.join(', ') } }, lang));
      } else if (seen.has(id)) {
        out.push(makeDiagnostic(file, at, pointer, { rule: RULE, def: AUDIT_MESSAGES.indicatorTwice, params: { id, kelompok: seen.get(id)! } }, lang));
      } else seen.set(id, group);
    }
  }
  if (data.zona && data.zona.kuning >= data.zona.hijau) out.push(makeDiagnostic(file, locate(source, '/zona/kuning'), '/zona/kuning', { rule: RULE, def: AUDIT_MESSAGES.zonesOrder, params: { hijau: data.zona.hijau, kuning: data.zona.kuning } }, lang));
  return out;
}

/** Groups and indicators in the order they are written (the data alone would reorder keys that look like numbers). */
function inOrder(source: SourceFile): IndicatorSet['kelompok'] {
  const data = source.data as RawSet;
  const groups = source.doc.get('kelompok', true);
  if (!isMap(groups)) return [];
  return groups.items.map((pair) => {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const g = data.kelompok[id]!;
    return { id, nama: g.nama, indikator: Object.entries(g.indikator).flatMap(([ind, bobot]) => (bobot > 0 ? [{ id: ind as IndicatorId, bobot }] : [])) };
  });
}

/** An indicator file read and checked; `set` is absent when it cannot be used (the diagnostics say why, where). */
export async function readIndicatorSet(path: string, { lang, cwd }: { lang: Lang; cwd: string }): Promise<{ set?: IndicatorSet; diagnostics: Diagnostic[] }> {
  const file = relative(cwd, path) || path;
  const { source, diagnostics } = await readAgainstSchema(path, SCHEMA_FILE, { lang, displayPath: file, rule: RULE, checks: (s) => ownProblems(s, file, lang) });
  if (!source) return { diagnostics };
  const zona = (source.data as RawSet).zona ?? { hijau: 81, kuning: 51 };
  return { set: { zona, kelompok: inOrder(source) }, diagnostics };
}
