import { Refusal } from '../../authoring/refusal.js';
import { stylish } from '../../report/formatters/stylish.js';
import { EXIT, type CliContext } from '../io.js';

/**
 * Tell why `init` or `new` wrote nothing when `err` is a `Refusal` (the located problems first,
 * then what to do) and set exit code 2; any other error is rethrown.
 */
export function reportRefusal(ctx: CliContext, err: unknown): void {
  if (!(err instanceof Refusal)) throw err;
  if (err.diagnostics.length > 0) ctx.io.stderr.write(stylish({ diagnostics: err.diagnostics, files: 1 }, { lang: ctx.lang, color: ctx.color }));
  ctx.io.stderr.write(ctx.t(err.text) + '\n');
  ctx.setExitCode(EXIT.usage);
}
