import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and subprocess tests start real processes; two cores are shared by everything.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
