import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { validate } from '../../check/validate.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import { EXIT, parseSize, writeFileAtomic, type CliContext } from '../io.js';

const collect = (value: string, previous: string[]) => [...previous, value];

interface ValidateFlags {
  format: string[];
  output: string[];
  maxFileSize?: number;
  workers?: number;
}

export function registerValidate(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('validate')
    .description(t({ id: 'Periksa standar pelayanan: YAML, skema dan aturan. Semua masalah di semua berkas dilaporkan sekaligus.', en: 'Check service standards: YAML, schema and rules. Every problem in every file is reported at once.' }))
    .argument('[jalur...]', t({ id: 'berkas, folder (unit) atau pola glob; bawaan: folder ini', en: 'files, folders (units) or glob patterns; default: this folder' }))
    .option('-f, --format <nama>', t({ id: `format keluaran: ${Object.keys(FORMATTERS).join(', ')} (boleh diulang)`, en: `output format: ${Object.keys(FORMATTERS).join(', ')} (repeatable)` }), (v: string, prev: string[]) => {
      if (!(v in FORMATTERS)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${Object.keys(FORMATTERS).join(', ')}.`, en: `The choices are: ${Object.keys(FORMATTERS).join(', ')}.` }));
      return collect(v, prev);
    }, [])
    .option('-o, --output <berkas>', t({ id: 'tulis keluaran ke berkas; pasangan -f yang sama urutannya', en: 'write the output to a file; pairs with the -f in the same position' }), collect, [])
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
    .action(async (paths: string[], flags: ValidateFlags) => {
      const result = await validate(paths.length > 0 ? paths : ['.'], { lang: ctx.lang, cwd: ctx.io.cwd, maxFileSize: flags.maxFileSize, workers: flags.workers });
      const formats = flags.format.length > 0 ? flags.format : ['stylish'];
      if (flags.output.length > formats.length) {
        ctx.io.stderr.write(t({ id: 'Setiap -o memerlukan -f pada urutan yang sama.\n', en: 'Each -o needs a -f in the same position.\n' }));
        ctx.setExitCode(EXIT.usage);
        return;
      }
      for (const [i, name] of formats.entries()) {
        const output = flags.output[i];
        const text = FORMATTERS[name]!(result, { lang: ctx.lang, color: !output && ctx.color });
        if (output) await writeFileAtomic(resolve(ctx.io.cwd, output), text);
        else ctx.io.stdout.write(text);
      }
      const io = result.diagnostics.some((d) => d.rule === 'io');
      const errors = result.diagnostics.some((d) => d.severity === 'error');
      ctx.setExitCode(io ? EXIT.usage : errors ? EXIT.problems : EXIT.ok);
    });
}
