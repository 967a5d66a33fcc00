import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/authoring/diff/compare.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=uji@contoh.go.id', '-c', 'user.name=Uji', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });

/** SERVICE_YAML with a requirement added, the fee turned into a tariff and a shorter completion time. */
const CHANGED = SERVICE_YAML.replace('    - Surat pengantar RT/RW\n', '    - Surat pengantar RT/RW\n    - Surat keterangan pindah\n')
  .replace('  biaya:\n    gratis: true\n', '  biaya:\n    tarif:\n      - { uraian: Legalisir, jumlah: 50000, satuan: per lembar }\n')
  .replace('    nilai: 3\n    satuan: hari_kerja\n', '    nilai: 2\n    satuan: hari_kerja\n')
  .replace('status: draf', 'status: konsultasi_publik');

describe('standar diff', () => {
  it('says component by component what changed between two files', async () => {
    const dir = await tempTree({ 'lama.yaml': SERVICE_YAML, 'baru.yaml': CHANGED });
    const r = await run(['diff', 'lama.yaml', 'baru.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Perubahan: Penerbitan Kartu Keluarga (DUK-KK)\n  lama: lama.yaml\n  baru: baru.yaml\n');
    expect(r.stdout).toContain('Identitas layanan: diubah 1\n  ~ Status: draf → konsultasi_publik\n');
    expect(r.stdout).toContain('Persyaratan: ditambah 1, dihapus 0\n  + Surat keterangan pindah\n');
    expect(r.stdout).toContain('Biaya/tarif: Rp0 (gratis) → Rp50.000; ditambah 1, dihapus 0\n  + Legalisir: Rp50.000 per lembar\n');
    expect(r.stdout).toContain('Jangka waktu pelayanan: 3 (tiga) hari kerja sejak berkas dinyatakan lengkap → 2 (dua) hari kerja sejak berkas dinyatakan lengkap\n');
    expect(r.stdout).toMatch(/Tidak berubah: .*Produk pelayanan;/);

    const same = await run(['diff', 'lama.yaml', 'lama.yaml', '--exit-code'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Tidak ada perubahan isi.');
    expect((await run(['diff', 'lama.yaml', 'baru.yaml', '--exit-code'], dir)).code).toBe(1);
  });

  it('writes Markdown for a consultation notice and JSON for scripts', async () => {
    const dir = await tempTree({ 'lama.yaml': SERVICE_YAML, 'baru.yaml': CHANGED.replace('nama: Penerbitan Kartu Keluarga', 'nama: Penerbitan Kartu | Keluarga') });
    const md = await run(['diff', 'lama.yaml', 'baru.yaml', '-f', 'markdown', '-o', 'perubahan.md'], dir);
    expect(md.code).toBe(0);
    const text = await readFile(join(dir, 'perubahan.md'), 'utf8');
    expect(text).toContain('| Bagian | Perubahan |\n| --- | --- |\n');
    expect(text).toContain('| Biaya/tarif | Rp0 (gratis) → Rp50.000; ditambah 1, dihapus 0 |');
    expect(text).toContain('- **ditambah:** Surat keterangan pindah');
    expect(text).toContain('Nama: Penerbitan Kartu Keluarga → Penerbitan Kartu \\| Keluarga');

    const json = JSON.parse((await run(['diff', 'lama.yaml', 'baru.yaml', '-f', 'json', '--lang', 'en'], dir)).stdout) as { changed: boolean; sections: { key: string; label: string; headline?: { from: string; to: string }; added: string[] }[] };
    expect(json.changed).toBe(true);
    const biaya = json.sections.find((s) => s.key === 'biaya')!;
    expect(biaya.label).toBe('Fees/tariff');
    expect(biaya.headline).toEqual({ from: 'Rp0 (free)', to: 'Rp50,000' });
    expect(biaya.added).toEqual(['Legalisir: Rp50,000 per lembar']);
  });

  it('compares a file with an earlier git revision, in the three notations', async () => {
    const dir = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'awal');
    await writeFile(join(dir, 'layanan/kk.yaml'), CHANGED);
    git(dir, 'commit', '-qam', 'ubah');

    const sub = join(dir, 'layanan');
    const viaRev = await run(['diff', 'kk.yaml', '--rev', 'HEAD~1'], sub);
    expect(viaRev.code).toBe(0);
    expect(viaRev.stdout).toContain('  lama: HEAD~1:kk.yaml\n  baru: kk.yaml\n');
    expect(viaRev.stdout).toContain('Persyaratan: ditambah 1, dihapus 0');
    const viaRange = await run(['diff', 'layanan/kk.yaml', '--rev', 'HEAD~1..HEAD'], dir);
    expect(viaRange.stdout).toContain('  lama: HEAD~1:layanan/kk.yaml\n  baru: HEAD:layanan/kk.yaml\n');
    const viaColon = await run(['diff', 'HEAD~1:layanan/kk.yaml', 'layanan/kk.yaml'], dir);
    expect(viaColon.stdout.split('\n').slice(3)).toEqual(viaRange.stdout.split('\n').slice(3));
    // Without --rev, the file is compared with its last commit: unchanged here.
    expect((await run(['diff', 'layanan/kk.yaml'], dir)).stdout).toContain('Tidak ada perubahan isi.');

    // The provider's defaults take part: a changed complaint channel shows in the service.
    await writeFile(join(dir, 'penyelenggara.yaml'), PROVIDER_YAML.replace('alamat: 0812-3456-7890', 'alamat: 0813-0000-1111'));
    const inherited = await run(['diff', 'layanan/kk.yaml'], dir);
    expect(inherited.stdout).toContain('Penanganan pengaduan, saran, dan masukan: ditambah 1, dihapus 1\n  + WhatsApp: 0813-0000-1111\n  - WhatsApp: 0812-3456-7890\n');
    expect((await run(['diff', 'layanan/kk.yaml', '--seperti-ditulis'], dir)).stdout).toContain('Tidak ada perubahan isi.');
    expect((await run(['diff', 'penyelenggara.yaml'], dir)).stdout).toContain('Penanganan pengaduan, saran, dan masukan: ditambah 1, dihapus 1');

    await writeFile(join(dir, 'layanan/baru.yaml'), SERVICE_YAML);
    const added = await run(['diff', 'layanan/baru.yaml'], dir);
    expect(added.stdout).toContain('  lama: HEAD:layanan/baru.yaml (tidak ada)');
    expect(added.stdout).toContain('Persyaratan: ditambah 2, dihapus 0');
  });

  it('explains what it cannot compare, without a stack trace', async () => {
    const dir = await tempTree({ 'a.yaml': SERVICE_YAML, 'rusak.yaml': 'kode: [\n', 'penyelenggara.yaml': PROVIDER_YAML });
    const noRepo = await run(['diff', 'a.yaml', '--rev', 'HEAD~1'], dir);
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toContain('tidak berada dalam repositori git');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'awal');
    const badRev = await run(['diff', 'a.yaml', '--rev', 'versi-lama'], dir);
    expect(badRev.code).toBe(2);
    expect(badRev.stderr).toContain('Revisi "versi-lama" tidak dikenal');
    const broken = await run(['diff', 'a.yaml', 'rusak.yaml'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/rusak\.yaml:\d+:\d+/);
    expect((await run(['diff', 'a.yaml', 'penyelenggara.yaml'], dir)).code).toBe(2);
    expect((await run(['diff', 'x.yaml', 'y.yaml'], dir)).stderr).toContain('tidak ditemukan');
    expect((await run(['diff', 'a.yaml', 'a.yaml', '--rev', 'HEAD'], dir)).code).toBe(2);
  });

  it('never lets a revision reach git as an option, and reads a file named with a leading "-"', async () => {
    const dir = await tempTree({ 'a.yaml': SERVICE_YAML, '-b.yaml': SERVICE_YAML });
    git(dir, 'init', '-q');
    git(dir, 'add', '--', '.');
    git(dir, 'commit', '-qm', 'awal');
    // Were "--output=<dir>/x" handed to "git show", git would write the file a.yaml in the folder <dir>/x:.
    await mkdir(join(dir, 'x:.'));
    const asOption = await run(['diff', '--rev', `--output=${dir}/x`, 'a.yaml'], dir);
    expect(asOption.code).toBe(2);
    expect(asOption.stdout).toBe('');
    expect(asOption.stderr).toBe(`Revisi "--output=${dir}/x" diawali tanda "-", jadi akan dibaca git sebagai opsi; tidak dijalankan. Tulis revisinya, misalnya --rev HEAD~1 (bila terlupa, nilai berikutnya dianggap revisi).\n`);
    for (const argv of [['diff', '--', `--output=${dir}/x:a.yaml`], ['diff', 'a.yaml', '--rev', `HEAD..--output=${dir}/x`], ['diff', 'a.yaml', '--rev', '-p']]) {
      const r = await run(argv, dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain('diawali tanda "-"');
    }
    expect((await run(['diff', 'a.yaml', '--rev', 'HEAD\nmain', '--lang', 'en'], dir)).stderr).toBe('The revision "HEAD\\nmain" contains a control character or a line break.\n');
    expect(await readdir(join(dir, 'x:.'))).toEqual([]);

    await writeFile(join(dir, '-b.yaml'), CHANGED);
    const dashed = await run(['diff', '--rev', 'HEAD', '--', '-b.yaml'], dir);
    expect(dashed.stderr).toBe('');
    expect(dashed.stdout).toContain('  lama: HEAD:-b.yaml\n  baru: -b.yaml\n');
    expect(dashed.stdout).toContain('Persyaratan: ditambah 1, dihapus 0');
  });

  it('refuses a FIFO or a folder as a side without waiting on it', async () => {
    const dir = await tempTree({ 'a.yaml': SERVICE_YAML, 'folder.yaml/.keep': '' });
    execFileSync('mkfifo', [join(dir, 'pipa.yaml')]);
    const fifo = await run(['diff', 'a.yaml', 'pipa.yaml'], dir);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toBe('"pipa.yaml" bukan berkas biasa, melainkan pipa bernama (FIFO), jadi tidak dibaca.\n');
    expect((await run(['diff', 'folder.yaml', 'a.yaml'], dir)).stderr).toContain('folder.yaml adalah folder; bandingkan satu berkas.');
  }, 10_000);

  it('reads odd content defensively', () => {
    const diff = compareDocuments('layanan', { label: 'a', data: { komponen: { persyaratan: 'teks', biaya: [1], jumlah_pelaksana: { total: 'x' } } } }, { label: 'b', data: 42 }, 'id');
    expect(diff.sections.find((s) => s.key === 'persyaratan')!.changed).toBe(false);
    expect(diff.title).toBe('b');
  });

  it('prints a unit or kind named after an inherited member ("toString", "constructor") as written', () => {
    const side = (label: string, satuan: string, jenis: string, kanal: unknown[]) => ({ label, data: { kanal, komponen: { jangka_waktu: { nilai: 3, satuan }, pengaduan: { kanal: [{ jenis, alamat: '0812' }] }, evaluasi_kinerja: [{ uraian: 'SKM', frekuensi: 'hasOwnProperty' }] } } });
    const diff = compareDocuments('layanan', side('a', 'hari_kerja', 'telepon', []), side('b', 'toString', 'constructor', [{ nama: 'Loket' }]), 'id');
    const section = (key: string) => diff.sections.find((s) => s.key === key)!;
    expect(section('jangka_waktu').headline).toEqual({ from: '3 (tiga) hari kerja', to: '3 (tiga) toString' });
    expect(section('pengaduan').added).toEqual(['constructor: 0812']);
    // A channel without a kind is "?", not "undefined".
    expect(section('kanal').added).toEqual(['?: Loket']);
    expect(JSON.stringify(diff)).not.toMatch(/undefined|Object|function/);
  });
});
