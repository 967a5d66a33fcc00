import { createHash } from 'node:crypto';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { ComponentKey } from '../model/components.js';
import { escapeMarkup } from '../files/markup.js';
import { componentOf, decoratePage, EVENTS_PATH, statusPage, type Decoration } from './page.js';
import { RenderHost } from './render-host.js';
import { INERT_POLICY, MAX_HEADER_BYTES, PAGE_POLICY, rawRefusal, refusal, SECURITY_HEADERS, vetRequest, type RefusalReason } from './request.js';
import type { PageSource, RenderResult } from '../publish/preview.js';
import { watchTree, type TreeWatcher } from './watch.js';

export interface PreviewOptions {
  /** The unit folder (absolute). */
  unitDir: string;
  cwd: string;
  lang: Lang;
  /** 0 picks a free port. */
  port: number;
  /** Fail when the port is taken instead of trying the next ones. */
  strictPort?: boolean;
  templateDir?: string;
  /** Quiet time after the last change before re-rendering (editors write a file in several steps). */
  debounceMs?: number;
  /** Called after each build that changed what the pages show. */
  onBuild?: (build: BuildInfo) => void;
  /** Caps against a misbehaving local program (the defaults suit a person with a few tabs open). */
  limits?: Partial<PreviewLimits>;
}

export interface PreviewLimits {
  /** Connections open at once; Node closes the ones over it as they arrive. */
  maxConnections: number;
  /** Open pages waiting for "reload": one more is answered 503 with Retry-After (open pages are never dropped). */
  maxEventClients: number;
  /** Time a client has to send its request line and headers; a socket still sending after it is answered 408 and closed (slowloris). */
  headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<PreviewLimits> = { maxConnections: 256, maxEventClients: 64, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000 };

export interface BuildInfo {
  version: number;
  errors: number;
  warnings: number;
  pages: number;
  ms: number;
  /** The files whose change started this build (relative to the unit), empty for the first. */
  changed: string[];
}

export interface Preview {
  url: string;
  port: number;
  readonly version: number;
  /** Re-render now (tests; the watchers call it on every save). */
  rebuild(): Promise<void>;
  close(): Promise<void>;
}

/** The port is taken and the user asked for exactly that one (or none of the next ten is free). */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} in use`);
  }
}

const HOST = '127.0.0.1';
const IGNORED_DIRS = new Set(['node_modules', 'site', 'dist', '.git']);
const MAX_SHOWN = 200;
/** Seconds a page refused an event stream is told to wait: by then a reader may have closed some tabs. */
const BUSY_RETRY_SECONDS = 10;
/** How long a refused connection may take to read its answer before it is closed. */
const REFUSED_SOCKET_GRACE_MS = 1000;
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', xml: 'application/xml; charset=utf-8', txt: 'text/plain; charset=utf-8', json: 'application/json; charset=utf-8', pdf: 'application/pdf' };

const T = {
  notFound: { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  notFoundBody: { id: 'Alamat ini tidak ada di situs unit ini. Bila halaman sebuah layanan hilang, berkasnya mungkin sedang bergalat: lihat daftar masalah di atas.', en: 'This address is not part of the unit\'s site. When a service\'s page is missing, its file may have an error: see the problems above.' },
  catalogue: { id: 'Kembali ke daftar layanan', en: 'Back to the list of services' },
  noSite: { id: 'Pratinjau belum dapat dibuat', en: 'The preview cannot be made yet' },
  noSiteBody: { id: 'Perbaiki masalah di atas dan simpan berkasnya: halaman ini diperbarui sendiri.', en: 'Fix the problems above and save the file: this page updates by itself.' },
  crashed: { id: 'Pembuat halaman berhenti', en: 'The page renderer stopped' },
};

function ignored(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((s) => IGNORED_DIRS.has(s) || (s.startsWith('.') && s !== '.' && s !== '..') || s.endsWith('~') || s.endsWith('.swp') || s.endsWith('.tmp'));
}

function localTime(): string {
  const d = new Date();
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join('.');
}

/** Which problems a page shows, and which of them sit next to a component. */
function problemsFor(page: PageSource | undefined, all: readonly Diagnostic[]): { problems: Diagnostic[]; byComponent: Map<ComponentKey, Diagnostic[]> } {
  const byComponent = new Map<ComponentKey, Diagnostic[]>();
  if (!page) return { problems: [...all], byComponent };
  const problems = all.filter((d) => {
    if (page.files.includes(d.file)) return true;
    if (d.file !== page.provider) return false;
    if (!d.pointer.startsWith('/bawaan/komponen/')) return true;
    const key = componentOf(d.pointer);
    return key !== undefined && page.inherited.includes(key);
  });
  for (const d of problems) {
    const key = componentOf(d.pointer);
    const own = page.files.includes(d.file) && d.pointer.startsWith('/komponen/');
    const inherited = d.file === page.provider && d.pointer.startsWith('/bawaan/komponen/') && key !== undefined && page.inherited.includes(key);
    if (key && (own || inherited)) byComponent.set(key, [...(byComponent.get(key) ?? []), d]);
  }
  return { problems, byComponent };
}

/**
 * A preview of one unit on 127.0.0.1: the site `standar build` would write, re-rendered when a
 * YAML file, the configuration or a template is saved, with each page's problems shown on it and
 * open pages reloaded by server-sent events.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const host = new RenderHost();
  const clients = new Set<ServerResponse>();
  const watchers: TreeWatcher[] = [];
  let configWatchers: { file: string; watcher: FSWatcher }[] = [];
  let version = 0;
  let fingerprint = '';
  let pages = new Map<string, string>();
  let raw = new Map<string, string>();
  let ownPages = new Map<'notFound' | 'noSite', string>();
  let result: RenderResult = { files: [], pages: {}, diagnostics: [], fatal: [], configFiles: [] };
  let buildTime = localTime();
  let templatesChanged = false;
  const changed = new Set<string>();

  const decoration = (page: PageSource | undefined): Decoration => {
    const { problems, byComponent } = problemsFor(page, [...result.fatal, ...result.diagnostics]);
    return { version, problems: problems.slice(0, MAX_SHOWN), byComponent, lang: options.lang, cwd: options.cwd, time: buildTime };
  };
  const say = (text: { id: string; en: string }) => text[options.lang];

  const publish = (next: RenderResult, started: number) => {
    const print = createHash('sha256').update(JSON.stringify(next)).digest('hex');
    if (print === fingerprint && version > 0) return;
    fingerprint = print;
    version++;
    result = next;
    buildTime = localTime();
    raw = new Map(next.files);
    ownPages = new Map();
    pages = new Map(next.files.map(([path, content]) => [path, path.endsWith('.html') ? decoratePage(content, decoration(next.pages[path])) : content]));
    for (const res of clients) res.write(`event: versi\ndata: ${version}\n\n`);
    const all = [...next.fatal, ...next.diagnostics];
    options.onBuild?.({ version, errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length, pages: pages.size, ms: Date.now() - started, changed: [...changed].filter((f) => existsSync(resolve(options.unitDir, f))).sort() });
  };

  // One build at a time; saves during a build are picked up by one more build right after it.
  let running: Promise<void> | undefined;
  let again = false;
  const build = async (): Promise<void> => {
    const started = Date.now();
    if (templatesChanged) {
      templatesChanged = false;
      await host.recycle();
    }
    let next: RenderResult;
    try {
      next = await host.render({ unitDir: options.unitDir, cwd: options.cwd, lang: options.lang, templateDir: options.templateDir });
    } catch (err) {
      await host.recycle();
      const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      next = { files: [], pages: {}, diagnostics: [], configFiles: result.configFiles, fatal: [{ file: relative(options.cwd, options.unitDir) || '.', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '', rule: 'pratinjau', severity: 'error', message: `${say(T.crashed)}: ${message}` }] };
    }
    publish(next, started);
    changed.clear();
    watchConfigs(next.configFiles);
  };
  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await build();
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  };

  let timer: NodeJS.Timeout | undefined;
  const schedule = (what: string) => {
    changed.add(what);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), options.debounceMs ?? 80);
  };

  const watchConfigs = (files: readonly string[]) => {
    const outside = files.filter((f) => relative(options.unitDir, f).startsWith('..'));
    for (const w of configWatchers.filter((c) => !outside.includes(c.file))) w.watcher.close();
    const kept = configWatchers.filter((c) => outside.includes(c.file));
    for (const file of outside.filter((f) => !kept.some((c) => c.file === f))) {
      try {
        const watcher = watch(dirname(file), (_e, name) => name === basename(file) && schedule(file));
        kept.push({ file, watcher });
      } catch {
        // A configuration that vanished is reported by the next build.
      }
    }
    configWatchers = kept;
  };

  watchers.push(watchTree(options.unitDir, schedule, ignored));
  if (options.templateDir) {
    const templateDir = options.templateDir;
    watchers.push(
      watchTree(templateDir, (name) => {
        templatesChanged = true;
        schedule(resolve(templateDir, name));
      }),
    );
  }

  await rebuild();

  const limits: PreviewLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // The 404 and "nothing to show yet" pages change with a build only: made once per version, not per request.
  const ownPage = (kind: 'notFound' | 'noSite'): string => {
    let page = ownPages.get(kind);
    if (page === undefined) {
      page =
        kind === 'noSite'
          ? statusPage(say(T.noSite), `<p>${escapeMarkup(say(T.noSiteBody))}</p>`, decoration(undefined))
          : statusPage(say(T.notFound), `<p>${escapeMarkup(say(T.notFoundBody))}</p>\n<p><a href="/">${escapeMarkup(say(T.catalogue))}</a></p>`, decoration(undefined));
      ownPages.set(kind, page);
    }
    return page;
  };

  // Node sends no body in answer to HEAD: the same calls serve both methods.
  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Security-Policy': type === TYPES.html ? PAGE_POLICY : INERT_POLICY, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const refuse = (res: ServerResponse, reason: RefusalReason, extra?: Record<string, string>) => {
    const r = refusal(reason, extra);
    res.writeHead(r.status, r.headers);
    res.end(r.body);
  };

  const subscribe = (req: IncomingMessage, res: ServerResponse) => {
    if (clients.size >= limits.maxEventClients) return refuse(res, 'busy', { 'Retry-After': String(BUSY_RETRY_SECONDS) });
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Security-Policy': INERT_POLICY, 'Content-Type': 'text/event-stream' });
    if (req.method === 'HEAD') return res.end();
    res.write(`retry: 500\nevent: versi\ndata: ${version}\n\n`);
    clients.add(res);
    res.on('close', () => clients.delete(res));
  };

  let port = options.port;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const vetted = vetRequest(req, port);
    if (!vetted.ok) return refuse(res, vetted.reason, vetted.reason === 'method' ? { Allow: 'GET, HEAD' } : {});
    if (`/${vetted.path}` === EVENTS_PATH) return subscribe(req, res);
    const path = vetted.path === '' || vetted.path.endsWith('/') ? `${vetted.path}index.html` : vetted.path;
    const content = pages.get(path);
    if (content !== undefined) return send(res, 200, TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', content);
    if (pages.has(`${path}/index.html`)) {
      // Built from the checked segments, so it always starts with one slash: never another host's address.
      res.writeHead(302, { ...SECURITY_HEADERS, 'Content-Security-Policy': INERT_POLICY, Location: `/${path.split('/').map(encodeURIComponent).join('/')}/`, 'Content-Length': 0 });
      return res.end();
    }
    if (raw.size === 0) return send(res, 200, TYPES.html!, ownPage('noSite'));
    return send(res, 404, TYPES.html!, ownPage('notFound'));
  };

  const server: Server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      // Answered by vetRequest, in both languages, like every other refusal.
      requireHostHeader: false,
      // Requests carry no body, so the whole request is its headers.
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node looks for overdue requests this often (30 s by default, far past a short timeout).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, limits.headersTimeoutMs / 2)),
    },
    handle,
  );
  server.maxConnections = limits.maxConnections;
  // A request Node cannot parse, too large, or too slow: one short answer if none was sent yet, then
  // the connection goes. It is half-closed first so the answer arrives before a reset can overtake it.
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (answered.has(socket)) return;
    if (err.code === 'ECONNRESET' || !socket.writable || (socket as Socket).bytesWritten > 0) return void socket.destroy();
    answered.add(socket);
    socket.end(rawRefusal(err.code === 'HPE_HEADER_OVERFLOW' ? 'headersTooLarge' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'timeout' : 'malformed'));
    setTimeout(() => socket.destroy(), REFUSED_SOCKET_GRACE_MS).unref();
  });
  const listen = (p: number) =>
    new Promise<number>((done, fail) => {
      const onError = (err: NodeJS.ErrnoException) => fail(err);
      server.once('error', onError);
      server.listen(p, HOST, () => {
        server.off('error', onError);
        const address = server.address();
        done(typeof address === 'object' && address ? address.port : p);
      });
    });
  const stop = async () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
    for (const c of configWatchers) c.watcher.close();
    for (const res of clients) res.end();
    clients.clear();
    await running;
    await host.close();
  };
  for (let attempt = 0; ; attempt++) {
    try {
      port = await listen(options.port === 0 ? 0 : options.port + attempt);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.strictPort || options.port === 0 || attempt >= 10) {
        await stop();
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(options.port + attempt);
        throw err;
      }
    }
  }

  return {
    url: `http://${HOST}:${port}/`,
    port,
    get version() {
      return version;
    },
    rebuild,
    async close() {
      await stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
