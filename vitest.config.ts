import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two lanes, chosen by file name; a new test lands in the fast one unless its name says otherwise.
 *   unit     `npm run test:unit`: everything else, in-process, no browser (under 30 s on 2 idle cores)
 *   browser  `npm run test:browser`: `*.browser.test.ts` (starts Chromium) and `*.slow.test.ts`
 *            (spawns the built CLI, git, npm, workers or servers; fuzzing; runs over every example
 *            and fixture; whole sites built through the CLI)
 * `npm test` runs both. In the unit lane a test that reaches for Chromium fails at once
 * (tests/unit-lane.ts), so a browser test cannot slip into it unnoticed.
 */
const SLOW = ['tests/**/*.browser.test.ts', 'tests/**/*.slow.test.ts'];
/**
 * The fast lane shares loaded modules between the files a worker runs (isolate: false): less
 * than half the CPU time; a file that replaces a module with vi.mock needs its own module graph and is
 * listed here (it fails loudly when it is not: the real module was loaded before its mock).
 */
const MOCKS_MODULES = ['tests/authoring/write-no-hardlinks.test.ts', 'tests/scenarios/internal-failure.test.ts'];
const unit = {
  include: ['tests/**/*.test.ts'],
  setupFiles: ['tests/unit-lane.ts'],
  // In-process and CPU-bound: one worker per core (the default leaves one core to vitest).
  maxWorkers: availableParallelism(),
};

export default defineConfig({
  test: {
    // Browser and subprocess tests start real processes; two cores are shared by everything.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { ...unit, name: 'unit', exclude: [...SLOW, ...MOCKS_MODULES], isolate: false } },
      { extends: true, test: { ...unit, name: 'unit-isolated', include: MOCKS_MODULES } },
      // Its own group (run after the fast lane) so `npx vitest run` can mix the lanes' worker counts.
      { extends: true, test: { name: 'browser', include: SLOW, sequence: { groupOrder: 1 } } },
    ],
  },
});
