import type Handlebars from 'handlebars';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../i18n/index.js';
import { contentSecurityPolicy } from './styles.js';
import { handlebars, readTemplate, RenderError, templateDiagnostic } from './templates.js';

/** The print-only frames (booklet, poster): templates/pdf/, replaceable from <template-dir>/pdf/. */
export const PDF_TEMPLATE_DIR = fileURLToPath(new URL('../../../templates/pdf/', import.meta.url));

export type PdfTemplateName = 'buku' | 'poster';

interface Frame {
  template: Handlebars.TemplateDelegate;
  /** The file the template came from, for error messages. */
  path: string;
  css: string;
}

const frames = new Map<string, Frame>();

/** A frame file from <template-dir>/pdf/ when it is there, else the built-in one; read from inside its folder only. */
function source(templateDir: string | undefined, file: string, lang: Lang): { path: string; text: string } {
  const cwd = process.cwd();
  if (templateDir) {
    const custom = readTemplate(templateDir, join('pdf', file), lang, cwd);
    if ('text' in custom) return { path: join(templateDir, 'pdf', file), text: custom.text };
    if (custom.problem.reason !== 'missing') throw new RenderError([custom.diagnostic]);
  }
  const builtin = readTemplate(PDF_TEMPLATE_DIR, file, lang, cwd);
  if ('diagnostic' in builtin) throw new RenderError([builtin.diagnostic]);
  return { path: join(PDF_TEMPLATE_DIR, file), text: builtin.text };
}

function frame(name: PdfTemplateName, templateDir: string | undefined, lang: Lang): Frame {
  const key = `${templateDir ?? ''}\0${name}`;
  let found = frames.get(key);
  if (found) return found;
  const env = handlebars().create();
  const compile = (file: string) => {
    const { path, text } = source(templateDir, file, lang);
    try {
      env.parse(text);
      return { path, template: env.compile(text, { preventIndent: true }) };
    } catch (err) {
      const e = err as { message?: string; lineNumber?: number };
      throw new RenderError([templateDiagnostic('syntax', path, { name: file, detail: String(e.message ?? err).split('\n')[0]! }, lang, e.lineNumber ?? 1)]);
    }
  };
  env.registerPartial('kepala', compile('kepala.hbs').template);
  found = { ...compile(`${name}.hbs`), css: source(templateDir, `${name}.css`, lang).text };
  frames.set(key, found);
  return found;
}

/** Page (1-based, counted from the cover) on which each part of the booklet starts, by anchor id. */
export type PageMap = ReadonlyMap<string, number>;

/**
 * The booklet's HTML with its table of contents numbered from `pages`; on the first pass `pages`
 * is undefined and the numbers are placeholders of similar width.
 */
export type BookletComposer = (pages: PageMap | undefined) => string | Promise<string>;

export interface FrameData {
  bahasa: string;
  judul: string;
  /** Stylesheets before the frame's own (the renderer's), then rules made for this document. */
  gaya: string[];
  extraCss?: string;
  [field: string]: unknown;
}

/**
 * A complete page from a print frame: the renderer's stylesheets, the frame's stylesheet and the
 * document's own rules, under a Content-Security-Policy that allows exactly those.
 */
export function renderFrame(name: PdfTemplateName, data: FrameData, templateDir: string | undefined, lang: Lang): string {
  const { template, path, css } = frame(name, templateDir, lang);
  const gaya = [...data.gaya, css, ...(data.extraCss ? [data.extraCss] : [])];
  try {
    return template({ ...data, gaya, csp: contentSecurityPolicy(gaya) }, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number };
    throw new RenderError([templateDiagnostic('runtime', path, { name, detail: String(e.message ?? err) }, lang, e.lineNumber ?? 1)]);
  }
}
