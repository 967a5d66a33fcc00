import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/index.js';
import { contentSecurityPolicy } from '../render/styles.js';
import { RenderError, templateDiagnostic } from '../render/templates.js';

/** The print-only frames (booklet, poster): templates/pdf/, replaceable from <template-dir>/pdf/. */
export const PDF_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/pdf/', import.meta.url));

export type PdfTemplateName = 'buku' | 'poster';

interface Frame {
  template: Handlebars.TemplateDelegate;
  css: string;
}

const frames = new Map<string, Frame>();

function pick(templateDir: string | undefined, file: string): string {
  const custom = templateDir ? join(templateDir, 'pdf', file) : undefined;
  return custom && existsSync(custom) ? custom : join(PDF_TEMPLATE_DIR, file);
}

function frame(name: PdfTemplateName, templateDir: string | undefined, lang: Lang): Frame {
  const key = `${templateDir ?? ''}\0${name}`;
  let found = frames.get(key);
  if (found) return found;
  const env = Handlebars.create();
  const compile = (file: string) => {
    const path = pick(templateDir, file);
    const text = readFileSync(path, 'utf8');
    try {
      env.parse(text);
      return env.compile(text, { preventIndent: true });
    } catch (err) {
      const e = err as { message?: string; lineNumber?: number };
      throw new RenderError([templateDiagnostic('syntax', path, { name: file, detail: String(e.message ?? err).split('\n')[0]! }, lang, e.lineNumber ?? 1)]);
    }
  };
  env.registerPartial('kepala', compile('kepala.hbs'));
  found = { template: compile(`${name}.hbs`), css: readFileSync(pick(templateDir, `${name}.css`), 'utf8') };
  frames.set(key, found);
  return found;
}

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
  const { template, css } = frame(name, templateDir, lang);
  const gaya = [...data.gaya, css, ...(data.extraCss ? [data.extraCss] : [])];
  try {
    return template({ ...data, gaya, csp: contentSecurityPolicy(gaya) }, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number };
    throw new RenderError([templateDiagnostic('runtime', pick(templateDir, `${name}.hbs`), { name, detail: String(e.message ?? err) }, lang, e.lineNumber ?? 1)]);
  }
}
