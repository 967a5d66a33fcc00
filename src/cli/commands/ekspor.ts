import { InvalidArgumentError, type Command } from 'commander';
import { resolve } from 'node:path';
import { isSetupProblem } from '../../diagnostics.js';
import { EXPORT_TARGETS } from '../../export/index.js';
import { publishExport } from '../../publish/export.js';
import { EXIT, type CliContext } from '../io.js';
import { createProgress, type ProgressReporter } from '../progress.js';
import { draftNote, printOutcome } from '../publish-report.js';
import { printDiagnostics, shownDir } from './render-shared.js';

interface EksporFlags {
  ke?: string;
  format?: string;
  out?: string;
  satuBerkas?: boolean;
  pemetaan?: string;
}

/** Runs writing more files than this show a progress bar (a terminal) or a line per file. */
const PROGRESS_FROM = 20;

export function registerEkspor(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const names = Object.keys(EXPORT_TARGETS);
  const targets = names.map((n) => `  ${n.padEnd(8)} ${t(EXPORT_TARGETS[n]!.description)}`).join('\n');
  program
    .command('ekspor')
    .description(t({
      id: 'Ekspor standar ke format lain dari data yang sama. Dokumen yang masih berisi isian "[isi: …]"/pengisi atau tidak sesuai skema tidak diekspor (dan disebutkan).',
      en: 'Export standards to other formats from the same data. Documents that still hold "[isi: …]"/filler values or break the schema are not exported (and are named).',
    }))
    .argument('[jalur...]', t({ id: 'berkas layanan atau folder unit; bawaan: folder ini', en: 'service files or unit folders; default: this folder' }))
    .option('--ke <target>', t({ id: `tujuan ekspor (wajib): ${names.join(', ')}`, en: `export target (required): ${names.join(', ')}` }), (value: string) => {
      if (!Object.hasOwn(EXPORT_TARGETS, value)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${names.join(', ')}.`, en: `The choices are: ${names.join(', ')}.` }));
      return value;
    })
    .option('--format <format>', t({ id: 'format tujuan yang punya lebih dari satu (cpsv-ap: jsonld atau ttl; csv: koma atau titik-koma)', en: 'format, for targets with more than one (cpsv-ap: jsonld or ttl; csv: koma or titik-koma)' }))
    .option('-o, --out <folder>', t({ id: 'folder tujuan (bawaan: ekspor)', en: 'output folder (default: ekspor)' }))
    .option('--satu-berkas', t({ id: 'satu berkas per unit, bukan per layanan', en: 'one file per unit, not per service' }))
    .option('--pemetaan <berkas>', t({ id: 'pemetaan kolom SIPP milik unit (lihat docs/ekspor.md)', en: "the unit's SIPP column mapping (see docs/ekspor.md)" }))
    .addHelpText('after', `\n${t({ id: 'Tujuan:', en: 'Targets:' })}\n${targets}\n`)
    .action(async (paths: string[], flags: EksporFlags) => {
      const usage = (text: { id: string; en: string }) => {
        ctx.io.stderr.write(`${t(text)}\n`);
        ctx.setExitCode(EXIT.usage);
      };
      if (!flags.ke) return usage({ id: `Tentukan tujuan dengan --ke, misalnya: standar ekspor . --ke docx (pilihannya: ${names.join(', ')})`, en: `Give the target with --ke, for example: standar ekspor . --ke docx (the choices are: ${names.join(', ')})` });
      const info = EXPORT_TARGETS[flags.ke]!;
      if (flags.format !== undefined && !info.formats.includes(flags.format)) return usage({ id: `--format untuk ${flags.ke}: ${info.formats.join(', ')}.`, en: `--format for ${flags.ke}: ${info.formats.join(', ')}.` });
      if (flags.satuBerkas && !info.perService) return usage({ id: `--satu-berkas tidak berlaku untuk ${flags.ke}: tujuan ini sudah satu berkas per unit.`, en: `--satu-berkas does not apply to ${flags.ke}: this target already makes one file per unit.` });
      if (flags.pemetaan !== undefined && !info.mapping) return usage({ id: `--pemetaan hanya berlaku untuk tujuan yang membaca pemetaan kolom (${names.filter((n) => EXPORT_TARGETS[n]!.mapping).join(', ')}).`, en: `--pemetaan only applies to targets that read a column mapping (${names.filter((n) => EXPORT_TARGETS[n]!.mapping).join(', ')}).` });
      const outDir = resolve(ctx.io.cwd, flags.out ?? 'ekspor');
      const where = shownDir(ctx, outDir);
      let progress: ProgressReporter | undefined;
      const outcome = await publishExport(
        { inputs: paths, target: flags.ke, format: flags.format, oneFile: flags.satuBerkas, mapping: flags.pemetaan, outDir, shownOut: where, lang: ctx.lang, cwd: ctx.io.cwd },
        {
          written: (path, done, total) => {
            if (total <= PROGRESS_FROM) return;
            progress ??= createProgress(ctx, total);
            progress.item(true, path);
            if (done === total) progress.finish();
          },
        },
      );
      printDiagnostics(ctx, outcome.diagnostics, outcome.files);
      if (outcome.stop) {
        ctx.io.stderr.write(outcome.stop.obstacles);
        ctx.io.stderr.write(`✖ ${t(outcome.stop.why)}\n`);
        ctx.setExitCode(EXIT.usage);
        return;
      }
      const count = outcome.written.length;
      const drafts = draftNote(ctx, outcome.drafts);
      printOutcome(
        ctx,
        count > 0
          ? t({ id: `✔ ${count} berkas ${flags.ke} ditulis ke ${where}${drafts}`, en: `✔ ${count} ${flags.ke} file${count === 1 ? '' : 's'} written to ${where}${drafts}` })
          : t({ id: '✖ 0 berkas ditulis.', en: '✖ 0 files written.' }),
        outcome.notWritten,
      );
      // A path that cannot be read or a setting that cannot be used (a column mapping) is a problem with the run, as for validate.
      const setup = outcome.unreadable || outcome.diagnostics.some((d) => d.severity === 'error' && isSetupProblem(d));
      ctx.setExitCode(setup ? EXIT.usage : outcome.errors || count === 0 ? EXIT.problems : EXIT.ok);
    });
}
