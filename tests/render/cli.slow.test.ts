import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';
import { EXAMPLES } from './units.js';

const exists = (path: string) => stat(path).then(() => true, () => false);

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(dir.length + 1)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

const unitFiles = (extra: Record<string, string> = {}) => ({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, ...extra });

describe('standar render', () => {
  it('writes one page per service and variant', async () => {
    const root = await tempTree(unitFiles());
    const r = await run(['render', '.', '--out', 'keluaran', '--varian', 'lengkap,publik', '--varian', 'maklumat'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 3 halaman HTML ditulis ke keluaran/\n');
    expect((await readdir(join(root, 'keluaran'))).sort()).toEqual(['duk-kk.lengkap.html', 'duk-kk.publik.html', 'dukcapil-uji.maklumat.html']);
    expect(await readFile(join(root, 'keluaran', 'duk-kk.lengkap.html'), 'utf8')).toContain('<caption>A. Komponen standar pelayanan');
  });

  it('renders every example with exit code 0', async () => {
    const root = await tempTree({});
    const r = await run(['render', EXAMPLES, '--out', root, '--varian', 'publik'], root);
    expect(r.code).toBe(0);
    expect((await readdir(root)).length).toBeGreaterThanOrEqual(9);
  });

  it('renders a file with schema errors as a draft with its gaps, says where, and ends with 1', async () => {
    const root = await tempTree(unitFiles({ 'layanan/rusak.yaml': 'kode: DUK-RUSAK\nnama: Rusak\nstatus: selesai\nkomponen: {}\n' }));
    const r = await run(['render', '.', '--out', 'keluaran'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/layanan\/rusak\.yaml:3:9\s+galat\s+.*skema/);
    expect(r.stdout).toBe('✔ 2 halaman HTML ditulis ke keluaran/ (1 bertanda DRAF: standarnya masih memuat galat atau isian "[isi: …]")\n');
    expect(await readdir(join(root, 'keluaran'))).toEqual(['duk-kk.lengkap.html', 'duk-rusak.lengkap.html']);
    const page = await readFile(join(root, 'keluaran', 'duk-rusak.lengkap.html'), 'utf8');
    expect(page).toContain('<strong class="tanda-draf-judul">DRAF</strong>: belum layak terbit, masih ada');
    expect(page).toContain('<p class="status-dokumen">selesai</p>');
    // The components penyelenggara.yaml gives every service are inherited; the other seven are gaps.
    expect(page.match(/<p class="kosong">Belum diisi<\/p>/g)).toHaveLength(7);
  });

  it('shows rule findings as they are and still writes the pages, marked as drafts', async () => {
    const root = await tempTree({ 'kk.yaml': SERVICE_YAML.replace('status: draf', 'status: ditetapkan') });
    const r = await run(['render', 'kk.yaml', '--out', 'keluaran'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kk\.yaml:\d+:\d+\s+galat\s+Komponen "Penanganan pengaduan, saran, dan masukan" \(pengaduan\) belum ditulis\./);
    expect(r.stdout).toMatch(/^✔ 1 halaman HTML ditulis ke keluaran\/ \(1 bertanda DRAF/);
  });

  it('skips only a file it cannot read, says why, and renders the rest', async () => {
    const root = await tempTree(unitFiles({ 'layanan/rusak.yaml': 'kode: DUK-RUSAK\nnama: "Rusak\n' }));
    const r = await run(['render', '.', '--out', 'keluaran', '--lang', 'en'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('✔ 1 HTML page written to keluaran/\n');
    expect(r.stderr).toMatch(/^✖ Skipped: layanan\/rusak\.yaml:\d+:\d+: A closing character is missing .+$/m);
    expect(await readdir(join(root, 'keluaran'))).toEqual(['duk-kk.lengkap.html']);
  });

  it('says "0 halaman ditulis" and why when nothing could be written', async () => {
    const root = await tempTree({ 'rusak.yaml': 'kode: [\n' });
    const r = await run(['render', 'rusak.yaml', '--out', 'keluaran'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('✖ 0 halaman ditulis.\n');
    expect(r.stderr).toMatch(/^✖ Dilewati: rusak\.yaml:\d+:\d+: .+$/m);
    const none = await run(['render', '.', '--out', 'keluaran'], await tempTree({ 'catatan.txt': 'bukan standar' }));
    // No standard at all is a usage problem (exit 2), said with what was looked for.
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('✖ 0 halaman ditulis.\n');
    expect(none.stderr).toMatch(/^✖ Dilewati: \.: Tidak ada standar pelayanan yang ditemukan di "\."\. Yang dicari: penyelenggara\.yaml/m);
  });

  it('says once where the maklumat is missing; asked for by name, the maklumat not written fails the command', async () => {
    const root = await tempTree(unitFiles({ 'penyelenggara.yaml': PROVIDER_YAML.replace(/^maklumat:\n(?: {2}.*\n|\s{4}.*\n)+/m, '') }));
    const r = await run(['render', '.', '--out', 'keluaran', '--varian', 'maklumat', '--lang', 'en'], root);
    expect(r.code).toBe(1);
    // One defect, one finding: maklumat-lengkap's, not a second one from the renderer.
    expect(r.stderr.match(/^penyelenggara\.yaml:\d+:\d+ .*$/gm)).toEqual([expect.stringMatching(/^penyelenggara\.yaml:1:1\s+warning\s+This provider has no service pledge \(maklumat\)\.\s+maklumat-lengkap$/)]);
    expect(r.stdout).toBe('✖ 0 pages written.\n');
    expect(r.stderr).toContain('✖ Skipped: maklumat (penyelenggara.yaml): The provider has not written a service pledge (maklumat).\n');
  });

  it('builds a site without the maklumat a unit has not written: one warning, the page said to be left out, exit code 0', async () => {
    const root = await tempTree(unitFiles({ 'penyelenggara.yaml': PROVIDER_YAML.replace(/^maklumat:\n(?: {2}.*\n|\s{4}.*\n)+/m, '') }));
    const r = await run(['build', '--out', 'site', '--lang', 'en'], root);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/^penyelenggara\.yaml:\d+:\d+ .*$/gm)).toEqual([expect.stringMatching(/\s+warning\s+This provider has no service pledge \(maklumat\)\.\s+maklumat-lengkap$/)]);
    expect(r.stderr).toContain('⚠ Not written: maklumat.html (penyelenggara.yaml): The provider has not written a service pledge (maklumat).\n');
    expect(r.stderr).not.toMatch(/✖/);
    expect(await exists(join(root, 'site', 'index.html'))).toBe(true);
    expect(await exists(join(root, 'site', 'maklumat.html'))).toBe(false);
    // Printed, the poster is left out too, and said with the page.
    const pdf = await run(['build', '--to', 'pdf', '--out', 'cetak', '--lang', 'en'], root);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stderr).toContain('⚠ Not written: maklumat.html, maklumat.pdf (penyelenggara.yaml): The provider has not written a service pledge (maklumat).\n');
    expect(await exists(join(root, 'cetak', 'maklumat.pdf'))).toBe(false);
  }, 60_000);

  it('answers usage mistakes with exit code 2', async () => {
    const root = await tempTree(unitFiles());
    expect((await run(['render', '.'], root)).code).toBe(2);
    const wrongVariant = await run(['render', '.', '--out', 'x', '--varian', 'ringkas'], root);
    expect(wrongVariant.code).toBe(2);
    expect(wrongVariant.stderr).toContain('Pilihannya: lengkap, publik, maklumat, kuesioner.');
    expect((await run(['render', '.', '--out', 'x', '--to', 'docx'], root)).code).toBe(2);
    expect((await run(['render', 'tidak-ada.yaml', '--out', 'x'], root)).code).toBe(2);
    expect((await run(['render', '.', '--out', 'x', '--template-dir', 'tidak-ada'], root)).code).toBe(2);
  });

  it('reports a broken custom template and writes nothing', async () => {
    const root = await tempTree(unitFiles({ 'templat/lengkap.hbs': '{{#> layout}}\n{{#each layanan.kelompok}}\n{{/if}}\n{{/layout}}\n' }));
    const r = await run(['render', '.', '--out', 'keluaran', '--template-dir', 'templat'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templat\/lengkap\.hbs:2:1\s+galat\s+Templat "lengkap\.hbs" tidak dapat dibaca/);
    expect(await exists(join(root, 'keluaran'))).toBe(false);
  });
});

describe('standar build', () => {
  it('writes the catalogue site and says where to open it', async () => {
    const root = await tempTree(unitFiles());
    const r = await run(['build', '.', '--out', 'site', '--base-url', 'https://layanan.ujikota.go.id'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Situs 1 layanan ditulis ke site/ (8 berkas). Buka site/index.html di peramban.\n');
    expect(Object.keys(await tree(join(root, 'site'))).sort()).toEqual([
      '.standar-situs.json', 'index.html', 'kontak.html', 'layanan/duk-kk/index.html', 'layanan/duk-kk/standar.html', 'maklumat.html', 'peta-situs.html', 'robots.txt', 'sitemap.xml',
    ]);
  });

  it('builds the examples the same way twice, byte for byte', async () => {
    const root = await tempTree({});
    for (const out of ['a', 'b']) expect((await run(['build', join(EXAMPLES, 'kanim-sukamaju'), '--out', out], root)).code).toBe(0);
    expect(await tree(join(root, 'a'))).toEqual(await tree(join(root, 'b')));
  });

  it('removes the pages of a deleted service on the next build, and nothing it did not write', async () => {
    const root = await tempTree(unitFiles({ 'layanan/kia.yaml': SERVICE_YAML.replace('kode: DUK-KK', 'kode: DUK-KIA').replace('Kartu Keluarga', 'KIA') }));
    expect((await run(['build', '--out', 'site'], root)).code).toBe(0);
    await writeFile(join(root, 'site', 'CNAME'), 'layanan.ujikota.go.id\n');
    await rm(join(root, 'layanan', 'kia.yaml'));
    expect((await run(['build', '--out', 'site'], root)).code).toBe(0);
    const files = Object.keys(await tree(join(root, 'site')));
    expect(files).toContain('CNAME');
    expect(files).toContain('layanan/duk-kk/index.html');
    expect(files.filter((f) => f.includes('duk-kia'))).toEqual([]);
  });

  it('builds the site without a file it cannot read, and says so', async () => {
    const root = await tempTree(unitFiles({ 'layanan/rusak.yaml': 'kode: DUK-RUSAK\nnama: [\n' }));
    const r = await run(['build', '--out', 'site'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/layanan\/rusak\.yaml:\d+:\d+\s+galat/);
    expect(r.stdout).toBe('✔ Situs 1 layanan ditulis ke site/ (6 berkas). Buka site/index.html di peramban.\n');
    expect(r.stderr).toMatch(/^✖ Dilewati: layanan\/rusak\.yaml:\d+:\d+: .+$/m);
    expect(await exists(join(root, 'site', 'layanan', 'duk-kk', 'index.html'))).toBe(true);
  });

  it('builds a site of drafts when a standard still has placeholders', async () => {
    const root = await tempTree(unitFiles({ 'penyelenggara.yaml': PROVIDER_YAML.replace('nama: Dra. Siti Aminah, M.Si.', 'nama: "[isi: nama kepala unit beserta gelar]"') }));
    const r = await run(['build', '--out', 'site', '--lang', 'en'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Site of 1 service written to site/ (6 files) (1 marked DRAFT: the standard still has errors or "[isi: …]" placeholders). Open site/index.html in a browser.\n');
    const page = await readFile(join(root, 'site', 'layanan', 'duk-kk', 'standar.html'), 'utf8');
    // The page speaks the document's language; the command, the user's.
    expect(page).toContain('<strong class="tanda-draf-judul">DRAF</strong>: belum layak terbit, masih ada 1 isian &quot;[isi: …]&quot; belum diganti.');
  });

  it('builds one unit at a time, from a penyelenggara.yaml', async () => {
    const root = await tempTree({ 'a/penyelenggara.yaml': PROVIDER_YAML, 'a/kk.yaml': SERVICE_YAML, 'b/kk.yaml': SERVICE_YAML });
    const two = await run(['build', '.'], root);
    expect(two.code).toBe(2);
    const lone = await run(['build', 'b', '--lang', 'en'], root);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('✖ The site was not built: no penyelenggara.yaml');
    expect((await run(['build', 'a', '--base-url', 'http://x.go.id'], root)).code).toBe(2);
  });
});
