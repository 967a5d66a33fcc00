import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { loadUnits } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import { localize, type Lang } from '../i18n/index.js';
import type { UnitSummary } from '../render/portal/catalogue.js';
import { buildSite, gate, isDraft, NO_MAKLUMAT, prepareUnit, RenderError } from '../render/index.js';
import { unitView } from '../render/view/unit.js';
import { OutputFolder, type Obstacle } from './output-folder.js';
import { skippedFiles, type NotWritten } from './report.js';

/** A source file as last seen: size, modification time and content hash. */
export type Seen = [size: number, mtime: number, sha: string];

/** What the portal's manifest keeps of a unit. */
export interface UnitRecord {
  /** The unit's site folder inside the portal. */
  path: string;
  /** Hash of everything the unit's pages are made from. */
  hash: string;
  sumber: Record<string, Seen>;
  /** Page → content hash. */
  berkas: Record<string, string>;
  unit: UnitSummary;
  /** What checking found, as it was said (in the build's language). */
  temuan: Diagnostic[];
  layanan: number;
  draf: number;
  tidakDitulis: NotWritten[];
}

/** Files written, rewritten and removed, and what stood in the way, by path. */
export interface Tally {
  files: number;
  rewritten: number;
  removed: number;
  blocked: [string, Obstacle][];
}

export const newTally = (): Tally => ({ files: 0, rewritten: 0, removed: 0, blocked: [] });

export const sha = (content: string | Uint8Array) => createHash('sha256').update(content).digest('base64');

/** A file's content, or how to make it when it is written: a large portal's catalogue is made one page at a time. */
export type FileContent = string | Uint8Array | (() => string | Uint8Array | Promise<string | Uint8Array>);

/**
 * Bring `files` into the folder against the hashes of what an earlier build wrote (`known`):
 * a page whose bytes did not change is left alone, file time and all (one someone deleted is
 * written again); what `known` had and `files` has not is removed. Nothing is written when
 * something stands in the way of any of them. Answers the new hashes, or undefined then. Content
 * given as a function is made when its turn comes and let go once written; if making one throws,
 * the files before it stand written.
 */
export async function syncFiles(folder: OutputFolder, files: ReadonlyMap<string, FileContent>, known: Record<string, string>, tally: Tally): Promise<Record<string, string> | undefined> {
  const gone = Object.keys(known).filter((p) => !files.has(p));
  const obstacles = await folder.obstacles([...files.keys()], gone);
  if (obstacles.size > 0) {
    tally.blocked.push(...obstacles);
    return undefined;
  }
  const next: Record<string, string> = {};
  for (const [path, entry] of files) {
    const content = typeof entry === 'function' ? await entry() : entry;
    // Each page is made bytes once: hashed, compared and written as such.
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    next[path] = sha(bytes);
    if (known[path] === next[path] && (await folder.compare(path, bytes)) === 'same') continue;
    const o = await folder.tryWrite(path, bytes);
    if (o) tally.blocked.push([path, o]);
    else tally.rewritten++;
  }
  for (const path of gone) {
    const o = await folder.remove(path);
    if (o) tally.blocked.push([path, o]);
    else tally.removed++;
  }
  tally.files += files.size;
  return next;
}

/** One unit to build into the portal: plain data, so a worker thread can take it. */
export interface UnitJob {
  dir: string;
  path: string;
  hash: string;
  sumber: Record<string, Seen>;
  /** The pages the unit's last build wrote, and what it kept of the unit. */
  old?: Pick<UnitRecord, 'berkas' | 'unit'>;
  lang: Lang;
  cwd: string;
  outDir: string;
  shownOut: string;
  templateDir?: string;
  /** The portal's address ("https://…/"), when it has one. */
  base?: string;
}

export interface UnitResult {
  /** Absent when something stood in the way of its pages: the unit's old record stays. */
  record?: UnitRecord;
  tally: Tally;
}

/**
 * One unit's site into the portal, checked, gated and rendered as `build` of that unit does, with
 * only its changed pages written, and what the portal keeps of it. Everything of the unit is let
 * go when this returns: the portal holds units one at a time.
 */
export async function runUnitJob(job: UnitJob): Promise<UnitResult> {
  const { dir, path, lang, cwd, old } = job;
  const tally = newTally();
  const folder = new OutputFolder(job.outDir, { lang, shown: job.shownOut });
  const loaded = await loadUnits([dir], { lang, cwd });
  const gated = gate(loaded, lang);
  const temuan: Diagnostic[] = [...gated.diagnostics];
  const tidakDitulis = skippedFiles(gated.skipped);
  const fallback = old?.unit ?? { nama: basename(dir), kontak: [], entries: [] };
  const record = (berkas: Record<string, string>, unit: UnitRecord['unit'], layanan = 0, draf = 0): UnitRecord => ({ path, hash: job.hash, sumber: job.sumber, berkas, unit, temuan, layanan, draf, tidakDitulis });
  const loadedUnit = gated.units.find((u) => u.dir === dir && u.provider);
  if (!loadedUnit) {
    // A penyelenggara.yaml that cannot be read: said among the findings, the unit's old pages removed.
    const berkas = await syncFiles(folder, new Map(), old?.berkas ?? {}, tally);
    return { ...(berkas ? { record: record({}, { ...fallback, entries: [] }) } : {}), tally };
  }
  const { unit, diagnostics } = await prepareUnit(loadedUnit, lang);
  temuan.push(...diagnostics);
  let site;
  try {
    site = buildSite(unit, { templateDir: job.templateDir, ...(job.base ? { baseUrl: `${job.base}${path}/` } : {}) });
  } catch (err) {
    if (!(err instanceof RenderError)) throw err;
    // A custom template that fails for this unit: said, and its pages stay as they were.
    temuan.push(...err.diagnostics);
    return { record: record(old?.berkas ?? {}, fallback), tally };
  }
  const provider = loadedUnit.provider!;
  // The missing maklumat is maklumat-lengkap's finding: here only the page it leaves out.
  if (site.noMaklumat) tidakDitulis.push({ what: `${path}/maklumat.html (${provider.source.path})`, why: localize(NO_MAKLUMAT, lang).message, gap: true });
  const berkas = await syncFiles(folder, new Map([...site.files].map(([p, c]) => [`${path}/${p}`, c] as const)), old?.berkas ?? {}, tally);
  if (!berkas) return { tally };
  const view = unitView(unit.provider, undefined, lang);
  const summary: UnitRecord['unit'] = { nama: typeof view.nama === 'string' && view.nama ? view.nama : basename(dir), kontak: view.kontak, entries: site.entries };
  if (view.kode) summary.kode = view.kode;
  if (view.alamat) summary.alamat = view.alamat;
  if (view.wilayah) summary.wilayah = view.wilayah;
  const drafts = unit.services.filter((_, i) => isDraft(unit.verdict?.services[i])).length;
  return { record: record(berkas, summary, unit.services.length, drafts), tally };
}
