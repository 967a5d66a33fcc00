import { InvalidArgumentError, Option, type Command } from 'commander';
import { importFiles, type ImportResult } from '../../import/index.js';
import { skipReason } from '../../files/write-new.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import { EXIT, type CliContext } from '../io.js';
import { createProgress } from '../progress.js';

interface ImporFlags {
  ke?: string;
  format: 'text' | 'json';
}

/** Folders with more files than this show a progress bar (a terminal) or a line per file. */
const PROGRESS_FROM = 5;

function printText(ctx: CliContext, r: ImportResult): void {
  const { t } = ctx;
  const out = ctx.io.stdout;
  for (const s of r.services) {
    out.write(t({ id: `\n${s.nama} (${s.kode}) dari ${s.source}\n`, en: `\n${s.nama} (${s.kode}) from ${s.source}\n` }));
    out.write(t({ id: `  ${s.komponen.length} komponen ditemukan (cakupan ${s.cakupan}): ${s.komponen.join(', ') || '-'}\n`, en: `  ${s.komponen.length} components found (cakupan ${s.cakupan}): ${s.komponen.join(', ') || '-'}\n` }));
    out.write(t({ id: `  ${s.placed} isian ditempatkan, ${s.kept} baris disimpan sebagai catatan, ${s.periksa} nilai perlu diperiksa\n`, en: `  ${s.placed} values placed, ${s.kept} lines kept as notes, ${s.periksa} values to check\n` }));
  }
  if (r.provider) out.write(t({ id: `\npenyelenggara.yaml: ${r.provider.periksa} nilai perlu diperiksa\n`, en: `\npenyelenggara.yaml: ${r.provider.periksa} values to check\n` }));
  if (r.created.length > 0) out.write(t({ id: `\nDitulis di ${r.unit}:\n`, en: `\nWritten in ${r.unit}:\n` }) + r.created.map((c) => `  ${c}\n`).join(''));
  for (const s of r.skipped) out.write(`  ${s.path} ${t(skipReason(s))}\n`);
  if (r.services.length === 0 && r.problems.length === 0) out.write(t({ id: 'Tidak ada layanan yang dikenali dalam berkas ini.\n', en: 'No service was recognised in these files.\n' }));
  if (r.created.length > 0) out.write(t({ id: '\nLanjutkan: periksa baris "# periksa:", lalu jalankan "standar validate".\n', en: '\nNext: check the "# periksa:" lines, then run "standar validate".\n' }));
}

export function registerImpor(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('impor')
    .description(t({ id: 'Impor standar yang sudah ada (teks, Word, halaman web, PDF, lembar kerja) menjadi draf YAML.', en: 'Import existing standards (text, Word, web pages, PDF, spreadsheets) as YAML drafts.' }))
    .argument('<berkas...>', t({ id: 'berkas atau folder yang diimpor', en: 'files or folders to import' }))
    .option('--ke <folder>', t({ id: 'folder unit tujuan (bawaan: folder ini)', en: 'target unit folder (default: this folder)' }))
    .addOption(
      new Option('--format <format>', t({ id: 'format laporan: text atau json', en: 'report format: text or json' })).default('text').argParser((v: string) => {
        if (v !== 'text' && v !== 'json') throw new InvalidArgumentError(t({ id: 'Pilih text atau json.', en: 'Choose text or json.' }));
        return v;
      }),
    )
    .action(async (paths: string[], flags: ImporFlags) => {
      let progress: ReturnType<typeof createProgress> | undefined;
      const result = await importFiles(paths, {
        ke: flags.ke,
        cwd: ctx.io.cwd,
        lang: ctx.lang,
        onPlan: (total) => {
          if (flags.format === 'text' && ctx.io.isTTY && total > PROGRESS_FROM) progress = createProgress(ctx, total);
        },
        onFile: (file, ok) => progress?.item(ok, file),
      });
      progress?.finish();
      if (flags.format === 'json') {
        const { services, ...rest } = result;
        ctx.io.stdout.write(JSON.stringify({ ...rest, services: services.map(({ text: _text, ...s }) => s), provider: result.provider && { ...result.provider, text: undefined } }, null, 2) + '\n');
      } else printText(ctx, result);
      if (result.problems.length > 0) ctx.io.stderr.write(FORMATTERS.stylish!({ diagnostics: result.problems, files: result.files.length }, { lang: ctx.lang, color: ctx.color }));
      if (result.files.some((f) => !f.ok)) ctx.setExitCode(EXIT.problems);
    });
}
