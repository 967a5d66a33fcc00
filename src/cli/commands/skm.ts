import type { Command } from 'commander';
import { resolve } from 'node:path';
import { publishKuesioner } from '../../publish/kuesioner.js';
import { EXIT, type CliContext } from '../io.js';
import { addPdfOptions, printRequest, publishWatch, reportPdf, type PdfFlags } from '../pdf-output.js';
import { printOutcome } from '../publish-report.js';
import { addPublishOptions, printDiagnostics, shownDir } from './render-shared.js';

interface KuesionerFlags extends PdfFlags {
  layanan?: string[];
  out?: string;
  to?: string;
  templateDir?: string;
}

/** "a,b" and "a b" alike: codes given after --layanan, in one word or several. */
const codesOf = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function registerKuesioner(skm: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = skm
    .command('kuesioner')
    .description(t({
      id: 'Buat kuesioner SKM cetak untuk setiap layanan (A4 satu halaman: 9 unsur PermenPANRB 14/2017, data responden, kode QR ke formulir daring bila skm.formulir diisi) dan templat isian tanggapan (.xlsx dengan daftar pilihan, dan .csv).',
      en: 'Make the printed SKM questionnaire of each service (one A4 page: the 9 elements of PermenPANRB 14/2017, the respondent profile, a QR code to the online form when skm.formulir is set) and the response entry template (.xlsx with drop-down lists, and .csv).',
    }))
    .argument('[unit]', t({ id: 'folder unit; bawaan: folder ini', en: 'unit folder; default: this folder' }))
    .option('--layanan <kode...>', t({ id: 'kode layanan, boleh beberapa (dipisah spasi atau koma); bawaan: semua layanan unit', en: 'service codes, several allowed (space- or comma-separated); default: every service of the unit' }), codesOf)
    .option('-o, --out <folder>', t({ id: 'folder tujuan (bawaan: kuesioner)', en: 'output folder (default: kuesioner)' }));
  addPdfOptions(addPublishOptions(command, ctx), ctx, { booklet: false, poster: false }).action(async (unit: string | undefined, flags: KuesionerFlags) => {
    const outDir = resolve(ctx.io.cwd, flags.out ?? 'kuesioner');
    const where = shownDir(ctx, outDir);
    const { hooks, findings, interrupted } = publishWatch(ctx);
    const outcome = await publishKuesioner({ ...printRequest(ctx, flags), unit, services: flags.layanan, outDir, shownOut: where, target: flags.to ?? 'html', templateDir: flags.templateDir }, hooks);
    const { diagnostics, files, notWritten, pdf, stop, templates } = outcome;
    findings(diagnostics, files);
    if (stop) {
      ctx.io.stderr.write(stop.obstacles ?? '');
      // Obstacles say themselves what was not written; the other reasons complete this line.
      ctx.io.stderr.write(stop.obstacles === undefined ? t({ id: `✖ 0 berkas ditulis: ${stop.why.id}\n`, en: `✖ 0 files written: ${stop.why.en}\n` }) : `✖ ${t(stop.why)}\n`);
      printOutcome(ctx, undefined, notWritten);
      ctx.setExitCode(stop.reason === 'templateFailed' || (stop.reason === 'templates' && !diagnostics.some((d) => d.rule === 'io')) ? EXIT.problems : EXIT.usage);
      return;
    }
    let pdfCode: number = EXIT.ok;
    if (pdf) {
      pdfCode = reportPdf(ctx, pdf, outDir, interrupted());
      if (pdf.diagnostics.length > 0) printDiagnostics(ctx, pdf.diagnostics, files);
    } else {
      const n = outcome.questionnaires.length;
      ctx.io.stdout.write(t({ id: `✔ ${n} kuesioner ${outcome.extension.toUpperCase()} ditulis ke ${where}\n`, en: `✔ ${n} ${outcome.extension.toUpperCase()} questionnaire${n === 1 ? '' : 's'} written to ${where}\n` }));
    }
    if (templates.written.length > 0) ctx.io.stdout.write(t({ id: `✔ Templat isian tanggapan ditulis: ${templates.written.join(', ')}\n`, en: `✔ Response entry template written: ${templates.written.join(', ')}\n` }));
    if (templates.unchanged.length > 0) ctx.io.stdout.write(t({ id: `✔ Templat isian tanggapan sudah ada dan tidak berubah: ${templates.unchanged.join(', ')}\n`, en: `✔ Response entry template already there, unchanged: ${templates.unchanged.join(', ')}\n` }));
    for (const kept of templates.kept) {
      ctx.io.stderr.write(t({
        id: `ℹ ${where}${kept} sudah ada dan isinya berbeda dari templat ini (mungkin sudah berisi tanggapan): tidak ditimpa. Pindahkan atau ganti namanya bila perlu templat baru.\n`,
        en: `ℹ ${where}${kept} is already there and differs from this template (it may hold responses): not replaced. Move or rename it to get a new template.\n`,
      }));
    }
    printOutcome(ctx, undefined, notWritten);
    const failed = outcome.errors || notWritten.length > 0;
    ctx.setExitCode(outcome.unreadable ? EXIT.usage : pdfCode > EXIT.problems ? pdfCode : failed ? EXIT.problems : pdfCode);
  });
}

/** The subcommands of `standar skm`, each registering its own options and action. */
const SUBCOMMANDS: Record<string, (skm: Command, ctx: CliContext) => void> = {
  kuesioner: registerKuesioner,
};

export function registerSkm(program: Command, ctx: CliContext): void {
  const skm = program.command('skm').description(ctx.t({
    id: 'Survei Kepuasan Masyarakat (PermenPANRB 14/2017).',
    en: 'The public satisfaction survey, SKM (PermenPANRB 14/2017).',
  }));
  for (const register of Object.values(SUBCOMMANDS)) register(skm, ctx);
}
