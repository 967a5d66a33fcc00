import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChromiumSetting } from '../../src/config/chromium.js';
import { findConfigs } from '../../src/config/load.js';
import type { Lang } from '../../src/i18n/index.js';
import { run } from '../helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';

/** A script that, if run as the browser, leaves a mark instead of printing. */
function plantBrowser(path: string, mark: string): void {
  writeFileSync(path, `#!/bin/sh\ntouch ${mark}\nexit 1\n`, { mode: 0o755 });
}

/** The `pdf.chromium` setting of the configuration at `dir`, as the loader reads it. */
async function settingIn(dir: string, value: string) {
  writeFileSync(join(dir, 'standar.config.yaml'), `# browser\npdf:\n  chromium: ${JSON.stringify(value)}\n`);
  const found = await findConfigs([join(dir, 'penyelenggara.yaml')], { lang: 'id', cwd: dir });
  expect(found.diagnostics).toEqual([]);
  return Object.values(found.configs!.byDir)[0]!.pdf!.chromium!;
}

async function check(dir: string, value: string, lang: Lang = 'id') {
  return checkChromiumSetting(await settingIn(dir, value), lang);
}

const temp = (name: string) => mkdtempSync(join(tmpdir(), `standar-${name}-`));

describe('pdf.chromium from a configuration file', () => {
  it('runs a browser installed outside the repository, such as Debian\'s', async () => {
    const dir = temp('chromium-ok');
    expect(await check(dir, CHROMIUM)).toEqual({ path: CHROMIUM, diagnostics: [] });
  });

  it('refuses a file inside the configuration\'s folder, at the value, in both languages', async () => {
    const dir = temp('chromium-inside');
    plantBrowser(join(dir, 'chrome'), join(dir, 'ran'));
    const id = await check(dir, './chrome');
    expect(id.path).toBeUndefined();
    expect(id.diagnostics).toEqual([
      expect.objectContaining({
        file: 'standar.config.yaml',
        line: 3,
        column: 13,
        pointer: '/pdf/chromium',
        rule: 'konfigurasi',
        severity: 'error',
        message: `pdf.chromium menunjuk "${join(dir, 'chrome')}", yang berada di dalam ${dir} (folder berkas konfigurasi ini atau repositorinya). Berkas di sana bisa datang dari pull request, jadi tidak dijalankan sebagai Chromium.`,
      }),
    ]);
    expect(id.diagnostics[0]!.hint).toContain('--chromium');
    expect(id.diagnostics[0]!.hint).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(id.diagnostics[0]!.hint).toContain('sudo apt-get install -y chromium');
    const en = await check(dir, join(dir, 'chrome'), 'en');
    expect(en.diagnostics[0]!.message).toContain('which lies inside');
    expect(en.diagnostics[0]!.hint).toContain('the --chromium option or the PUPPETEER_EXECUTABLE_PATH variable');
  });

  it('refuses a committed symlink even when it leads to a real browser, and a folder link leading in', async () => {
    const dir = temp('chromium-link');
    symlinkSync(CHROMIUM, join(dir, 'chromium'));
    expect((await check(dir, join(dir, 'chromium'))).diagnostics[0]!.message).toContain(`menunjuk "${join(dir, 'chromium')}"`);
    const elsewhere = temp('chromium-link-out');
    mkdirSync(join(dir, 'bin'));
    plantBrowser(join(dir, 'bin', 'chrome'), join(dir, 'ran'));
    symlinkSync(join(dir, 'bin'), join(elsewhere, 'bin'));
    const through = await check(dir, join(elsewhere, 'bin', 'chrome'));
    expect(through.path).toBeUndefined();
    expect(through.diagnostics[0]!.message).toContain(`menunjuk "${join(dir, 'bin', 'chrome')}"`);
  });

  it('keeps a whole repository out, not only the configuration\'s own folder', async () => {
    const repo = temp('chromium-repo');
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'unit'));
    mkdirSync(join(repo, 'tools'));
    plantBrowser(join(repo, 'tools', 'chrome'), join(repo, 'ran'));
    const found = await check(join(repo, 'unit'), '../tools/chrome');
    expect(found.path).toBeUndefined();
    expect(found.diagnostics[0]!.message).toContain(`yang berada di dalam ${repo} `);
  });

  it('refuses a browser that every user can change, or that cannot be run', async () => {
    const dir = temp('chromium-perm');
    const outside = temp('chromium-perm-out');
    const open = join(outside, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    copyFileSync(CHROMIUM, join(open, 'chromium'));
    chmodSync(join(open, 'chromium'), 0o755);
    const inOpenFolder = await check(dir, join(open, 'chromium'));
    expect(inOpenFolder.path).toBeUndefined();
    expect(inOpenFolder.diagnostics[0]!.message).toBe(`Chromium yang ditunjuk pdf.chromium (${join(open, 'chromium')}) tidak dijalankan: ${open} dapat ditulisi semua pengguna komputer ini, jadi siapa saja bisa menggantinya.`);
    expect(inOpenFolder.diagnostics[0]!.hint).toContain(`chmod o-w ${open}`);
    const loose = join(outside, 'loose');
    copyFileSync(CHROMIUM, loose);
    chmodSync(loose, 0o777);
    expect((await check(dir, loose)).diagnostics[0]!.message).toContain(`${loose} dapat ditulisi semua pengguna`);
    writeFileSync(join(outside, 'teks'), 'bukan program\n', { mode: 0o644 });
    expect((await check(dir, join(outside, 'teks'), 'en')).diagnostics[0]!.message).toBe(`The Chromium named by pdf.chromium is not a file that can be run: ${join(outside, 'teks')}.`);
    expect((await check(dir, outside)).diagnostics[0]!.message).toContain('bukan berkas yang dapat dijalankan');
    expect((await check(dir, '/tidak/ada/chromium')).diagnostics[0]!.message).toBe('Chromium yang ditunjuk pdf.chromium tidak ada: /tidak/ada/chromium.');
  });

  it('still runs a relative path written for an earlier version when it leads out, with a warning', async () => {
    const dir = temp('chromium-relative');
    const found = await check(dir, relative(dir, CHROMIUM), 'en');
    expect(found.path).toBe(CHROMIUM);
    expect(found.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 3, column: 13, rule: 'konfigurasi' })]);
    expect(found.diagnostics[0]!.hint).toBe('Write its absolute path: chromium: /usr/bin/chromium');
  });
});

describe('standar render --to pdf with a pdf.chromium from a pull request', () => {
  it('never runs a committed file as Chromium: exit code 2, the value located, nothing written', async () => {
    const dir = temp('chromium-cli');
    cpSync(join(ROOT, 'examples/kanim-sukamaju'), join(dir, 'unit'), { recursive: true });
    plantBrowser(join(dir, 'unit', 'chrome'), join(dir, 'ran'));
    writeFileSync(join(dir, 'unit', 'standar.config.yaml'), 'pdf:\n  chromium: ./chrome\n');
    const result = await run(['render', 'unit/layanan/paspor-biasa.yaml', '--to', 'pdf', '--out', 'keluaran'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^unit\/standar\.config\.yaml:2:13\s+galat\s+pdf\.chromium menunjuk ".*\/unit\/chrome", yang berada di dalam /m);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(existsSync(join(dir, 'keluaran'))).toBe(false);

    const build = await run(['build', 'unit', '--to', 'pdf', '--out', 'situs', '--lang', 'en'], dir);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^unit\/standar\.config\.yaml:2:13\s+error\s+pdf\.chromium names /m);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(existsSync(join(dir, 'situs', 'index.html'))).toBe(false);
  });

  it('leaves the choice to whoever runs the command: PUPPETEER_EXECUTABLE_PATH and --chromium win over the file', async () => {
    const dir = temp('chromium-cli-env');
    cpSync(join(ROOT, 'examples/kanim-sukamaju'), join(dir, 'unit'), { recursive: true });
    plantBrowser(join(dir, 'unit', 'chrome'), join(dir, 'ran'));
    writeFileSync(join(dir, 'unit', 'standar.config.yaml'), 'pdf:\n  chromium: ./chrome\n');
    const fromEnv = await run(['render', 'unit/layanan/paspor-biasa.yaml', '--to', 'pdf', '--out', 'a'], dir, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stderr).toBe('');
    const fromFlag = await run(['render', 'unit/layanan/paspor-biasa.yaml', '--to', 'pdf', '--out', 'b', '--chromium', CHROMIUM], dir);
    expect(fromFlag.code).toBe(0);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(existsSync(join(dir, 'b', 'imi-paspor-biasa.lengkap.pdf'))).toBe(true);
  });
});
