import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar } from 'yaml';
import type { Diagnostic } from '../../diagnostics.js';
import type { Lang, MessageDef } from '../../i18n/index.js';
import { joinPointer } from '../../load/pointer.js';
import { locate, makeDiagnostic, type SourceFile } from '../../load/source.js';
import type { ServiceField } from '../../model/service-fields.js';
import { readAgainstSchema } from '../../schema/read.js';

/**
 * The columns of a SIPP spreadsheet: each column's header and the service field that fills it,
 * in order. SIPP's Excel template is handed out by each agency's admin dashboard and its columns
 * are not published, so the package ships a default (templates/ekspor/sipp-kolom.yaml) and a unit
 * gives its own with `--pemetaan`. A mapping that cannot be used is said where it is written
 * (rule `konfigurasi`), and nothing is exported.
 */

export const DEFAULT_SIPP_MAPPING = fileURLToPath(new URL('../../../templates/ekspor/sipp-kolom.yaml', import.meta.url));
const SCHEMA_FILE = 'sipp-kolom.schema.json';
const DEFAULT_SHEET = 'Jenis Layanan';
const RULE = 'konfigurasi';
/** A mapping's word for a column left empty, for a template column the office fills in itself. */
const EMPTY = 'kosong';

interface SippMapping {
  sheet: string;
  /** Header → field, or null for a column left empty. */
  columns: [string, ServiceField | null][];
}

const MESSAGES = {
  noName: {
    message: { id: 'Pemetaan kolom SIPP tidak memuat kolom untuk nama layanan.', en: 'The SIPP column mapping has no column for the service name.' },
    hint: { id: 'Tambahkan kolom yang diisi "nama", misalnya "Nama Layanan: nama".', en: 'Add a column filled by "nama", e.g. "Nama Layanan: nama".' },
  },
  blankHeader: {
    message: { id: 'Judul kolom ini kosong.', en: 'This column header is empty.' },
    hint: { id: 'Tulis judul kolom seperti pada templat SIPP, misalnya "Nama Layanan".', en: 'Write the column header as the SIPP template has it, e.g. "Nama Layanan".' },
  },
  sheetName: {
    message: { id: 'Nama lembar kerja "{name}" tidak dapat dipakai Excel: tanda [ ] : * ? / \\ tidak boleh ada di dalamnya.', en: 'Excel cannot use the sheet name "{name}": it may not contain [ ] : * ? / \\.' },
    hint: { id: 'Tulis nama lembar seperti pada templat SIPP, tanpa tanda itu.', en: 'Write the sheet name as the SIPP template has it, without those characters.' },
  },
} satisfies Record<string, MessageDef>;


/** The problems of a mapping that matches its schema: what Excel or SIPP could not use. */
function ownProblems(source: SourceFile, file: string, lang: Lang): Diagnostic[] {
  const say = (pointer: string, def: MessageDef, params: Record<string, string> = {}, target: 'key' | 'value' = 'value') =>
    makeDiagnostic(file, locate(source, pointer, target), pointer, { rule: RULE, def, params }, lang);
  const data = source.data as { lembar?: string; kolom: Record<string, string> };
  const out: Diagnostic[] = [];
  if (data.lembar !== undefined && /[[\]:*?/\\]/.test(data.lembar)) out.push(say('/lembar', MESSAGES.sheetName, { name: data.lembar }));
  for (const header of Object.keys(data.kolom)) if (header.trim() === '') out.push(say(joinPointer('/kolom', header), MESSAGES.blankHeader, {}, 'key'));
  if (!Object.values(data.kolom).includes('nama')) out.push(say('/kolom', MESSAGES.noName, {}, 'key'));
  return out;
}

/**
 * The columns in the order they are written in the file. Read from the YAML document, not from
 * the data, which would put a header that looks like a number ("2") first.
 */
function columnsInOrder(source: SourceFile): [string, ServiceField | null][] {
  const kolom = source.doc.get('kolom', true);
  if (!isMap(kolom)) return [];
  return kolom.items.map((pair) => {
    const header = String(isScalar(pair.key) ? pair.key.value : pair.key).trim();
    const field = isScalar(pair.value) ? String(pair.value.value) : EMPTY;
    return [header, field === EMPTY ? null : (field as ServiceField)];
  });
}

/** A mapping file read and checked; `mapping` is absent when it cannot be used (the diagnostics say why, where). */
export async function readSippMapping(path: string, { lang, cwd }: { lang: Lang; cwd: string }): Promise<{ mapping?: SippMapping; diagnostics: Diagnostic[] }> {
  const file = relative(cwd, path) || path;
  const { source, diagnostics } = await readAgainstSchema(path, SCHEMA_FILE, { lang, displayPath: file, rule: RULE, checks: (s) => ownProblems(s, file, lang) });
  if (!source) return { diagnostics };
  const sheet = (source.data as { lembar?: string }).lembar ?? DEFAULT_SHEET;
  return { mapping: { sheet, columns: columnsInOrder(source) }, diagnostics };
}
