import { execFile } from 'node:child_process';
import { chmod, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findConfigs } from '../../src/config/load.js';

/**
 * docs/ci.md, tried for real: its workflow, CI job and hooks are read from the page and their
 * commands run on a copy of examples/, with the built CLI standing in for `npx standar`.
 */
const DOC = await readFile(new URL('../../docs/ci.md', import.meta.url), 'utf8');
const BIN = fileURLToPath(new URL('../../bin/standar.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const exec = promisify(execFile);

/** The fenced block whose first line names `file`. */
function snippet(file: string): string {
  const m = new RegExp('```(?:yaml|sh)\\n(#!/bin/sh\\n)?# ' + file.replace(/\./g, '\\.') + '[^\\n]*\\n([\\s\\S]*?)```').exec(DOC);
  if (!m) throw new Error(`docs/ci.md has no block for ${file}`);
  return (m[1] ?? '') + m[2]!;
}

const localCli = (command: string) => command.replace(/npx (--no-install )?standar/g, `"${process.execPath}" "${BIN}"`);

async function workspace(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'standar-ci-'));
  await cp(EXAMPLES, join(root, 'examples'), { recursive: true });
  return root;
}

async function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  return exec('sh', ['-c', command], { cwd, env: { ...process.env, NO_COLOR: '1', STANDAR_NOW: '2026-11-01', ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}

describe('docs/ci.md', () => {
  it('GitHub Actions: the workflow annotates, summarises and uploads a SARIF file it really writes', async () => {
    const workflow = parse(snippet('.github/workflows/standar.yml')) as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const root = await workspace();
    const summary = join(root, 'summary.md');
    await writeFile(summary, '');
    for (const step of steps.filter((s) => s.run && s.run !== 'npm ci')) {
      const r = await sh(localCli(step.run!), root, { GITHUB_STEP_SUMMARY: summary });
      expect(r.code, `${step.run}\n${r.stdout}${r.stderr}`).toBe(0);
      if (step.run!.includes('-f github')) expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^::notice title=standar validate::✔? ?\d+ berkas diperiksa, tidak ada masalah\.$/);
    }
    const log = JSON.parse(await readFile(join(root, upload.with!.sarif_file!), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toEqual([]);
    expect(await readFile(summary, 'utf8')).toContain('## Hasil pemeriksaan standar pelayanan');
  });

  it('GitLab CI: the job writes the JUnit report and artifacts it declares', async () => {
    const job = (parse(snippet('.gitlab-ci.yml')) as Record<string, { script: string[]; artifacts: { reports: { junit: string }; paths: string[] } }>).standar!;
    const root = await workspace();
    for (const line of job.script.filter((l) => l !== 'npm ci')) expect((await sh(localCli(line), root)).code, line).toBe(0);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(await readFile(join(root, job.artifacts.reports.junit), 'utf8')) as { testsuites: Record<string, string> };
    expect(Number(junit.testsuites['@_tests'])).toBeGreaterThan(5);
    expect(junit.testsuites['@_failures']).toBe('0');
    for (const path of job.artifacts.paths) expect((await readFile(join(root, path), 'utf8')).length).toBeGreaterThan(0);
  });

  it('pre-commit: the hook entry passes clean files and stops a broken one', async () => {
    const hook = (parse(snippet('.pre-commit-config.yaml')) as { repos: { hooks: { entry: string; files: string }[] }[] }).repos[0]!.hooks[0]!;
    const root = await workspace();
    const files = ['examples/disdukcapil-sukamaju/layanan/ktp-el.yaml', 'examples/kanim-sukamaju/layanan/paspor-biasa.yaml'];
    expect(files.every((f) => new RegExp(hook.files).test(f))).toBe(true);
    expect((await sh(`${localCli(hook.entry)} ${files.join(' ')}`, root)).code).toBe(0);
    const ktp = join(root, files[0]!);
    await writeFile(ktp, (await readFile(ktp, 'utf8')).replace('total: 11', 'total: 12'));
    const broken = await sh(`${localCli(hook.entry)} ${files.join(' ')}`, root);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('jumlah-pelaksana-tidak-cocok');
  });

  it('git hook: a commit with a broken standard is refused, a clean one goes through', async () => {
    const root = await workspace();
    const git = (...args: string[]) => sh(['git', '-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.go.id', ...args].map((a) => `'${a}'`).join(' '), root);
    await git('init', '-q');
    const hook = join(root, '.git/hooks/pre-commit');
    await writeFile(hook, localCli(snippet('.git/hooks/pre-commit')));
    await chmod(hook, 0o755);
    await git('add', '.');
    expect((await git('commit', '-q', '-m', 'contoh')).code).toBe(0);
    const ktp = join(root, 'examples/disdukcapil-sukamaju/layanan/ktp-el.yaml');
    await writeFile(ktp, (await readFile(ktp, 'utf8')).replace('total: 11', 'total: 12'));
    await git('add', '.');
    const refused = await git('commit', '-q', '-m', 'jumlah keliru');
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('ktp-el.yaml:');
    expect(refused.stdout + refused.stderr).toContain('jumlah-pelaksana-tidak-cocok');
    expect((await git('log', '--oneline')).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('its configuration example is a valid standar.config.yaml', async () => {
    const config = /```yaml\n(# yaml-language-server[^\n]*\nextends:[\s\S]*?)```/.exec(DOC)![1]!;
    const root = await mkdtemp(join(tmpdir(), 'standar-ci-'));
    await writeFile(join(root, 'standar.config.yaml'), config);
    expect((await findConfigs([], { lang: 'id', cwd: root, configFile: 'standar.config.yaml' })).diagnostics).toEqual([]);
  });
});
