import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Browser, CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { findChromium, type ChromiumLookup } from './chromium.js';
import { pdfError, PdfFailure, reasonOf, type PdfError } from './errors.js';
import { killTree } from './processes.js';
import { createProfile, removeStaleProfiles } from './profile.js';

/**
 * An address Chromium refuses by itself: port 9 is on its list of restricted ports, so a request
 * there ends as ERR_UNSAFE_PORT before any name lookup, proxy or connection (and `.invalid` is a
 * name that never resolves).
 */
const NOWHERE = 'https://offline.invalid:9/';

/**
 * Chromium's own traffic to Google, which --disable-background-networking and the other flags do
 * not stop (seen through a loopback proxy: 7 requests in a 92-PDF run, none from the pages).
 * Build machines of government offices are meant to be offline, and printing needs none of it.
 */
const OFFLINE_FLAGS = [
  // The network clock: GET clients2.google.com/time (puppeteer merges every --disable-features).
  '--disable-features=NetworkTimeServiceQuerying',
  // On-demand component updates, which --disable-component-update leaves on: the on-device AI
  // model manifest is checked (POST update.googleapis.com/service/update2) on every start.
  `--component-updater=url-source=${NOWHERE}`,
  // Google account checks (accounts.google.com/ListAccounts, retried with back-off), made on a
  // fresh profile even with sign-in switched off in its preferences.
  `--gaia-url=${NOWHERE}`,
];

/** Flags measured to work for printing in a container or CI: no sandbox, GPU, or background traffic. */
export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
  ...OFFLINE_FLAGS,
];

/** What the engine launches Chromium with. */
export const CHROMIUM_FLAGS = [
  ...BASE_FLAGS,
  // One process instead of eight to ten. Measured on a 2-core machine with two pages printing:
  // the process-per-page layout spawns a print-compositor process per document and adds up to
  // about 1 GB of resident memory (each process maps the same 130-180 MB of code) at 11-17
  // documents/s; in one process it stays near 350 MB at 21-27 documents/s. The isolation it gives
  // up protects against hostile scripts and sites, and these pages run no script and load nothing.
  // A crash or a stuck document costs one browser restart, which the engine does by itself.
  '--single-process',
  // Renderer work nobody prints with: the spare renderer kept for a next navigation, and the
  // omnibox pop-ups the new headless mode preloads (unknown names are ignored by other versions).
  '--disable-features=SpareRendererForSitePerProcess,PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/**
 * Profile preferences: no network prediction, so a refused navigation (an iframe, a meta refresh)
 * does not even open a connection or look up a name before the request is refused.
 */
const PREFERENCES = { net: { network_prediction_options: 2 } };

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_RECYCLE_AFTER = 100;
/**
 * Rendering keeps the caches of earlier documents (decoded fonts, layout and paint memory) and
 * grows by about 100 MB per page before it levels off; every few documents Chromium is told
 * memory is critical, which empties them (measured: peak 583 → 497 MB over 300 documents).
 */
const PURGE_EVERY = 10;
const MAX_CRASHES = 3;
/** Starts of Chromium tried before a run is told it cannot start, and the pause between them. */
const LAUNCH_ATTEMPTS = 2;
const LAUNCH_RETRY_MS = 500;
/** How long a normal shutdown may take before the process tree is killed. */
const CLOSE_GRACE_MS = 5_000;

/** Pages printing at once: one per CPU, at most 4 (while one page lays out, another is printed). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export interface PdfEngineOptions extends ChromiumLookup {
  /** Pages printing at once (default: CPU count, at most 4). */
  poolSize?: number;
  /** A page is closed and replaced after this many documents, so memory stays flat (default 100). */
  recycleAfter?: number;
  /** Per-document limit in milliseconds (default 60 000). */
  timeoutMs?: number;
  /** Flags added to CHROMIUM_FLAGS. */
  chromiumArgs?: readonly string[];
}

export interface PrintOptions {
  /** PDF bookmarks from the document's headings. */
  outline?: boolean;
  /** Overrides the engine's per-document limit, e.g. for a whole booklet. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface PrintedPdf {
  ok: true;
  pdf: Uint8Array;
  ms: number;
  /** Addresses the document tried to load and that were refused (only data: URLs are allowed). */
  blocked: string[];
}

export type PrintResult = PrintedPdf | { ok: false; error: PdfError };

interface PooledPage {
  page: Page;
  cdp: CDPSession;
  uses: number;
  blocked: string[];
  browser: Browser;
}

/** The browser died under a document (crash, out of memory, killed from outside). */
/** The browser went away under a document: it crashed, or another document's timeout restarted it. */
class BrowserGone extends Error {
  constructor(
    reason: string,
    /** Restarted on purpose for another document: no fault of this one. */
    readonly forOther: boolean,
  ) {
    super(reason);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** A counting semaphore: at most `size` documents hold a page at once. */
class Slots {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * One Chromium per run, started on the first document, printing through a pool of reused pages.
 * Every page runs with JavaScript off and refuses every request that is not a data: URL, so a
 * document prints exactly what its HTML holds and nothing reaches the network.
 * `print` never throws: a document that fails comes back as a result with the reason.
 */
export class PdfEngine {
  readonly poolSize: number;
  readonly recycleAfter: number;
  readonly timeoutMs: number;
  /** Browsers launched, pages opened, documents printed: what recycling and reuse look like. */
  readonly stats = { browsers: 0, pages: 0, documents: 0 };
  private readonly lookup: ChromiumLookup;
  private readonly chromiumArgs?: readonly string[];
  private readonly slots: Slots;
  private browser?: Promise<Browser>;
  private current?: Browser;
  private retired = new WeakSet<Browser>();
  private profiles = new WeakMap<Browser, string>();
  private idle: PooledPage[] = [];
  private closing = new Set<Promise<void>>();
  private userDataDirs = new Set<string>();
  private pids = new Set<number>();
  private crashes = 0;
  private readonly crashed = new WeakSet<Browser>();
  private closed = false;

  constructor(options: PdfEngineOptions = {}) {
    this.poolSize = Math.max(1, options.poolSize ?? defaultPoolSize());
    this.recycleAfter = Math.max(1, options.recycleAfter ?? DEFAULT_RECYCLE_AFTER);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.lookup = options;
    this.chromiumArgs = options.chromiumArgs;
    this.slots = new Slots(this.poolSize);
  }

  /** Whether Chromium has been started (it is only started when a PDF is asked for). */
  get started(): boolean {
    return this.browser !== undefined;
  }

  /** Process id of the running browser, for memory measurement. */
  get browserPid(): number | undefined {
    return [...this.pids].at(-1);
  }

  async print(html: string, options: PrintOptions = {}): Promise<PrintResult> {
    // A browser that crashed under one document gets one more try on a fresh browser; a restart
    // caused by another document's timeout is not this document's try.
    for (let crashes = 0; ; ) {
      try {
        return await this.printOnce(html, options);
      } catch (err) {
        if (options.signal?.aborted || this.closed) return { ok: false, error: pdfError('aborted') };
        if (err instanceof BrowserGone && (err.forOther || crashes++ === 0)) continue;
        return { ok: false, error: err instanceof PdfFailure ? err.error : pdfError('renderFailed', { reason: reasonOf(err) }) };
      }
    }
  }

  private async printOnce(html: string, options: PrintOptions): Promise<PrintedPdf> {
    if (options.signal?.aborted) throw new PdfFailure(pdfError('aborted'));
    await this.slots.take();
    let pooled: PooledPage | undefined;
    let healthy = false;
    try {
      pooled = await this.acquirePage();
      const started = performance.now();
      const timeoutMs = options.timeoutMs ?? this.timeoutMs;
      const work = this.render(pooled, html, options.outline ?? false);
      work.catch(() => {});
      const pdf = await withTimeout(work, timeoutMs, options.signal);
      healthy = true;
      this.stats.documents++;
      return { ok: true, pdf, ms: performance.now() - started, blocked: pooled.blocked.splice(0) };
    } catch (err) {
      const timedOut = err instanceof PdfFailure && err.error.kind === 'timeout';
      if (pooled && !timedOut) this.throwIfGone(pooled.browser, err);
      // The renderer may be stuck on this document, and every page shares it: start afresh.
      if (pooled && err instanceof PdfFailure && err.error.kind === 'timeout') this.retire(pooled.browser);
      throw err;
    } finally {
      if (pooled) this.releasePage(pooled, healthy);
      this.slots.give();
    }
  }

  private async render(pooled: PooledPage, html: string, outline: boolean): Promise<Uint8Array> {
    pooled.blocked.length = 0;
    pooled.uses++;
    // Never a file:// URL: the document is written into about:blank, so relative paths resolve nowhere.
    await pooled.page.setContent(html, { waitUntil: 'load', timeout: 0 });
    // A web font is fetched when laid-out text first needs it, and the print fonts are only needed
    // by the print layout: printing straight away could start before they were decoded, and text
    // in a font still loading (font-display: block) is printed invisible, a PDF with no text at
    // all (seen on the first documents of a fresh browser). So lay the page out as print and wait
    // for its fonts first. This runs in DevTools, not in the page, whose scripts stay off.
    await pooled.page.evaluate(() => {
      void document.documentElement.offsetHeight;
      return document.fonts.ready.then(() => true);
    });
    const pdf = await pooled.page.pdf({ printBackground: true, preferCSSPageSize: true, format: 'A4', tagged: true, outline, timeout: 0 });
    if (pooled.uses % PURGE_EVERY === 0) await pooled.cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
    return pdf;
  }

  /** The browser can be killed (by a restart) before its 'disconnected' event has run. */
  private throwIfGone(browser: Browser, err: unknown): void {
    if (browser.connected && !this.retired.has(browser)) return;
    throw new BrowserGone(reasonOf(err), this.retired.has(browser) && !this.crashed.has(browser));
  }

  private async acquirePage(): Promise<PooledPage> {
    const browser = await this.getBrowser();
    for (let p = this.idle.pop(); p; p = this.idle.pop()) if (p.browser === browser && !p.page.isClosed()) return p;
    try {
      return await this.newPooledPage(browser);
    } catch (err) {
      this.throwIfGone(browser, err);
      throw err;
    }
  }

  private async newPooledPage(browser: Browser): Promise<PooledPage> {
    // A recycled page is gone before its successor comes, so their memory never adds up.
    await Promise.all(this.closing);
    const page = await browser.newPage();
    this.stats.pages++;
    const pooled: PooledPage = { page, cdp: await page.createCDPSession(), uses: 0, blocked: [], browser };
    await page.setJavaScriptEnabled(false);
    await page.emulateMediaType('print');
    // Documents are written into the same page one after another, and a Content-Security-Policy
    // from a <meta> stays with the page: the previous document's style hashes would block the
    // next one's styles. The page's own locks (no script, no request but data:) stand in for it.
    await page.setBypassCSP(true);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.url().startsWith('data:')) void request.continue().catch(() => {});
      else {
        pooled.blocked.push(request.url());
        // A refused navigation (meta refresh, a link target) would replace the document with an
        // error page; cancelling it as "aborted" keeps the document that was set.
        const navigates = request.isNavigationRequest() && request.frame() === page.mainFrame();
        void request.abort(navigates ? 'aborted' : 'blockedbyclient').catch(() => {});
      }
    });
    return pooled;
  }

  private releasePage(pooled: PooledPage, healthy: boolean): void {
    if (healthy && pooled.uses < this.recycleAfter && !this.closed) {
      this.idle.push(pooled);
      return;
    }
    // A page that timed out may have a stuck renderer: it is dropped, never reused.
    const closing: Promise<void> = Promise.race([pooled.page.close(), delay(CLOSE_GRACE_MS)])
      .catch(() => {})
      .finally(() => this.closing.delete(closing));
    this.closing.add(closing);
  }

  private getBrowser(): Promise<Browser> {
    if (this.closed) return Promise.reject(new PdfFailure(pdfError('aborted')));
    this.browser ??= this.launch();
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    if (this.crashes >= MAX_CRASHES) throw new PdfFailure(pdfError('browserCrashed', { count: this.crashes }));
    const found = findChromium(this.lookup);
    if (!found.ok) throw new PdfFailure(found.error);
    // A run killed outright (SIGKILL, out of memory) could not remove its profile: the next one does.
    if (this.stats.browsers === 0) removeStaleProfiles();
    // Loaded with the first browser: importing the library, or validating, never loads Chromium's driver.
    const { default: puppeteer } = await import('puppeteer-core');
    let browser: Browser | undefined;
    let userDataDir = '';
    // A Chromium that starts on a busy machine sometimes closes its first target before the
    // driver attaches ("Target closed"): tried once more before the run is told it cannot start.
    for (let attempt = 1; !browser; attempt++) {
      // A fresh profile each run: nothing carried over from another run or from the user's browser.
      userDataDir = createProfile(PREFERENCES);
      this.userDataDirs.add(userDataDir);
      try {
        browser = await puppeteer.launch({
          executablePath: found.path,
          headless: true,
          // A pipe instead of a port: nothing listens on the network, and Chromium exits when we do.
          pipe: true,
          userDataDir,
          args: [...CHROMIUM_FLAGS, ...(this.chromiumArgs ?? [])],
          // Signals are handled by the caller, which also removes half-written files.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
          timeout: 30_000,
        });
      } catch (err) {
        rmSync(userDataDir, { recursive: true, force: true });
        this.userDataDirs.delete(userDataDir);
        if (attempt >= LAUNCH_ATTEMPTS || this.closed) throw new PdfFailure(pdfError('launchFailed', { path: found.path, reason: reasonOf(err) }));
        await delay(LAUNCH_RETRY_MS);
      }
    }
    this.stats.browsers++;
    const pid = browser.process()?.pid;
    if (pid !== undefined) this.pids.add(pid);
    if (this.closed) {
      this.forget(browser, userDataDir);
      throw new PdfFailure(pdfError('aborted'));
    }
    this.current = browser;
    this.profiles.set(browser, userDataDir);
    browser.on('disconnected', () => {
      if (this.closed) return;
      // Crashed or killed from outside: the next document starts a new browser.
      if (!this.retired.has(browser)) {
        this.crashes++;
        this.crashed.add(browser);
      }
      this.retire(browser);
    });
    // The tab Chromium opens at start would be one more renderer process holding memory.
    for (const page of await browser.pages()) void page.close().catch(() => {});
    return browser;
  }

  /** Stop using a browser: later documents start a new one; its own in-flight ones are retried. */
  private retire(browser: Browser): void {
    this.retired.add(browser);
    if (this.current === browser) {
      this.current = undefined;
      this.browser = undefined;
    }
    this.idle = this.idle.filter((p) => p.browser !== browser);
    this.forget(browser, this.profiles.get(browser)!);
  }

  /** Kill a browser's processes and remove its profile. */
  private forget(browser: Browser, userDataDir: string): void {
    const pid = browser.process()?.pid;
    if (pid !== undefined) {
      killTree(pid);
      this.pids.delete(pid);
    }
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    this.userDataDirs.delete(userDataDir);
  }

  /** Close the browser and remove its profile. Safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    const pending = this.browser;
    this.browser = undefined;
    this.idle = [];
    if (pending) {
      const browser = await pending.catch(() => undefined);
      if (browser) {
        await Promise.race([browser.close().catch(() => {}), delay(CLOSE_GRACE_MS)]);
      }
    }
    this.killNow();
  }

  /**
   * Synchronous, for signal handlers: kill every Chromium process this engine started and remove
   * its profile. Documents in flight end as "aborted".
   */
  killNow(): void {
    this.closed = true;
    for (const pid of this.pids) killTree(pid);
    this.pids.clear();
    for (const dir of this.userDataDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    this.userDataDirs.clear();
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const limits = new Promise<never>((_, reject) => {
    if (ms > 0) timer = setTimeout(() => reject(new PdfFailure(pdfError('timeout', { seconds: Math.round(ms / 100) / 10 }))), ms);
    onAbort = () => reject(new PdfFailure(pdfError('aborted')));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, limits]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
