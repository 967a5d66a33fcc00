import { execFile, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface BoundedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI in a child process that is killed after `seconds`: a run that blocks on a FIFO blocks
 * its whole thread, so only another process can notice and fail the test instead of hanging it.
 * The runs take a few seconds; the limit leaves room for a loaded machine starting tsx.
 */
export function runBounded(argv: string[], cwd: string, seconds = 60): Promise<BoundedRun> {
  const code = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main({ argv: ${JSON.stringify(argv)} });`;
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', code], { cwd, timeout: seconds * 1000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      if (err && (err as { killed?: boolean }).killed) return fail(new Error(`standar ${argv.join(' ')} still ran after ${seconds} s: it hangs.\n${stdout}\n${stderr}`));
      done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * A FIFO for a test that reads in-process. It is held open for a few seconds, so a reader that
 * wrongly opens it gets end-of-file when the holder goes: the test fails instead of hanging.
 */
export function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
  const holder = spawn('sh', ['-c', 'exec 3<>"$1"; sleep 5', 'sh', path], { stdio: 'ignore' });
  onTestFinished(() => {
    holder.kill();
  });
}
