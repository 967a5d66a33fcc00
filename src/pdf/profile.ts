import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning, startTime } from './processes.js';

/**
 * A profile folder is named after the run that owns it, `standar-chromium-<pid>-<start>-XXXXXX`
 * (start: when that process started, 0 where it cannot be told), so a later run can tell a folder
 * left by a killed run (SIGKILL, out of memory, power cut) from one a concurrent run still uses.
 */
const PREFIX = 'standar-chromium-';
const OWNED = /^standar-chromium-(\d+)-(\d+)-[A-Za-z0-9]+$/;

/** A fresh Chromium profile for this process, with `preferences` as its Default/Preferences. */
export function createProfile(preferences: object, dir = tmpdir()): string {
  const profile = mkdtempSync(join(dir, `${PREFIX}${process.pid}-${startTime(process.pid) ?? 0}-`));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  return profile;
}

/**
 * Remove the profile folders whose run is gone, never one whose owner still runs. Folders it
 * cannot remove (another user's, in a shared temp folder) are left alone. Returns the paths removed.
 */
export function removeStaleProfiles(dir = tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const owner = OWNED.exec(name);
    if (!owner || isRunning(Number(owner[1]), Number(owner[2]) || undefined)) continue;
    const path = join(dir, name);
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 3 });
      removed.push(path);
    } catch {
      // Not ours to remove.
    }
  }
  return removed;
}
