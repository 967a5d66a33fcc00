import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDashboard } from '../../src/audit/dashboard.js';
import { auditUnits } from '../../src/audit/run.js';
import type { AuditResults } from '../../src/audit/types.js';
import { run } from '../helpers.js';
import { pdffonts, pdfinfo, pdftotext } from '../pdf/poppler.js';
import { sharedBrowser, watchedPage } from '../render/browser.js';

const REPO = join(import.meta.dirname, '..', '..');
const UNITS = ['tests/fixtures/audit/dinas-banyak-masalah', 'examples/disdukcapil-sukamaju', 'examples/kanim-sukamaju'];
const NOW = '2026-11-27T00:00:00Z';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = sharedBrowser();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('the audit dashboard in Chromium', () => {
  it.each(['id', 'en'] as const)('has no axe violation at 320 and 1280 px and never scrolls sideways (%s)', async (lang) => {
    const { results } = await auditUnits(UNITS, { cwd: REPO, now: NOW, lang });
    const html = auditDashboard(results!, lang);
    // JavaScript and a bypassed CSP only so that axe can run; the page itself has no script.
    const { page, watch } = await watchedPage(browser(), { javaScript: true, bypassCsp: true });
    const failures: string[] = [];
    for (const width of [320, 1280]) {
      await page.setViewport({ width, height: 900 });
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
      });
      for (const v of violations) failures.push(`@${width}px: ${v.id} (${v.help}) ${JSON.stringify(v.nodes)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) failures.push(`@${width}px: ${overflow}px wider than the window`);
    }
    await page.close();
    expect(failures).toEqual([]);
    expect(watch.errors).toEqual([]);
  }, 120_000);

  it('is read whole without JavaScript: the ranking, each unit and its fixes', async () => {
    const { results } = await auditUnits(UNITS, { cwd: REPO, now: NOW });
    const { page } = await watchedPage(browser(), { javaScript: false });
    await page.setContent(auditDashboard(results!, 'id'), { waitUntil: 'load' });
    const text = await page.evaluate(() => document.body.innerText);
    await page.close();
    expect(text).toContain('bukan perkiraan hasil penilaian Ombudsman RI');
    expect(text).toMatch(/3\s+Unit Uji Audit Disdukcapil Kota Sukamaju\s+44,17\s+merah/);
    expect(text).toContain('Maklumat tidak memuat kesediaan menerima sanksi atau memberikan kompensasi.');
    expect(text).toContain('tests/fixtures/audit/dinas-banyak-masalah/penyelenggara.yaml:35:');
  }, 60_000);
});

describe('standar audit through the CLI', () => {
  it('finds a unit whose site was just built published and current', async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const site = join(root, 'situs');
    expect((await run(['build', 'examples/kanim-sukamaju', '--out', site], REPO)).code).toBe(0);
    const audited = await run(['audit', 'examples/kanim-sukamaju', '--situs', site, '--format', 'json'], REPO);
    expect(audited.stderr).toBe('');
    expect(audited.code).toBe(0);
    const results = JSON.parse(audited.stdout) as AuditResults;
    const [unit] = results.unit;
    expect(unit!.layanan.flatMap((s) => s.indikator).filter((r) => r.indikator === 'penyampaian-terbit').map((r) => r.status)).toEqual(['terpenuhi', 'terpenuhi', 'terpenuhi']);
    expect(unit!.unit.find((r) => r.indikator === 'maklumat-terbit')!.status).toBe('terpenuhi');
  }, 120_000);

  it('prints the bureau head\'s PDF report: A4, tagged, the fonts embedded, the note on what the score is not', async () => {
    const root = await mkdtemp(join(tmpdir(), 'standar-audit-'));
    const out = join(root, 'laporan-audit.pdf');
    const printed = await run(['audit', ...UNITS, '--format', 'pdf', '--out', out], REPO);
    expect(printed.stderr).toBe('');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('✔ 1 PDF ditulis ke');
    const info = pdfinfo(out);
    expect(info['Page size']).toContain('(A4)');
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Kesiapan dokumen standar pelayanan');
    const text = pdftotext(out).replace(/\s+/g, ' ');
    expect(text).toContain('Skor ini bukan perkiraan hasil penilaian Ombudsman RI');
    expect(text).toContain('Peringkat unit');
    expect(text).toContain('Unit Uji Audit Disdukcapil Kota Sukamaju');
    const fonts = pdffonts(out);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    for (const f of fonts) expect(f.name).toMatch(/\+Noto(Sans|Serif)-/);
  }, 180_000);
});
