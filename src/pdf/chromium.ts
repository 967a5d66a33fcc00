import { posix, win32 } from 'node:path';
import type { Text } from '../i18n/index.js';
import { linuxFamily, readOsRelease } from '../files/os.js';
import { isExecutableFile } from '../files/read.js';
import { pdfError, type PdfError } from './errors.js';

/** Where Linux distributions put Chromium, Chrome or Edge, most likely first. */
const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge-stable',
  '/usr/bin/microsoft-edge',
  '/opt/microsoft/msedge/msedge',
];

const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];

/** Installed for all users (Program Files) or for one (Chrome's per-user install under LocalAppData); Edge comes with Windows 10 and 11. */
const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];

/** Where Chromium, Chrome or Edge usually are on `platform`, most likely first. */
export function usualChromiumPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    const home = env.HOME;
    return [...MAC_APPS.map((app) => `/Applications/${app}`), ...(home ? MAC_APPS.map((app) => posix.join(home, 'Applications', app)) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return WINDOWS_APPS.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  return LINUX_PATHS;
}

/** The usual paths of this system. */
export const USUAL_CHROMIUM_PATHS = usualChromiumPaths(process.platform, process.env);

/** Names looked up on PATH after the usual paths (Nix, Homebrew, custom prefixes). */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome', 'microsoft-edge-stable', 'microsoft-edge', 'msedge'];


/** How to get a browser on this system, in both languages. */
export function installFix(platform: NodeJS.Platform, osRelease = ''): Text {
  if (platform === 'win32') {
    return {
      id: 'Microsoft Edge bawaan Windows 10/11 biasanya sudah ada; bila tidak, pasang Google Chrome dari https://www.google.com/chrome/ atau Microsoft Edge dari https://www.microsoft.com/edge.',
      en: 'Microsoft Edge usually comes with Windows 10/11; if it is not there, install Google Chrome from https://www.google.com/chrome/ or Microsoft Edge from https://www.microsoft.com/edge.',
    };
  }
  if (platform === 'darwin') {
    return {
      id: 'Pasang Google Chrome dengan "brew install --cask google-chrome", atau unduh dari https://www.google.com/chrome/ lalu pindahkan ke folder Applications.',
      en: 'Install Google Chrome with "brew install --cask google-chrome", or download it from https://www.google.com/chrome/ and move it to the Applications folder.',
    };
  }
  const command = {
    debian: 'sudo apt-get install -y chromium',
    ubuntu: 'sudo snap install chromium',
    fedora: 'sudo dnf install -y chromium',
    arch: 'sudo pacman -S chromium',
    alpine: 'sudo apk add chromium',
    suse: 'sudo zypper install chromium',
  }[linuxFamily(osRelease) ?? 'debian'];
  const known = linuxFamily(osRelease) !== undefined;
  return {
    id: `Pasang Chromium dengan "${command}"${known ? '' : ' (Debian; di distribusi lain pakai pengelola paketnya)'}, atau jalankan "bash scripts/setup.sh".`,
    en: `Install Chromium with "${command}"${known ? '' : ' (Debian; on other distributions use their package manager)'}, or run "bash scripts/setup.sh".`,
  };
}


export interface ChromiumLookup {
  /** A path the user set explicitly (configuration file or command-line flag). */
  configured?: string;
  /** How to name where `configured` came from in a message, e.g. "standar.config.yaml". */
  configuredBy?: string;
  env?: Record<string, string | undefined>;
  /** For tests: what counts as an installed browser. */
  isExecutable?: (path: string) => boolean;
  candidates?: readonly string[];
  /** For tests: the system looked on (paths, PATH's separator, the fix named when none is found). */
  platform?: NodeJS.Platform;
  /** For tests: /etc/os-release, which names the Linux distribution. */
  osRelease?: string;
}

export type ChromiumFound = { ok: true; path: string; source: 'config' | 'env' | 'system' } | { ok: false; error: PdfError };

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
  const platform = lookup.platform ?? process.platform;
  const candidates = lookup.candidates ?? (lookup.platform || lookup.env ? usualChromiumPaths(platform, env) : USUAL_CHROMIUM_PATHS);
  const path = platform === 'win32' ? win32 : posix;
  // Windows keeps PATH as Path, and runs names with .exe.
  const searchPath = platform === 'win32' ? (env.PATH ?? env.Path ?? '') : (env.PATH ?? '');
  const names = platform === 'win32' ? PATH_NAMES.map((n) => `${n}.exe`) : PATH_NAMES;
  const onPath = searchPath.split(path.delimiter).filter(Boolean).flatMap((dir) => names.map((name) => path.join(dir, name)));
  for (const candidate of [...candidates, ...onPath]) if (ok(candidate)) return { ok: true, path: candidate, source: 'system' };
  const fix = installFix(platform, lookup.osRelease ?? (platform === 'linux' ? readOsRelease() : ''));
  return { ok: false, error: pdfError('chromiumMissing', { searched: ['PUPPETEER_EXECUTABLE_PATH', ...candidates.slice(0, 4), 'PATH'].join(', '), fix_id: fix.id, fix_en: fix.en }) };
}
