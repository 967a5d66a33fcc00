import { InvalidArgumentError, type Command } from 'commander';
import { resolve } from 'node:path';
import { missedAny, type NotWritten } from '../../publish/report.js';
import { publishPages } from '../../publish/pages.js';
import { RENDER_KINDS, type RenderKind } from '../../render/index.js';
import { EXIT, type CliContext } from '../io.js';
import { addPdfOptions, printRequest, publishWatch, reportPdf, type PdfFlags } from '../pdf-output.js';
import { draftNote, printOutcome } from '../publish-report.js';
import { addPublishOptions, printDiagnostics, shownDir } from './render-shared.js';

interface RenderFlags extends PdfFlags {
  buku?: boolean;
  to?: string;
  out?: string;
  varian?: RenderKind[];
  templateDir?: string;
}

/** "0 halaman ditulis." and, when nothing was even found, why. */
function nothingWritten(ctx: CliContext, notWritten: readonly NotWritten[]): string {
  return notWritten.length > 0
    ? ctx.t({ id: '✖ 0 halaman ditulis.', en: '✖ 0 pages written.' })
    : ctx.t({ id: '✖ 0 halaman ditulis: tidak ditemukan berkas layanan.', en: '✖ 0 pages written: no service file was found.' });
}

export function registerRender(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = program
    .command('render')
    .description(t({
      id: 'Buat halaman satu per satu: standar lengkap (14 komponen), versi publik (6 komponen) atau maklumat. Yang belum diisi tampil sebagai "Belum diisi"; standar yang masih bergalat atau berisi "[isi: …]" diberi tanda DRAF; hanya berkas yang tidak dapat dibaca yang dilewati.',
      en: 'Make single pages: the full standard (14 components), the public version (6 components) or the maklumat. What is missing shows as "Not filled in"; a standard with errors or "[isi: …]" values is marked DRAFT; only files that cannot be read are skipped.',
    }))
    .argument('[jalur...]', t({ id: 'berkas layanan atau folder unit; bawaan: folder ini', en: 'service files or unit folders; default: this folder' }))
    .option('-o, --out <folder>', t({ id: 'folder tujuan (wajib)', en: 'output folder (required)' }))
    .option(
      '--varian <nama>',
      t({ id: 'lengkap, publik, maklumat atau kuesioner (SKM); boleh diulang atau dipisah koma (bawaan: lengkap)', en: 'lengkap, publik, maklumat or kuesioner (SKM questionnaire); repeatable or comma-separated (default: lengkap)' }),
      (value: string, previous: RenderKind[] | undefined) => {
        const out = [...(previous ?? [])];
        for (const v of value.split(',').map((s) => s.trim())) {
          if (!(RENDER_KINDS as readonly string[]).includes(v)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${RENDER_KINDS.join(', ')}.`, en: `The choices are: ${RENDER_KINDS.join(', ')}.` }));
          if (!out.includes(v as RenderKind)) out.push(v as RenderKind);
        }
        return out;
      },
    );
  addPdfOptions(addPublishOptions(command, ctx), ctx, { booklet: true }).action(async (paths: string[], flags: RenderFlags) => {
    if (flags.buku && flags.to !== 'pdf') {
      ctx.io.stderr.write(t({ id: 'Buku unit hanya dibuat sebagai PDF: tambahkan --to pdf.\n', en: 'The unit booklet is only made as a PDF: add --to pdf.\n' }));
      ctx.setExitCode(EXIT.usage);
      return;
    }
    if (!flags.out) {
      ctx.io.stderr.write(t({ id: 'Tentukan folder tujuan dengan --out, misalnya: standar render layanan/ktp-el.yaml --out keluaran\n', en: 'Give the output folder with --out, for example: standar render layanan/ktp-el.yaml --out output\n' }));
      ctx.setExitCode(EXIT.usage);
      return;
    }
    const outDir = resolve(ctx.io.cwd, flags.out);
    const where = shownDir(ctx, outDir);
    const { hooks, findings, interrupted } = publishWatch(ctx);
    const outcome = await publishPages(
      { ...printRequest(ctx, flags), inputs: paths, outDir, shownOut: where, target: flags.to ?? 'html', kinds: flags.varian ?? ['lengkap'], booklet: flags.buku, templateDir: flags.templateDir },
      hooks,
    );
    const { diagnostics, files, notWritten, pdf, stop } = outcome;
    findings(diagnostics, files);
    if (stop) {
      if (stop.reason === 'templates' || stop.reason === 'templateFailed') {
        printOutcome(ctx, t({ id: `✖ 0 halaman ditulis: ${stop.why.id}`, en: `✖ 0 pages written: ${stop.why.en}` }), stop.reason === 'templates' ? [] : notWritten);
        ctx.setExitCode(stop.reason === 'templates' && diagnostics.some((d) => d.rule === 'io') ? EXIT.usage : EXIT.problems);
        return;
      }
      ctx.io.stderr.write(stop.obstacles ?? '');
      ctx.io.stderr.write(`✖ ${t(stop.why)}\n`);
      ctx.setExitCode(EXIT.usage);
      return;
    }
    let pdfCode: number = EXIT.ok;
    if (pdf) {
      pdfCode = reportPdf(ctx, pdf, outDir, interrupted());
      if (pdf.diagnostics.length > 0) printDiagnostics(ctx, pdf.diagnostics, files);
      printOutcome(ctx, outcome.pages + outcome.booklets === 0 ? nothingWritten(ctx, notWritten) : undefined, notWritten);
    } else {
      const format = outcome.extension.toUpperCase();
      const count = outcome.pages;
      const drafts = draftNote(ctx, outcome.drafts);
      printOutcome(
        ctx,
        count > 0 ? t({ id: `✔ ${count} halaman ${format} ditulis ke ${where}${drafts}`, en: `✔ ${count} ${format} page${count === 1 ? '' : 's'} written to ${where}${drafts}` }) : nothingWritten(ctx, notWritten),
        notWritten,
      );
    }
    const failed = outcome.errors || missedAny(notWritten);
    ctx.setExitCode(outcome.unreadable ? EXIT.usage : pdfCode > EXIT.problems ? pdfCode : failed ? EXIT.problems : pdfCode);
  });
}
