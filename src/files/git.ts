import { execFile } from 'node:child_process';
import type { Text } from '../i18n/index.js';

/** The most one git command may print: a file at a revision, a list of files. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** git is not installed: said to the user as is. */
export class GitUnavailable extends Error {
  readonly text: Text = { id: 'Perintah git tidak ditemukan. Pasang git untuk membaca revisi.', en: 'The git command was not found. Install git to read revisions.' };
}

/**
 * git, run in `dir` without a shell. The one place the tool runs git (`diff` reads a file at a
 * revision, `audit --sejak` the units as they were). Rejects with `GitUnavailable`, or an Error
 * whose message is git's own.
 */
export function git(dir: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', ['-C', dir, ...args], { maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) return done(stdout);
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fail(new GitUnavailable('git not found'));
      fail(Object.assign(new Error(stderr.trim() || String(err)), { stderr }));
    });
  });
}

/**
 * Why `rev` cannot name a revision, if it cannot. One starting with "-" would reach git as an
 * option ("--output=<file>" makes git write a file); line breaks and other control characters
 * are never part of one.
 */
export function revisionProblem(rev: string): Text | undefined {
  if (rev.startsWith('-')) {
    return { id: `Revisi ${JSON.stringify(rev)} diawali tanda "-", jadi akan dibaca git sebagai opsi; tidak dijalankan. Tulis revisinya, misalnya --rev HEAD~1 (bila terlupa, nilai berikutnya dianggap revisi).`, en: `The revision ${JSON.stringify(rev)} starts with "-", so git would read it as an option; not run. Write the revision, e.g. --rev HEAD~1 (when it is missing, the next word is taken as the revision).` };
  }
  if (/[\0-\x1f\x7f]/.test(rev)) return { id: `Revisi ${JSON.stringify(rev)} memuat karakter kendali atau baris baru.`, en: `The revision ${JSON.stringify(rev)} contains a control character or a line break.` };
  return undefined;
}
