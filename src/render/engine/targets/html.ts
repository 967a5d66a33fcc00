import type { OutputTarget } from './types.js';

/** The pages as they are: self-contained HTML for a browser or a website. */
export const html: OutputTarget = {
  extension: 'html',
  media: 'screen',
  description: { id: 'halaman HTML mandiri', en: 'self-contained HTML pages' },
  open: async () => ({ convert: async (page) => page, close: async () => {} }),
};
