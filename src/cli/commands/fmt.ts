import { realpath, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatYaml } from '../../authoring/fmt.js';
import { missingInputDiagnostics } from '../../check/files.js';
import { prepareRun } from '../../check/prepare.js';
import type { Diagnostic } from '../../diagnostics.js';
import { fileProblemMessage, fileProblemRule, formatSize } from '../../files/messages.js';
import { readFound, type ReadProblem } from '../../files/read.js';
import { displayPath, isProviderFile } from '../../load/discover.js';
import { FILE_MESSAGES } from '../../load/messages.js';
import { DEFAULT_MAX_FILE_SIZE, FILE_START, makeDiagnostic } from '../../load/source.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import type { DocumentKind } from '../../schema/validators.js';
import { writeFileAtomic } from '../../files/write.js';
import { EXIT, readStdin, type CliContext } from '../io.js';

interface FmtFlags {
  check?: boolean;
  stdinFilepath?: string;
}


const unwritable = {
  message: { id: 'Berkas tidak dapat ditulis: {reason}.', en: 'The file cannot be written: {reason}.' },
  hint: { id: 'Periksa izin berkas dan foldernya; isi berkas tidak berubah.', en: 'Check the permissions of the file and its folder; the file is unchanged.' },
};

const reasonOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

export function registerFmt(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('fmt')
    .description(t({ id: 'Rapikan berkas YAML: bentuk usang ditulis dalam bentuk barunya, urutan kunci sesuai skema dan tata letak baku; arti isi dan komentar tetap.', en: 'Tidy YAML files: deprecated forms written in their new form, keys in schema order and a standard layout; the meaning and comments stay.' }))
    .argument('[jalur...]', t({ id: 'berkas, folder atau pola glob; bawaan: folder ini', en: 'files, folders or glob patterns; default: this folder' }))
    .option('--check', t({ id: 'jangan menulis; sebutkan berkas yang belum rapi atau masih memuat bentuk usang dan keluar dengan kode 1 (untuk CI)', en: 'write nothing; list files that are not formatted or still hold deprecated forms and exit with code 1 (for CI)' }))
    .option('--stdin-filepath <jalur>', t({ id: 'jalur yang diwakili masukan standar ("-"), untuk pesan dan jenis dokumen', en: 'the path standard input ("-") stands for, for messages and the kind of document' }))
    .action(async (paths: string[], flags: FmtFlags) => {
      const cwd = ctx.io.cwd;
      const inputs = paths.length > 0 ? paths : ['.'];
      // One text comes back on stdout: beside files it could not be told apart from their messages.
      if (inputs.includes('-') && inputs.length > 1) {
        ctx.io.stderr.write(t({ id: '"-" (masukan standar) tidak dapat digabung dengan berkas lain: rapikan keduanya dengan dua perintah.\n', en: '"-" (standard input) cannot be combined with other files: tidy them with two commands.\n' }));
        ctx.setExitCode(EXIT.usage);
        return;
      }
      // Configuration problems are validate's to report; fmt only needs what they leave out.
      const { plan } = await prepareRun(inputs, { lang: ctx.lang, cwd, stdinPath: flags.stdinFilepath });
      const problems: Diagnostic[] = missingInputDiagnostics(plan, ctx.lang, cwd);
      if (plan.stdin) {
        await formatStdin(ctx, plan.stdin, flags, problems);
        return;
      }
      const files: [string, DocumentKind][] = plan.units.flatMap((u) => [...(u.providerPath ? [[u.providerPath, 'penyelenggara'] as [string, DocumentKind]] : []), ...u.servicePaths.map((p) => [p, 'layanan'] as [string, DocumentKind])]);
      const changed: { file: string; line: number; upgraded: number }[] = [];
      let refused = 0;
      let kept = 0;
      for (const [path, kind] of files) {
        const file = displayPath(cwd, path);
        const refuse = (problem: ReadProblem) => {
          const { def, params } = fileProblemMessage(problem, { path: file }, ctx.lang);
          problems.push(makeDiagnostic(file, FILE_START, '', { rule: fileProblemRule(problem), def, params }, ctx.lang));
          refused++;
        };
        // Never opened when it is a FIFO or a device; never read past the size a standard may have.
        const read = readFound(path, { limit: DEFAULT_MAX_FILE_SIZE });
        if (!read.ok) {
          refuse(read);
          continue;
        }
        // A linked file is rewritten where it really lives, so the link stays a link.
        let target: string;
        let mode: number;
        try {
          target = await realpath(path);
          mode = (await stat(target)).mode & 0o7777;
        } catch (err) {
          refuse({ reason: 'unreadable', code: reasonOf(err) });
          continue;
        }
        const result = formatYaml(file, read.bytes, kind, ctx.lang);
        problems.push(...result.diagnostics);
        if (result.outcome === 'refused') refused++;
        if (result.outcome === 'kept') kept++;
        if (result.outcome !== 'formatted') continue;
        if (!flags.check) {
          try {
            await writeFileAtomic(target, result.text, { mode });
          } catch (err) {
            problems.push(makeDiagnostic(file, FILE_START, '', { rule: 'io', def: unwritable, params: { reason: reasonOf(err) } }, ctx.lang));
            refused++;
            continue;
          }
        }
        changed.push({ file, line: result.firstChange ?? 1, upgraded: result.upgraded.length });
      }

      const out = ctx.io.stdout;
      const tidy = files.length - changed.length - refused - kept;
      if (problems.length > 0) ctx.io.stderr.write(FORMATTERS.stylish!({ diagnostics: problems, files: files.length }, { lang: ctx.lang, color: ctx.color }));
      // How many deprecated forms a file holds, said beside it: the one change that is more than layout.
      const upgradedNote = (n: number, done: boolean) =>
        n === 0 ? '' : ' ' + (done ? t({ id: `(${n} bentuk usang diperbarui)`, en: n === 1 ? '(1 deprecated form updated)' : `(${n} deprecated forms updated)` }) : t({ id: `(${n} bentuk usang)`, en: n === 1 ? '(1 deprecated form)' : `(${n} deprecated forms)` }));
      const upgradedTotal = changed.reduce((n, c) => n + c.upgraded, 0);
      if (flags.check) {
        for (const c of changed) out.write(`${c.file}:${c.line}  ${t({ id: 'belum rapi', en: 'not formatted' })}${upgradedNote(c.upgraded, false)}\n`);
        out.write(
          changed.length === 0
            ? t({ id: `✔ ${tidy} berkas sudah rapi.\n`, en: `✔ ${tidy} files are formatted.\n` })
            : t({ id: `✖ ${changed.length} dari ${files.length} berkas belum rapi. Jalankan: npx standar fmt\n`, en: `✖ ${changed.length} of ${files.length} files are not formatted. Run: npx standar fmt\n` }),
        );
      } else {
        for (const c of changed) out.write(`${t({ id: 'dirapikan', en: 'formatted' })}  ${c.file}${upgradedNote(c.upgraded, true)}\n`);
        out.write(t({ id: `${changed.length} berkas dirapikan, ${tidy} sudah rapi.\n`, en: `${changed.length} files formatted, ${tidy} already were.\n` }));
        if (upgradedTotal > 0) out.write(t({ id: `${upgradedTotal} bentuk usang ditulis dalam bentuk barunya; artinya tidak berubah.\n`, en: `${upgradedTotal} deprecated ${upgradedTotal === 1 ? 'form' : 'forms'} written in the new form; the meaning is unchanged.\n` }));
      }
      // Files fmt cannot tidy are warnings: the file is valid, only fmt leaves it alone.
      if (kept > 0) {
        const en = kept === 1 ? '⚠ 1 file left as it is because fmt cannot tidy it safely (see the warning).\n' : `⚠ ${kept} files left as they are because fmt cannot tidy them safely (see the warnings).\n`;
        out.write(t({ id: `⚠ ${kept} berkas dibiarkan apa adanya karena fmt tidak dapat merapikannya dengan aman (lihat peringatan).\n`, en }));
      }
      const io = problems.some((d) => d.rule === 'io');
      const errors = problems.some((d) => d.severity === 'error');
      ctx.setExitCode(io ? EXIT.usage : errors || (flags.check && changed.length > 0) ? EXIT.problems : EXIT.ok);
    });
}

/** `fmt -`: the tidied text on stdout (the text as it came when it cannot be tidied), problems on stderr. */
async function formatStdin(ctx: CliContext, path: string, flags: FmtFlags, problems: Diagnostic[]): Promise<void> {
  const file = displayPath(ctx.io.cwd, path);
  const bytes = await readStdin(ctx.io, DEFAULT_MAX_FILE_SIZE);
  let changed = false;
  if (bytes.length > DEFAULT_MAX_FILE_SIZE) {
    problems.push(makeDiagnostic(file, FILE_START, '', { rule: 'berkas', def: FILE_MESSAGES.stdinTooLarge, params: { limit: formatSize(DEFAULT_MAX_FILE_SIZE) } }, ctx.lang));
  } else {
    const result = formatYaml(file, bytes, isProviderFile(path) ? 'penyelenggara' : 'layanan', ctx.lang);
    problems.push(...result.diagnostics);
    changed = result.outcome === 'formatted';
    // Not tidied, `text` is the input as it came: an editor replacing its buffer loses nothing.
    if (!flags.check) ctx.io.stdout.write(result.text);
    else if (changed) ctx.io.stdout.write(`${file}:${result.firstChange ?? 1}  ${ctx.t({ id: 'belum rapi', en: 'not formatted' })}\n`);
  }
  if (problems.length > 0) ctx.io.stderr.write(FORMATTERS.stylish!({ diagnostics: problems, files: 1 }, { lang: ctx.lang, color: ctx.color }));
  const io = problems.some((d) => d.rule === 'io');
  const errors = problems.some((d) => d.severity === 'error');
  ctx.setExitCode(io ? EXIT.usage : errors || (flags.check && changed) ? EXIT.problems : EXIT.ok);
}
