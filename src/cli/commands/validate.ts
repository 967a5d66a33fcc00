import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { buildBaseline, readBaseline } from '../../check/baseline.js';
import { validate, type ValidateResult } from '../../check/validate.js';
import { isSetupProblem, SEVERITY_RANK, type Diagnostic, type Severity } from '../../diagnostics.js';
import { displayPath } from '../../load/discover.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../load/source.js';
import { writeFileAtomic } from '../../files/write.js';
import { EXIT, parseSize, readStdin, type CliContext } from '../io.js';
import { passProgress } from '../progress.js';

/** One -f and the -o written after it, if any. */
interface Report {
  format: string;
  output?: string;
}

interface ValidateFlags {
  format?: Report[];
  maxFileSize?: number;
  workers?: number;
  config?: string | false;
  failSeverity?: Severity;
  maxWarnings?: number;
  quiet?: boolean;
  baseline?: string | false;
  writeBaseline?: string | true;
  stdinFilepath?: string;
  ignore?: boolean;
}

export function registerValidate(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const requested: Report[] = [];
  program
    .command('validate')
    .description(t({ id: 'Periksa standar pelayanan: YAML, skema dan aturan. Semua masalah di semua berkas dilaporkan sekaligus.', en: 'Check service standards: YAML, schema and rules. Every problem in every file is reported at once.' }))
    .argument('[jalur...]', t({ id: 'berkas, folder (unit), pola glob, atau - (masukan standar); bawaan: folder ini', en: 'files, folders (units), glob patterns, or - (standard input); default: this folder' }))
    .option('-f, --format <nama>', t({ id: `format keluaran: ${Object.keys(FORMATTERS).join(', ')} (boleh diulang)`, en: `output format: ${Object.keys(FORMATTERS).join(', ')} (repeatable)` }), (v: string) => {
      if (!Object.hasOwn(FORMATTERS, v)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${Object.keys(FORMATTERS).join(', ')}.`, en: `The choices are: ${Object.keys(FORMATTERS).join(', ')}.` }));
      requested.push({ format: v });
      return requested;
    })
    // Commander calls option parsers in command-line order: an -o belongs to the -f just before it.
    .option('-o, --output <berkas>', t({ id: 'tulis keluaran -f sebelumnya ke berkas ini', en: 'write the output of the preceding -f to this file' }), (v: string) => {
      const last = requested.at(-1);
      if (!last || last.output !== undefined) throw new InvalidArgumentError(t({ id: 'Tulis -o sesudah -f yang keluarannya disimpan, misalnya -f sarif -o hasil.sarif.', en: 'Write -o after the -f whose output it stores, e.g. -f sarif -o result.sarif.' }));
      last.output = v;
      return v;
    })
    .option('--max-file-size <ukuran>', t({ id: 'ukuran berkas terbesar yang dibaca, misalnya 2MB (bawaan 1MB)', en: 'largest file read, e.g. 2MB (default 1MB)' }), (v: string) => {
      const n = parseSize(v);
      if (n === undefined || n <= 0) throw new InvalidArgumentError(t({ id: 'Tulis seperti 1MB, 512KB atau jumlah byte.', en: 'Write it like 1MB, 512KB or a number of bytes.' }));
      return n;
    })
    .option('--workers <n>', t({ id: 'jumlah thread pemeriksa (0: tanpa thread)', en: 'checking threads (0: none)' }), (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError(t({ id: 'Tulis bilangan bulat 0 sampai 64.', en: 'Write a whole number from 0 to 64.' }));
      return n;
    })
    .option('--config <berkas>', t({ id: 'pakai berkas konfigurasi ini untuk semua berkas (bawaan: standar.config.yaml terdekat di atas setiap berkas)', en: 'use this configuration file for every file (default: the nearest standar.config.yaml above each file)' }))
    .option('--no-config', t({ id: 'abaikan semua standar.config.yaml', en: 'ignore every standar.config.yaml' }))
    .option('--fail-severity <tingkat>', t({ id: 'gagal (kode keluar 1) mulai tingkat ini: error, warning atau info (bawaan error)', en: 'fail (exit code 1) from this severity up: error, warning or info (default error)' }), (v: string) => {
      if (!Object.hasOwn(SEVERITY_RANK, v)) throw new InvalidArgumentError(t({ id: 'Pilihannya: error, warning, info.', en: 'The choices are: error, warning, info.' }));
      return v as Severity;
    })
    .option('--max-warnings <n>', t({ id: 'gagal bila peringatan lebih dari n', en: 'fail when there are more than n warnings' }), (v: string) => {
      const n = Number(v);
      if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(t({ id: 'Tulis bilangan bulat 0 atau lebih.', en: 'Write a whole number, 0 or more.' }));
      return n;
    })
    .option('--quiet', t({ id: 'tampilkan hanya masalah yang menggagalkan pemeriksaan (lihat --fail-severity)', en: 'show only the problems that fail the check (see --fail-severity)' }))
    .option('--baseline <berkas>', t({ id: 'jangan laporkan masalah lama yang tercatat di berkas ini (bawaan: standar-baseline.json bila ada)', en: 'do not report the old problems recorded in this file (default: standar-baseline.json if present)' }))
    .option('--no-baseline', t({ id: 'laporkan semua masalah, juga yang tercatat di baseline', en: 'report every problem, also those recorded in the baseline' }))
    .option('--stdin-filepath <jalur>', t({ id: 'jalur yang diwakili masukan standar ("-"): dipakai dalam pesan dan untuk mencari standar.config.yaml dan penyelenggara.yaml', en: 'the path standard input ("-") stands for: used in messages and to find standar.config.yaml and penyelenggara.yaml' }))
    .option('--no-ignore', t({ id: 'periksa juga berkas yang diabaikan .standarignore atau abaikan: di konfigurasi', en: 'also check the files left out by .standarignore or abaikan: in the configuration' }))
    .option('--write-baseline [berkas]', t({ id: 'catat masalah hari ini di baseline (entri tulisan tangan dipertahankan) lalu selesai', en: 'record today\'s problems in the baseline (hand-written entries are kept), then stop' }))
    .action(async (paths: string[], flags: ValidateFlags) => {
      const reports = flags.format ?? [{ format: 'stylish' }];
      // STANDAR_NOW: "today" for date rules, so a run can be reproduced (tests, re-running an old CI job).
      const now = ctx.io.env.STANDAR_NOW;
      if (now !== undefined && Number.isNaN(Date.parse(now))) {
        ctx.io.stderr.write(t({ id: `STANDAR_NOW="${now}" bukan tanggal; tulis seperti 2026-01-31.\n`, en: `STANDAR_NOW="${now}" is not a date; write it like 2026-01-31.\n` }));
        ctx.setExitCode(EXIT.usage);
        return;
      }
      const inputs = paths.length > 0 ? paths : ['.'];
      const stdin = inputs.includes('-') ? await readStdin(ctx.io, flags.maxFileSize ?? DEFAULT_MAX_FILE_SIZE) : undefined;
      const common = { lang: ctx.lang, cwd: ctx.io.cwd, maxFileSize: flags.maxFileSize, workers: flags.workers, configFile: flags.config, now, stdin, stdinPath: flags.stdinFilepath, noIgnore: flags.ignore === false };
      if (flags.writeBaseline !== undefined) {
        await writeBaseline(ctx, inputs, common, flags);
        return;
      }
      // A repository of a region's units takes half a minute: a bar on a terminal, from this many files.
      const progress = passProgress(ctx, 'documents', 1000);
      let result;
      try {
        result = await validate(inputs, { ...common, baseline: flags.baseline, ...(progress.onProgress ? { onProgress: progress.onProgress } : {}) });
      } finally {
        progress.finish();
      }
      const failRank = SEVERITY_RANK[flags.failSeverity ?? 'error'];
      const shown = flags.quiet ? result.diagnostics.filter((d) => isSetupProblem(d) || SEVERITY_RANK[d.severity] >= failRank) : result.diagnostics;
      await writeReports(ctx, { ...result, diagnostics: shown }, reports, flags.failSeverity);
      reportBaseline(ctx, result);
      const hidden = result.diagnostics.length - shown.length;
      // On stderr like the baseline note: the summary on stdout speaks only of what is shown.
      if (hidden > 0) ctx.io.stderr.write(t({ id: `${hidden} masalah yang tidak menggagalkan pemeriksaan tidak ditampilkan (--quiet).\n`, en: `${hidden} problems that do not fail the check are not shown (--quiet).\n` }));

      const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
      const tooManyWarnings = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
      if (tooManyWarnings) ctx.io.stderr.write(t({ id: `Ada ${warnings} peringatan, lebih dari --max-warnings ${flags.maxWarnings}.\n`, en: `There are ${warnings} warnings, more than --max-warnings ${flags.maxWarnings}.\n` }));
      const setup = result.diagnostics.some((d) => isSetupProblem(d));
      const failing = result.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= failRank);
      ctx.setExitCode(setup ? EXIT.usage : failing || tooManyWarnings ? EXIT.problems : EXIT.ok);
    });
}

async function writeReports(ctx: CliContext, result: ValidateResult, reports: readonly Report[], failSeverity?: Severity): Promise<void> {
  for (const { format, output } of reports) {
    const text = FORMATTERS[format]!(result, { lang: ctx.lang, color: !output && ctx.color, failSeverity });
    if (output) await writeFileAtomic(resolve(ctx.io.cwd, output), text);
    else ctx.io.stdout.write(text);
  }
}

/** Said on stderr, so machine formats on stdout stay clean. */
function reportBaseline(ctx: CliContext, result: ValidateResult): void {
  const { t } = ctx;
  const file = displayPath(ctx.io.cwd, result.baseline.path);
  if (result.baseline.hidden > 0) ctx.io.stderr.write(t({ id: `${result.baseline.hidden} masalah lama tidak dilaporkan karena tercatat di ${file}.\n`, en: `${result.baseline.hidden} old problems are not reported: they are recorded in ${file}.\n` }));
  if (result.baseline.fixed > 0) ctx.io.stderr.write(t({ id: `${result.baseline.fixed} masalah di ${file} sudah diperbaiki; jalankan "standar validate --write-baseline" untuk memperkecil baseline.\n`, en: `${result.baseline.fixed} problems in ${file} have been fixed; run "standar validate --write-baseline" to shrink the baseline.\n` }));
}

/** --write-baseline: today's problems become the baseline; hand-written entries stay. */
async function writeBaseline(ctx: CliContext, inputs: string[], common: Parameters<typeof validate>[1], flags: ValidateFlags): Promise<void> {
  const { t } = ctx;
  const result = await validate(inputs, { ...common, baseline: false });
  const target = typeof flags.writeBaseline === 'string' ? resolve(ctx.io.cwd, flags.writeBaseline) : typeof flags.baseline === 'string' ? resolve(ctx.io.cwd, flags.baseline) : result.baseline.path;
  const previous = await readBaseline(target, { lang: ctx.lang, cwd: ctx.io.cwd, required: false });
  const setup: Diagnostic[] = [...result.diagnostics.filter((d) => isSetupProblem(d)), ...previous.diagnostics];
  if (setup.length > 0) {
    // A broken run or a broken baseline must not overwrite what people wrote by hand.
    await writeReports(ctx, { ...result, diagnostics: setup }, [{ format: 'stylish' }]);
    ctx.setExitCode(EXIT.usage);
    return;
  }
  await writeFileAtomic(target, buildBaseline(result.diagnostics, target, ctx.io.cwd, previous.baseline));
  const files = new Set(result.diagnostics.map((d) => d.file)).size;
  const file = displayPath(ctx.io.cwd, target);
  ctx.io.stdout.write(t({ id: `Baseline ditulis ke ${file}: ${result.diagnostics.length} masalah dalam ${files} berkas; ${result.files} berkas diperiksa.\n`, en: `Baseline written to ${file}: ${result.diagnostics.length} problems in ${files} files; ${result.files} files checked.\n` }));
  ctx.setExitCode(EXIT.ok);
}
