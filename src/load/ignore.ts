import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { picomatch } from './glob.js';
import { ancestors, nearestAbove } from '../files/folders.js';
import { readFound } from '../files/read.js';

export const IGNORE_FILE = '.standarignore';

/** Larger than any hand-written ignore list; a bigger file is not one. */
const IGNORE_FILE_LIMIT = 256 * 1024;

interface IgnoreLine {
  negated: boolean;
  /** A trailing "/": the pattern names folders only. */
  dirOnly: boolean;
  match: (relPath: string) => boolean;
}

/**
 * Lines of a .standarignore (or `abaikan:` entries) read as .gitignore reads them: "#" comments,
 * "!" re-includes, a "/" at the start or inside anchors the pattern to its folder, otherwise it
 * matches at any depth; a trailing "/" matches folders only; `*` matches dotfiles too. Built on
 * picomatch, which the package already uses for globs, rather than adding a dependency.
 */
export function parseIgnoreLines(lines: readonly string[]): IgnoreLine[] {
  const out: IgnoreLine[] = [];
  for (const raw of lines) {
    // Trailing spaces are dropped unless escaped with a backslash.
    let line = raw.replace(/(?<!\\)\s+$/, '').replace(/\\(\s)$/, '$1');
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.replace(/\/+$/, '');
    if (line === '') continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const glob = anchored || line.startsWith('**') ? line : `**/${line}`;
    out.push({ negated, dirOnly, match: picomatch()(glob, { dot: true }) });
  }
  return out;
}

/** Patterns and the folder they are relative to. */
export interface IgnoreSet {
  base: string;
  lines: IgnoreLine[];
}

function verdict(set: IgnoreSet, rel: string, isDir: boolean): boolean | undefined {
  let result: boolean | undefined;
  for (const line of set.lines) {
    if (line.dirOnly && !isDir) continue;
    if (line.match(rel)) result = !line.negated;
  }
  return result;
}

/**
 * Whether `path` (absolute, a file) is ignored by `set`. As in git, a file in an ignored folder
 * cannot be brought back by a later "!" line: its folder is never looked into.
 */
export function isIgnored(set: IgnoreSet, path: string): boolean {
  const rel = relative(set.base, path);
  if (rel === '' || rel.startsWith('..')) return false;
  const parts = rel.split(sep);
  for (let i = 1; i < parts.length; i++) if (verdict(set, parts.slice(0, i).join('/'), true)) return true;
  return verdict(set, parts.join('/'), false) ?? false;
}

/** The folder holding `.git`, at or above `dir`: a .standarignore is not looked for above it. */
function repositoryRoot(dir: string): string | undefined {
  for (const d of ancestors(dir)) if (existsSync(join(d, '.git'))) return d;
  return undefined;
}

/**
 * The .standarignore that governs files in `dir`: the nearest one in it or above it, not above
 * the repository's root. Cached by folder; an unreadable one (a FIFO, a folder) ignores nothing.
 */
export function createIgnoreFinder(): (dir: string) => IgnoreSet | undefined {
  const cache = new Map<string, IgnoreSet | null>();
  const readAt = (dir: string): IgnoreSet | null => {
    const path = join(dir, IGNORE_FILE);
    if (!existsSync(path)) return null;
    const read = readFound(path, { limit: IGNORE_FILE_LIMIT });
    return { base: dir, lines: read.ok ? parseIgnoreLines(read.bytes.toString('utf8').split(/\r\n|\r|\n/)) : [] };
  };
  return (dir) => (cache.has(dir) ? cache.get(dir) : nearestAbove(dir, readAt, cache, repositoryRoot(dir))) ?? undefined;
}
