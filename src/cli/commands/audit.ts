import { InvalidArgumentError, type Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { AUDIT_FORMATS, type AuditFormat } from '../../audit/output.js';
import { isSetupProblem } from '../../diagnostics.js';
import { publishAudit } from '../../publish/audit.js';
import { limitHeapGrowth } from '../v8.js';
import { EXIT, writeWaiting, type CliContext } from '../io.js';
import { publishWatch, reportPdf } from '../pdf-output.js';
import { onInterrupt } from '../interrupt.js';
import { passProgress } from '../progress.js';
import { printDiagnostics } from './render-shared.js';

interface AuditFlags {
  format?: AuditFormat;
  out?: string;
  indikator?: string;
  situs?: string;
  sejak?: string;
  chromium?: string;
  timeout?: number;
}

export function registerAudit(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('audit')
    .description(t({
      id: 'Kesiapan dokumen standar pelayanan per layanan dan per unit: indikator terpenuhi, belum, tidak berlaku atau tidak diketahui, dengan temuan yang memutuskannya; skor dan zona. Bukan perkiraan nilai Ombudsman (lihat docs/audit.md).',
      en: 'Readiness of the service-standard documents per service and per unit: each indicator met, not met, not applicable or unknown, with the finding that decides it; scores and zones. Not a predicted Ombudsman result (see docs/audit.md).',
    }))
    .argument('[jalur...]', t({ id: 'folder unit, atau folder berisi banyak unit; bawaan: folder ini', en: 'unit folders, or a folder of many units; default: this folder' }))
    .option('-f, --format <format>', t({ id: `${AUDIT_FORMATS.join(', ')} (bawaan: text)`, en: `${AUDIT_FORMATS.join(', ')} (default: text)` }), (value: string) => {
      if (!(AUDIT_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${AUDIT_FORMATS.join(', ')}.`, en: `The choices are: ${AUDIT_FORMATS.join(', ')}.` }));
      return value as AuditFormat;
    })
    .option('-o, --out <berkas>', t({ id: 'berkas tujuan (bawaan: layar untuk text/json/csv, audit.html, audit.pdf)', en: 'output file (default: the screen for text/json/csv, audit.html, audit.pdf)' }))
    .option('--indikator <berkas>', t({ id: 'berkas indikator, bobot dan zona milik sendiri (bawaan: templates/audit/indikator.yaml)', en: 'your own indicator, weight and zone file (default: templates/audit/indikator.yaml)' }))
    .option('--situs <folder>', t({ id: 'folder situs hasil build, atau portal berisi satu folder per unit (bawaan: site)', en: 'the site folder build wrote, or a portal with a folder per unit (default: site)' }))
    .option('--sejak <revisi|tanggal>', t({ id: 'tampilkan perubahan sejak revisi git atau tanggal (TTTT-BB-HH): unit yang berpindah zona, masalah baru dan yang selesai', en: 'show the change since a git revision or a date (YYYY-MM-DD): units that moved zone, new and fixed problems' }))
    .option('--chromium <berkas>', t({ id: 'Chromium/Chrome untuk --format pdf', en: 'Chromium/Chrome for --format pdf' }))
    .option('--timeout <detik>', t({ id: 'batas waktu mencetak PDF, dalam detik (bawaan 60)', en: 'time limit for printing the PDF, in seconds (default 60)' }), (value: string) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new InvalidArgumentError(t({ id: 'Tulis jumlah detik, 1 sampai 3600.', en: 'Write a number of seconds, 1 to 3600.' }));
      return n;
    })
    .action(async (paths: string[], flags: AuditFlags) => {
      const format = flags.format ?? 'text';
      limitHeapGrowth('audit');
      const watch = publishWatch(ctx);
      const progress = passProgress(ctx, 'units');
      // Until the PDF's printing, which watches Ctrl-C itself: the units under way are judged, then nothing is written.
      const interrupt = onInterrupt();
      const printing = watch.hooks.print;
      const print = printing && {
        ...printing,
        start(total: number) {
          interrupt.dispose();
          return printing.start(total);
        },
      };
      const outcome = await publishAudit(
        paths.length > 0 ? paths : ['.'],
        {
          format,
          out: flags.out,
          indicators: flags.indikator,
          sites: flags.situs,
          since: flags.sejak,
          lang: ctx.lang,
          cwd: ctx.io.cwd,
          pdf: { chromium: flags.chromium, timeout: flags.timeout, env: ctx.io.env },
          print: (part) => writeWaiting(ctx.io.stdout, part),
          signal: interrupt.signal,
          ...(progress.onProgress ? { onUnit: progress.onProgress } : {}),
        },
        print,
      ).finally(() => {
        progress.finish();
        interrupt.dispose();
      });
      if (outcome.interrupted) {
        ctx.io.stderr.write(t({ id: '✖ Audit dihentikan: tidak ada laporan yang ditulis.\n', en: '✖ Audit stopped: no report was written.\n' }));
        ctx.setExitCode(interrupt.exitCode ?? 130);
        return;
      }
      printDiagnostics(ctx, outcome.diagnostics, 0);
      if (outcome.historyProblem) {
        ctx.io.stderr.write(`✖ ${t(outcome.historyProblem)}\n`);
        ctx.setExitCode(EXIT.usage);
        return;
      }
      const setup = outcome.diagnostics.some((d) => d.severity === 'error' && isSetupProblem(d));
      if (outcome.units === undefined) {
        ctx.setExitCode(EXIT.usage);
        return;
      }
      let code: number = setup ? EXIT.usage : EXIT.ok;
      if (outcome.pdf) {
        const printed = reportPdf(ctx, outcome.pdf, dirname(resolve(ctx.io.cwd, outcome.written ?? flags.out ?? 'audit.pdf')), watch.interrupted());
        if (printed !== EXIT.ok) code = printed;
      } else if (outcome.written) ctx.io.stdout.write(t({ id: `✔ Laporan audit ditulis ke ${outcome.written}\n`, en: `✔ Audit report written to ${outcome.written}\n` }));
      ctx.setExitCode(code);
    });
}
