import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { fileProblemMessage } from '../../files/messages.js';
import { git, GitUnavailable, revisionProblem } from '../../files/git.js';
import { readFound } from '../../files/read.js';
import { localize, type Lang, type Text } from '../../i18n/index.js';
import { displayPath, isProviderFile } from '../../load/discover.js';
import { DEFAULT_MAX_FILE_SIZE, parseSource, type SourceFile } from '../../load/source.js';
import { applyDefaults, type ProviderDoc } from '../../load/unit.js';
import type { PenyelenggaraPelayanan } from '../../types/schema.js';
import type { DocumentKind } from '../../schema/validators.js';
import { findProviderFile } from '../locate.js';

/** One side of a comparison: a file in the working tree, or that file at a git revision. */
export interface SideSpec {
  /** Absolute path of the file in the working tree. */
  path: string;
  rev?: string;
}

/** "HEAD~1:layanan/ktp.yaml" (git's own notation) unless such a file exists; "C:\..." is a path. */
export function parseSide(arg: string, cwd: string): SideSpec {
  const m = /^([^:]+):(.+)$/.exec(arg);
  if (!m || existsSync(resolve(cwd, arg)) || /^[A-Za-z]:[\\/]/.test(arg)) return { path: resolve(cwd, arg) };
  return { path: resolve(cwd, m[2]!), rev: m[1]! };
}

/** `--rev A` compares A with the working tree; `--rev A..B` compares two revisions. */
export function sidesFromRev(file: string, rev: string | undefined, cwd: string): [SideSpec, SideSpec] {
  const path = resolve(cwd, file);
  const [from, to] = (rev ?? 'HEAD').split('..');
  return [{ path, rev: from || 'HEAD' }, to ? { path, rev: to } : { path }];
}

export const sideLabel = (spec: SideSpec, cwd: string) => (spec.rev ? `${spec.rev}:${displayPath(cwd, spec.path).split(sep).join('/')}` : displayPath(cwd, spec.path));
export const kindOf = (spec: SideSpec): DocumentKind => (isProviderFile(spec.path) ? 'penyelenggara' : 'layanan');

/** Why a side could not be read: said to the user as is. */
export class SideError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** The file's text on this side; undefined when the file does not exist there (added or deleted). */
async function readSide(spec: SideSpec, cwd: string, target = spec.path): Promise<string | undefined> {
  const shown = sideLabel({ ...spec, path: target }, cwd);
  if (!spec.rev) {
    // Never opened when it is a FIFO or a device: a comparison must not wait forever.
    const read = readFound(target, { limit: DEFAULT_MAX_FILE_SIZE });
    if (read.ok) return read.bytes.toString('utf8');
    if (read.reason === 'missing') return undefined;
    if (read.reason === 'not-regular' && read.kind === 'directory') throw new SideError({ id: `${shown} adalah folder; bandingkan satu berkas.`, en: `${shown} is a folder; compare one file.` });
    const say = (lang: Lang) => {
      const { def, params } = fileProblemMessage(read, { path: shown }, lang);
      return localize(def, lang, params).message;
    };
    throw new SideError({ id: say('id'), en: say('en') });
  }
  const dir = dirname(spec.path);
  const problem = revisionProblem(spec.rev);
  if (problem) throw new SideError(problem);
  try {
    // "./" makes git read the path relative to the file's folder, wherever the repository root is.
    // "--end-of-options": whatever the revision holds, git reads it as an object name, never as an
    // option. ("--" is not added: it would turn "no such file at that revision" into "bad revision".)
    return await git(dir, ['show', '--end-of-options', `${spec.rev}:./${relative(dir, target).split(sep).join('/')}`]);
  } catch (err) {
    if (err instanceof GitUnavailable) throw new SideError(err.text);
    const message = (err as Error).message;
    if (/does not exist in|exists on disk, but not in/.test(message)) return undefined;
    if (/not a git repository/.test(message)) throw new SideError({ id: `${displayPath(cwd, dir)} tidak berada dalam repositori git, jadi revisi "${spec.rev}" tidak dapat dibaca.`, en: `${displayPath(cwd, dir)} is not inside a git repository, so the revision "${spec.rev}" cannot be read.` });
    if (/invalid object name|unknown revision|bad revision|ambiguous argument/.test(message)) throw new SideError({ id: `Revisi "${spec.rev}" tidak dikenal. Contoh yang sah: HEAD~1, main, atau kode commit (lihat "git log --oneline").`, en: `Unknown revision "${spec.rev}". Valid examples: HEAD~1, main, or a commit id (see "git log --oneline").` });
    throw new SideError({ id: `git gagal membaca ${shown}: ${message}`, en: `git could not read ${shown}: ${message}` });
  }
}

export interface LoadedSide {
  label: string;
  /** The document with the provider's defaults applied (or as written); undefined when absent. */
  data: unknown;
  exists: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Read and parse one side. A service is compared as it takes effect: with the defaults of the
 * penyelenggara.yaml of the same side (the same revision), unless `asWritten`.
 */
export async function loadSide(spec: SideSpec, options: { cwd: string; lang: Lang; asWritten?: boolean }): Promise<LoadedSide> {
  const label = sideLabel(spec, options.cwd);
  const text = await readSide(spec, options.cwd);
  if (text === undefined) return { label, data: undefined, exists: false, diagnostics: [] };
  const parsed = parseSource(label, text, options.lang);
  if (!parsed.source) return { label, data: undefined, exists: true, diagnostics: parsed.diagnostics };
  if (kindOf(spec) === 'penyelenggara' || options.asWritten) return { label, data: parsed.source.data, exists: true, diagnostics: parsed.diagnostics };

  const providerPath = await findProviderFile(dirname(spec.path));
  const providerText = providerPath ? await readSide(spec, options.cwd, providerPath).catch(() => undefined) : undefined;
  const providerSource: SourceFile | undefined = providerText === undefined ? undefined : parseSource(basename(providerPath!), providerText, options.lang).source;
  const provider: ProviderDoc | undefined = providerSource ? { source: providerSource, data: providerSource.data as PenyelenggaraPelayanan, valid: true } : undefined;
  return { label, data: applyDefaults(parsed.source, provider, true).data, exists: true, diagnostics: parsed.diagnostics };
}
