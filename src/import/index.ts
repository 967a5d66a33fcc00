import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { ReadDocument } from './blocks.js';
import { takenCodes } from '../load/codes.js';
import { type Skip, writeNewFiles } from '../files/write-new.js';
import type { Diagnostic } from '../diagnostics.js';
import { fileProblemMessage, fileProblemRule } from '../files/messages.js';
import { readFound } from '../files/read.js';
import type { Lang } from '../i18n/index.js';
import { FILE_START, makeDiagnostic } from '../load/source.js';
import type { ComponentKey } from '../model/components.js';
import { type MappedService, mapDocument } from './map/service.js';
import type { Provider } from './map/provider.js';
import { mapServiceSheets } from './map/sheet.js';
import type { Recorder } from './map/record.js';
import { chooseFormat, formatOf, READERS } from './readers/index.js';
import { draftYaml } from './write.js';

export type { Block, ImportFormat, ListItem, ReadDocument, SourceRef, TableCell } from './blocks.js';
export { READERS, chooseFormat, formatOf, type Reader } from './readers/index.js';

/** Documents larger than this are not office documents (a 40-service attachment is well under 5 MB). */
const MAX_IMPORT_SIZE = 50 * 1024 * 1024;

export interface ImportOptions {
  /** The unit folder the drafts are written to (default: `cwd`). */
  ke?: string;
  cwd: string;
  lang: Lang;
  /** Read and map only; nothing is written (for tests and `--format json` previews). */
  dryRun?: boolean;
  /** Called once, with the number of files to read, before the first. */
  onPlan?: (total: number) => void;
  /** Called once per file, after it was read and mapped. */
  onFile?: (file: string, ok: boolean) => void;
}

export interface ServiceReport {
  /** The source file, as given. */
  source: string;
  nama: string;
  kode: string;
  cakupan: string;
  /** The draft's path relative to the unit folder ("layanan/akta-kelahiran.yaml"). */
  target: string;
  komponen: ComponentKey[];
  /** Values placed in the schema's structured fields. */
  placed: number;
  /** Lines kept as text (catatan, uraian, sumber.catatan) because their structure was not sure. */
  kept: number;
  /** Values marked `# periksa:`. */
  periksa: number;
  written: boolean;
  /** The YAML written (or that would be written). */
  text: string;
}

export interface ImportResult {
  /** The unit folder, absolute. */
  unit: string;
  files: { path: string; format?: string; services: number; ok: boolean }[];
  services: ServiceReport[];
  provider?: { target: string; written: boolean; text: string; periksa: number };
  created: string[];
  skipped: Skip[];
  /** Files that could not be read, or only in part (located, in the user's language). */
  problems: Diagnostic[];
}

async function expand(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(abs, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && !e.name.startsWith('.') && formatOf(e.name) !== undefined)
        .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .filter((f) => !relative(abs, f).split(/[\\/]/).some((seg) => seg.startsWith('.')))
        .sort();
      out.push(...files);
    } else out.push(abs);
  }
  return out;
}

async function readDocument(path: string, shown: string, lang: Lang): Promise<ReadDocument | Diagnostic> {
  const read = readFound(path, { limit: MAX_IMPORT_SIZE });
  if (!read.ok) {
    const { def, params } = fileProblemMessage(read, { path: shown }, lang);
    return makeDiagnostic(shown, FILE_START, '', { rule: fileProblemRule(read), def, params }, lang);
  }
  // What the file holds decides, not its name: a Word "web page" saved as .doc is read as HTML.
  const choice = chooseFormat(shown, read.bytes, lang);
  if (!choice.ok) return choice.problem;
  const doc = await (await READERS[choice.format]())(shown, read.bytes, { lang });
  return { ...doc, problems: [...choice.notes, ...doc.problems] };
}

const countChecks = (rec: Recorder) => rec.checks.length;

const draftPath = (kode: string) => `layanan/${kode.toLowerCase()}.yaml`;

/**
 * The codes other services of the unit hold. A code whose draft already stands at
 * layanan/<kode>.yaml stays free: importing the same document again then meets that file and
 * reports it as existing, instead of writing a second copy under a new code.
 */
async function unitCodes(unit: string): Promise<Set<string>> {
  const codes = await takenCodes(unit).catch(() => new Set<string>());
  const layanan = await readdir(join(unit, 'layanan')).catch(() => [] as string[]);
  for (const code of [...codes]) if (layanan.includes(draftPath(code).slice('layanan/'.length))) codes.delete(code);
  return codes;
}

/**
 * Import documents into drafts: every file (folders: every file in them the importer knows) is
 * read by the reader of its format, cut into services and components, and written as
 * `layanan/<kode>.yaml` in the unit folder, with `penyelenggara.yaml` from the letterhead and the
 * maklumat. Nothing that exists is overwritten; a file that cannot be read is reported and the
 * batch goes on.
 */
export async function importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const unit = resolve(options.cwd, options.ke ?? '.');
  const taken = options.dryRun ? new Set<string>() : await unitCodes(unit);
  const result: ImportResult = { unit, files: [], services: [], created: [], skipped: [], problems: [] };
  const files = new Map<string, string>();
  let provider: { data: Provider; rec: Recorder } | undefined;
  const mapped: { source: string; service: MappedService }[] = [];

  const planned = await expand(paths, options.cwd);
  options.onPlan?.(planned.length);
  for (const path of planned) {
    const shown = relative(options.cwd, path) || basename(path);
    const doc = await readDocument(path, shown, options.lang);
    if (!('blocks' in doc)) {
      result.problems.push(doc);
      result.files.push({ path: shown, services: 0, ok: false });
      options.onFile?.(shown, false);
      continue;
    }
    result.problems.push(...doc.problems);
    const unreadable = doc.problems.some((p) => p.severity === 'error');
    const map = mapServiceSheets(doc, taken) ?? mapDocument(doc, taken);
    if (map.provider) provider = provider ? { data: { ...map.provider.data, ...provider.data }, rec: provider.rec } : map.provider;
    for (const service of map.services) mapped.push({ source: shown, service });
    result.files.push({ path: shown, format: doc.format, services: map.services.length, ok: !unreadable });
    options.onFile?.(shown, !unreadable);
  }

  for (const { source, service } of mapped) {
    const target = draftPath(String(service.data.kode));
    const header = [`Diimpor dari ${source} oleh "standar impor": draf yang harus diperiksa.`, 'Baris "# periksa:" menandai nilai yang perlu dicocokkan dengan dokumennya; "# asal:" memuat kata-kata dokumen.'];
    const text = draftYaml(service.data, service.rec, 'layanan', header, options.lang);
    files.set(target, text);
    result.services.push({ source, nama: String(service.data.nama), kode: String(service.data.kode), cakupan: String(service.data.cakupan), target, komponen: service.komponen, placed: service.rec.placed, kept: service.rec.kept, periksa: countChecks(service.rec), written: false, text });
  }
  if (provider) {
    const text = draftYaml(provider.data, provider.rec, 'penyelenggara', ['Diimpor oleh "standar impor" dari kop surat dan maklumat: draf yang harus diperiksa.'], options.lang);
    files.set('penyelenggara.yaml', text);
    result.provider = { target: 'penyelenggara.yaml', written: false, text, periksa: countChecks(provider.rec) };
  }
  if (options.dryRun || files.size === 0) return result;

  const written = await writeNewFiles(unit, files);
  result.created = written.created;
  result.skipped = written.skipped;
  for (const s of result.services) s.written = written.created.includes(s.target);
  if (result.provider) result.provider.written = written.created.includes('penyelenggara.yaml');
  return result;
}
