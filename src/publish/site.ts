import { join, resolve } from 'node:path';
import { loadUnits } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import { readFound } from '../files/read.js';
import { localize, type Text } from '../i18n/index.js';
import { isProviderFile } from '../load/discover.js';
import { planBooklet, type BookletPlan } from '../render/print/booklet.js';
import { renderPoster } from '../render/print/poster.js';
import { gate, isDraft } from '../render/gate.js';
import { MAX_MANIFEST_BYTES, SITE_MANIFEST as MANIFEST } from '../render/site-files.js';
import { buildSite, DOCUMENT_KINDS, loadTemplates, NO_MAKLUMAT, prepareUnit, RenderError, renderDocument, type DownloadSpec } from '../render/index.js';
import { isPlainPath, OutputFolder, type Obstacle } from './output-folder.js';
import { bookletJob, pageJobs, printJobs, type PdfPrinted, type PrintRequest, type PublishWatch } from './pdf.js';
import { skippedFiles, type NotWritten } from './report.js';
import { OUTPUT_TARGETS } from './targets.js';

/** The unit booklet (every service's full standard and the maklumat), at the site's root. */
const BOOKLET = 'buku-standar-pelayanan.pdf';


/** The files the previous build wrote, by its manifest; a manifest that is a link is no build's, and is refused when written. */
async function previousFiles(folder: OutputFolder): Promise<string[]> {
  if (await folder.obstacle(MANIFEST, 'write')) return [];
  const read = readFound(join(folder.dir, MANIFEST), { limit: MAX_MANIFEST_BYTES });
  if (!read.ok) return [];
  try {
    const data = JSON.parse(read.bytes.toString('utf8')) as { berkas?: unknown };
    return Array.isArray(data.berkas) ? data.berkas.filter((f): f is string => typeof f === 'string' && isPlainPath(f)) : [];
  } catch {
    return [];
  }
}

/**
 * Every file atomically, then stale files of the previous build removed, then the new manifest
 * of what was written. Answers what could not be written or removed, by path: empty unless the
 * output folder changed since it was checked.
 */
async function writeSite(folder: OutputFolder, files: ReadonlyMap<string, string | Uint8Array>, printed: readonly string[], before: readonly string[]): Promise<Map<string, Obstacle>> {
  const blocked = new Map<string, Obstacle>();
  const written: string[] = [];
  for (const [path, content] of files) {
    const obstacle = await folder.tryWrite(path, content);
    if (obstacle) blocked.set(path, obstacle);
    else written.push(path);
  }
  for (const path of before) {
    const obstacle = files.has(path) || printed.includes(path) ? undefined : await folder.remove(path);
    if (obstacle) blocked.set(path, obstacle);
  }
  // PDFs finish in any order; the manifest lists them sorted so the same site gives the same file.
  const manifest = await folder.tryWrite(MANIFEST, JSON.stringify({ berkas: [...written, ...[...printed].sort()] }, null, 2) + '\n');
  if (manifest) blocked.set(MANIFEST, manifest);
  return blocked;
}

export interface SiteRequest extends PrintRequest {
  /** The unit folder. */
  input: string;
  /** The site folder, and how messages name it ("site/"). */
  outDir: string;
  shownOut: string;
  /** A name in OUTPUT_TARGETS; a format other than HTML joins the site as a download of each document. */
  target: string;
  /** https address the site is published at: sitemap.xml and robots.txt, the poster's QR code. */
  baseUrl?: string;
  templateDir?: string;
}

/**
 * Why a site was not written, or only in part: a path that cannot be read (`unreadable`), not
 * one unit with a penyelenggara.yaml (`units`), templates that cannot be used or failed, something
 * in the way in the output folder (`obstacles`: nothing written), printing stopped (no browser,
 * interrupted: nothing written), or the folder changed while writing (`partial`).
 */
export type SiteStop = 'unreadable' | 'units' | 'templates' | 'templateFailed' | 'obstacles' | 'printing' | 'partial';

export interface SiteOutcome {
  /** Findings of checking, the logo and the templates, in the order found. */
  diagnostics: Diagnostic[];
  /** Files read, for the findings' summary. */
  files: number;
  notWritten: NotWritten[];
  /** Set when PDFs were printed (`--to pdf`); its diagnostics are not in `diagnostics`. */
  pdf?: PdfPrinted;
  stop?: {
    reason: SiteStop;
    why?: Text;
    /** For `obstacles` and `partial`: one message per obstacle, ready to show. */
    obstacles?: string;
  };
  /** What was written: files in all, the unit's services, and how many of them are drafts. */
  written: { files: number; services: number; drafts: number };
  /** An error among the findings or the logo's: the pages are written, the run ends with problems. */
  errors: boolean;
}

/**
 * All of `standar build`: one unit's catalogue site into `outDir`, with PDFs of each document,
 * the maklumat poster and the unit booklet for `--to pdf`. Nothing is written when anything stands
 * in the way in the output folder, or printing stops; pages of services deleted since the last
 * build are removed. Never prints: the outcome says what was written, skipped and why.
 */
export async function publishSite(request: SiteRequest, watch: PublishWatch = {}): Promise<SiteOutcome> {
  const { lang, cwd, outDir } = request;
  const target = OUTPUT_TARGETS[request.target]!;
  const loaded = await loadUnits([request.input], { lang, cwd });
  const { units, diagnostics, skipped, errors } = gate(loaded, lang);
  const outcome: SiteOutcome = {
    diagnostics: [...diagnostics],
    files: loaded.files,
    notWritten: skippedFiles(skipped),
    written: { files: 0, services: 0, drafts: 0 },
    errors,
  };
  const shown = outcome.diagnostics;
  const stop = (reason: SiteStop, why?: Text, obstacles?: string): SiteOutcome => ({ ...outcome, stop: { reason, ...(why ? { why } : {}), ...(obstacles !== undefined ? { obstacles } : {}) } });
  if (loaded.diagnostics.some((d) => d.rule === 'io')) return stop('unreadable');
  // A penyelenggara.yaml that cannot be read is skipped like any file: the site is made without it.
  const providerSkipped = skipped.some((s) => isProviderFile(s.file));
  const providers = units.filter((u) => u.provider);
  if (loaded.units.length !== 1 || (providers.length === 0 && !providerSkipped)) {
    return stop(
      'units',
      loaded.units.length > 1
        ? { id: `ditemukan ${loaded.units.length} unit; build membuat situs satu unit, jalankan sekali per folder unit.`, en: `found ${loaded.units.length} units; build makes the site of one unit, run it once per unit folder.` }
        : { id: 'tidak ada penyelenggara.yaml; build membuat situs satu unit, arahkan ke folder yang berisi penyelenggara.yaml.', en: 'no penyelenggara.yaml; build makes the site of one unit, point it at the folder that holds penyelenggara.yaml.' },
    );
  }
  const templateDir = request.templateDir ? resolve(cwd, request.templateDir) : undefined;
  const templates = loadTemplates(templateDir, lang, cwd);
  shown.push(...templates.diagnostics);
  if (!templates.templates) return stop('templates', { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });

  const { unit, diagnostics: unitDiagnostics } = await prepareUnit(units[0]!, lang, { media: target.media });
  shown.push(...unitDiagnostics);
  outcome.errors ||= unitDiagnostics.some((d) => d.severity === 'error');
  const provider = units[0]!.provider;
  // A format other than HTML joins the site as a download of each document (the PDF of the decree).
  const downloads: DownloadSpec[] = target.extension === 'html' ? [] : [{ extension: target.extension, label: { id: `Unduh ${target.extension.toUpperCase()}`, en: `Download ${target.extension.toUpperCase()}` } }];
  let site;
  const extra = new Map<string, string | Uint8Array>();
  // PDFs are printed in one batch after the pages are made: the booklet joins them at the root.
  const pdfPages: { name: string; html: string; draft: boolean }[] = [];
  let booklet: BookletPlan | undefined;
  try {
    const unitDownloads = target.extension === 'pdf' && unit.services.length > 0 ? [{ href: BOOKLET, label: { id: 'Unduh buku standar pelayanan (PDF)', en: 'Download the service standards booklet (PDF)' } }] : [];
    site = buildSite(unit, { templateDir, baseUrl: request.baseUrl, downloads, unitDownloads });
    if (target.extension === 'pdf') {
      for (const doc of site.documents) {
        // The maklumat is the poster for the service room; its QR code leads to this site when its address is known.
        const html = DOCUMENT_KINDS[doc.kind].print === 'poster' ? renderPoster(unit, { format: request.poster, qr: request.qr ?? request.baseUrl, templateDir }) : renderDocument(doc.kind, unit, doc.service, { media: 'print', templateDir });
        const verdict = doc.service ? unit.verdict?.services[unit.services.indexOf(doc.service)] : unit.verdict?.provider;
        pdfPages.push({ name: doc.path, html, draft: isDraft(verdict) });
      }
      if (unit.services.length > 0) booklet = planBooklet(unit, { templateDir });
    } else if (downloads.length > 0) {
      const converter = await target.open();
      try {
        for (const doc of site.documents) {
          extra.set(`${doc.path}.${target.extension}`, await converter.convert(renderDocument(doc.kind, unit, doc.service, { media: target.media, templateDir })));
        }
      } finally {
        await converter.close();
      }
    }
  } catch (err) {
    if (!(err instanceof RenderError)) throw err;
    shown.push(...err.diagnostics);
    return stop('templateFailed', { id: 'templat gagal diterapkan (lihat di atas).', en: 'a template failed (see above).' });
  }
  // The missing maklumat is maklumat-lengkap's finding: here only the page it leaves out.
  if (site.noMaklumat && provider) outcome.notWritten.push({ what: `${target.extension === 'pdf' ? 'maklumat.html, maklumat.pdf' : 'maklumat.html'} (${provider.source.path})`, why: localize(NO_MAKLUMAT, lang).message, gap: true });
  const where = request.shownOut;
  const folder = new OutputFolder(outDir, { lang, shown: where });
  const all = new Map([...site.files, ...extra]);
  const pdfJobs = [...pageJobs(pdfPages, outDir), ...(booklet ? [bookletJob(BOOKLET, join(outDir, BOOKLET), booklet)] : [])];
  // Checked before anything is printed or written: a site written only in part would be worse than the old one.
  const before = await previousFiles(folder);
  const planned = [...all.keys(), ...pdfJobs.map((job) => folder.relativeOf(job.out)), MANIFEST];
  const obstacles = await folder.obstacles(planned, before.filter((path) => !planned.includes(path)));
  if (obstacles.size > 0) {
    return stop('obstacles', { id: `Situs tidak ditulis: tidak ada berkas yang ditulis atau dihapus, isi ${where} tetap seperti sebelumnya.`, en: `The site was not written: no file was written or removed, ${where} is as it was.` }, await folder.report(obstacles));
  }
  if (target.extension === 'pdf') {
    const drafts = new Set(pdfPages.filter((p) => p.draft).map((p) => join(outDir, `${p.name}.pdf`)));
    if (booklet && (isDraft(unit.verdict?.provider) || unit.verdict?.services.some(isDraft))) drafts.add(join(outDir, BOOKLET));
    watch.beforePrint?.(shown, outcome.files);
    outcome.pdf = await printJobs(pdfJobs, request, folder, [units[0]!.dir], drafts, watch.print);
    // No browser, or interrupted: the site is left as it was.
    if (outcome.pdf.refused || outcome.pdf.fatal || outcome.pdf.aborted) return stop('printing');
  }
  const printed = outcome.pdf?.written ?? [];
  const blockedNow = await writeSite(folder, all, printed.map((path) => folder.relativeOf(path)), before);
  if (blockedNow.size > 0) {
    const done = all.size - [...blockedNow.keys()].filter((path) => all.has(path)).length;
    return stop('partial', { id: `Situs hanya sebagian ditulis ke ${where}: ${done} dari ${all.size} berkas; yang lain tidak (lihat di atas).`, en: `The site was only partly written to ${where}: ${done} of ${all.size} files; the others were not (see above).` }, await folder.report(blockedNow));
  }
  outcome.written = { files: all.size + printed.length, services: unit.services.length, drafts: unit.services.filter((_, i) => isDraft(unit.verdict?.services[i])).length };
  return outcome;
}
