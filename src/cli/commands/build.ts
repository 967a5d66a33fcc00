import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { loadUnits } from '../../check/load-units.js';
import { readFound } from '../../files/read.js';
import type { Diagnostic } from '../../diagnostics.js';
import { localize } from '../../i18n/index.js';
import { isProviderFile } from '../../load/discover.js';
import { locate } from '../../load/source.js';
import { gate, isDraft } from '../../render/gate.js';
import { OUTPUT_TARGETS } from '../../publish/targets.js';
import { buildSite, NO_MAKLUMAT, prepareUnit, RenderError, renderDocument, type DownloadSpec } from '../../render/index.js';
import { planBooklet, type BookletPlan } from '../../pdf/booklet-html.js';
import { renderPoster } from '../../pdf/poster.js';
import { EXIT, type CliContext } from '../io.js';
import { isPlainPath, OutputFolder, type Obstacle } from '../../publish/output-folder.js';
import { addPdfOptions, posterFormat, printPdfJobs, type PdfFlags, type PdfRun } from '../pdf-output.js';
import { bookletJob, pageJobs } from '../../publish/pdf.js';
import { draftNote, printOutcome } from '../publish-report.js';
import { skippedFiles, type NotWritten } from '../../publish/report.js';
import { addPublishOptions, httpsArgument, printDiagnostics, shownDir, templatesFor } from './render-shared.js';

interface BuildFlags extends PdfFlags {
  to?: string;
  out?: string;
  baseUrl?: string;
  templateDir?: string;
}

/** Lists the files a build wrote, so the next build removes the pages of deleted services and nothing else. */
const MANIFEST = '.standar-situs.json';
/** The unit booklet (every service's full standard and the maklumat), at the site's root. */
const BOOKLET = 'buku-standar-pelayanan.pdf';

/** The manifest is a few KB; a bigger one, a FIFO or a device is not one a build wrote. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

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

export function registerBuild(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = program
    .command('build')
    .description(t({
      id: 'Buat situs katalog satu unit: daftar layanan dengan penyaring, halaman publik dan standar lengkap tiap layanan, maklumat, kontak dan peta situs.',
      en: "Build a unit's catalogue site: the service list with a filter, each service's public page and full standard, the maklumat, contacts and a site map.",
    }))
    .argument('[unit]', t({ id: 'folder unit (berisi penyelenggara.yaml); bawaan: folder ini', en: 'unit folder (with penyelenggara.yaml); default: this folder' }))
    .option('-o, --out <folder>', t({ id: 'folder situs (bawaan: site)', en: 'site folder (default: site)' }))
    .option('--base-url <https-url>', t({ id: 'alamat situs saat diterbitkan; dengan ini sitemap.xml dan robots.txt ikut dibuat', en: 'address the site is published at; with it sitemap.xml and robots.txt are written too' }), httpsArgument(ctx));
  addPdfOptions(addPublishOptions(command, ctx), ctx, { booklet: false }).action(async (input: string | undefined, flags: BuildFlags) => {
    const outDir = resolve(ctx.io.cwd, flags.out ?? 'site');
    const target = OUTPUT_TARGETS[flags.to ?? 'html']!;
    const loaded = await loadUnits([input ?? '.'], { lang: ctx.lang, cwd: ctx.io.cwd });
    const { units, diagnostics, skipped, errors } = gate(loaded, ctx.lang);
    const shown: Diagnostic[] = [...diagnostics];
    const notWritten: NotWritten[] = skippedFiles(skipped);
    const files = loaded.units.reduce((n, u) => n + u.services.length + (u.provider ? 1 : 0), 0);
    let reported = false;
    const findings = () => {
      if (!reported) printDiagnostics(ctx, shown, files);
      reported = true;
    };
    // `obstacles`: the report of links in the way, which says itself that nothing was written.
    const stop = (code: number, text?: { id: string; en: string }, obstacles?: string) => {
      findings();
      if (obstacles !== undefined && text) ctx.io.stderr.write(obstacles + t(text) + '\n');
      else ctx.io.stderr.write(t({ id: `✖ Situs tidak dibuat${text ? `: ${text.id}` : '.'}\n`, en: `✖ The site was not built${text ? `: ${text.en}` : '.'}\n` }));
      printOutcome(ctx, undefined, notWritten);
      ctx.setExitCode(code);
    };
    if (loaded.diagnostics.some((d) => d.rule === 'io')) return stop(EXIT.usage);
    // A penyelenggara.yaml that cannot be read is skipped like any file: the site is made without it.
    const providerSkipped = skipped.some((s) => isProviderFile(s.file));
    const providers = units.filter((u) => u.provider);
    if (loaded.units.length !== 1 || (providers.length === 0 && !providerSkipped)) {
      return stop(
        EXIT.usage,
        loaded.units.length > 1
          ? { id: `ditemukan ${loaded.units.length} unit; build membuat situs satu unit, jalankan sekali per folder unit.`, en: `found ${loaded.units.length} units; build makes the site of one unit, run it once per unit folder.` }
          : { id: 'tidak ada penyelenggara.yaml; build membuat situs satu unit, arahkan ke folder yang berisi penyelenggara.yaml.', en: 'no penyelenggara.yaml; build makes the site of one unit, point it at the folder that holds penyelenggara.yaml.' },
      );
    }
    if (!templatesFor(ctx, flags.templateDir, shown)) return stop(shown.some((d) => d.rule === 'io') ? EXIT.usage : EXIT.problems, { id: 'templat tidak dapat dipakai (lihat di atas).', en: 'the templates cannot be used (see above).' });

    const templateDir = flags.templateDir ? resolve(ctx.io.cwd, flags.templateDir) : undefined;
    const { unit, diagnostics: unitDiagnostics } = await prepareUnit(units[0]!, ctx.lang, { media: target.media });
    shown.push(...unitDiagnostics);
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
      site = buildSite(unit, { templateDir, baseUrl: flags.baseUrl, downloads, unitDownloads });
      if (target.extension === 'pdf') {
        for (const doc of site.documents) {
          // The maklumat is the poster for the service room; its QR code leads to this site when its address is known.
          const html = doc.kind === 'maklumat' ? renderPoster(unit, { format: posterFormat(flags), qr: flags.qr ?? flags.baseUrl, templateDir }) : renderDocument(doc.kind, unit, doc.service, { media: 'print', templateDir });
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
      return stop(EXIT.problems, { id: 'templat gagal diterapkan (lihat di atas).', en: 'a template failed (see above).' });
    }
    if (site.noMaklumat && provider) {
      const { message, hint } = localize(NO_MAKLUMAT, ctx.lang);
      shown.push({ file: provider.source.path, ...locate(provider.source, ''), pointer: '/maklumat', rule: 'render', severity: 'warning', message, hint: hint! });
      notWritten.push({ what: t({ id: `maklumat.html (${provider.source.path})`, en: `maklumat.html (${provider.source.path})` }), why: message });
    }
    const where = shownDir(ctx, outDir);
    const folder = new OutputFolder(outDir, { lang: ctx.lang, shown: where });
    const all = new Map([...site.files, ...extra]);
    const pdfJobs = [...pageJobs(pdfPages, outDir), ...(booklet ? [bookletJob(BOOKLET, join(outDir, BOOKLET), booklet)] : [])];
    // Checked before anything is printed or written: a site written only in part would be worse than the old one.
    const before = await previousFiles(folder);
    const planned = [...all.keys(), ...pdfJobs.map((job) => folder.relativeOf(job.out)), MANIFEST];
    const obstacles = await folder.obstacles(planned, before.filter((path) => !planned.includes(path)));
    if (obstacles.size > 0) {
      return stop(EXIT.usage, { id: `Situs tidak ditulis: tidak ada berkas yang ditulis atau dihapus, isi ${where} tetap seperti sebelumnya.`, en: `The site was not written: no file was written or removed, ${where} is as it was.` }, await folder.report(obstacles));
    }
    let pdf: PdfRun | undefined;
    if (target.extension === 'pdf') {
      const drafts = new Set(pdfPages.filter((p) => p.draft).map((p) => join(outDir, `${p.name}.pdf`)));
      if (booklet && (isDraft(unit.verdict?.provider) || unit.verdict?.services.some(isDraft))) drafts.add(join(outDir, BOOKLET));
      // Findings first: the PDFs' progress and summary follow them.
      findings();
      pdf = await printPdfJobs(ctx, pdfJobs, flags, folder, [units[0]!.dir], drafts);
      if (pdf.diagnostics.length > 0) printDiagnostics(ctx, pdf.diagnostics, files);
      // No browser, or interrupted: the site is left as it was.
      if (pdf.code > EXIT.problems) return stop(pdf.code);
    }
    const blockedNow = await writeSite(folder, all, pdf?.written.map((path) => folder.relativeOf(path)) ?? [], before);
    if (blockedNow.size > 0) {
      const done = all.size - [...blockedNow.keys()].filter((path) => all.has(path)).length;
      return stop(EXIT.usage, { id: `Situs hanya sebagian ditulis ke ${where}: ${done} dari ${all.size} berkas; yang lain tidak (lihat di atas).`, en: `The site was only partly written to ${where}: ${done} of ${all.size} files; the others were not (see above).` }, await folder.report(blockedNow));
    }
    findings();
    const count = unit.services.length;
    const drafts = draftNote(ctx, unit.services.filter((_, i) => isDraft(unit.verdict?.services[i])).length);
    printOutcome(
      ctx,
      t({
        id: `✔ Situs ${count} layanan ditulis ke ${where} (${all.size + (pdf?.written.length ?? 0)} berkas)${drafts}. Buka ${where}index.html di peramban.`,
        en: `✔ Site of ${count} service${count === 1 ? '' : 's'} written to ${where} (${all.size + (pdf?.written.length ?? 0)} files)${drafts}. Open ${where}index.html in a browser.`,
      }),
      notWritten,
    );
    // A logo that cannot be used is an error, yet the site is written without it: never blocked, still exit code 1.
    const unitErrors = unitDiagnostics.some((d) => d.severity === 'error');
    ctx.setExitCode(pdf && pdf.code !== EXIT.ok ? pdf.code : errors || unitErrors || notWritten.length > 0 ? EXIT.problems : EXIT.ok);
  });
}
