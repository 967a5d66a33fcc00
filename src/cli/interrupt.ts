import { discardPendingWrites } from '../files/write.js';

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Handled = keyof typeof SIGNALS;

export interface Interrupt {
  /** Aborted when a signal arrives. */
  signal: AbortSignal;
  /** 128 + the signal's number once one arrived, for the command's exit code. */
  readonly exitCode: number | undefined;
  dispose(): void;
}

/**
 * Ctrl-C, SIGTERM or SIGHUP during a long job. The first one aborts the signal (whoever holds it
 * stops at once: the printer kills the browser) and removes half-written temporary files, then
 * lets the command finish its own cleanup and return; a second one exits at once, after the same
 * cleanup. `finishing`: the command finishes the writes under way after the first one (a portal
 * finishes its units and pages), so their temporary files are removed only on the second.
 */
export function onInterrupt({ finishing = false } = {}): Interrupt {
  const controller = new AbortController();
  let exitCode: number | undefined;
  const handlers = new Map<Handled, () => void>();
  const handle = (name: Handled) => () => {
    const again = exitCode !== undefined;
    if (!again) {
      exitCode = SIGNALS[name];
      controller.abort();
    }
    if (again || !finishing) discardPendingWrites();
    if (again) process.exit(exitCode);
  };
  for (const name of Object.keys(SIGNALS) as Handled[]) {
    const handler = handle(name);
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    signal: controller.signal,
    get exitCode() {
      return exitCode;
    },
    dispose() {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}
