import type Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../diagnostics.js';
import { fileProblemMessage, fileProblemRule } from '../../files/messages.js';
import { readInside, type ReadProblem } from '../../files/read.js';
import { lazyRequire } from '../../lazy.js';
import { localize, type Lang, type MessageDef } from '../../i18n/index.js';
import { didYouMean } from '../../i18n/suggest.js';

/** Where the built-in templates live: templates/ at the package root, from src/ and dist/ alike. */
export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

/**
 * A page template: `<name>.hbs` at the top of templates/ (each document kind's, each site page's),
 * replaced by a file of the same name at the top of a template folder.
 */
export type PageTemplate = string;
export const STYLESHEET = 'standar.css';

/**
 * The components whose content is a plain list share the partial komponen-daftar; a template
 * folder may still give any of them its own komponen-<key>.hbs.
 */
const PARTIAL_FALLBACKS: Record<string, string> = {
  'komponen-kompetensi_pelaksana': 'komponen-daftar',
  'komponen-pengawasan_internal': 'komponen-daftar',
  'komponen-jaminan_pelayanan': 'komponen-daftar',
  'komponen-jaminan_keamanan_keselamatan': 'komponen-daftar',
};

export interface TemplateSet {
  pages: Record<PageTemplate, Handlebars.TemplateDelegate>;
  /** File each page came from, for error messages. */
  pageFiles: Record<PageTemplate, string>;
  css: string;
}

const MESSAGES = {
  syntax: {
    message: { id: 'Templat "{name}" tidak dapat dibaca: {detail}', en: 'The template "{name}" cannot be read: {detail}' },
    hint: { id: 'Periksa pasangan {{#…}} dan {{/…}} serta kurung kurawal di baris itu.', en: 'Check the {{#…}}/{{/…}} pairs and the braces on that line.' },
  },
  unknown: {
    message: { id: 'Berkas "{name}" di folder templat tidak dipakai.', en: 'The file "{name}" in the template folder is not used.' },
    hint: { id: 'Nama yang dipakai: {names}.{suggestion}', en: 'The names used are: {names}.{suggestion}' },
  },
  unreadable: {
    message: { id: 'Folder templat "{name}" tidak dapat dibaca ({reason}).', en: 'The template folder "{name}" cannot be read ({reason}).' },
    hint: { id: 'Periksa jalur yang diberikan pada --template-dir.', en: 'Check the path given to --template-dir.' },
  },
  runtime: {
    message: { id: 'Templat "{name}" gagal diterapkan: {detail}', en: 'The template "{name}" failed: {detail}' },
    hint: { id: 'Periksa nama partial, helper dan data yang dipakai templat itu (lihat docs/templates.md).', en: 'Check the partials, helpers and data the template uses (see docs/templates.md).' },
  },
} satisfies Record<string, MessageDef>;

export function templateDiagnostic(kind: keyof typeof MESSAGES, file: string, params: Record<string, string>, lang: Lang, line = 1, column = 1, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  const { message, hint } = localize(MESSAGES[kind], lang, params);
  const d: Diagnostic = { file, line, column, endLine: line, endColumn: column, pointer: '', rule: kind === 'unreadable' ? 'io' : 'templat', severity, message };
  if (hint) d.hint = hint;
  return d;
}

/** Templates are small; a bigger file (or a device behind a link) is not one. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

/**
 * Read a template from inside its folder: a link named standar.css that leads to /etc/passwd, a
 * FIFO or a huge file would otherwise end up in every page, or stop the run.
 */
export function readTemplate(dir: string, name: string, lang: Lang, cwd: string): { text: string } | { problem: ReadProblem; diagnostic: Diagnostic } {
  const read = readInside(dir, name, { limit: MAX_TEMPLATE_BYTES });
  if (read.ok) return { text: read.bytes.toString('utf8') };
  const file = relative(cwd, join(dir, name));
  return { problem: read, diagnostic: templateFileDiagnostic(read, file, relative(cwd, dir) || '.', lang) };
}

function templateFileDiagnostic(problem: ReadProblem, file: string, root: string, lang: Lang): Diagnostic {
  const { def, params } = fileProblemMessage(problem, { path: file, root }, lang);
  const { message, hint } = localize(def, lang, params);
  const rule = fileProblemRule(problem) === 'io' ? 'io' : 'templat';
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule, severity: 'error', message, ...(hint ? { hint } : {}) };
}

/** A template run failed (a custom template asked for a missing partial or helper). */
export class RenderError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

interface SourceFileEntry {
  name: string;
  path: string;
  text: string;
}

/** The names in a template folder: pages and the stylesheet at its top, partials in partials/. Links and FIFOs included: reading them says what is wrong. */
function listDir(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!entry.isDirectory()) out.push(join(sub, entry.name));
    else if (sub === '' && entry.name === 'partials') out.push(...listDir(dir, 'partials'));
  }
  return out;
}

function readDir(dir: string, names: readonly string[], lang: Lang, cwd: string, diagnostics: Diagnostic[]): SourceFileEntry[] {
  return names.flatMap((name) => {
    const read = readTemplate(dir, name, lang, cwd);
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      return [];
    }
    return [{ name, path: join(dir, name), text: read.text }];
  });
}

/** A Handlebars parse error names its line; the column is not given in a usable form. */
function parseLocation(err: unknown): { line: number; detail: string } {
  const e = err as { message?: string; lineNumber?: number };
  const message = String(e.message ?? err);
  const line = e.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  return { line, detail: message.split('\n')[0]!.replace(/ - \d+:\d+$/, '') };
}

const cache = new Map<string, { templates?: TemplateSet; diagnostics: Diagnostic[] }>();

/** Identifies the source a precompiled template was made from. */
export const templateHash = (text: string) => createHash('sha256').update(text).digest('base64');

/**
 * The built-in templates as the build precompiled them (scripts/compile-templates.mjs), by name
 * ("katalog.hbs", "partials/kop.hbs"), each with the hash of its source: parsing and compiling
 * them cost a render some 300 ms. Absent when running from the sources; a template whose file
 * no longer has that hash (edited since the build) is compiled here as before.
 */
/** The template engine, loaded with the first template compiled. */
export const handlebars = lazyRequire<typeof Handlebars>('handlebars');

const PRECOMPILED = new URL('./compiled-templates.cjs', import.meta.url);
let precompiled: Record<string, { hash: string; spec: Parameters<typeof Handlebars.template>[0] }> | null | undefined;

function precompiledTemplates(): Record<string, { hash: string; spec: Parameters<typeof Handlebars.template>[0] }> {
  if (precompiled === undefined) {
    try {
      precompiled = (createRequire(import.meta.url)(fileURLToPath(PRECOMPILED)) as { templates: typeof precompiled }).templates;
    } catch {
      precompiled = null;
    }
  }
  return precompiled ?? {};
}

/**
 * Compile the built-in templates, each replaced by the file of the same name in `templateDir`
 * (pages at its top, partials in partials/, the stylesheet as standar.css). Problems come back as
 * located diagnostics; `templates` is missing when one is an error.
 */
export function loadTemplates(templateDir: string | undefined, lang: Lang, cwd = process.cwd()): { templates?: TemplateSet; diagnostics: Diagnostic[] } {
  const key = `${templateDir ?? ''}\0${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const diagnostics: Diagnostic[] = [];
  const builtin = readDir(BUILTIN_TEMPLATE_DIR, listDir(BUILTIN_TEMPLATE_DIR), lang, cwd, diagnostics);
  const files = new Map(builtin.map((f) => [f.name, f]));
  if (templateDir) {
    const shown = relative(cwd, templateDir) || '.';
    let custom: string[] = [];
    try {
      custom = listDir(templateDir);
    } catch (err) {
      diagnostics.push(templateDiagnostic('unreadable', shown, { name: shown, reason: (err as NodeJS.ErrnoException).code ?? String(err) }, lang));
    }
    const known = [...files.keys(), ...Object.keys(PARTIAL_FALLBACKS).map((n) => join('partials', `${n}.hbs`))];
    // Only the files a page uses are read; the others are named so a misspelt one is noticed.
    const used = custom.filter((name) => {
      if (known.includes(name)) return true;
      const guess = didYouMean(name, known);
      const suggestion = guess ? (lang === 'id' ? ` Maksudnya "${guess}"?` : ` Did you mean "${guess}"?`) : '';
      diagnostics.push(templateDiagnostic('unknown', relative(cwd, join(templateDir, name)), { name, names: known.join(', '), suggestion }, lang, 1, 1, 'warning'));
      return false;
    });
    for (const f of readDir(templateDir, used, lang, cwd, diagnostics)) files.set(f.name, { ...f, path: relative(cwd, f.path) });
  }

  // Templates stay logic-less: no helpers beyond Handlebars' own; the view model holds every decision.
  const env = handlebars().create();
  const built = precompiledTemplates();
  const compile = (f: SourceFileEntry): Handlebars.TemplateDelegate | undefined => {
    const ready = built[f.name];
    if (ready && ready.hash === templateHash(f.text)) return env.template(ready.spec);
    try {
      env.parse(f.text);
      return env.compile(f.text, { preventIndent: true });
    } catch (err) {
      const { line, detail } = parseLocation(err);
      diagnostics.push(templateDiagnostic('syntax', f.path, { name: basename(f.name), detail }, lang, line));
      return undefined;
    }
  };
  // Page names come from the kinds' registry; a null prototype keeps "constructor" from being one.
  const pages: TemplateSet['pages'] = Object.create(null) as TemplateSet['pages'];
  const pageFiles: TemplateSet['pageFiles'] = Object.create(null) as TemplateSet['pageFiles'];
  for (const f of files.values()) {
    if (!f.name.endsWith('.hbs')) continue;
    const name = basename(f.name, '.hbs');
    const compiled = compile(f);
    if (!compiled) continue;
    if (f.name.startsWith('partials')) env.registerPartial(name, compiled);
    else {
      pages[name] = compiled;
      pageFiles[name] = f.path;
    }
  }
  for (const [name, fallback] of Object.entries(PARTIAL_FALLBACKS)) {
    if (!env.partials[name]) env.registerPartial(name, env.partials[fallback]);
  }
  const css = files.get(STYLESHEET)?.text ?? '';
  const result = diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { templates: { pages, pageFiles, css }, diagnostics };
  cache.set(key, result);
  return result;
}
