/**
 * Throughput, cold start and memory of `standar validate`, each against a baseline measured in
 * the same run:
 * - batch: the real CLI over 1,000 and 10,000 generated standards vs a bare loop (read + YAML
 *   parse + compiled schema, no positions, no messages, one thread);
 * - cold start: the CLI on one file vs `node` starting and doing nothing;
 * - memory: peak RSS of the CLI process (workers included) at 1,000 vs 10,000 files.
 * Run after `npm run build`: `npm run bench:validate`.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { getValidator } from '../dist/schema/validators.js';
import { writeCorpus } from './corpus.js';

const exec = promisify(execFile);
// Children run the built JavaScript as users do, without the TypeScript loader this script runs under.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench/.data');
const BIN = join(ROOT, 'bin/standar.js');

/** The CLI in a child process that reports its own peak RSS (worker threads included). */
async function cli(args: string[]): Promise<{ ms: number; maxRssMb: number; code: number }> {
  const script = `const { main } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
const t = performance.now();
const code = await main({ argv: ${JSON.stringify(args)}, stdout: { write() {} }, isTTY: false });
process.stderr.write(JSON.stringify({ ms: performance.now() - t, maxRssMb: process.resourceUsage().maxRSS / 1024, code }));`;
  const { stderr } = await exec(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 26, env });
  return JSON.parse(stderr) as { ms: number; maxRssMb: number; code: number };
}

function baseline(dir: string): number {
  const validate = getValidator('layanan');
  const files = readdirSync(join(dir, 'layanan')).map((f) => join(dir, 'layanan', f));
  const t = performance.now();
  let invalid = 0;
  for (const f of files) if (!validate(parse(readFileSync(f, 'utf8')))) invalid++;
  if (invalid > 0) throw new Error(`${invalid} corpus files are invalid`);
  return performance.now() - t;
}

async function wall(cmd: string[]): Promise<number> {
  const t = performance.now();
  await exec(process.execPath, cmd, { env }).catch(() => undefined);
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toFixed(0).padStart(6);

console.log('standar validate — benchmark (2-core target: ≥ 800 docs/s, cold start < 300 ms, memory flat)\n');
const rows: { n: number; docsPerSec: number; baseDocsPerSec: number; rss: number }[] = [];
for (const n of [1000, 10000]) {
  const dir = await writeCorpus(join(DATA, `corpus-${n}`), n);
  const baseMs = baseline(dir);
  const run = await cli(['validate', dir, '-f', 'json']);
  if (run.code !== 0) throw new Error(`validate found problems in the corpus (exit ${run.code})`);
  rows.push({ n, docsPerSec: (n * 1000) / run.ms, baseDocsPerSec: (n * 1000) / baseMs, rss: run.maxRssMb });
}
console.log('files   validate docs/s   baseline docs/s   ratio   peak RSS MB');
for (const r of rows) console.log(`${String(r.n).padStart(5)}   ${fmt(r.docsPerSec)}            ${fmt(r.baseDocsPerSec)}            ${(r.docsPerSec / r.baseDocsPerSec).toFixed(2)}×   ${fmt(r.rss)}`);
console.log(`memory growth 1,000 → 10,000 files: ${(rows[1]!.rss / rows[0]!.rss).toFixed(2)}× for 10× the files`);

const one = join(DATA, 'corpus-1000/layanan/l00000.yaml');
const cold: number[] = [];
const bare: number[] = [];
for (let i = 0; i < 9; i++) {
  cold.push(await wall([BIN, 'validate', one]));
  bare.push(await wall(['-e', '']));
}
console.log(`\ncold start, one file: ${median(cold).toFixed(0)} ms (node doing nothing: ${median(bare).toFixed(0)} ms; ratio ${(median(cold) / median(bare)).toFixed(1)}×)`);
