import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../helpers.js';

/** A region's own regulations, next to its configuration. */
const PERATURAN_YAML = `peraturan:
  - id: perda-kota-sukamaju-5-2021
    jenis: Perda
    penerbit: Kota Sukamaju
    nomor: "5"
    tahun: 2021
    tentang: Penyelenggaraan Administrasi Kependudukan
    ln: { tahun: 2021, nomor: "5" }
    status: diubah
    diubah_oleh: [perda-kota-sukamaju-2-2024]
    sumber: [{ judul: Lembaran Daerah Kota Sukamaju Tahun 2021 Nomor 5, diperiksa: 2026-11-20 }]
  - id: perda-kota-sukamaju-2-2024
    jenis: Perda
    penerbit: Kota Sukamaju
    nomor: "2"
    tahun: 2024
    tentang: Perubahan atas Peraturan Daerah Nomor 5 Tahun 2021 tentang Penyelenggaraan Administrasi Kependudukan
    status: berlaku
    mengubah: [perda-kota-sukamaju-5-2021]
    sumber: [{ judul: Lembaran Daerah Kota Sukamaju Tahun 2024 Nomor 2, diperiksa: 2026-11-20 }]
`;

const region = () => tempTree({ 'standar.config.yaml': 'extends: recommended\n', 'peraturan.yaml': PERATURAN_YAML, 'layanan/.gitkeep': '' });

describe('standar peraturan cari', () => {
  it.each([['pelayanan', 'publik'], ['UU', '25/2009'], ['uu', '25', '2009'], ['UU Nomor 25 Tahun 2009']])('finds UU 25/2009 from %s and prints the citation to paste', async (...words) => {
    const r = await run(['peraturan', 'cari', ...words], await tempTree({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('UU Nomor 25 Tahun 2009 tentang Pelayanan Publik\n  Status: berlaku\n  Rujukan untuk ditempel di dasar_hukum:\n    - jenis: UU\n      nomor: 25\n      tahun: 2009\n      tentang: Pelayanan Publik\n      ln: { tahun: 2009, nomor: 112 }\n      tln: { nomor: 5038 }\n');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'peraturan', 'cari', 'UU 25/2009'], await tempTree({}));
    expect(r.stdout).toContain('  Status: in force\n  Citation to paste under dasar_hukum:\n    - jenis: UU\n');
  });

  it('searches the unit\'s peraturan.yaml too (--dir), with the amendment under jo:', async () => {
    const dir = await region();
    const r = await run(['peraturan', 'cari', '--dir', dir, 'Perda', '5/2021'], await tempTree({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Perda Kota Sukamaju Nomor 5 Tahun 2021 tentang Penyelenggaraan Administrasi Kependudukan',
        '  Status: berlaku, diubah oleh Perda Kota Sukamaju Nomor 2 Tahun 2024',
        '  Rujukan untuk ditempel di dasar_hukum:',
        '    - jenis: Perda',
        '      penerbit: Kota Sukamaju',
        '      nomor: 5',
        '      tahun: 2021',
        '      tentang: Penyelenggaraan Administrasi Kependudukan',
        '      ln: { tahun: 2021, nomor: 5 }',
        '      jo:',
        '        - jenis: Perda',
        '          penerbit: Kota Sukamaju',
        '          nomor: 2',
        '          tahun: 2024',
        '          tentang: Perubahan atas Peraturan Daerah Nomor 5 Tahun 2021 tentang Penyelenggaraan Administrasi Kependudukan',
        '',
      ].join('\n'),
    );
    // The same from inside the unit, and through --config.
    expect((await run(['peraturan', 'cari', 'perda', '5', '2021'], dir)).stdout).toContain('Perda Kota Sukamaju Nomor 5 Tahun 2021');
    expect((await run(['peraturan', 'cari', '--config', `${dir}/standar.config.yaml`, 'penyelenggaraan administrasi kependudukan'], await tempTree({}))).code).toBe(0);
  });

  it('prints JSON with --json', async () => {
    const r = await run(['peraturan', 'cari', '--json', 'UU 25/2009'], await tempTree({}));
    const out = JSON.parse(r.stdout) as { found: { id: string; status: string; statusText: string; citation: Record<string, unknown> }[] };
    expect(out.found[0]).toMatchObject({ id: 'uu-25-2009', status: 'berlaku', statusText: 'berlaku', citation: { jenis: 'UU', nomor: 25, tahun: 2009, tentang: 'Pelayanan Publik', ln: { tahun: 2009, nomor: 112 }, tln: { nomor: 5038 } } });
  });

  it('exits 1 when nothing is found, with what may have been meant', async () => {
    const r = await run(['peraturan', 'cari', '--dir', await region(), 'Perda 5/2012'], await tempTree({}));
    expect(r.code).toBe(1);
    // The same kind first; national regulations numbered alike may follow.
    expect(r.stdout).toMatch(/^Tidak ada peraturan di daftar yang cocok dengan "Perda 5\/2012"\.\nMungkin yang dimaksud:\n {2}Perda Kota Sukamaju Nomor 5 Tahun 2021 tentang Penyelenggaraan Administrasi Kependudukan\n/);
    expect(r.stdout).toMatch(/\nCoba kata judul lain, atau jenis, nomor dan tahun \("UU 25\/2009"\)\. Daftar ini bukan seluruh peraturan: periksa naskah resminya di JDIH\.\n$/);
    expect((await run(['peraturan', 'cari', 'qwertyuiop'], await tempTree({}))).code).toBe(1);
  });

  it('exits 2 without search words, and on a broken peraturan.yaml, said where it is', async () => {
    expect((await run(['peraturan', 'cari'], await tempTree({}))).code).toBe(2);
    const broken = await tempTree({ 'standar.config.yaml': 'extends: recommended\n', 'peraturan.yaml': 'peraturan:\n  - id: uu-25-2009\n    jenis: UU\n    nomor: "25"\n    tahun: 2009\n    tentang: Pelayanan Publik\n    status: berlaku\n    sumber: [{ judul: salinan, diperiksa: 2026-11-20 }]\n  - id: Perda 1\n' });
    const r = await run(['peraturan', 'cari', 'UU 25/2009'], broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('peraturan.yaml');
    expect(r.stderr).toMatch(/2:9 .*id "uu-25-2009" sudah dipakai daftar peraturan nasional|9:5 /);
  });
});
