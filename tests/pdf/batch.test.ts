import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/io.js';
import { printBatch, type PdfJob } from '../../src/pdf/batch.js';
import { PdfEngine } from '../../src/pdf/engine.js';
import { processTree } from '../../src/pdf/processes.js';
import { writeCorpus } from '../../bench/corpus.js';
import { twoPageStandardHtml } from './fixtures/two-page-standard.js';
import { pdfinfo } from './poppler.js';

const engine = new PdfEngine();
afterAll(() => engine.close());

const tempDir = () => mkdtempSync(join(tmpdir(), 'standar-batch-'));

describe('a batch of documents', () => {
  it('reports the document that fails and prints the others', async () => {
    const dir = tempDir();
    const jobs: PdfJob[] = [
      { label: 'satu.yaml', out: join(dir, 'satu.pdf'), html: () => twoPageStandardHtml(1) },
      { label: 'rusak.yaml', out: join(dir, 'rusak.pdf'), html: () => { throw new Error('templat rusak'); } },
      { label: 'lambat.yaml', out: join(dir, 'lambat.pdf'), html: () => `<table>${'<tr><td>x</td></tr>'.repeat(40_000)}</table>`, timeoutMs: 100 },
      { label: 'dua.yaml', out: join(dir, 'sub/dua.pdf'), html: () => twoPageStandardHtml(2) },
    ];
    const seen: string[] = [];
    const batch = await printBatch(engine, jobs, { write: writeFileAtomic, onResult: (r, done, total) => seen.push(`${done}/${total} ${r.job.label} ${r.ok}`) });
    expect(batch.aborted).toBe(false);
    expect(batch.fatal).toBeUndefined();
    const byLabel = Object.fromEntries(batch.results.map((r) => [r.job.label, r]));
    expect(byLabel['satu.yaml']).toMatchObject({ ok: true });
    expect(byLabel['dua.yaml']).toMatchObject({ ok: true });
    expect(byLabel['rusak.yaml']?.error).toMatchObject({ kind: 'inputFailed', params: { reason: 'templat rusak' } });
    expect(byLabel['lambat.yaml']?.error).toMatchObject({ kind: 'timeout' });
    expect(seen).toHaveLength(4);
    expect(readdirSync(dir).sort()).toEqual(['satu.pdf', 'sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['dua.pdf']);
    expect(pdfinfo(join(dir, 'sub/dua.pdf')).Tagged).toBe('yes');
  });

  it('stops at once when there is no browser, reporting it once', async () => {
    const none = new PdfEngine({ configured: '/tidak/ada' });
    const dir = tempDir();
    const jobs = Array.from({ length: 6 }, (_, i) => ({ label: `${i}`, out: join(dir, `${i}.pdf`), html: () => '<p>x</p>' }));
    const batch = await printBatch(none, jobs, { write: writeFileAtomic });
    expect(batch.fatal).toMatchObject({ kind: 'chromiumBadPath' });
    expect(batch.results).toEqual([]);
    expect(batch.skipped).toHaveLength(6);
    expect(readdirSync(dir)).toEqual([]);
    await none.close();
  });

  it('keeps the old file when writing fails', async () => {
    const dir = tempDir();
    const batch = await printBatch(engine, [{ label: 'x', out: join(dir, 'x.pdf'), html: () => '<p>x</p>' }], {
      write: async () => {
        throw new Error('disk penuh');
      },
    });
    expect(batch.results[0]?.error).toMatchObject({ kind: 'writeFailed', params: { reason: 'disk penuh' } });
  });
});

describe('an interrupted standar render --to pdf', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`leaves no partial file and no Chromium process after ${signal}`, async () => {
      const unit = await writeCorpus(join(tempDir(), 'unit'), 120);
      const out = tempDir();
      // The run's own temp folder, so its Chromium profile can be looked for afterwards.
      const tmp = tempDir();
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/pdf/fixtures/standar-cli.ts', 'render', unit, '--to', 'pdf', '--out', out], { env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      while ((stdout.match(/^✓ /gm) ?? []).length < 5) await new Promise((r) => setTimeout(r, 50));
      const chromium = processTree(child.pid!).filter((p) => p.pid !== child.pid);
      expect(chromium.length).toBeGreaterThan(0);
      child.kill(signal);
      expect(await exited).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(stderr).toContain('Dihentikan sebelum selesai; tidak ada berkas setengah jadi yang ditinggalkan.');

      const files = readdirSync(out);
      expect(files.filter((f) => !f.endsWith('.pdf'))).toEqual([]);
      expect(files.length).toBeGreaterThanOrEqual(5);
      expect(files.length).toBeLessThan(120);
      for (const f of files) expect(Number(pdfinfo(join(out, f)).Pages)).toBeGreaterThan(0);
      const alive = chromium.filter((p) => existsSync(`/proc/${p.pid}`) && readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('chromium'));
      expect(alive).toEqual([]);
      expect(readdirSync(tmp).filter((f) => f.startsWith('standar-chromium-'))).toEqual([]);
    });
  }
});
