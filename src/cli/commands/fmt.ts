import type { Command } from 'commander';
import { formatYaml } from '../../authoring/fmt.js';
import { missingInputDiagnostics } from '../../check/files.js';
import type { Diagnostic } from '../../diagnostics.js';
import { fileProblemMessage, fileProblemRule } from '../../files/messages.js';
import { readFound } from '../../files/read.js';
import { localize } from '../../i18n/index.js';
import { displayPath, planInputs } from '../../load/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../load/source.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import type { DocumentKind } from '../../schema/validators.js';
import { EXIT, writeFileAtomic, type CliContext } from '../io.js';

interface FmtFlags {
  check?: boolean;
}

export function registerFmt(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('fmt')
    .description(t({ id: 'Rapikan berkas YAML: urutan kunci sesuai skema dan tata letak baku; komentar tetap di tempatnya.', en: 'Tidy YAML files: keys in schema order and a standard layout; comments stay where they are.' }))
    .argument('[jalur...]', t({ id: 'berkas, folder atau pola glob; bawaan: folder ini', en: 'files, folders or glob patterns; default: this folder' }))
    .option('--check', t({ id: 'jangan menulis; sebutkan berkas yang belum rapi dan keluar dengan kode 1 (untuk CI)', en: 'write nothing; list files that are not formatted and exit with code 1 (for CI)' }))
    .action(async (paths: string[], flags: FmtFlags) => {
      const cwd = ctx.io.cwd;
      const plan = await planInputs(paths.length > 0 ? paths : ['.'], cwd);
      const problems: Diagnostic[] = missingInputDiagnostics(plan, ctx.lang);
      const files: [string, DocumentKind][] = plan.units.flatMap((u) => [...(u.providerPath ? [[u.providerPath, 'penyelenggara'] as [string, DocumentKind]] : []), ...u.servicePaths.map((p) => [p, 'layanan'] as [string, DocumentKind])]);
      const changed: { file: string; line: number }[] = [];
      let unreadable = 0;
      for (const [path, kind] of files) {
        const file = displayPath(cwd, path);
        // Never opened when it is a FIFO or a device; never read past the size a standard may have.
        const read = readFound(path, { limit: DEFAULT_MAX_FILE_SIZE });
        if (!read.ok) {
          const { def, params } = fileProblemMessage(read, { path: file }, ctx.lang);
          const { message, hint } = localize(def, ctx.lang, params);
          problems.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule: fileProblemRule(read), severity: 'error', message, ...(hint ? { hint } : {}) });
          unreadable++;
          continue;
        }
        const text = read.bytes.toString('utf8');
        const result = formatYaml(file, text, kind, ctx.lang);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        problems.push(...errors);
        if (errors.length > 0) unreadable++;
        if (!result.changed || errors.length > 0) continue;
        changed.push({ file, line: result.firstChange ?? 1 });
        if (!flags.check) await writeFileAtomic(path, result.text);
      }

      const out = ctx.io.stdout;
      const tidy = files.length - changed.length - unreadable;
      if (problems.length > 0) ctx.io.stderr.write(FORMATTERS.stylish!({ diagnostics: problems, files: files.length }, { lang: ctx.lang, color: ctx.color }));
      if (flags.check) {
        for (const c of changed) out.write(`${c.file}:${c.line}  ${t({ id: 'belum rapi', en: 'not formatted' })}\n`);
        out.write(
          changed.length === 0
            ? t({ id: `✔ ${tidy} berkas sudah rapi.\n`, en: `✔ ${tidy} files are formatted.\n` })
            : t({ id: `✖ ${changed.length} dari ${files.length} berkas belum rapi. Jalankan: npx standar fmt\n`, en: `✖ ${changed.length} of ${files.length} files are not formatted. Run: npx standar fmt\n` }),
        );
      } else {
        for (const c of changed) out.write(`${t({ id: 'dirapikan', en: 'formatted' })}  ${c.file}\n`);
        out.write(t({ id: `${changed.length} berkas dirapikan, ${tidy} sudah rapi.\n`, en: `${changed.length} files formatted, ${tidy} already were.\n` }));
      }
      const io = problems.some((d) => d.rule === 'io');
      ctx.setExitCode(io ? EXIT.usage : problems.length > 0 || (flags.check && changed.length > 0) ? EXIT.problems : EXIT.ok);
    });
}
