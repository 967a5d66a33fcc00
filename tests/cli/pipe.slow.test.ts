import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin/standar.js');

/** The CLI in `root` piped into `head`, which reads the first bytes and closes the pipe: what the CLI wrote on stderr, and its exit code. */
async function intoHead(args: string[], root: string): Promise<{ stderr: string; code: number | null }> {
  const cli = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('bash', ['-c', `${cli} 2>&3 | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`], { cwd: root, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stdio[3]!.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { stderr, code };
}

// Each output far longer than a pipe holds, so the tool is still writing when the reader goes.
describe('output into a pipe whose reader stops early (`| head`)', () => {
  it('ends an audit report quietly, with its exit code', async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-pipa-'));
    for (let i = 0; i < 12; i++) cpSync(join(REPO, 'examples/disdukcapil-sukamaju'), join(root, `unit-${i}`), { recursive: true });
    expect(await intoHead(['audit', '.', '-f', 'json', '--situs', 'tanpa-situs'], root)).toEqual({ stderr: '', code: 0 });
  }, 60_000);

  it('ends a list of problems quietly, with its exit code', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`layanan/l${i}.yaml`] = `kode: DUK-${i}\nnama: [\n`;
    const root = await tempTree(files);
    expect(await intoHead(['validate', '.'], root)).toEqual({ stderr: '', code: 1 });
  }, 60_000);
});
