import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { publishAudit } from '../../src/publish/audit.js';

const REPO = join(import.meta.dirname, '..', '..');
const NOW = '2026-11-27T00:00:00Z';

it('--sejak shows the units that moved zone and the problems new and fixed since a revision', async () => {
  const root = await mkdtemp(join(tmpdir(), 'standar-audit-sejak-'));
  cpSync(join(REPO, 'tests/fixtures/audit/dinas-banyak-masalah'), join(root, 'unit'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.go.id', ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'awal');
  // Fixed: the pledge gets its sanction clause back. New: a service loses its SP4N-LAPOR! channel.
  const provider = join(root, 'unit', 'penyelenggara.yaml');
  writeFileSync(provider, readFileSync(provider, 'utf8').replace('yang telah ditetapkan.\n', 'yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.\n'));
  const service = join(root, 'unit', 'layanan', 'surat-pindah.yaml');
  writeFileSync(service, readFileSync(service, 'utf8').replace('      - jenis: sp4n_lapor\n        alamat: https://www.lapor.go.id\n        nama: SP4N-LAPOR!\n', ''));
  const outcome = await publishAudit(['unit'], { format: 'text', cwd: root, now: NOW, since: 'HEAD', sites: 'situs' });
  const change = outcome.perubahan!;
  expect(change.revisi).toBe(git('rev-parse', 'HEAD').trim());
  expect(change.selesai.map((p) => [p.layanan ?? 'unit', p.indikator, p.aturan])).toEqual([['unit', 'maklumat-lengkap', 'maklumat-lengkap']]);
  expect(change.baru.map((p) => [p.layanan, p.indikator, p.aturan])).toEqual([['unit/layanan/surat-pindah.yaml', 'kanal-pengaduan', 'kanal-sp4n-lapor']]);
  expect(outcome.stdout).toContain('Perubahan sejak HEAD');
  // The working tree and the index are as they were.
  expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M unit/layanan/surat-pindah.yaml', ' M unit/penyelenggara.yaml']);

  const unknown = await publishAudit(['unit'], { format: 'text', cwd: root, now: NOW, since: 'tidak-ada' });
  expect(unknown.historyProblem?.id).toContain('Revisi "tidak-ada" tidak dikenal');
  const option = await publishAudit(['unit'], { format: 'text', cwd: root, now: NOW, since: '--output=x' });
  expect(option.historyProblem?.id).toContain('diawali tanda "-"');
}, 120_000);
