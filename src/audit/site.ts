import { statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readFound } from '../files/read.js';
import { MAX_MANIFEST_BYTES, SITE_MANIFEST } from '../render/site-files.js';

/** What a build left of a unit's site: the files its manifest lists and when it was written. */
export interface BuiltSite {
  /** The site's folder, as paths are shown. */
  folder: string;
  files: ReadonlySet<string>;
  /** When the manifest was written, the build's last step (ms since the epoch). */
  builtAt: number;
}

function readManifest(dir: string): { files: Set<string>; builtAt: number } | undefined {
  const path = join(dir, SITE_MANIFEST);
  const read = readFound(path, { limit: MAX_MANIFEST_BYTES });
  if (!read.ok) return undefined;
  try {
    const data = JSON.parse(read.bytes.toString('utf8')) as { berkas?: unknown };
    if (!Array.isArray(data.berkas)) return undefined;
    return { files: new Set(data.berkas.filter((f): f is string => typeof f === 'string')), builtAt: statSync(path).mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * A unit's built site under `root`: `root` itself when it was built from this unit alone (one
 * unit audited), else `root/<unit folder name>/`, as a portal lays its units out.
 */
export function findBuiltSite(root: string, unitDir: string, single: boolean, cwd: string): BuiltSite | undefined {
  for (const dir of single ? [root, join(root, basename(unitDir))] : [join(root, basename(unitDir))]) {
    const manifest = readManifest(dir);
    if (manifest) return { folder: relative(cwd, dir) || '.', ...manifest };
  }
  return undefined;
}

/** When a file was last changed, 0 when it cannot be read (then it says nothing against the site). */
export function changedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
