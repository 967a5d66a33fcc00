import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/render/engine/styles.js';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the Content-Security-Policy of a page', () => {
  // A portal's catalogue pages each carry large sheets and scripts of their own; only a few are
  // remembered between pages, and a page seen again must still be allowed its own.
  it('allows each large sheet and script by its own hash, also after many other pages', () => {
    const sheets = Array.from({ length: 40 }, (_, i) => `.kantor-u${i} { display: none; }\n`.repeat(200));
    const shared = 'body { margin: 0; }\n'.repeat(400);
    for (const sheet of [...sheets, ...sheets.slice(0, 3)]) {
      const policy = contentSecurityPolicy([shared, sheet], [sheet]);
      expect(policy).toContain(`style-src ${hashOf(shared)} ${hashOf(sheet)};`);
      expect(policy).toContain(`script-src ${hashOf(sheet)};`);
    }
  });
});
