import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

interface ProcInfo {
  pid: number;
  ppid: number;
  /** Resident memory in bytes. */
  rss: number;
  /** When the process started, in clock ticks since boot: tells it from a later one given the same id. */
  started: number;
  /** Exited, and only waiting for its parent to collect its exit status (a zombie). */
  exited: boolean;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces or parentheses; the fields
    // after it start at the third (state), so field n of proc(5) is fields[n - 3].
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE, started: Number(fields[19]), exited: fields[0] === 'Z' || fields[0] === 'X' };
  } catch {
    return undefined;
  }
}

/** When a process started (clock ticks since boot), where /proc tells it (Linux). */
export function startTime(pid: number): number | undefined {
  return readProc(pid)?.started;
}

/**
 * Whether the process `pid` runs, and is still the one that started at `started` when that is
 * given (an id is reused once its process is gone). Without /proc, only whether some process has
 * that id.
 */
export function isRunning(pid: number, started?: number): boolean {
  const info = readProc(pid);
  if (info) return !info.exited && (started === undefined || info.started === started);
  if (existsSync('/proc/self/stat')) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // It exists, but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A process and all its descendants, from /proc (Linux): whatever Chromium started (renderers,
 * zygotes, utilities, depending on its flags) is what must be killed and what memory is spent in.
 * Elsewhere (no /proc) only the root is known.
 */
export function processTree(rootPid: number): ProcInfo[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [{ pid: rootPid, ppid: 0, rss: 0, started: 0, exited: false }];
  }
  const infos = pids.map(readProc).filter((p): p is ProcInfo => p !== undefined);
  const children = new Map<number, ProcInfo[]>();
  for (const p of infos) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const root = infos.find((p) => p.pid === rootPid);
  if (!root) return [];
  const out: ProcInfo[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** Summed resident memory of a process tree, in bytes. */
export function treeRss(rootPid: number): number {
  return processTree(rootPid).reduce((sum, p) => sum + p.rss, 0);
}

/** Kill a process and every descendant at once, ignoring those already gone. */
export function killTree(rootPid: number): void {
  const tree = processTree(rootPid);
  const pids = tree.length > 0 ? tree.map((p) => p.pid) : [rootPid];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already exited.
    }
  }
}
