import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { tempTree } from '../helpers.js';
import { BASE_PROVIDER, BASE_SERVICE, variant } from '../rules/helpers.js';

const NOW = '2026-06-01T00:00:00Z';
const LINK = '    keterangan: Tidak dipungut biaya.\n';
const HTTP = '    keterangan: Lihat http://dukcapil.sukamajukota.go.id.\n';

async function run(files: Record<string, string>) {
  const root = await tempTree({ 'penyelenggara.yaml': BASE_PROVIDER, ...files });
  const { diagnostics } = await validate(['.'], { cwd: root, now: NOW, workers: 0 });
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);
}

describe('# standar-disable-next-line', () => {
  it('calls an inherited JavaScript member an unknown rule', async () => {
    const doc = variant(BASE_SERVICE, LINK, `    # standar-disable-next-line constructor, __proto__ -- bukan aturan\n${HTTP}`);
    const found = await run({ 'kk.yaml': doc });
    expect(found.filter((d) => d.includes('penonaktifan'))).toEqual([
      expect.stringContaining('Aturan "constructor" pada komentar penonaktifan tidak dikenal.'),
      expect.stringContaining('Aturan "__proto__" pada komentar penonaktifan tidak dikenal.'),
    ]);
    expect(found.filter((d) => d.includes('tautan-https'))).toHaveLength(1);
  });

  it('disables the named rule on the next line, and only there', async () => {
    const doc = variant(BASE_SERVICE, LINK, `    # standar-disable-next-line tautan-https -- situs lama, dipindah Juli\n${HTTP}`);
    expect(await run({ 'kk.yaml': doc })).toEqual([]);
    const other = variant(BASE_SERVICE, LINK, `    # standar-disable-next-line angka-dan-huruf -- bukan aturan yang dimaksud\n${HTTP}`);
    expect(await run({ 'kk.yaml': other })).toEqual(['kk.yaml:35:17 warning tautan-https: Tautan "http://dukcapil.sukamajukota.go.id" memakai http:// yang tidak aman.']);
  });

  it('covers a problem reported on the value below a key, and stacks with other comments', async () => {
    const staff = variant(BASE_SERVICE, '  jumlah_pelaksana:\n    total: 3\n', '  jumlah_pelaksana:\n    # standar-disable-next-line jumlah-pelaksana-tidak-cocok -- dua petugas cuti panjang\n    # catatan: rincian menyusul\n    total: 5\n');
    expect(await run({ 'kk.yaml': staff })).toEqual([]);
    // A missing component is reported on the mapping below "komponen:"; the comment above the key covers it.
    const noProduct = variant(variant(BASE_SERVICE, '  produk:\n    - Kartu Keluarga\n', ''), 'komponen:\n', '# standar-disable-next-line komponen-lengkap, produk-wajib -- produk ditetapkan Ditjen Dukcapil\nkomponen:\n');
    expect(await run({ 'kk.yaml': noProduct })).toEqual([]);
    expect(await run({ 'kk.yaml': noProduct.replace('komponen-lengkap, ', '') })).toEqual([expect.stringMatching(/^kk\.yaml:18:3 error komponen-lengkap:/)]);
  });

  it('disables a unit rule in the file it lands in', async () => {
    const twin = variant(BASE_SERVICE, 'kode: DUK-KK', '# standar-disable-next-line kode-layanan-ganda -- digabung dengan kk.yaml bulan depan\nkode: DUK-KK');
    expect(await run({ 'kk.yaml': twin, 'kk-lama.yaml': BASE_SERVICE })).toEqual([]);
    expect(await run({ 'kk.yaml': BASE_SERVICE, 'kk-lama.yaml': BASE_SERVICE })).toEqual([expect.stringMatching(/^kk\.yaml:1:7 error kode-layanan-ganda: Kode "DUK-KK" sudah dipakai oleh kk-lama\.yaml/)]);
  });

  it('works in penyelenggara.yaml for problems found in inherited components', async () => {
    const provider = variant(BASE_PROVIDER, '    sarana_prasarana:\n      - Ruang tunggu\n      - nama: Kursi roda\n        kelompok_rentan: true\n', '    # standar-disable-next-line sarana-kelompok-rentan -- renovasi gedung sampai Desember\n    sarana_prasarana:\n      - Ruang tunggu\n');
    const root = await tempTree({ 'penyelenggara.yaml': provider, 'kk.yaml': BASE_SERVICE });
    expect((await validate(['.'], { cwd: root, now: NOW, workers: 0 })).diagnostics).toEqual([]);
  });

  it('says when a comment names an unknown rule or gives no reason', async () => {
    const doc = variant(BASE_SERVICE, LINK, `    # standar-disable-next-line tautan-http\n${HTTP}`);
    expect(await run({ 'kk.yaml': doc })).toEqual([
      'kk.yaml:34:5 warning penonaktifan: Aturan "tautan-http" pada komentar penonaktifan tidak dikenal.',
      'kk.yaml:34:5 warning penonaktifan: Komentar penonaktifan tidak menyebut alasannya.',
      'kk.yaml:35:17 warning tautan-https: Tautan "http://dukcapil.sukamajukota.go.id" memakai http:// yang tidak aman.',
    ]);
  });
});
