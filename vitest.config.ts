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

export default defineConfig({
  test: {
    // Browser and subprocess tests start real processes; two cores are shared by everything.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: SLOW,
          setupFiles: ['tests/unit-lane.ts'],
          // In-process and CPU-bound: one worker per core (the default leaves one core to vitest).
          maxWorkers: availableParallelism(),
        },
      },
      { extends: true, test: { name: 'browser', include: SLOW } },
    ],
  },
});
