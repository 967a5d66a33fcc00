import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../helpers.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const FLAGS = ['--nama', 'Dinas Sosial', '--wilayah', 'Kabupaten Sukamaju', '--kepala', 'Ani'];

describe('standar serve on the command line', () => {
  it('prints the address, serves the unit, and stops cleanly on Ctrl+C', async () => {
    const root = await tempTree({});
    expect((await run(['init', 'unit', ...FLAGS], root)).code).toBe(0);
    const code = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main({ argv: ['serve', 'unit', '--port', '0'] });`;
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', code], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no address after 30 s: ${stdout} ${stderr}`)), 30_000);
        void exited.then((c) => fail(new Error(`exited with ${c}: ${stdout} ${stderr}`)));
        child.stdout.on('data', () => {
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
          if (m) {
            clearTimeout(timer);
            done(m[0]);
          }
        });
      });
      expect(stdout).toMatch(/Pratinjau unit: http:\/\/127\.0\.0\.1:\d+\/\nHalaman diperbarui setiap berkas disimpan\. Tekan Ctrl\+C untuk berhenti\./);
      expect(stdout).toMatch(/\d+ halaman, 0 galat, \d+ peringatan \(\d+ ms\)\./);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Dinas Sosial');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stdout).toContain('Pratinjau dihentikan.');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says so when the port asked for is taken, and when the folder does not exist', async () => {
    const root = await tempTree({});
    expect((await run(['init', ...FLAGS], root)).code).toBe(0);
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await run(['serve', '.', '--port', String(port)], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Port ${port} sudah dipakai program lain`);
    } finally {
      blocker.close();
    }
    const missing = await run(['serve', 'tidak-ada'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Folder "tidak-ada" tidak ada');
  });
});
