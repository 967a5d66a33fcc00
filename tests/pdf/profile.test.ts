import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning, startTime } from '../../src/pdf/processes.js';
import { createProfile, removeStaleProfiles } from '../../src/pdf/profile.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'standar-profile-'));

describe('Chromium profiles in the temp folder', () => {
  it('names a profile after the process that owns it and writes its preferences', () => {
    const dir = tempDir();
    const profile = createProfile({ net: { network_prediction_options: 2 } }, dir);
    expect(profile.startsWith(join(dir, `standar-chromium-${process.pid}-${startTime(process.pid)}-`))).toBe(true);
    expect(JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'))).toEqual({ net: { network_prediction_options: 2 } });
  });

  it('removes the profiles of runs that are gone and keeps those of runs still going', () => {
    const dir = tempDir();
    const mine = createProfile({}, dir);
    // pid_max is at most 2^22 on Linux: no process has this id.
    const dead = join(dir, 'standar-chromium-99999999-12345-AbC123');
    // A live id, but the process that started then is gone: the id was given to a later one.
    const reused = join(dir, `standar-chromium-${process.pid}-${startTime(process.pid)! + 1}-xyz789`);
    // An older version's profile does not say whose it is.
    const unowned = join(dir, 'standar-chromium-XyZ987');
    const other = join(dir, 'laporan-1234-5678-abc');
    for (const folder of [dead, reused, unowned, other]) mkdirSync(join(folder, 'Default'), { recursive: true });

    expect(removeStaleProfiles(dir).sort()).toEqual([dead, reused].sort());
    expect(readdirSync(dir).sort()).toEqual([mine, unowned, other].map((p) => p.slice(dir.length + 1)).sort());
    expect(existsSync(join(mine, 'Default', 'Preferences'))).toBe(true);
  });

  it('tells a running process from one that has exited', () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(process.pid, startTime(process.pid))).toBe(true);
    expect(isRunning(process.pid, startTime(process.pid)! + 1)).toBe(false);
    expect(isRunning(99_999_999)).toBe(false);
  });
});
