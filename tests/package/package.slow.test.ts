import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  bin: Record<string, string>;
  main: string;
  types: string;
  files: string[];
  exports: Record<string, string | Record<string, string>>;
};

/** The package's own files, without dist/, and its dependencies: what `npm pack` starts from in a fresh clone. */
function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'standar-pack-'));
  for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'src', 'scripts', ...PKG.files]) {
    if (entry === 'dist' || !existsSync(join(ROOT, entry))) continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Every path package.json promises: main, types, bin and every export target. */
function promisedPaths(): string[] {
  const targets = Object.values(PKG.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  return [PKG.main, PKG.types, ...Object.values(PKG.bin), ...targets.filter((t) => !t.includes('*'))].map((p) => p.replace(/^\.\//, ''));
}

describe('the published package', () => {
  it('has a LICENSE matching package.json and two bin names for one program', () => {
    expect(PKG.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(PKG.bin).toEqual({ standar: 'bin/standar.js', 'standar-pelayanan': 'bin/standar.js' });
  });

  it(
    'npm pack from a clone without dist/ builds it first (prepack); the tarball runs, require() works or says to use import()',
    async () => {
      const dir = freshCopy();
      const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--foreground-scripts=false'], { cwd: dir, maxBuffer: 32 * 1024 * 1024 });
      const listed = (JSON.parse(stdout.slice(stdout.indexOf('['))) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
      expect(listed).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/check/worker.js', 'dist/schema/compiled-schemas.cjs', 'cjs/index.cjs', 'bin/standar.js']));
      for (const path of promisedPaths()) expect(listed, path).toContain(path);

      // The real tarball, installed as a dependency would be.
      const { stdout: packed } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: dir, maxBuffer: 32 * 1024 * 1024 });
      const tarball = join(dir, (JSON.parse(packed.slice(packed.indexOf('['))) as { filename: string }[])[0]!.filename);
      const app = mkdtempSync(join(tmpdir(), 'standar-app-'));
      const installed = join(app, 'node_modules/standar-pelayanan');
      mkdirSync(installed, { recursive: true });
      await exec('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
      symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'));
      for (const path of promisedPaths()) expect(existsSync(join(installed, path)), path).toBe(true);

      const version = await exec(process.execPath, [join(installed, PKG.bin['standar-pelayanan']!), '--version']);
      expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      const required = await exec(process.execPath, ['-e', 'const m = require("standar-pelayanan"); console.log(typeof m.validate, typeof m.FORMATTERS)'], { cwd: app });
      expect(required.stdout).toBe('function object\n');
      // A Node that cannot require() an ES module hears what to do instead, in both languages.
      const refused = await exec(process.execPath, ['--no-experimental-require-module', '-e', 'require("standar-pelayanan")'], { cwd: app }).then(
        () => undefined,
        (err: { stderr: string }) => err.stderr,
      );
      expect(refused).toContain('standar-pelayanan adalah modul ES: muat dengan import');
      expect(refused).toContain('standar-pelayanan is an ES module: load it with import');
      const imported = await exec(process.execPath, ['--input-type=module', '-e', 'const m = await import("standar-pelayanan"); console.log(typeof m.validate)'], { cwd: app });
      expect(imported.stdout).toBe('function\n');
    },
    900_000,
  );

  it('declares in its types exactly the values dist/index.js exports', async () => {
    const types = join(ROOT, PKG.types);
    const program = ts.createProgram([types], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
    const checker = program.getTypeChecker();
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(types)!)!;
    const values = checker
      .getExportsOfModule(symbol)
      .filter((s) => ((s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).flags & ts.SymbolFlags.Value) !== 0)
      .map((s) => s.name)
      .sort();
    const runtime = Object.keys(await import(join(ROOT, PKG.main))).sort();
    expect(values).toEqual(runtime);
  }, 300_000);
});
