import { basename, join, resolve } from 'node:path';
import { folderLabel } from '../authoring/locate.js';
import { loadUnits } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import { localize, type Text } from '../i18n/index.js';
import { isProviderFile } from '../load/discover.js';
import { asRecord, isRecord } from '../load/guards.js';
import { planBooklet, type BookletPlan } from '../render/print/booklet.js';
import { renderPoster } from '../render/print/poster.js';
import { gate, isDraft } from '../render/gate.js';
import { loadTemplates, NO_MAKLUMAT, prepareUnit, RenderError, renderDocument, type RenderKind } from '../render/index.js';
import { line } from '../render/view/read.js';
import { OutputFolder, type Obstacle } from './output-folder.js';
import { bookletJob, pageJobs, printJobs, type PdfPrinted, type PrintRequest, type PublishWatch } from './pdf.js';
import { skippedFiles, type NotWritten } from './report.js';
import { OUTPUT_TARGETS } from './targets.js';

export interface PagesRequest extends PrintRequest {
  /** Service files and unit folders. */
  inputs: string[];
  /** The output folder, and how messages name it ("keluaran/"). */
  outDir: string;
  shownOut: string;
  /** A name in OUTPUT_TARGETS. */
  target: string;
  kinds: readonly RenderKind[];
  /** Also each unit's booklet (PDF only). */
  booklet?: boolean;
  templateDir?: string;
}

/**
 * Why no page, or not every page, was written: templates that cannot be used or failed,
 * something in the way in the output folder (`obstacles`: nothing written), or the folder
 * changed while writing (`partial`).
 */
export type PagesStop = 'templates' | 'templateFailed' | 'obstacles' | 'partial';

export interface PagesOutcome {
  /** Findings of checking, the logos and the templates, in the order found. */
  diagnostics: Diagnostic[];
  /** Files read, for the findings' summary. */
  files: number;
  /** A path given could not be read. */
  unreadable: boolean;
  notWritten: NotWritten[];
  /** Set when PDFs were printed (`--to pdf`); its diagnostics are also in `diagnostics`. */
  pdf?: PdfPrinted;
  stop?: {
    reason: PagesStop;
    why: Text;
    /** For `obstacles` and `partial`: one message per obstacle, ready to show. */
    obstacles?: string;
  };
  /** Pages and booklets made; of the pages, how many carry the draft mark; the file extension. */
  pages: number;
  booklets: number;
  drafts: number;
  extension: string;
  /** An error among the findings: the pages are written as drafts, the run ends with problems. */
  errors: boolean;
}

/** "duk-ktp-el.lengkap", made unique when two units share a code. */
export function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

/**
 * All of `standar render`: single pages of the kinds asked for (for `--to pdf` the maklumat as a
 * poster, and each unit's booklet when asked), one file each in `outDir`. Nothing is written when
 * anything stands in the way in the output folder. Never prints: the outcome says what was
 * written, skipped and why.
 */
export async function publishPages(request: PagesRequest, watch: PublishWatch = {}): Promise<PagesOutcome> {
  const { lang, cwd, outDir } = request;
  const target = OUTPUT_TARGETS[request.target]!;
  const loaded = await loadUnits(request.inputs.length > 0 ? request.inputs : ['.'], { lang, cwd });
  const { units, diagnostics, skipped, errors } = gate(loaded, lang);
  const outcome: PagesOutcome = {
    diagnostics: [...diagnostics],
    files: loaded.files,
    unreadable: loaded.diagnostics.some((d) => d.rule === 'io'),
    notWritten: skippedFiles(skipped),
    pages: 0,
    booklets: 0,
    drafts: 0,
    extension: target.extension,
    errors,
  };
  const shown = outcome.diagnostics;
  const { notWritten } = outcome;
  const stop = (reason: PagesStop, why: Text, obstacles?: string): PagesOutcome => ({ ...outcome, stop: { reason, why, ...(obstacles !== undefined ? { obstacles } : {}) } });
  const templateDir = request.templateDir ? resolve(cwd, request.templateDir) : undefined;
  const templates = loadTemplates(templateDir, lang, cwd);
  shown.push(...templates.diagnostics);
  if (!templates.templates) return stop('templates', { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });

  const t = (text: Text) => text[lang];
  const pages: { name: string; html: string; draft: boolean }[] = [];
  const booklets: { name: string; plan: BookletPlan; draft: boolean }[] = [];
  const used = new Set<string>();
  try {
    for (const loadedUnit of units) {
      const { unit, diagnostics: unitDiagnostics } = await prepareUnit(loadedUnit, lang, { media: target.media });
      shown.push(...unitDiagnostics);
      const provider = loadedUnit.provider;
      for (const kind of request.kinds) {
        if (kind === 'maklumat') {
          if (!provider) {
            const dir = `${folderLabel(cwd, loadedUnit.dir)}/`;
            if (!skipped.some((s) => isProviderFile(s.file))) notWritten.push({ what: 'maklumat', why: t({ id: `tidak ada penyelenggara.yaml untuk ${dir}`, en: `there is no penyelenggara.yaml for ${dir}` }) });
            continue;
          }
          // Asked for by name and not written, the command fails; why is maklumat-lengkap's finding, said once.
          if (!isRecord(asRecord(unit.provider).maklumat)) {
            notWritten.push({ what: `maklumat (${provider.source.path})`, why: localize(NO_MAKLUMAT, lang).message });
            continue;
          }
          const code = line(asRecord(unit.provider).kode) ?? 'penyelenggara';
          // Printed, the maklumat is the poster for the service room.
          const html = target.extension === 'pdf' ? renderPoster(unit, { format: request.poster, qr: request.qr, templateDir }) : renderDocument('maklumat', unit, undefined, { media: target.media, templateDir });
          pages.push({ name: uniqueName(`${code.toLowerCase()}.maklumat`, used), html, draft: isDraft(unit.verdict?.provider) });
          continue;
        }
        for (const [i, service] of unit.services.entries()) {
          const code = line(asRecord(service).kode) ?? basename(loadedUnit.services[i]!.source.path).replace(/\.ya?ml$/i, '');
          pages.push({ name: uniqueName(`${code.toLowerCase()}.${kind}`, used), html: renderDocument(kind, unit, service, { media: target.media, templateDir }), draft: isDraft(unit.verdict?.services[i]) });
        }
      }
      if (request.booklet && unit.services.length > 0) {
        const code = line(asRecord(unit.provider).kode) ?? 'layanan';
        booklets.push({ name: uniqueName(`${code.toLowerCase()}.buku`, used), plan: planBooklet(unit, { templateDir }), draft: [unit.verdict?.provider, ...(unit.verdict?.services ?? [])].some(isDraft) });
      }
    }
  } catch (err) {
    if (!(err instanceof RenderError)) throw err;
    shown.push(...err.diagnostics);
    return stop('templateFailed', { id: 'templat gagal diterapkan (lihat di atas).', en: 'a template failed (see above).' });
  }
  outcome.pages = pages.length;
  outcome.booklets = booklets.length;
  outcome.drafts = pages.filter((p) => p.draft).length;
  outcome.errors ||= shown.some((d) => d.severity === 'error');

  const where = request.shownOut;
  const folder = new OutputFolder(outDir, { lang, shown: where });
  const fileOf = (page: { name: string }) => `${page.name}.${target.extension}`;
  // Checked before anything is printed or written, so a refusal leaves the folder as it was.
  const obstacles = await folder.obstacles([...pages.map(fileOf), ...booklets.map((b) => `${b.name}.pdf`)]);
  if (obstacles.size > 0) return stop('obstacles', { id: `Tidak ada halaman yang ditulis; ${where} tetap seperti sebelumnya.`, en: `No page was written; ${where} is as it was.` }, await folder.report(obstacles));
  if (target.extension === 'pdf') {
    const jobs = [...pageJobs(pages, outDir), ...booklets.map((b) => bookletJob(b.name, join(outDir, `${b.name}.pdf`), b.plan))];
    const drafts = new Set([...pages.filter((p) => p.draft).map((p) => join(outDir, `${p.name}.pdf`)), ...booklets.filter((b) => b.draft).map((b) => join(outDir, `${b.name}.pdf`))]);
    watch.beforePrint?.(shown, outcome.files);
    outcome.pdf = await printJobs(jobs, request, folder, units.map((u) => u.dir), drafts, watch.print);
    shown.push(...outcome.pdf.diagnostics);
    outcome.errors ||= outcome.pdf.diagnostics.some((d) => d.severity === 'error');
    return outcome;
  }
  const refused = new Map<string, Obstacle>();
  const converter = await target.open();
  try {
    for (const page of pages) {
      const obstacle = await folder.tryWrite(fileOf(page), await converter.convert(page.html));
      if (obstacle) refused.set(fileOf(page), obstacle);
    }
  } finally {
    await converter.close();
  }
  if (refused.size > 0) {
    const done = pages.length - refused.size;
    return stop('partial', { id: `Hanya ${done} dari ${pages.length} halaman yang ditulis ke ${where}; yang lain tidak (lihat di atas).`, en: `Only ${done} of ${pages.length} pages were written to ${where}; the others were not (see above).` }, await folder.report(refused));
  }
  return outcome;
}
