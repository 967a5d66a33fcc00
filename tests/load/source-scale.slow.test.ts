import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/source.js';

// A scale test: thirty thousand keys and their diagnostics, seconds of work, so in the slow lane.
describe('parseSource at scale', () => {
  it('finds every duplicate key of a long mapping in linear time', () => {
    const text = 'nama: a\n'.repeat(30_000);
    const cpu = process.cpuUsage();
    const { diagnostics } = parseSource('x.yaml', text, 'id');
    const used = process.cpuUsage(cpu);
    expect(diagnostics).toHaveLength(29_999);
    expect(diagnostics[29_998]).toMatchObject({ line: 30_000, column: 1, endColumn: 5 });
    // Processor time (not the wall clock, which other processes stretch): comparing each key with every earlier one took minutes.
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  });
});
