import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write.js';
import { printBatch, type PdfJob } from '../../src/pdf/batch.js';
import { PdfEngine } from '../../src/pdf/engine.js';
import { isRunning, processTree } from '../../src/pdf/processes.js';
import { removeStaleProfiles } from '../../src/pdf/profile.js';
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

/** `standar render <unit> --to pdf` from the sources, as its own process with its own temp folder. */
function startRender(unit: string, tmp: string) {
  const out = tempDir();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/pdf/fixtures/standar-cli.ts', 'render', unit, '--to', 'pdf', '--out', out], { env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const run = { child, out, stdout: '', stderr: '', exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stdout.on('data', (d: Buffer) => (run.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (run.stderr += d.toString()));
  return run;
}

/** Wait until the run has written `count` PDFs. */
async function printed(run: ReturnType<typeof startRender>, count: number): Promise<void> {
  while ((run.stdout.match(/^✓ /gm) ?? []).length < count) {
    if (run.child.exitCode !== null) throw new Error(`render ended early: ${run.stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function within(ms: number, done: () => boolean): Promise<boolean> {
  for (const end = Date.now() + ms; !done() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 100));
  return done();
}

describe('an interrupted standar render --to pdf', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`leaves no partial file and no Chromium process after ${signal}`, async () => {
      const unit = await writeCorpus(join(tempDir(), 'unit'), 120);
      // The run's own temp folder, so its Chromium profile can be looked for afterwards.
      const tmp = tempDir();
      const run = startRender(unit, tmp);
      await printed(run, 5);
      const chromium = processTree(run.child.pid!).filter((p) => p.pid !== run.child.pid);
      expect(chromium.length).toBeGreaterThan(0);
      run.child.kill(signal);
      expect(await run.exited).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(run.stderr).toContain('Dihentikan sebelum selesai; tidak ada berkas setengah jadi yang ditinggalkan.');

      const files = readdirSync(run.out);
      expect(files.filter((f) => !f.endsWith('.pdf'))).toEqual([]);
      expect(files.length).toBeGreaterThanOrEqual(5);
      expect(files.length).toBeLessThan(120);
      for (const f of files) expect(Number(pdfinfo(join(run.out, f)).Pages)).toBeGreaterThan(0);
      const alive = chromium.filter((p) => existsSync(`/proc/${p.pid}`) && readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('chromium'));
      expect(alive).toEqual([]);
      expect(readdirSync(tmp).filter((f) => f.startsWith('standar-chromium-'))).toEqual([]);
    });
  }

  it("after SIGKILL, its Chromium exits by itself and the next run removes the profile it left, never a running one's", async () => {
    const unit = await writeCorpus(join(tempDir(), 'unit'), 30);
    const tmp = tempDir();
    const profilesOf = (pid: number) => readdirSync(tmp).filter((f) => f.startsWith(`standar-chromium-${pid}-`));

    const killed = startRender(unit, tmp);
    await printed(killed, 2);
    const chromium = processTree(killed.child.pid!).filter((p) => p.pid !== killed.child.pid);
    expect(chromium.length).toBeGreaterThan(0);
    killed.child.kill('SIGKILL');
    await killed.exited;
    // Nothing could run to remove it.
    expect(profilesOf(killed.child.pid!)).toHaveLength(1);
    // Chromium reads its commands from a pipe, and exits when the other end is gone.
    expect(await within(5_000, () => chromium.every((p) => !isRunning(p.pid, p.started)))).toBe(true);

    const next = startRender(unit, tmp);
    await printed(next, 1);
    expect(profilesOf(killed.child.pid!)).toEqual([]);
    expect(profilesOf(next.child.pid!)).toHaveLength(1);
    // What a run starting now would do, while this one is still printing.
    expect(removeStaleProfiles(tmp)).toEqual([]);
    expect(next.child.exitCode).toBe(null);
    expect(profilesOf(next.child.pid!)).toHaveLength(1);

    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(143);
    expect(readdirSync(tmp).filter((f) => f.startsWith('standar-chromium-'))).toEqual([]);
  }, 90_000);
});
