import { vi } from 'vitest';

// The unit lane never starts Chromium: a test that does belongs in a `*.browser.test.ts` file.
vi.mock('puppeteer-core', () => {
  const refuse = (): never => {
    throw new Error('This test starts Chromium: name its file *.browser.test.ts so it runs in `npm run test:browser` (vitest.config.ts).');
  };
  return { default: { launch: refuse, connect: refuse }, launch: refuse, connect: refuse };
});
