import { hostname } from 'node:os';
import { lstat, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { checkProviderFile, checkServiceFile } from '../check/files.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { readFound } from '../files/read.js';
import { displayPath } from '../load/discover.js';
import { COMPONENT_KEYS, type ComponentKey } from '../model/components.js';
import { takenCodes } from '../load/codes.js';
import { findProviderFile, findSchemaHome, portableRelative } from './locate.js';
import { cleanLine, deriveKode, isKode, KODE_RULE, LINE_PROBLEMS, lineProblem, slugify } from '../model/names.js';
import { newServiceText } from './new-service.js';
import { Refusal } from './refusal.js';
import { skipReason, writeNewFiles } from '../files/write-new.js';

export interface NewServiceRequest {
  /** The service name as typed, e.g. "Penerbitan Akta Kelahiran". */
  nama: string;
  kode?: string;
  /** The file to write, relative to `cwd` (default: layanan/<name>.yaml in the unit folder). */
  output?: string;
  /** The unit folder, relative to `cwd` (default: the nearest folder with penyelenggara.yaml, else `cwd`). */
  unit?: string;
  /** Write all 14 components, also those penyelenggara.yaml provides in `bawaan`. */
  lengkap?: boolean;
  cwd: string;
  lang: Lang;
}

export interface CreatedService {
  /** Absolute path of the new file. */
  path: string;
  kode: string;
  text: string;
  /** Components left to the `bawaan` of penyelenggara.yaml. */
  inherited: number;
  /** Components only shown as a commented example: their content is a fact only the unit knows. */
  pending: ComponentKey[];
  providerPath?: string;
  /** The check of the new file (with its provider's defaults). */
  diagnostics: Diagnostic[];
  /** Whether the editor finds the schema now; otherwise `npm install` has to run first. */
  schemaInstalled: boolean;
}

const LOCK_FILE = '.standar-new.lock';
/** A `new` holds the lock for well under a second; an older lock was left by a killed run. */
const STALE_LOCK_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Run `fn` while no other `standar new` works in the same unit folder, so that codes are handed
 * out as if the runs came one after the other: two services named alike at the same moment get
 * AKTA-KELAHIRAN and AKTA-KELAHIRAN-2, never the same code twice. The lock is a file made with
 * O_EXCL holding "pid host"; one left by a run that died is taken over. A folder that cannot hold
 * it (read-only, or missing until this run writes) runs unlocked, and so does one where something
 * else than a regular file stands at the lock's name: that is never removed or waited on.
 */
async function withUnitLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, LOCK_FILE);
  const owner = `${process.pid} ${hostname()}`;
  for (;;) {
    const made = await writeFile(lock, owner + '\n', { flag: 'wx' }).then(
      () => true,
      (err: NodeJS.ErrnoException) => (err.code === 'EEXIST' ? false : undefined),
    );
    if (made === undefined) return fn();
    if (made) break;
    const info = await lstat(lock).catch(() => undefined);
    if (!info) continue;
    if (!info.isFile()) return fn();
    const content = readFound(lock, { limit: 1024 });
    const [pid, host] = content.ok ? content.bytes.toString('utf8').trim().split(' ') : [];
    const dead = host === hostname() && Number(pid) > 0 && !alive(Number(pid));
    if (dead || Date.now() - info.mtimeMs > STALE_LOCK_MS) await rm(lock, { force: true });
    else await new Promise((r) => setTimeout(r, 20));
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}

/**
 * Create a service file with all 14 components, each explained, as `standar new` does: the file
 * is written only if nothing stands at its name, its code is unique in the unit, and the result
 * is checked. Throws a `Refusal` (nothing written) for a name or code that cannot be used, an
 * existing file, or a package.json npm could not read.
 */
export async function createService(request: NewServiceRequest): Promise<CreatedService> {
  const { cwd, lang } = request;
  const problem = lineProblem(request.nama);
  if (problem === 'empty') throw new Refusal({ id: 'Nama layanan tidak boleh kosong. Contoh: standar new "Penerbitan Akta Kelahiran"', en: 'The service name cannot be empty. Example: standar new "Penerbitan Akta Kelahiran"' });
  if (problem) throw new Refusal({ id: `Nama layanan ${JSON.stringify(request.nama)} ${LINE_PROBLEMS[problem].id}`, en: `The service name ${JSON.stringify(request.nama)} ${LINE_PROBLEMS[problem].en}` });
  const nama = cleanLine(request.nama);
  if (request.kode !== undefined && !isKode(request.kode)) {
    throw new Refusal({ id: `Kode ${JSON.stringify(request.kode)} tidak sah: ${KODE_RULE.id}, misalnya AKTA-KELAHIRAN.`, en: `The code ${JSON.stringify(request.kode)} is invalid: ${KODE_RULE.en}, e.g. AKTA-KELAHIRAN.` });
  }

  const nearest = await findProviderFile(cwd);
  const unitRoot = request.unit ? resolve(cwd, request.unit) : nearest ? dirname(nearest) : cwd;
  const target = request.output ? resolve(cwd, request.output) : join(unitRoot, 'layanan', `${slugify(nama)}.yaml`);
  // The default file is written below the unit folder, never through a folder link leading out of it.
  const root = request.output ? dirname(target) : unitRoot;
  const shown = displayPath(cwd, target);

  const opts = { lang, cwd };
  const providerPath = await findProviderFile(dirname(target));
  const provider = providerPath ? (await checkProviderFile(providerPath, opts)).provider : undefined;
  const bawaan = (provider?.data as { bawaan?: { komponen?: Record<string, unknown> } } | undefined)?.bawaan?.komponen;
  const inherited = new Set<ComponentKey>(request.lengkap || !bawaan ? [] : COMPONENT_KEYS.filter((k) => bawaan[k] !== undefined));
  const home = await findSchemaHome(dirname(target), opts);

  const { kode, text } = await withUnitLock(unitRoot, async () => {
    const taken = await takenCodes(unitRoot);
    if (request.kode && taken.has(request.kode.toUpperCase())) {
      throw new Refusal({ id: `Kode ${request.kode} sudah dipakai layanan lain di unit ini. Pilih kode lain.`, en: `The code ${request.kode} is already used by another service of this unit. Choose another.` });
    }
    const kode = request.kode ?? deriveKode(nama, taken);
    const text = newServiceText({ nama, kode, schemaPath: portableRelative(dirname(target), join(home.dir, 'layanan.schema.json')), inherited });
    const { skipped } = await writeNewFiles(root, new Map([[relative(root, target).split(sep).join('/'), text]]));
    const skip = skipped[0];
    if (skip?.reason === 'exists') throw new Refusal({ id: `${shown} sudah ada dan tidak ditimpa. Pakai nama lain, atau -o untuk berkas lain.`, en: `${shown} exists and was not overwritten. Use another name, or -o for another file.` });
    if (skip) throw new Refusal({ id: `${shown} tidak ditulis ${skipReason(skip).id}.`, en: `${shown} was not written ${skipReason(skip).en}.` });
    return { kode, text };
  });

  const check = await checkServiceFile(target, provider, opts);
  const written = parseDocument(text).get('komponen');
  const pending = COMPONENT_KEYS.filter((k) => !inherited.has(k) && !(isMap(written) && written.has(k)));
  return { path: target, kode, text, inherited: inherited.size, pending, providerPath: provider ? providerPath : undefined, diagnostics: check.diagnostics, schemaInstalled: home.installed };
}
