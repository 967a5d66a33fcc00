import { InvalidArgumentError, type Command } from 'commander';
import { relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { stylish } from '../../report/formatters/stylish.js';
import { OUTPUT_TARGETS } from '../../publish/targets.js';
import type { CliContext } from '../io.js';

/** Options `render` and `build` share: the output format and the template folder. */
export function addPublishOptions(command: Command, ctx: CliContext): Command {
  const { t } = ctx;
  const names = Object.keys(OUTPUT_TARGETS);
  // Defaults are applied in the actions, not by commander, whose "(default: …)" would be English.
  return command
    .option('--to <format>', t({ id: `format keluaran: ${names.join(', ')} (bawaan: html)`, en: `output format: ${names.join(', ')} (default: html)` }), (value: string) => {
      if (!Object.hasOwn(OUTPUT_TARGETS, value)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${names.join(', ')}.`, en: `The choices are: ${names.join(', ')}.` }));
      return value;
    })
    .option('--template-dir <folder>', t({ id: 'folder templat pengganti (lihat docs/templates.md)', en: 'folder of replacement templates (see docs/templates.md)' }));
}

/** An https address, for --base-url. */
export function httpsArgument(ctx: CliContext) {
  return (value: string) => {
    if (!/^https:\/\/[^\s/?#]+/.test(value)) throw new InvalidArgumentError(ctx.t({ id: 'Tulis alamat yang diawali https://.', en: 'Write an address starting with https://.' }));
    return value;
  };
}

/** Findings go to stderr in the stylish format, so stdout keeps only what was written. */
export function printDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[], files: number): void {
  if (diagnostics.length > 0) ctx.io.stderr.write(stylish({ diagnostics, files }, { lang: ctx.lang, color: ctx.color }));
}

/** How a folder is named in messages: relative to where the command ran, with a trailing slash. */
export function shownDir(ctx: CliContext, dir: string): string {
  const rel = relative(ctx.io.cwd, dir);
  return (rel === '' ? '.' : rel.startsWith('..') ? dir : rel) + '/';
}
