/**
 * How honest the tool is on standards written the way real documents are published (issue 10):
 * for each unit and in total, the document's facts (fit cleanly, bent into a note, lost, or a
 * `diharapkan.txt` pointer that does not hold them), its real defects (flagged or missed), the
 * findings that are fair to give and those that are noise, whether the unit renders and keeps
 * every fact on its pages; then the three ratios of issue 10's "Done when".
 *
 * `npm run bench:as-published` or `npx tsx bench/as-published.ts [folder…]`: a folder is a unit
 * (it holds penyelenggara.yaml, layanan/ or diharapkan.txt) or a folder of units, anywhere on
 * disk; default tests/fixtures/as-published.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED_FILE, evaluateUnit, unitsIn, where, type UnitReport } from './lib/as-published.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const folders = args.length > 0 ? args : [join(ROOT, 'tests/fixtures/as-published')];

let dirs: string[];
try {
  dirs = folders.flatMap(unitsIn);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}
if (dirs.length === 0) {
  console.error(`No unit found in ${folders.join(', ')}.`);
  process.exit(2);
}

const reports: UnitReport[] = [];
for (const dir of dirs) reports.push(await evaluateUnit(dir));

interface Counts {
  facts: number;
  clean: number;
  bent: number;
  lost: number;
  badPointer: number;
  offPage: number;
  defects: number;
  flagged: number;
  infoOnly: number;
  missed: number;
  defectFindings: number;
  fair: number;
  noise: number;
  findings: number;
  rendered: number;
}

function count(r: UnitReport): Counts {
  return {
    facts: r.facts.length,
    clean: r.facts.filter((f) => f.bentuk === 'bersih').length,
    bent: r.facts.filter((f) => f.bentuk === 'dibengkokkan').length,
    lost: r.facts.filter((f) => f.bentuk === 'hilang').length,
    badPointer: r.facts.filter((f) => !f.held).length,
    offPage: r.facts.filter((f) => f.onPage === false).length,
    defects: r.defects.length,
    flagged: r.defects.filter((d) => d.status === 'ditandai').length,
    infoOnly: r.defects.filter((d) => d.status === 'hanya-info').length,
    missed: r.defects.filter((d) => d.status === 'terlewat').length,
    defectFindings: r.defects.reduce((n, d) => n + d.findings.length, 0),
    fair: r.fair.reduce((n, f) => n + f.findings.length, 0),
    noise: r.noise.length,
    findings: r.diagnostics.length,
    rendered: r.render.ok ? 1 : 0,
  };
}

const pct = (n: number, of: number) => (of === 0 ? '   n/a' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

for (const r of reports) {
  const c = count(r);
  console.log(`\n== ${r.name}  (${r.dir})`);
  for (const p of r.expectationProblems) console.log(`  ! ${p}`);
  console.log(`  facts    ${c.facts}: clean ${c.clean}, bent ${c.bent}, lost ${c.lost}; pointer missing or not holding the words: ${c.badPointer}`);
  for (const f of r.facts.filter((f) => f.bentuk !== 'bersih' || !f.held)) {
    const mark = !f.held ? 'POINTER' : f.bentuk === 'hilang' ? 'lost   ' : 'bent   ';
    console.log(`    ${mark} ${EXPECTED_FILE}:${f.line} "${short(f.teks, 60)}"${f.di ? ` → ${f.di.berkas}#${f.di.pointer}` : ''}`);
  }
  console.log(`  defects  ${c.defects}: flagged ${c.flagged}, info only ${c.infoOnly}, missed ${c.missed}`);
  for (const d of r.defects) {
    const found = d.findings.length === 0 ? 'no finding' : `${d.findings.length} finding${d.findings.length > 1 ? 's' : ''}: ${[...new Set(d.findings.map((x) => `${x.rule} ${x.severity}`))].join(', ')}`;
    console.log(`    ${d.status === 'ditandai' ? '✓' : d.status === 'hanya-info' ? '~' : '✗'} ${short(d.uraian, 80)}  [${found}]`);
  }
  console.log(`  findings ${c.findings}: real defects ${c.defectFindings}, fair ${c.fair}, noise ${c.noise}`);
  for (const f of r.fair.filter((f) => f.findings.length === 0)) console.log(`    ? wajar at ${EXPECTED_FILE}:${f.line} (${f.temuan.berkas} ${f.temuan.aturan}) matched no finding`);
  const known = new Set(r.knownNoise.flatMap((n) => n.findings));
  for (const d of r.noise) console.log(`    noise${known.has(d) ? ' (known)' : ''} ${short(where(d), 150)}`);
  for (const n of r.knownNoise.filter((n) => n.findings.length === 0)) console.log(`    ? derau at ${EXPECTED_FILE}:${n.line} (${n.temuan.berkas} ${n.temuan.aturan}) matched no finding`);
  console.log(`  renders  ${r.render.ok ? `yes (${r.render.pages} pages in its site)` : `NO: ${r.render.error}`}`);
  const looked = r.facts.filter((f) => f.onPage !== undefined);
  console.log(`  on page  ${looked.length - c.offPage}/${looked.length} facts on the full standard (or maklumat)`);
  for (const f of r.facts.filter((f) => f.onPage === false)) console.log(`    DROPPED ${EXPECTED_FILE}:${f.line} "${short(f.teks, 60)}" (${f.di!.berkas}#${f.di!.pointer})`);
}

const rows = reports.map((r) => ({ name: r.name, ...count(r) }));
const total = rows.reduce<Counts>(
  (t, r) => {
    for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += r[k];
    return t;
  },
  { facts: 0, clean: 0, bent: 0, lost: 0, badPointer: 0, offPage: 0, defects: 0, flagged: 0, infoOnly: 0, missed: 0, defectFindings: 0, fair: 0, noise: 0, findings: 0, rendered: 0 },
);

const columns: [string, (r: Counts) => number][] = [
  ['facts', (r) => r.facts],
  ['clean', (r) => r.clean],
  ['bent', (r) => r.bent],
  ['lost', (r) => r.lost],
  ['ptr✗', (r) => r.badPointer],
  ['defects', (r) => r.defects],
  ['flagged', (r) => r.flagged],
  ['info', (r) => r.infoOnly],
  ['missed', (r) => r.missed],
  ['find/def', (r) => r.defectFindings],
  ['fair', (r) => r.fair],
  ['noise', (r) => r.noise],
  ['dropped', (r) => r.offPage],
];
const nameWidth = Math.max(5, ...rows.map((r) => r.name.length));
console.log('\n== Totals');
console.log(`${'unit'.padEnd(nameWidth)} ${columns.map(([h]) => h.padStart(8)).join(' ')}  renders`);
for (const r of rows) console.log(`${r.name.padEnd(nameWidth)} ${columns.map(([, f]) => String(f(r)).padStart(8)).join(' ')}  ${r.rendered ? 'yes' : 'NO'}`);
console.log(`${'total'.padEnd(nameWidth)} ${columns.map(([, f]) => String(f(total)).padStart(8)).join(' ')}  ${total.rendered}/${rows.length}`);

console.log('\n== Issue 10, "Done when"');
console.log(`facts fitting without bending   ${pct(total.clean, total.facts)}  (${total.clean}/${total.facts}; target ≥ 95%, none lost: ${total.lost} lost)`);
console.log(`real defects flagged            ${pct(total.flagged, total.defects)}  (${total.flagged}/${total.defects} as warning or error; target ≥ 85%)`);
console.log(`messages that are real defects  ${pct(total.defectFindings, total.findings)}  (${total.defectFindings}/${total.findings}; target ≥ 60% when the scope is declared)`);
console.log(`units rendering                 ${total.rendered}/${rows.length}; facts dropped from their page: ${total.offPage}; pointers not holding their fact: ${total.badPointer}`);
const malformed = reports.filter((r) => r.expectationProblems.length > 0).map((r) => r.name);
if (malformed.length > 0) console.log(`${EXPECTED_FILE} with problems: ${malformed.join(', ')}`);
