/**
 * `standar ekspor` on a 500-service unit, every target and format, against a baseline measured in
 * the same run:
 * - each target: `publishExport` end to end, as the command runs it (load and check the unit,
 *   refuse what may not be exported, make the files, write them atomically), best of 3;
 * - baseline: loading and checking the same unit (`loadUnits`), what every export starts with, so
 *   the ratio shows what a target adds.
 * Both run the built JavaScript (dist/), as the command does: only there do the worker threads
 * the docx target shares its files with exist (from the sources everything stays on the main
 * thread), so timing the sources would time something no user runs.
 * Target (issue 14): every target under 10 s for 500 services on the project's 2-core machine.
 * Run after `npm run build` (`npm run bench` builds first): `npm run bench:ekspor` (option: --services 500).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const { loadUnits } = (await import('../dist/check/load-units.js')) as typeof import('../src/check/load-units.js');
const { EXPORT_TARGETS } = (await import('../dist/export/index.js')) as typeof import('../src/export/index.js');
const { publishExport } = (await import('../dist/publish/export.js')) as typeof import('../src/publish/export.js');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const i = process.argv.indexOf('--services');
const SERVICES = i >= 0 ? Number(process.argv[i + 1]) : 500;
const TARGET_SECONDS = 10;

async function best(runs: number, fn: () => Promise<void>): Promise<number> {
  let least = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await fn();
    least = Math.min(least, (performance.now() - t) / 1000);
  }
  return least;
}

const dir = await writeCorpus(join(ROOT, `bench/.data/corpus-${SERVICES}`), SERVICES);
const out = join(ROOT, 'bench/.data/ekspor');
const baseline = await best(3, async () => void (await loadUnits([dir], { cwd: dir })));

console.log(`standar ekspor, one unit of ${SERVICES} services`);
console.log(`  baseline (load and check the unit): ${baseline.toFixed(2)} s`);
let slowest = 0;
let total = 0;
for (const [name, info] of Object.entries(EXPORT_TARGETS)) {
  for (const format of info.formats) {
    let files = 0;
    const seconds = await best(3, async () => {
      await rm(out, { recursive: true, force: true });
      const outcome = await publishExport({ inputs: [dir], target: name, format, outDir: out, shownOut: 'ekspor/', lang: 'id', cwd: dir });
      if (outcome.stop || outcome.written.length === 0) throw new Error(`${name}/${format}: ${outcome.stop?.why.en ?? 'nothing written'}`);
      files = outcome.written.length;
    });
    slowest = Math.max(slowest, seconds);
    total += seconds;
    const label = `${name}${info.formats.length > 1 ? ` --format ${format}` : ''}`;
    console.log(`  ${label.padEnd(22)} ${seconds.toFixed(2)} s (${files} files, ${(seconds / baseline).toFixed(1)}× the baseline)  target < ${TARGET_SECONDS} s  ${seconds < TARGET_SECONDS ? 'OK' : 'ABOVE TARGET'}`);
  }
}
console.log(`  every target one after the other: ${total.toFixed(2)} s`);
await rm(out, { recursive: true, force: true });
process.exitCode = slowest < TARGET_SECONDS ? 0 : 1;
