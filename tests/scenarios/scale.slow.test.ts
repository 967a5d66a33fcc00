import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE } from '../rules/helpers.js';

/**
 * One file with tens of thousands of problems: every step must stay linear in their number (the
 * quadratic ones took 30–40 s here). Limits are on processor time, generous, so a machine busy
 * with other work does not fail them; a quadratic step would exceed them many times over.
 */
const LIMIT_MS = 5000;

async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: (used.user + used.system) / 1000 };
}

async function check(service: string) {
  const root = await tempTree({ 'penyelenggara.yaml': BASE_PROVIDER, 'layanan/besar.yaml': service });
  return timed(() => validate(['.'], { cwd: root, now: '2026-06-01T00:00:00Z', workers: 0, configFile: false, baseline: false }));
}

describe('a file with thousands of problems is checked in linear time', () => {
  it('30,000 unknown keys (240 KB), and every report format writes them', async () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: 1\n`).join('');
    expect(keys.length).toBeGreaterThan(200_000);
    const { value, ms } = await check(BASE_SERVICE + keys);
    expect(value.diagnostics.filter((d) => d.rule === 'skema' && d.message.startsWith('Kunci "k'))).toHaveLength(30_000);
    expect(ms).toBeLessThan(LIMIT_MS);
    for (const [name, format] of Object.entries(FORMATTERS)) {
      const written = await timed(() => format(value, { lang: 'id', color: false }));
      expect(written.ms, name).toBeLessThan(LIMIT_MS);
    }
  });

  it('30,000 unknown keys inside a component, where each is compared with the known ones', async () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `    biaya_tambahan_${i}: 1\n`).join('');
    const { value, ms } = await check(BASE_SERVICE.replace('  biaya:\n', `  biaya:\n${keys}`));
    expect(value.diagnostics.filter((d) => d.message.includes('biaya_tambahan_'))).toHaveLength(30_000);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('30,000 duplicate keys', async () => {
    const { value, ms } = await check(BASE_SERVICE + 'catatan: x\n'.repeat(30_000));
    expect(value.diagnostics.filter((d) => d.rule === 'yaml')).toHaveLength(29_999);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('10,000 list items that each miss a key', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `      - uraian: Tarif ${i}\n`).join('');
    const { value, ms } = await check(BASE_SERVICE.replace('    gratis: true\n', `    tarif:\n${items}`));
    expect(value.diagnostics.length).toBeGreaterThanOrEqual(10_000);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
