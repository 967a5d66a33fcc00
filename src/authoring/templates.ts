import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';

/** templates/scaffold/ in the installed package (the same path from src/ and dist/). */
export const SCAFFOLD_DIR = new URL('../../templates/scaffold/', import.meta.url);

const hb = Handlebars.create();
// A value typed by staff lands in YAML or JSON: let the serialisers quote it, never string pasting.
hb.registerHelper('yaml', (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd());
hb.registerHelper('json', (value: unknown) => JSON.stringify(value));

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Render templates/scaffold/<path> (a Handlebars file) with `data`. */
export function renderScaffold(path: string, data: object): string {
  let template = compiled.get(path);
  if (!template) {
    template = hb.compile(readFileSync(new URL(path, SCAFFOLD_DIR), 'utf8'), { noEscape: true, strict: true });
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
