import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { ancestors } from '../files/folders.js';
import { isExecutableFile, isInside, isPresent } from '../files/read.js';
import type { Lang, MessageDef, Params } from '../i18n/index.js';
import { makeDiagnostic } from '../load/source.js';
import { CONFIG_RULE } from './load.js';
import { CONFIG_MESSAGES } from './messages.js';
import type { ChromiumSetting } from './types.js';

/**
 * The folder tree whose files may arrive in a pull request: the outermost git repository that
 * holds the configuration file (a submodule's parent included), else the file's own folder.
 */
function originTree(configFile: string): string {
  let start: string;
  try {
    start = realpathSync.native(dirname(configFile));
  } catch {
    return dirname(configFile);
  }
  let tree = start;
  for (const dir of ancestors(start)) if (isPresent(join(dir, '.git'))) tree = dir;
  return tree;
}

/**
 * The first of `real` and the folders above it that every user of the machine may change: the
 * file itself writable by all, or a folder writable by all without the sticky bit (which, as on
 * /tmp, keeps others from replacing what they do not own). Windows has no such bits.
 */
function writableByAll(real: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  for (let path = real; ; path = dirname(path)) {
    const mode = statSync(path).mode;
    if (mode & 0o002 && (path === real || !(mode & 0o1000))) return path;
    if (dirname(path) === path) return undefined;
  }
}

export interface CheckedChromium {
  /** The browser to run, as the setting named it; absent when the setting is refused. */
  path?: string;
  /** A refusal (error), or a warning about a setting that still works. */
  diagnostics: Diagnostic[];
}

/**
 * Whether the browser named by `pdf.chromium` may be run. CI builds pull requests, often as root,
 * and a configuration file is part of them: a setting naming a file of the repository would run
 * whatever the pull request committed. So the browser must lie outside the configuration file's
 * tree (`originTree`), both the name written and where its symlinks lead, and be an ordinary
 * executable file nobody else can replace. A relative path that passes still works, with a warning.
 */
export function checkChromiumSetting(setting: ChromiumSetting, lang: Lang): CheckedChromium {
  const say = (def: MessageDef, params: Params, severity: Severity = 'error') =>
    makeDiagnostic(setting.file, setting.position, '/pdf/chromium', { rule: CONFIG_RULE, def, params, severity }, lang);
  const refuse = (def: MessageDef, params: Params): CheckedChromium => ({ diagnostics: [say(def, params)] });
  let real: string;
  let named: string;
  try {
    real = realpathSync.native(setting.path);
    // The name with only its folders resolved: a link committed to the repository is refused even when it leads to a real browser.
    named = join(realpathSync.native(dirname(setting.path)), basename(setting.path));
  } catch {
    return refuse(CONFIG_MESSAGES.chromiumMissing, { path: setting.path });
  }
  const tree = originTree(setting.config);
  if (isInside(tree, named)) return refuse(CONFIG_MESSAGES.chromiumInside, { path: named, tree });
  if (isInside(tree, real)) return refuse(CONFIG_MESSAGES.chromiumInside, { path: real, tree });
  if (!isExecutableFile(real)) return refuse(CONFIG_MESSAGES.chromiumNotRunnable, { path: setting.path });
  const writable = writableByAll(real);
  if (writable) return refuse(CONFIG_MESSAGES.chromiumWritable, { path: setting.path, writable });
  return { path: setting.path, diagnostics: isAbsolute(setting.written) ? [] : [say(CONFIG_MESSAGES.chromiumRelative, { written: setting.written, path: setting.path }, 'warning')] };
}
