import { basename, resolve } from 'node:path';
import { folderLabel } from '../authoring/locate.js';
import { loadUnits } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Text } from '../i18n/index.js';
import { didYouMean } from '../i18n/suggest.js';
import { asRecord } from '../load/guards.js';
import { gate } from '../render/gate.js';
import { loadTemplates, prepareUnit, RenderError, renderDocument } from '../render/index.js';
import { line } from '../render/view/read.js';
import { responseTemplate } from '../survey/template.js';
import { OutputFolder, type Obstacle } from './output-folder.js';
import { uniqueName } from './pages.js';
import { pageJobs, printJobs, type PdfPrinted, type PdfRequest, type PublishWatch } from './pdf.js';
import { skippedFiles, type NotWritten } from './report.js';
import { OUTPUT_TARGETS } from './targets.js';

export interface KuesionerRequest extends PdfRequest {
  /** The unit folder (or a service file of it); the folder the command runs in when not given. */
  unit?: string;
  /** Codes of the services to make questionnaires for (any case); every service of the unit when empty. */
  services?: readonly string[];
  outDir: string;
  /** How messages name the output folder ("kuesioner/"). */
  shownOut: string;
  /** A name in OUTPUT_TARGETS: the questionnaires' format. */
  target: string;
  templateDir?: string;
}

/**
 * Why nothing was written: no unit, or more than one, was found; a code asked for is not a service
 * of the unit; the templates cannot be used or failed; something is in the way in the output
 * folder; or it changed while writing (`partial`: some files were written).
 */
export type KuesionerStop = 'noUnit' | 'severalUnits' | 'noServices' | 'unknownServices' | 'templates' | 'templateFailed' | 'obstacles' | 'partial';

export interface KuesionerOutcome {
  /** Problems of penyelenggara.yaml (the letterhead, the form's address), the logo and the templates. */
  diagnostics: Diagnostic[];
  /** Files read, for the findings' summary. */
  files: number;
  unreadable: boolean;
  /** Files of the unit that could not be read: their services have no questionnaire. */
  notWritten: NotWritten[];
  /** The questionnaires, as files of the output folder, and their extension. */
  questionnaires: string[];
  extension: string;
  /** The data-entry templates written, found already there with the same bytes, and kept because what is there differs (responses typed into it, perhaps). */
  templates: { written: string[]; unchanged: string[]; kept: string[] };
  /** Set when the questionnaires were printed (`--to pdf`); its diagnostics are also in `diagnostics`. */
  pdf?: PdfPrinted;
  stop?: { reason: KuesionerStop; why: Text; obstacles?: string };
  /** An error among the findings: the run ends with problems. */
  errors: boolean;
}

/** A code or a unit's name as part of a file name: lower case, nothing but letters, digits, dots, hyphens and underscores. */
export const fileSlug = (s: string) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'layanan';

/**
 * All of `standar skm kuesioner`: for each service asked for (every service of the unit by
 * default), the printed questionnaire of the satisfaction survey (`kuesioner-<kode>.html|pdf`), and
 * the unit's data-entry template (`tanggapan-<unit>.xlsx` and `.csv`). A template that is already
 * there with other bytes is never replaced: it may hold the responses typed so far. Nothing is
 * written when anything stands in the way in the output folder. Never prints.
 */
export async function publishKuesioner(request: KuesionerRequest, watch: PublishWatch = {}): Promise<KuesionerOutcome> {
  const { lang, cwd } = request;
  const target = OUTPUT_TARGETS[request.target]!;
  const loaded = await loadUnits([request.unit ?? '.'], { lang, cwd });
  const { units, skipped } = gate(loaded, lang);
  const outcome: KuesionerOutcome = {
    diagnostics: [],
    files: loaded.files,
    unreadable: loaded.diagnostics.some((d) => d.rule === 'io'),
    notWritten: skippedFiles(skipped),
    questionnaires: [],
    extension: target.extension,
    templates: { written: [], unchanged: [], kept: [] },
    errors: false,
  };
  const stop = (reason: KuesionerStop, why: Text, obstacles?: string): KuesionerOutcome => ({ ...outcome, stop: { reason, why, ...(obstacles !== undefined ? { obstacles } : {}) } });
  const loadedUnit = units[0];
  if (!loadedUnit) {
    outcome.diagnostics.push(...loaded.diagnostics.filter((d) => d.rule === 'io' || d.rule === 'konfigurasi'));
    return stop('noUnit', { id: 'tidak ditemukan unit (penyelenggara.yaml atau berkas layanan).', en: 'no unit was found (penyelenggara.yaml or service files).' });
  }
  if (units.length > 1) {
    const folders = units.map((u) => `${folderLabel(cwd, u.dir)}/`).join(', ');
    return stop('severalUnits', { id: `ditemukan ${units.length} unit (${folders}); sebutkan satu folder unit.`, en: `${units.length} units were found (${folders}); name one unit folder.` });
  }
  const providerFile = loadedUnit.provider?.source.path;
  // Only what the questionnaire prints comes from penyelenggara.yaml; the services' own findings are validate's to tell.
  outcome.diagnostics.push(...loaded.diagnostics.filter((d) => d.file === providerFile && !skipped.some((s) => s.file === d.file)));

  const codeOf = (i: number) => line(asRecord(loadedUnit.services[i]!.data).kode) ?? basename(loadedUnit.services[i]!.source.path).replace(/\.ya?ml$/i, '');
  const codes = loadedUnit.services.map((_, i) => codeOf(i));
  if (codes.length === 0) return stop('noServices', { id: `unit ${folderLabel(cwd, loadedUnit.dir)}/ belum punya berkas layanan yang dapat dibaca.`, en: `the unit ${folderLabel(cwd, loadedUnit.dir)}/ has no readable service file yet.` });
  const chosen: number[] = [];
  const unknown: string[] = [];
  for (const asked of request.services ?? []) {
    const at = codes.findIndex((c) => c.toLowerCase() === asked.toLowerCase());
    if (at < 0) unknown.push(asked);
    else if (!chosen.includes(at)) chosen.push(at);
  }
  if (unknown.length > 0) {
    const hints = unknown.map((u) => {
      const guess = didYouMean(u, codes);
      return guess ? `"${u}" (${lang === 'id' ? 'maksudnya' : 'did you mean'} ${guess}?)` : `"${u}"`;
    });
    return stop('unknownServices', {
      id: `kode layanan tidak dikenal di unit ini: ${hints.join(', ')}. Kode yang ada: ${codes.join(', ')}.`,
      en: `service code not known in this unit: ${hints.join(', ')}. The codes are: ${codes.join(', ')}.`,
    });
  }
  if (chosen.length === 0) chosen.push(...codes.keys());

  const templateDir = request.templateDir ? resolve(cwd, request.templateDir) : undefined;
  const templates = loadTemplates(templateDir, lang, cwd);
  outcome.diagnostics.push(...templates.diagnostics);
  if (!templates.templates) return stop('templates', { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });

  // Without the verdict: a questionnaire prints the regulation's questions, not the standard, so it never carries the draft mark.
  const { unit, diagnostics: logo } = await prepareUnit({ dir: loadedUnit.dir, provider: loadedUnit.provider, services: loadedUnit.services }, lang, { media: target.media });
  outcome.diagnostics.push(...logo);
  const used = new Set<string>();
  const pages: { name: string; html: string }[] = [];
  try {
    for (const i of chosen) pages.push({ name: uniqueName(`kuesioner-${fileSlug(codes[i]!)}`, used), html: renderDocument('kuesioner', unit, unit.services[i], { media: target.media, templateDir }) });
  } catch (err) {
    if (!(err instanceof RenderError)) throw err;
    outcome.diagnostics.push(...err.diagnostics);
    return stop('templateFailed', { id: 'templat gagal diterapkan (lihat di atas).', en: 'a template failed (see above).' });
  }
  outcome.errors = outcome.diagnostics.some((d) => d.severity === 'error');

  const provider = asRecord(unit.provider);
  const unitSlug = fileSlug(line(provider.kode) ?? basename(loadedUnit.dir));
  const sheet = await responseTemplate({
    unit: line(provider.nama) ?? unitSlug,
    services: chosen.map((i) => ({ kode: codes[i]!, nama: line(asRecord(unit.services[i]).nama) ?? codes[i]! })),
    lang,
  });
  const templateFiles = new Map<string, Buffer>([
    [`tanggapan-${unitSlug}.xlsx`, sheet.xlsx],
    [`tanggapan-${unitSlug}.csv`, sheet.csv],
  ]);

  const where = request.shownOut;
  const folder = new OutputFolder(request.outDir, { lang, shown: where });
  const fileOf = (page: { name: string }) => `${page.name}.${target.extension}`;
  // Checked before anything is printed or written, so a refusal leaves the folder as it was.
  const obstacles = await folder.obstacles([...pages.map(fileOf), ...templateFiles.keys()]);
  if (obstacles.size > 0) return stop('obstacles', { id: `Tidak ada berkas yang ditulis; ${where} tetap seperti sebelumnya.`, en: `No file was written; ${where} is as it was.` }, await folder.report(obstacles));

  const refused = new Map<string, Obstacle>();
  for (const [name, bytes] of templateFiles) {
    const state = await folder.compare(name, bytes);
    if (state === 'same') outcome.templates.unchanged.push(name);
    else if (state === 'different') outcome.templates.kept.push(name);
    else {
      const obstacle = await folder.tryWrite(name, bytes);
      if (obstacle) refused.set(name, obstacle);
      else outcome.templates.written.push(name);
    }
  }

  if (target.extension === 'pdf' && refused.size === 0) {
    watch.beforePrint?.(outcome.diagnostics, outcome.files);
    outcome.pdf = await printJobs(pageJobs(pages, request.outDir), request, folder, [loadedUnit.dir], new Set(), watch.print);
    outcome.diagnostics.push(...outcome.pdf.diagnostics);
    outcome.errors ||= outcome.pdf.diagnostics.some((d) => d.severity === 'error');
    outcome.questionnaires = outcome.pdf.written.map((path) => folder.relativeOf(path));
    return outcome;
  }
  if (refused.size === 0) {
    const converter = await target.open();
    try {
      for (const page of pages) {
        const obstacle = await folder.tryWrite(fileOf(page), await converter.convert(page.html));
        if (obstacle) refused.set(fileOf(page), obstacle);
        else outcome.questionnaires.push(fileOf(page));
      }
    } finally {
      await converter.close();
    }
  }
  if (refused.size > 0) {
    return stop('partial', { id: `Tidak semua berkas ditulis ke ${where} (lihat di atas).`, en: `Not every file was written to ${where} (see above).` }, await folder.report(refused));
  }
  return outcome;
}
