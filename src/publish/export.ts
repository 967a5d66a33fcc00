import { basename, resolve } from 'node:path';
import { loadUnits } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import { EXPORT_TARGETS, type ExportFile, type ExportUnit } from '../export/index.js';
import type { Lang, Text } from '../i18n/index.js';
import { asRecord } from '../load/guards.js';
import type { ProviderDoc, ServiceDoc } from '../load/unit.js';
import { aboutMaklumat, aboutService, gate, type GatedUnit } from '../render/gate.js';
import { prepareUnit } from '../render/prepare.js';
import { line } from '../render/view/read.js';
import { OutputFolder, type Obstacle } from './output-folder.js';
import { skippedFiles, type NotWritten } from './report.js';

export interface ExportRequest {
  /** Service files and unit folders. */
  inputs: string[];
  /** A name in EXPORT_TARGETS. */
  target: string;
  /** One of the target's formats; its first when not given. */
  format?: string;
  oneFile?: boolean;
  /** The SIPP column mapping, as the user wrote it (resolved against `cwd`). */
  mapping?: string;
  outDir: string;
  /** How messages name the output folder ("ekspor/"). */
  shownOut: string;
  lang: Lang;
  cwd: string;
  /** Worker threads for the target's work (`ExportOptions.workers`). */
  workers?: number;
}

/** Seen as the run goes: each file as it is written, of how many. */
export interface ExportWatch {
  written?(path: string, done: number, total: number): void;
}

export type ExportStop = 'obstacles' | 'partial';

export interface ExportOutcome {
  /** Findings of checking, then what the target found, in the order found. */
  diagnostics: Diagnostic[];
  /** Files read, for the findings' summary. */
  files: number;
  unreadable: boolean;
  /** Documents refused (unreadable, a placeholder, broken against the schema), with the first reason. */
  notWritten: NotWritten[];
  /** Paths written, relative to the output folder. */
  written: string[];
  /** Of those, files holding a document whose pages carry the draft mark. */
  drafts: number;
  stop?: { reason: ExportStop; why: Text; obstacles: string };
  /** An error among the findings or a document refused: the run ends with problems. */
  errors: boolean;
}

/**
 * What keeps a document out of an export: a value the office has not written yet (isian-kosong: a
 * placeholder or a filler) or a shape the schema does not allow. Any other error is the office's
 * to judge: the document is exported, marked as a draft where the format can say so.
 */
const blocks = (d: Diagnostic) => d.rule === 'isian-kosong' || (d.rule === 'skema' && d.severity === 'error');

function refusal(file: string, findings: readonly Diagnostic[]): NotWritten | undefined {
  const first = findings.find(blocks);
  if (!first) return undefined;
  const count = findings.filter(blocks).length;
  return { what: `${file}:${first.line}:${first.column}`, why: count > 1 ? `${first.message} (+${count - 1})` : first.message };
}

/** The unit with only the documents a target may read, and what was refused. */
async function exportable(gated: GatedUnit, diagnostics: readonly Diagnostic[], lang: Lang, notWritten: NotWritten[]): Promise<{ unit: ExportUnit; shown: Diagnostic[] }> {
  const provider: ProviderDoc | undefined = gated.provider;
  const kept: number[] = [];
  gated.services.forEach((service: ServiceDoc, i) => {
    const refused = refusal(service.source.path, diagnostics.filter(aboutService(service, provider)));
    if (refused) notWritten.push(refused);
    else kept.push(i);
  });
  let maklumat = provider !== undefined && asRecord(provider.data).maklumat !== undefined;
  if (provider && maklumat) {
    const refused = refusal(provider.source.path, diagnostics.filter(aboutMaklumat(provider)));
    if (refused) notWritten.push({ ...refused, what: `maklumat (${refused.what})` });
    maklumat = refused === undefined;
  }
  const loaded = { ...gated, services: kept.map((i) => gated.services[i]!), verdict: { ...gated.verdict, services: kept.map((i) => gated.verdict.services[i]) } };
  const { unit, diagnostics: shown } = await prepareUnit(loaded, lang, { media: 'print' });
  const name = (line(asRecord(provider?.data).kode) ?? basename(gated.dir)).toLowerCase();
  return { unit: { dir: gated.dir, name, provider, services: loaded.services, unit, maklumat }, shown };
}

/**
 * All of `standar ekspor`: load and check the units, refuse the documents a target must not carry,
 * have the target make its files and write them into `outDir`, every one or none when something
 * stands in the way. Never prints: the outcome says what was written, refused and why.
 */
export async function publishExport(request: ExportRequest, watch: ExportWatch = {}): Promise<ExportOutcome> {
  const { lang, cwd } = request;
  const info = EXPORT_TARGETS[request.target]!;
  const loaded = await loadUnits(request.inputs.length > 0 ? request.inputs : ['.'], { lang, cwd });
  const { units, diagnostics, skipped, errors } = gate(loaded, lang);
  const notWritten = skippedFiles(skipped);
  const shown = [...diagnostics];
  const ready: ExportUnit[] = [];
  for (const unit of units) {
    const { unit: exported, shown: found } = await exportable(unit, diagnostics, lang, notWritten);
    shown.push(...found);
    ready.push(exported);
  }
  const target = await info.load();
  const mapping = request.mapping === undefined ? undefined : resolve(cwd, request.mapping);
  const result = await target.export(ready, { lang, cwd, format: request.format ?? info.formats[0]!, oneFile: request.oneFile ?? false, ...(mapping ? { mapping } : {}), ...(request.workers === undefined ? {} : { workers: request.workers }) });
  shown.push(...result.diagnostics);
  const outcome: ExportOutcome = {
    diagnostics: shown,
    files: loaded.files,
    unreadable: loaded.diagnostics.some((d) => d.rule === 'io'),
    notWritten,
    written: [],
    drafts: 0,
    errors: errors || notWritten.length > 0 || result.diagnostics.some((d) => d.severity === 'error'),
  };
  return write(result.files, request, outcome, watch);
}

async function write(files: readonly ExportFile[], request: ExportRequest, outcome: ExportOutcome, watch: ExportWatch): Promise<ExportOutcome> {
  const where = request.shownOut;
  const folder = new OutputFolder(request.outDir, { lang: request.lang, shown: where });
  const obstacles = await folder.obstacles(files.map((f) => f.path));
  if (obstacles.size > 0) return { ...outcome, stop: { reason: 'obstacles', why: { id: `Tidak ada berkas yang ditulis; ${where} tetap seperti sebelumnya.`, en: `No file was written; ${where} is as it was.` }, obstacles: await folder.report(obstacles) } };
  const refused = new Map<string, Obstacle>();
  for (const file of files) {
    const obstacle = await folder.tryWrite(file.path, file.content);
    if (obstacle) refused.set(file.path, obstacle);
    else {
      outcome.written.push(file.path);
      if (file.draft) outcome.drafts++;
    }
    watch.written?.(file.path, outcome.written.length + refused.size, files.length);
  }
  if (refused.size === 0) return outcome;
  const done = outcome.written.length;
  return { ...outcome, stop: { reason: 'partial', why: { id: `Hanya ${done} dari ${files.length} berkas yang ditulis ke ${where}; yang lain tidak (lihat di atas).`, en: `Only ${done} of ${files.length} files were written to ${where}; the others were not (see above).` }, obstacles: await folder.report(refused) } };
}
