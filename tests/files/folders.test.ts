import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ancestors, childPath, nearestAbove } from '../../src/files/folders.js';

describe('folders above a folder', () => {
  it('lists a folder and every one above it, ending at the root', () => {
    const dir = join(tmpdir(), 'a', 'b');
    const all = [...ancestors(dir)];
    expect(all.slice(0, 3)).toEqual([dir, dirname(dir), dirname(dirname(dir))]);
    expect(all.at(-1)).toBe(parse(dir).root);
  });

  it('finds the nearest answer, looks at each folder once, and stops where it is told', () => {
    const root = mkdtempSync(join(tmpdir(), 'standar-folders-'));
    const deep = join(root, 'unit', 'layanan', 'arsip');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, 'unit', 'penyelenggara.yaml'), '');
    const looked: string[] = [];
    const find = (d: string) => {
      looked.push(d);
      const path = join(d, 'penyelenggara.yaml');
      return d.startsWith(root) && d !== root && path === join(root, 'unit', 'penyelenggara.yaml') ? path : null;
    };
    const cache = new Map<string, string | null>();
    expect(nearestAbove(deep, find, cache)).toBe(join(root, 'unit', 'penyelenggara.yaml'));
    expect(nearestAbove(join(root, 'unit', 'layanan'), find, cache)).toBe(join(root, 'unit', 'penyelenggara.yaml'));
    expect(looked).toEqual([deep, join(root, 'unit', 'layanan'), join(root, 'unit')]);
    // Nothing below the stop: null, and the folders above it are not looked at.
    const seen: string[] = [];
    const none = (d: string) => (seen.push(d), null);
    expect(nearestAbove(join(root, 'lain', 'x'), none, new Map(), join(root, 'lain'))).toBeNull();
    expect(seen).toEqual([join(root, 'lain', 'x'), join(root, 'lain')]);
  });
});

describe('childPath: a folder entry\'s path, as join gives it', () => {
  it('is join(dir, name) for a normalized folder, the file system\'s root included', () => {
    const root = parse(tmpdir()).root;
    for (const [dir, name] of [[tmpdir(), 'l00001.yaml'], [join(tmpdir(), 'unit-0001', 'layanan'), 'akta kelahiran.yaml'], [root, 'etc']] as const) {
      expect(childPath(dir, name)).toBe(join(dir, name));
    }
  });
});
