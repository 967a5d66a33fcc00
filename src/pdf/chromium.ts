import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pdfError, type PdfError } from './errors.js';

/** Where distributions put Chromium or Chrome, most likely first. */
export const USUAL_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Names looked up on PATH after the usual paths (Nix, Homebrew, custom prefixes). */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

export interface ChromiumLookup {
  /** A path the user set explicitly (configuration file or command-line flag). */
  configured?: string;
  /** How to name where `configured` came from in a message, e.g. "standar.config.yaml". */
  configuredBy?: string;
  env?: Record<string, string | undefined>;
  /** For tests: what counts as an installed browser. */
  isExecutable?: (path: string) => boolean;
  candidates?: readonly string[];
}

export type ChromiumFound = { ok: true; path: string; source: 'config' | 'env' | 'system' } | { ok: false; error: PdfError };

/** An ordinary file this process may run (a folder with the x bit is not one). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: an explicit setting wins, then PUPPETEER_EXECUTABLE_PATH, then the
 * usual install locations and PATH. An explicit setting that points nowhere is an error rather
 * than a silent fallback, so a typo is not hidden by another browser printing differently.
 */
export function findChromium(lookup: ChromiumLookup = {}): ChromiumFound {
  const env = lookup.env ?? process.env;
  const ok = lookup.isExecutable ?? isExecutableFile;
  if (lookup.configured) {
    return ok(lookup.configured)
      ? { ok: true, path: lookup.configured, source: 'config' }
      : { ok: false, error: pdfError('chromiumBadPath', { source: lookup.configuredBy ?? 'konfigurasi', path: lookup.configured }) };
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    return ok(fromEnv) ? { ok: true, path: fromEnv, source: 'env' } : { ok: false, error: pdfError('chromiumBadPath', { source: 'PUPPETEER_EXECUTABLE_PATH', path: fromEnv }) };
  }
  const candidates = lookup.candidates ?? USUAL_CHROMIUM_PATHS;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  for (const path of [...candidates, ...onPath]) if (ok(path)) return { ok: true, path, source: 'system' };
  return { ok: false, error: pdfError('chromiumMissing', { searched: ['PUPPETEER_EXECUTABLE_PATH', ...candidates.slice(0, 4), 'PATH'].join(', ') }) };
}
