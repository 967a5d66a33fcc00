import { setFlagsFromString } from 'node:v8';

// V8's settings are the whole process's, its worker threads' too: only the CLI makes them, for its
// own process, never the library.

/**
 * How far V8 lets this process's heaps grow past what survived their last collection, in
 * percent, for the commands that run long over a region of units. By its own rule V8 lets a heap
 * grow to up to four times that, and gets there over the first seconds of a run: a long run
 * peaked far above what it holds and a short one did not (2,000 units audited: 270 MB, with
 * 17–22 MB live on the main thread; 200 units: 210 MB). Measured on a 2-core machine at 200 and
 * 2,000 units (docs/audit.md, docs/portal.md):
 * - `audit` (little live data): 50, 270 → 190 MB at 2,000 units for about 3% more time;
 * - a portal `build` (far more live data): 150, 430–490 → 340 MB in the same time; at 50 or 100
 *   it took 30% longer.
 */
export const HEAP_GROWTH = { audit: 50, portal: 150 } as const;

/** Read at every collection: set when the command is known. */
export function limitHeapGrowth(run: keyof typeof HEAP_GROWTH): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH[run]}`);
}

/**
 * How much bytecode V8's optimizing compiler inlines into one function, in all (its default is
 * 920). A run of the CLI is short, and each thread compiles the hot code for itself: on 2,000
 * real-size standards (bench/README.md) half of `validate`'s CPU time was that compiling, which
 * on two cores competes with the checking. At 60 it compiles about half as much, for code as fast
 * once warm: validate of those files 6–14% sooner, a 52,000-file region (20 s) the same.
 */
export const INLINED_BYTECODE = 60;

/** Read by each compilation: set before the command's code turns hot. */
export function limitInlining(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}
