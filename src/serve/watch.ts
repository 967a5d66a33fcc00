import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/**
 * Watch a folder and its subfolders for any change, including files replaced by a rename (how
 * many editors save). One watcher per folder: Node 20's recursive watching on Linux follows the
 * first file it saw and misses the file that replaced it.
 */
export function watchTree(root: string, onChange: (relativePath: string) => void, skip: (relativePath: string) => boolean = () => false): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (event, name) => {
        const rel = relative(root, name ? join(dir, name.toString()) : dir);
        if (skip(rel)) return;
        // A folder may have appeared or gone: look again before reporting.
        if (event === 'rename') scan(dir);
        onChange(rel);
      });
    } catch {
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
  };
  const scan = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      watchers.get(dir)?.close();
      watchers.delete(dir);
      return;
    }
    add(dir);
    for (const e of entries) if (e.isDirectory() && !skip(relative(root, join(dir, e.name)))) scan(join(dir, e.name));
  };
  scan(root);
  return {
    close() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
