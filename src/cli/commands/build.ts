import { InvalidArgumentError, type Command } from 'commander';
import { resolve } from 'node:path';
import { isPortalInput, publishPortal, type PortalStop } from '../../publish/portal.js';
import { publishSite, type SiteStop } from '../../publish/site.js';
import { onInterrupt } from '../interrupt.js';
import { passProgress } from '../progress.js';
import { limitHeapGrowth } from '../v8.js';
import { EXIT, type CliContext } from '../io.js';
import { addPdfOptions, printRequest, publishWatch, reportPdf, type PdfFlags } from '../pdf-output.js';
import { draftNote, printOutcome } from '../publish-report.js';
import { missedAny } from '../../publish/report.js';
import { addPublishOptions, httpsArgument, printDiagnostics, shownDir } from './render-shared.js';

interface BuildFlags extends PdfFlags {
  to?: string;
  shard?: { index: number; count: number };
  gabung?: string[];
  audit?: boolean;
  indikator?: string;
  out?: string;
  baseUrl?: string;
  templateDir?: string;
}

/** The exit code of a site not written, or written in part; printing gives its own. */
const STOP_CODES: Record<Exclude<SiteStop, 'printing' | 'templates'>, number> = {
  unreadable: EXIT.usage,
  units: EXIT.usage,
  templateFailed: EXIT.problems,
  obstacles: EXIT.usage,
  partial: EXIT.usage,
};

export function registerBuild(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = program
    .command('build')
    .description(t({
      id: 'Buat situs katalog satu unit: daftar layanan dengan penyaring, halaman publik dan standar lengkap tiap layanan, maklumat, kontak dan peta situs; dari folder berisi banyak unit, portal semua unit (lihat docs/portal.md).',
      en: "Build a unit's catalogue site: the service list with a filter, each service's public page and full standard, the maklumat, contacts and a site map; from a folder of many units, the portal of them all (see docs/portal.md).",
    }))
    .argument('[folder...]', t({ id: 'folder unit (berisi penyelenggara.yaml), atau folder berisi banyak unit (dengan portal.yaml) untuk membuat portal; bawaan: folder ini', en: 'unit folder (with penyelenggara.yaml), or a folder of many units (with portal.yaml) to build a portal; default: this folder' }))
    .option('-o, --out <folder>', t({ id: 'folder situs (bawaan: site)', en: 'site folder (default: site)' }))
    .option('--base-url <https-url>', t({ id: 'alamat situs saat diterbitkan; dengan ini sitemap.xml dan robots.txt ikut dibuat', en: 'address the site is published at; with it sitemap.xml and robots.txt are written too' }), httpsArgument(ctx))
    .option('--shard <i/n>', t({ id: 'portal: bangun hanya bagian ke-i dari n bagian unit, ke keluaran sebagian yang digabung dengan --gabung (untuk matriks CI)', en: 'portal: build only shard i of n of the units, into a partial output that --gabung joins (for a CI matrix)' }), (value: string) => {
      const m = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(value);
      if (!m || Number(m[1]) > Number(m[2])) throw new InvalidArgumentError(t({ id: 'Tulis seperti 2/4: bagian ke-2 dari 4.', en: 'Write it like 2/4: shard 2 of 4.' }));
      return { index: Number(m[1]), count: Number(m[2]) };
    })
    .option('--gabung <folder...>', t({ id: 'portal: folder keluaran --shard yang unitnya dipakai apa adanya (bila sumbernya sama), lalu halaman portal dibuat', en: 'portal: --shard outputs whose units are taken as built (when their sources are the same), then the portal pages are made' }))
    .option('--audit', t({ id: 'portal: tambahkan dasbor kesiapan dokumen (standar audit) di audit/index.html', en: 'portal: add the document-readiness dashboard (standar audit) as audit/index.html' }))
    .option('--indikator <berkas>', t({ id: 'portal dengan --audit: berkas indikator, bobot dan zona milik sendiri', en: 'portal with --audit: your own indicator, weight and zone file' }));
  addPdfOptions(addPublishOptions(command, ctx), ctx, { booklet: false }).action(async (inputs: string[], flags: BuildFlags) => {
    const outDir = resolve(ctx.io.cwd, flags.out ?? 'site');
    const where = shownDir(ctx, outDir);
    if (flags.shard || flags.gabung || isPortalInput(inputs.length > 0 ? inputs : ['.'], ctx.io.cwd)) {
      await buildPortal(ctx, inputs, flags, outDir, where);
      return;
    }
    const input = inputs[0];
    const { hooks, findings, interrupted } = publishWatch(ctx);
    const outcome = await publishSite(
      { ...printRequest(ctx, flags), input: input ?? '.', outDir, shownOut: where, target: flags.to ?? 'html', baseUrl: flags.baseUrl, templateDir: flags.templateDir },
      hooks,
    );
    const { diagnostics, files, notWritten, pdf, stop } = outcome;
    let pdfCode: number = EXIT.ok;
    if (pdf) {
      pdfCode = reportPdf(ctx, pdf, outDir, interrupted());
      if (pdf.diagnostics.length > 0) printDiagnostics(ctx, pdf.diagnostics, files);
    }
    if (stop) {
      findings(diagnostics, files);
      const text = stop.why;
      // `obstacles`: the report of links in the way, which says itself that nothing was written.
      if (stop.obstacles !== undefined && text) ctx.io.stderr.write(stop.obstacles + t(text) + '\n');
      else ctx.io.stderr.write(t({ id: `✖ Situs tidak dibuat${text ? `: ${text.id}` : '.'}\n`, en: `✖ The site was not built${text ? `: ${text.en}` : '.'}\n` }));
      printOutcome(ctx, undefined, notWritten);
      const code = stop.reason === 'printing' ? pdfCode : stop.reason === 'templates' ? (diagnostics.some((d) => d.rule === 'io') ? EXIT.usage : EXIT.problems) : STOP_CODES[stop.reason];
      ctx.setExitCode(code);
      return;
    }
    findings(diagnostics, files);
    const { files: count, services, drafts } = outcome.written;
    const note = draftNote(ctx, drafts);
    printOutcome(
      ctx,
      t({
        id: `✔ Situs ${services} layanan ditulis ke ${where} (${count} berkas)${note}. Buka ${where}index.html di peramban.`,
        en: `✔ Site of ${services} service${services === 1 ? '' : 's'} written to ${where} (${count} files)${note}. Open ${where}index.html in a browser.`,
      }),
      notWritten,
    );
    // A logo that cannot be used is an error, yet the site is written without it: never blocked, still exit code 1.
    ctx.setExitCode(pdfCode !== EXIT.ok ? pdfCode : outcome.errors || missedAny(notWritten) ? EXIT.problems : EXIT.ok);
  });
}

const MAKING_PAGES = { id: 'Membuat halaman portal (katalog, direktori, peta situs)…', en: "Making the portal's pages (catalogue, directory, site map)…" };

/** `interrupted`: 128 + the signal's number, which the interrupt gives (SIGINT's is the usual). */
const PORTAL_STOP_CODES: Record<PortalStop, number> = { unreadable: EXIT.usage, portal: EXIT.usage, units: EXIT.usage, templates: EXIT.problems, partial: EXIT.usage, interrupted: 130 };

/** `build` of many units: the portal, its summary and exit code. */
async function buildPortal(ctx: CliContext, inputs: string[], flags: BuildFlags, outDir: string, where: string): Promise<void> {
  const { t } = ctx;
  if ((flags.to ?? 'html') !== 'html') {
    ctx.io.stderr.write(t({ id: `✖ Portal dibuat sebagai HTML saja; untuk PDF jalankan "standar build <folder unit> --to ${flags.to}" per unit.\n`, en: `✖ A portal is built as HTML only; for PDFs run "standar build <unit folder> --to ${flags.to}" per unit.\n` }));
    ctx.setExitCode(EXIT.usage);
    return;
  }
  const merge = flags.gabung?.map((dir) => resolve(ctx.io.cwd, dir));
  limitHeapGrowth('portal');
  const interrupt = onInterrupt({ finishing: true });
  const progress = passProgress(ctx, 'units');
  const { status } = progress;
  // The units under way (or the portal's pages) are finished first: say so, or the wait looks like a hang.
  interrupt.signal.addEventListener('abort', () => {
    progress.finish();
    ctx.io.stderr.write(t({ id: 'Menghentikan: yang sedang dikerjakan diselesaikan dulu (Ctrl-C sekali lagi: berhenti seketika; berkas tetap utuh).\n', en: 'Stopping: what is under way is finished first (Ctrl-C again: stop at once; files stay whole).\n' }));
  });
  let outcome;
  try {
    outcome = await publishPortal({ inputs: inputs.length > 0 ? inputs : ['.'], outDir, shownOut: where, lang: ctx.lang, cwd: ctx.io.cwd, baseUrl: flags.baseUrl, templateDir: flags.templateDir, signal: interrupt.signal, ...(progress.onProgress ? { onUnit: progress.onProgress } : {}), ...(status ? { onPages: () => status(MAKING_PAGES) } : {}), ...(flags.shard ? { shard: flags.shard } : {}), ...(merge ? { merge } : {}), ...(flags.audit ? { audit: flags.indikator ? { indicators: flags.indikator } : {} } : {}) });
  } finally {
    progress.finish();
    interrupt.dispose();
  }
  printDiagnostics(ctx, outcome.diagnostics, outcome.files);
  const { stop, notWritten } = outcome;
  if (stop) {
    const text = stop.why;
    if (stop.obstacles !== undefined) ctx.io.stderr.write(stop.obstacles);
    if (stop.reason === 'interrupted' && text) ctx.io.stderr.write(t({ id: `✖ Portal belum selesai: ${text.id}\n`, en: `✖ The portal is not finished: ${text.en}\n` }));
    else ctx.io.stderr.write(t({ id: `✖ Portal tidak dibuat${text ? `: ${text.id}` : '.'}\n`, en: `✖ The portal was not built${text ? `: ${text.en}` : '.'}\n` }));
    printOutcome(ctx, undefined, notWritten);
    ctx.setExitCode(stop.reason === 'interrupted' ? (interrupt.exitCode ?? PORTAL_STOP_CODES.interrupted) : PORTAL_STOP_CODES[stop.reason]);
    return;
  }
  const { units, services, drafts, files, rewritten, removed } = outcome.written;
  const note = draftNote(ctx, drafts);
  const shard = flags.shard ? `${flags.shard.index}/${flags.shard.count}` : undefined;
  printOutcome(
    ctx,
    shard ? t({
      id: `✔ Bagian ${shard}: ${units} unit, ${services} layanan ditulis ke ${where} (${files} berkas: ${rewritten} ditulis ulang, ${removed} dihapus)${note}. Gabungkan semua bagian dengan "standar build <folder> --gabung <folder bagian…> --out <portal>".`,
      en: `✔ Shard ${shard}: ${units} unit${units === 1 ? '' : 's'}, ${services} service${services === 1 ? '' : 's'} written to ${where} (${files} files: ${rewritten} rewritten, ${removed} removed)${note}. Join all shards with "standar build <folder> --gabung <shard folders…> --out <portal>".`,
    }) : t({
      id: `✔ Portal ${units} unit, ${services} layanan ditulis ke ${where} (${files} berkas: ${rewritten} ditulis ulang, ${removed} dihapus)${note}. Buka ${where}index.html di peramban.`,
      en: `✔ Portal of ${units} unit${units === 1 ? '' : 's'}, ${services} service${services === 1 ? '' : 's'} written to ${where} (${files} files: ${rewritten} rewritten, ${removed} removed)${note}. Open ${where}index.html in a browser.`,
    }),
    notWritten,
  );
  ctx.setExitCode(outcome.errors || missedAny(notWritten) ? EXIT.problems : EXIT.ok);
}
