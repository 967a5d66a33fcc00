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
    expect(id.message).toContain('Chromium tidak ditemukan');
    expect(id.hint).toContain('sudo apt-get install -y chromium');
    expect(id.hint).toContain('bash scripts/setup.sh');
    expect(id.hint).toContain('PUPPETEER_EXECUTABLE_PATH');
    const en = describePdfError(found.error, 'en');
    expect(en.message).toContain('Chromium was not found');
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
