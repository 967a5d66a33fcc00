import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/pdf/chromium.js';
import { describePdfError } from '../../src/pdf/errors.js';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('finding Chromium', () => {
  it('prefers an explicit setting, then PUPPETEER_EXECUTABLE_PATH, then the usual paths', () => {
    const isExecutable = only('/opt/mine/chrome', '/env/chrome', '/usr/bin/chromium-browser');
    expect(findChromium({ configured: '/opt/mine/chrome', env: { PUPPETEER_EXECUTABLE_PATH: '/env/chrome' }, isExecutable })).toEqual({ ok: true, path: '/opt/mine/chrome', source: 'config' });
    expect(findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: '/env/chrome' }, isExecutable })).toEqual({ ok: true, path: '/env/chrome', source: 'env' });
    expect(findChromium({ env: {}, isExecutable })).toEqual({ ok: true, path: '/usr/bin/chromium-browser', source: 'system' });
  });

  it('looks on PATH after the usual paths', () => {
    expect(findChromium({ env: { PATH: '/nix/bin:/home/u/bin' }, isExecutable: only('/home/u/bin/google-chrome') })).toMatchObject({ ok: true, path: '/home/u/bin/google-chrome' });
  });

  it('finds the Debian Chromium of this machine', () => {
    expect(findChromium({ env: {} })).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
  });

  it('says how to install Chromium when there is none, in Indonesian and English', () => {
    const found = findChromium({ env: {}, isExecutable: () => false });
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.error.fatal).toBe(true);
    const id = describePdfError(found.error, 'id');
    expect(id.message).toContain('Chromium, Chrome atau Edge tidak ditemukan');
    expect(id.hint).toContain('sudo apt-get install -y chromium');
    expect(id.hint).toContain('bash scripts/setup.sh');
    expect(id.hint).toContain('PUPPETEER_EXECUTABLE_PATH');
    const en = describePdfError(found.error, 'en');
    expect(en.message).toContain('Chromium, Chrome or Edge was not found');
    expect(en.hint).toContain('sudo apt-get install -y chromium');
  });

  it('does not hide a wrong setting behind another browser', () => {
    const found = findChromium({ configured: '/salah/chromium', configuredBy: 'standar.config.yaml', env: {}, isExecutable: only('/usr/bin/chromium') });
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(describePdfError(found.error, 'id').message).toBe('Chromium yang ditunjuk standar.config.yaml tidak ada atau tidak dapat dijalankan: /salah/chromium.');
    const fromEnv = findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: '/tidak/ada' }, isExecutable: only('/usr/bin/chromium') });
    expect(fromEnv.ok).toBe(false);
    if (!fromEnv.ok) expect(describePdfError(fromEnv.error, 'en').message).toContain('PUPPETEER_EXECUTABLE_PATH');
  });
});

describe('finding Chrome or Edge on every system', () => {
  const missing = (platform: NodeJS.Platform, osRelease = '') => {
    const found = findChromium({ env: {}, platform, osRelease, isExecutable: () => false });
    if (found.ok) throw new Error('found');
    return { id: describePdfError(found.error, 'id'), en: describePdfError(found.error, 'en') };
  };

  it('finds Chrome, then Edge, where Windows installs them, and names with .exe on Path', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ani\\AppData\\Local', Path: 'C:\\Alat;D:\\Peramban' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Users\\ani\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ env, platform: 'win32', isExecutable: only(edge) })).toEqual({ ok: true, path: edge, source: 'system' });
    expect(findChromium({ env, platform: 'win32', isExecutable: only(edge, chrome) })).toEqual({ ok: true, path: chrome, source: 'system' });
    expect(findChromium({ env, platform: 'win32', isExecutable: only('D:\\Peramban\\msedge.exe') })).toMatchObject({ ok: true, path: 'D:\\Peramban\\msedge.exe' });
  });

  it('finds Chrome, Chromium and Edge in /Applications and ~/Applications on macOS, Edge on Linux', () => {
    const mine = '/Users/ani/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium({ env: { HOME: '/Users/ani' }, platform: 'darwin', isExecutable: only(mine) })).toMatchObject({ ok: true, path: mine });
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ env: { HOME: '/Users/ani' }, platform: 'darwin', isExecutable: only(mine, chrome) })).toMatchObject({ ok: true, path: chrome });
    expect(findChromium({ env: {}, platform: 'linux', isExecutable: only('/usr/bin/microsoft-edge-stable') })).toMatchObject({ ok: true, path: '/usr/bin/microsoft-edge-stable' });
    expect(findChromium({ env: { PATH: '/opt/edge/bin' }, platform: 'linux', isExecutable: only('/opt/edge/bin/msedge') })).toMatchObject({ ok: true, path: '/opt/edge/bin/msedge' });
  });

  it('names the fix for the system it runs on', () => {
    expect(missing('linux', 'ID=debian\n').id.hint).toContain('sudo apt-get install -y chromium');
    expect(missing('linux', 'ID=ubuntu\nID_LIKE=debian\n').en.hint).toContain('sudo snap install chromium');
    expect(missing('linux', 'ID="fedora"\n').en.hint).toContain('sudo dnf install -y chromium');
    expect(missing('linux', 'ID="rocky"\nID_LIKE="rhel centos fedora"\n').id.hint).toContain('sudo dnf install -y chromium');
    expect(missing('linux', 'ID=nixos\n').en.hint).toContain('on other distributions use their package manager');
    const mac = missing('darwin');
    expect(mac.id.hint).toContain('brew install --cask google-chrome');
    expect(mac.en.hint).toContain('https://www.google.com/chrome/');
    const windows = missing('win32');
    expect(windows.id.hint).toContain('Microsoft Edge bawaan Windows');
    expect(windows.en.hint).toContain('https://www.microsoft.com/edge');
    expect(windows.en.hint).not.toContain('apt-get');
    expect(windows.en.message).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});
