import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import { git, GitUnavailable, revisionProblem } from '../files/git.js';
import type { Text } from '../i18n/index.js';
import { auditUnits, type AuditOptions } from './run.js';
import type { AuditChange, AuditResults, ProblemRef, UnitAudit } from './types.js';

/** Why the earlier side could not be read: said to the user as is. */
export class HistoryError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** What a past revision cannot show: the site of that time. */
const PUBLICATION = new Set(['penyampaian-terbit', 'maklumat-terbit']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The commit `since` names: a revision, or the last commit on or before a date (YYYY-MM-DD). */
async function commitOf(root: string, since: string): Promise<string> {
  const problem = revisionProblem(since);
  if (problem) throw new HistoryError(problem);
  const out = DATE.test(since) ? await git(root, ['rev-list', '-1', `--before=${since}T23:59:59`, 'HEAD']) : await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${since}^{commit}`]).catch(() => '');
  const commit = out.trim();
  if (!commit) {
    throw new HistoryError(
      DATE.test(since)
        ? { id: `Tidak ada commit pada atau sebelum ${since}.`, en: `There is no commit on or before ${since}.` }
        : { id: `Revisi "${since}" tidak dikenal. Contoh yang sah: HEAD~5, main, v1.0, kode commit, atau tanggal TTTT-BB-HH.`, en: `Unknown revision "${since}". Valid examples: HEAD~5, main, v1.0, a commit id, or a date YYYY-MM-DD.` },
    );
  }
  return commit;
}

/**
 * The same units audited as they were at `since`: their files (and the configuration at the
 * repository's top) restored from git into a temporary folder laid out like the repository,
 * never touching the working tree or the index. The site of that time is not known.
 */
export async function auditAt(inputs: readonly string[], since: string, options: AuditOptions): Promise<{ results?: AuditResults; commit: string }> {
  const cwd = options.cwd ?? process.cwd();
  const first = resolve(cwd, inputs[0] ?? '.');
  const start = statSync(first, { throwIfNoEntry: false })?.isDirectory() ? first : dirname(first);
  let root: string;
  try {
    root = (await git(start, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    if (err instanceof GitUnavailable) throw new HistoryError(err.text);
    throw new HistoryError({ id: `${relative(cwd, start) || '.'} tidak berada dalam repositori git, jadi --sejak tidak dapat membaca revisi.`, en: `${relative(cwd, start) || '.'} is not inside a git repository, so --sejak cannot read a revision.` });
  }
  const commit = await commitOf(root, since);
  const inside = (path: string) => relative(root, path).split(sep).join('/');
  const paths = inputs.map((input) => inside(resolve(cwd, input)));
  if (paths.some((p) => p.startsWith('..') || isAbsolute(p))) throw new HistoryError({ id: 'Dengan --sejak, setiap unit harus berada dalam repositori git yang sama.', en: 'With --sejak, every unit must be inside the same git repository.' });
  const then = await mkdtemp(join(tmpdir(), 'standar-audit-sejak-'));
  try {
    for (const path of [...paths, 'standar.config.yaml']) {
      // A unit or configuration that did not exist then is simply absent.
      await git(root, [`--work-tree=${then}`, 'restore', `--source=${commit}`, '--worktree', '--', path || '.']).catch(() => undefined);
    }
    const shifted = join(then, inside(cwd));
    const { results } = await auditUnits(
      paths.map((p) => join(then, p)),
      { ...options, cwd: shifted, sites: false },
    );
    return { ...(results ? { results } : {}), commit };
  } finally {
    await rm(then, { recursive: true, force: true });
  }
}

function problems(unit: UnitAudit): ProblemRef[] {
  const out: ProblemRef[] = [];
  const add = (layanan: string | undefined, r: UnitAudit['unit'][number]) => {
    if (r.status !== 'tidak_terpenuhi' || PUBLICATION.has(r.indikator)) return;
    const b = r.bukti[0];
    out.push({ folder: unit.folder, ...(layanan ? { layanan } : {}), indikator: r.indikator, aturan: b?.aturan ?? 'audit', pesan: b?.pesan ?? r.alasan, ...(b ? { file: b.file, line: b.line, column: b.column, pointer: b.pointer } : {}) });
  };
  for (const s of unit.layanan) for (const r of s.indikator) add(s.file, r);
  for (const r of unit.unit) add(undefined, r);
  return out;
}

/** A problem is the same when it is the same indicator and finding at the same place in the document (lines may move). */
const identity = (p: ProblemRef) => [p.folder, p.layanan ?? '', p.indikator, p.aturan, p.file ?? '', p.pointer ?? ''].join('\u0000');

/** What changed between the audit at `since` and now: units whose zone moved, problems new and fixed (publication aside: the past site is not known). */
export function compareAudits(before: AuditResults | undefined, now: AuditResults, since: string, commit: string): AuditChange {
  const earlier = new Map((before?.unit ?? []).map((u) => [u.folder, u]));
  const zones = now.unit.flatMap((u) => {
    const b = earlier.get(u.folder);
    if (b && b.zona === u.zona) return [];
    return [{ folder: u.folder, ...(u.nama ? { nama: u.nama } : {}), zonaSebelum: b ? b.zona : null, zona: u.zona, skorSebelum: b ? b.skor : null, skor: u.skor, baru: !b }];
  });
  const then = new Map((before?.unit ?? []).flatMap(problems).map((p) => [identity(p), p]));
  const current = new Map(now.unit.flatMap(problems).map((p) => [identity(p), p]));
  return {
    sejak: since,
    revisi: commit,
    zona: zones,
    baru: [...current].filter(([k]) => !then.has(k)).map(([, p]) => p),
    selesai: [...then].filter(([k]) => !current.has(k)).map(([, p]) => p),
  };
}
