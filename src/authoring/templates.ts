import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { lazyRequire } from '../lazy.js';

/** templates/scaffold/ in the installed package (the same path from src/ and dist/). */
export const SCAFFOLD_DIR = new URL('../../templates/scaffold/', import.meta.url);

// A value typed by staff lands in YAML or JSON: let the serialisers quote it, never string pasting.
// Always on one line, so it fits after "key: " at any indentation: no folding, no block scalar, and
// a line break or an invisible character in double quotes, escaped (single quotes have no escapes;
// unquoted, the parser would drop a trailing no-break space or byte order mark).
const NEEDS_QUOTES = /(?! )[\p{Z}\p{Cc}\p{Cf}]/u;
const ONE_LINE = { lineWidth: 0, blockQuote: false, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY } as const;
const handlebars = lazyRequire<typeof Handlebars>('handlebars');
let env: typeof Handlebars | undefined;

/** The scaffold's template engine with its helpers, made with the first scaffold written. */
function scaffoldEngine(): typeof Handlebars {
  if (env) return env;
  env = handlebars().create();
  env.registerHelper('yaml', (value: unknown) =>
    stringify(value, typeof value === 'string' && NEEDS_QUOTES.test(value) ? { ...ONE_LINE, defaultStringType: 'QUOTE_DOUBLE' } : ONE_LINE).trimEnd(),
  );
  env.registerHelper('json', (value: unknown) => JSON.stringify(value));
  // Text inside a comment or a heading: kept on its one line whatever it holds.
  env.registerHelper('line', (value: unknown) => String(value).replace(/[\s\p{Cc}]+/gu, ' ').trim());
  return env;
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Render templates/scaffold/<path> (a Handlebars file) with `data`. */
export function renderScaffold(path: string, data: object): string {
  let template = compiled.get(path);
  if (!template) {
    template = scaffoldEngine().compile(readFileSync(new URL(path, SCAFFOLD_DIR), 'utf8'), { noEscape: true, strict: true });
    compiled.set(path, template);
  }
  return template(data);
}

/** Every file below templates/scaffold/<dir>, as paths relative to that folder ("a/b.hbs"). */
export function listScaffold(dir: string): string[] {
  const root = fileURLToPath(new URL(dir.endsWith('/') ? dir : dir + '/', SCAFFOLD_DIR));
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(root.length).replace(/^\/+/, ''))
    .sort();
}
