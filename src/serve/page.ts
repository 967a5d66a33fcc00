import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { escapeMarkup } from '../files/markup.js';
import type { Lang } from '../i18n/index.js';
import { parsePointer } from '../load/pointer.js';
import type { ComponentKey } from '../model/components.js';
import { COMPONENT_KEYS } from '../model/components.js';

/** Where the open page listens for "a new version is ready". */
export const EVENTS_PATH = '/__pratinjau/peristiwa';

/**
 * The only script a preview page carries (published pages have none): reload when the server
 * announces a version other than the one this page shows, and keep the reader's scroll position.
 */
const RELOAD_SCRIPT = `(() => {
  const key = 'pratinjau-gulir:' + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(saved)); }
  const shown = document.querySelector('meta[name="pratinjau-versi"]').content;
  const events = new EventSource('${EVENTS_PATH}');
  events.addEventListener('versi', (e) => {
    if (e.data === shown) return;
    sessionStorage.setItem(key, String(window.scrollY));
    events.close();
    location.reload();
  });
})();`;

const PREVIEW_CSS = `.pratinjau-panel { margin: 0; padding: .5rem 1rem; background: #fff8e1; border-bottom: 2px solid #b26a00; color: #1a1a1a; font: 15px/1.45 system-ui, sans-serif; max-height: 45vh; overflow: auto; }
.pratinjau-panel.pratinjau-bersih { background: #e8f5e9; border-bottom-color: #2e7d32; }
.pratinjau-panel summary { cursor: pointer; font-weight: 600; }
.pratinjau-panel ol { margin: .5rem 0 0; padding-left: 1.5rem; }
.pratinjau-panel li { margin: .25rem 0; }
.pratinjau-catatan { margin: 0 0 .5rem; padding: .4rem .6rem; border-left: 4px solid #b26a00; background: #fff8e1; color: #1a1a1a; font: 14px/1.4 system-ui, sans-serif; }
.pratinjau-galat { border-left-color: #c62828; }
.pratinjau-panel code, .pratinjau-catatan code { font: 13px ui-monospace, monospace; }
.pratinjau-panel a, .pratinjau-catatan a { color: #0d47a1; }
.pratinjau-saran { display: block; color: #444; }
.pratinjau-status { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
@media print { .pratinjau-panel, .pratinjau-catatan { display: none; } }`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;


const WORDS = {
  title: { id: 'Pratinjau', en: 'Preview' },
  errors: { id: 'galat', en: 'errors' },
  warnings: { id: 'peringatan', en: 'warnings' },
  infos: { id: 'info', en: 'notes' },
  clean: { id: 'tidak ada masalah', en: 'no problems' },
  hint: { id: 'Saran:', en: 'Fix:' },
  updated: { id: 'diperbarui', en: 'updated' },
};

/** A location as editors and terminals link it, and a link that opens it in VS Code. */
function place(d: Diagnostic, cwd: string): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const abs = isAbsolute(d.file) ? d.file : resolve(cwd, d.file);
  return `<a href="${escapeMarkup(`vscode://file/${abs}:${d.line}:${d.column}`)}"><code>${escapeMarkup(where)}</code></a>`;
}

function problemText(d: Diagnostic, lang: Lang, cwd: string): string {
  const hint = d.hint ? ` <span class="pratinjau-saran">${WORDS.hint[lang]} ${escapeMarkup(d.hint)}</span>` : '';
  return `${place(d, cwd)} ${escapeMarkup(d.message)}${hint}`;
}

export interface Decoration {
  version: number;
  /** Every problem that concerns this page, in file order. */
  problems: readonly Diagnostic[];
  /** Problems placed next to the component they are about. */
  byComponent: ReadonlyMap<ComponentKey, readonly Diagnostic[]>;
  lang: Lang;
  cwd: string;
  /** Local time of the build, shown in the panel. */
  time: string;
}

function panel(d: Decoration): string {
  const count = (s: Diagnostic['severity']) => d.problems.filter((p) => p.severity === s).length;
  const parts = [
    count('error') && `${count('error')} ${WORDS.errors[d.lang]}`,
    count('warning') && `${count('warning')} ${WORDS.warnings[d.lang]}`,
    count('info') && `${count('info')} ${WORDS.infos[d.lang]}`,
  ].filter(Boolean);
  const summary = `${WORDS.title[d.lang]} · ${parts.length > 0 ? parts.join(', ') : WORDS.clean[d.lang]} · ${WORDS.updated[d.lang]} ${escapeMarkup(d.time)}`;
  const items = d.problems.map((p) => `<li class="pratinjau-${p.severity === 'error' ? 'galat' : 'peringatan'}">${problemText(p, d.lang, d.cwd)}</li>`).join('\n');
  const open = d.problems.some((p) => p.severity === 'error') ? ' open' : '';
  return `<details class="pratinjau-panel${d.problems.length === 0 ? ' pratinjau-bersih' : ''}" data-pratinjau${open}><summary>${summary}</summary>${items ? `<ol>\n${items}\n</ol>` : ''}</details>`;
}

function note(problems: readonly Diagnostic[], d: Decoration): string {
  const worst = problems.some((p) => p.severity === 'error') ? ' pratinjau-galat' : '';
  return `<div class="pratinjau-catatan${worst}" role="note">${problems.map((p) => problemText(p, d.lang, d.cwd)).join('<br>')}</div>`;
}

/** Allow the preview's own style, script and event stream in the page's Content-Security-Policy. */
function widenPolicy(html: string): string {
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i, (_m, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((d) => d.trim()).filter(Boolean).filter((d) => !/^(script-src|connect-src)\b/.test(d));
    const widened = directives.map((d) => (d.startsWith('style-src') ? `${d.replace(" 'none'", '')} ${sha256(PREVIEW_CSS)}` : d));
    return `${open}${[...widened, `script-src ${sha256(RELOAD_SCRIPT)}`, "connect-src 'self'"].join('; ')}${close}`;
  });
}

/** Insert `text` right after the first match of `after` that follows the first match of `anchor`. */
function insertAfter(html: string, anchor: RegExp, after: RegExp, text: string): string | undefined {
  const a = anchor.exec(html);
  if (!a) return undefined;
  after.lastIndex = a.index + a[0].length;
  const m = after.exec(html);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  return html.slice(0, at) + text + html.slice(at);
}

/**
 * A rendered page as the preview serves it: the problems panel at the top, each component's
 * problems next to it (in the URAIAN cell of the full standard, under the heading of the public
 * page), and the reload script. The page is otherwise the published one, byte for byte.
 */
export function decoratePage(html: string, d: Decoration): string {
  let out = widenPolicy(html);
  for (const [key, problems] of d.byComponent) {
    const text = note(problems, d);
    out =
      insertAfter(out, new RegExp(`<tr id="komponen-${key}"`), /<td class="uraian">/g, text) ??
      insertAfter(out, new RegExp(`<h2 id="judul-${key}"`), /<\/h2>/g, text) ??
      out;
  }
  out = out.replace(/<\/head>/i, `<meta name="pratinjau-versi" content="${d.version}">\n<style>${PREVIEW_CSS}</style>\n</head>`);
  out = out.replace(/<body[^>]*>/i, (body) => `${body}\n${panel(d)}`);
  return out.replace(/<\/body>/i, `<script>${RELOAD_SCRIPT}</script>\n</body>`);
}

/** A page of the preview's own, for when there is nothing to show yet (or the address is unknown). */
export function statusPage(title: string, body: string, d: Decoration): string {
  const html = `<!DOCTYPE html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; base-uri 'none'; form-action 'none'">
<title>${escapeMarkup(title)}</title>
</head>
<body>
<main class="pratinjau-status">
<h1>${escapeMarkup(title)}</h1>
${body}
</main>
</body>
</html>
`;
  return decoratePage(html, d);
}

/** The component a problem is about: /komponen/<key>/... in a service, /bawaan/komponen/<key>/... in penyelenggara.yaml. */
export function componentOf(pointer: string): ComponentKey | undefined {
  const s = parsePointer(pointer);
  const key = s[0] === 'komponen' ? s[1] : s[0] === 'bawaan' && s[1] === 'komponen' ? s[2] : undefined;
  return key && (COMPONENT_KEYS as readonly string[]).includes(key) ? (key as ComponentKey) : undefined;
}
