import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publishPortal, type PortalOutcome, type PortalRequest } from '../../src/publish/portal.js';
import { publishSite } from '../../src/publish/site.js';
import { main } from '../../src/cli/main.js';
import { run } from '../helpers.js';
import { EXAMPLES } from '../render/units.js';

const BASE_URL = 'https://mpp.sukamajukota.go.id';
const BIN = fileURLToPath(new URL('../../bin/standar.js', import.meta.url));

/** Every file below `dir` (relative path → bytes and time), hidden manifest included. */
async function tree(dir: string): Promise<Map<string, { bytes: string; mtime: number }>> {
  const out = new Map<string, { bytes: string; mtime: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path).split('\\').join('/'), { bytes: await readFile(path, 'latin1'), mtime: (await stat(path)).mtimeMs });
  }
  return out;
}

/** The portal's manifest and its units' own: they record the sources' times, so they differ between two checkouts. */
const isManifest = (path: string) => path === '.standar-situs.json' || path.startsWith('.standar-portal/');

/** Every file below `dir` but the manifests, as bytes. */
const bytes = async (dir: string) => new Map([...(await tree(dir))].filter(([p]) => !isManifest(p)).map(([p, f]) => [p, f.bytes]));

/** A copy of an example unit at `dir`, its penyelenggara.yaml passed through `edit`. */
async function copyUnit(example: string, dir: string, edit: (provider: string) => string): Promise<void> {
  await cp(join(EXAMPLES, example), dir, { recursive: true });
  const provider = join(dir, 'penyelenggara.yaml');
  await writeFile(provider, edit(await readFile(provider, 'utf8')));
}

const request = (inputs: string[], outDir: string, extra: Partial<PortalRequest> = {}): PortalRequest => ({ inputs, outDir, shownOut: 'portal/', lang: 'id', cwd: outDir, ...extra });

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'standar-portal-'));
  await cp(EXAMPLES, join(root, 'examples'), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the portal of examples/ (the MPP of Kota Sukamaju)', () => {
  it('holds each unit\'s own site exactly as build of that unit writes it, and the portal\'s pages over them', async () => {
    const out = join(root, 'portal');
    const outcome = await publishPortal(request([join(root, 'examples')], out, { baseUrl: BASE_URL }));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.written).toMatchObject({ units: 3, services: 11, drafts: 0 });
    const files = await tree(out);
    for (const page of ['index.html', 'katalog.html', 'mpp.html', 'kontak.html', 'peta-situs.html', 'sitemap.xml', 'sitemap-portal.xml', 'robots.txt']) expect(files.has(page), page).toBe(true);

    for (const [unit, kode] of [['disdukcapil-sukamaju', 'dukcapil-sukamaju'], ['kanim-sukamaju', 'kanim-sukamaju'], ['puskesmas-sukamaju-utara', 'pkm-sukamaju-utara']] as const) {
      const alone = join(root, `alone-${unit}`);
      const built = await publishSite({ input: join(root, 'examples', unit), outDir: alone, shownOut: 'situs/', target: 'html', lang: 'id', cwd: root, env: process.env, baseUrl: `${BASE_URL}/${kode}/`, poster: { size: 'A4', orientation: 'portrait' } });
      expect(built.stop).toBeUndefined();
      const own = await tree(alone);
      own.delete('.standar-situs.json');
      const inPortal = new Map([...files].filter(([p]) => p.startsWith(`${kode}/`)).map(([p, f]) => [p.slice(kode.length + 1), f.bytes]));
      expect(inPortal).toEqual(new Map([...own].map(([p, f]) => [p, f.bytes])));
    }
    const katalog = files.get('katalog.html')!.bytes;
    expect(katalog).toContain('dukcapil-sukamaju/layanan/duk-ktp-el/index.html');
    expect(katalog).toContain('kanim-sukamaju/layanan/imi-paspor-biasa/index.html');
    expect(files.get('sitemap.xml')!.bytes).toContain(`<loc>${BASE_URL}/kanim-sukamaju/sitemap.xml</loc>`);
  });

  it('with the audit, holds its dashboard, linked from the home page, judging each unit by the site this build wrote', async () => {
    const out = join(root, 'diaudit');
    const outcome = await publishPortal(request([join(root, 'examples')], out, { audit: { now: '2026-11-27T00:00:00Z' } }));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.diagnostics).toEqual([]);
    const files = await tree(out);
    expect(files.get('index.html')!.bytes).toContain('href="audit/index.html"');
    const text = files.get('audit/index.html')!.bytes.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('6 komponen penyampaian diterbitkan dan mutakhir: 100%');
    expect(text).toContain('Maklumat pelayanan diterbitkan: 100%');
    expect(text).toContain('hijau: 3 unit');
  });

  it('builds the same portal twice, byte for byte (the manifest aside, which records the sources\' times)', async () => {
    const [a, b] = [join(root, 'a'), join(root, 'b')];
    for (const out of [a, b]) expect((await publishPortal(request([join(root, 'examples')], out))).stop).toBeUndefined();
    expect(await bytes(a)).toEqual(await bytes(b));
  });
});

describe('a rebuild after a change', () => {
  let src: string;
  let out: string;
  beforeAll(async () => {
    src = join(root, 'ubah');
    out = join(root, 'portal-ubah');
    await cp(EXAMPLES, src, { recursive: true });
    expect((await publishPortal(request([src], out))).stop).toBeUndefined();
  });

  // Each rebuild below leaves the portal a fresh build of the same sources would write, byte for byte.
  let fresh = 0;
  afterEach(async () => {
    const again = join(root, `portal-ubah-baru-${++fresh}`);
    expect((await publishPortal(request([src], again))).stop).toBeUndefined();
    const built = await bytes(out);
    // A file the user put there, which no build writes or removes.
    built.delete('CNAME');
    expect(built).toEqual(await bytes(again));
  });

  it('with nothing changed writes nothing', async () => {
    const before = await tree(out);
    const outcome = await publishPortal(request([src], out));
    expect(outcome.written).toMatchObject({ rewritten: 0, removed: 0, rebuiltUnits: 0 });
    const after = await tree(out);
    expect([...after].filter(([p, f]) => !isManifest(p) && f.mtime !== before.get(p)?.mtime)).toEqual([]);
  });

  it('of one service file rewrites only the pages that show it, and the catalogue and directory that list it', async () => {
    const before = await tree(out);
    const file = join(src, 'disdukcapil-sukamaju', 'layanan', 'akta-kelahiran.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^nama: (.*)$/m, 'nama: $1 (Perubahan)'));
    const outcome = await publishPortal(request([src], out));
    expect(outcome.written.rebuiltUnits).toBe(1);
    const after = await tree(out);
    const changed = [...after].filter(([p, f]) => f.bytes !== before.get(p)?.bytes || f.mtime !== before.get(p)?.mtime).map(([p]) => p).sort();
    expect(changed).toEqual([
      '.standar-portal/dukcapil-sukamaju.json',
      '.standar-situs.json',
      'dukcapil-sukamaju/index.html',
      'dukcapil-sukamaju/layanan/duk-akta-lahir/index.html',
      'dukcapil-sukamaju/layanan/duk-akta-lahir/standar.html',
      'dukcapil-sukamaju/peta-situs.html',
      'katalog.html',
      'mpp.html',
    ]);
  });

  it('of a service\'s text that no list shows rewrites only that service\'s pages: the portal\'s own pages are not made again', async () => {
    const before = await tree(out);
    const file = join(src, 'disdukcapil-sukamaju', 'layanan', 'akta-kelahiran.yaml');
    const text = await readFile(file, 'utf8');
    const step = 'Mengambil nomor antrean, mengisi formulir pelaporan pencatatan sipil dan menyerahkan persyaratan.';
    expect(text).toContain(step);
    await writeFile(file, text.replace(step, `${step} Antrean daring dibuka pukul 07.00.`));
    const outcome = await publishPortal(request([src], out));
    expect(outcome.written.rebuiltUnits).toBe(1);
    const after = await tree(out);
    const changed = [...after].filter(([p, f]) => f.bytes !== before.get(p)?.bytes || f.mtime !== before.get(p)?.mtime).map(([p]) => p).sort();
    expect(changed.filter((p) => !p.startsWith('dukcapil-sukamaju/layanan/duk-akta-lahir/'))).toEqual(['.standar-portal/dukcapil-sukamaju.json', '.standar-situs.json']);
    expect(changed).toContain('dukcapil-sukamaju/layanan/duk-akta-lahir/standar.html');
  });

  it('with nothing changed makes a portal page edited or deleted by hand again, and only that page', async () => {
    const before = await tree(out);
    await writeFile(join(out, 'katalog.html'), '<p>diubah tangan</p>');
    await rm(join(out, 'kontak.html'));
    const outcome = await publishPortal(request([src], out));
    expect(outcome.written).toMatchObject({ rewritten: 2, rebuiltUnits: 0 });
    const after = await tree(out);
    expect(after.get('katalog.html')?.bytes).toBe(before.get('katalog.html')?.bytes);
    expect(after.get('kontak.html')?.bytes).toBe(before.get('kontak.html')?.bytes);
    // The manifest records the two pages' new times.
    expect([...after].filter(([p, f]) => f.mtime !== before.get(p)?.mtime).map(([p]) => p).sort()).toEqual(['.standar-situs.json', 'katalog.html', 'kontak.html']);
  });

  it('of a unit whose own manifest is gone or altered builds that unit again, sources unchanged or not, and only it', async () => {
    // The kanim's sources are unchanged, yet the catalogue made again needs its entries.
    await rm(join(out, '.standar-portal', 'kanim-sukamaju.json'));
    const manifest = join(out, '.standar-portal', 'dukcapil-sukamaju.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/"hash":"[^"]*"/, '"hash":"lain"'));
    const file = join(src, 'disdukcapil-sukamaju', 'layanan', 'akta-kelahiran.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^nama: (.*)$/m, 'nama: $1 (Lagi)'));
    const outcome = await publishPortal(request([src], out));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.written.rebuiltUnits).toBe(2);
    expect((await tree(out)).has('.standar-portal/kanim-sukamaju.json')).toBe(true);
  });

  it('removes only the pages of a deleted service, leaving what it did not write', async () => {
    await writeFile(join(out, 'CNAME'), 'mpp.sukamajukota.go.id\n');
    await rm(join(src, 'disdukcapil-sukamaju', 'layanan', 'kia.yaml'));
    const outcome = await publishPortal(request([src], out));
    expect(outcome.written.removed).toBe(2);
    const files = [...(await tree(out)).keys()];
    expect(files).toContain('CNAME');
    expect(files.filter((f) => f.includes('duk-kia'))).toEqual([]);
    expect(files).toContain('dukcapil-sukamaju/layanan/duk-kk/index.html');
  });

  it('removes a unit\'s whole site when its folder is gone', async () => {
    await rm(join(src, 'kanim-sukamaju'), { recursive: true });
    await writeFile(join(src, 'portal.yaml'), (await readFile(join(src, 'portal.yaml'), 'utf8')).replace(/ {2}- kanim-sukamaju\n/, '').replace(/ {2}- nomor: B2[\s\S]*$/, ''));
    const outcome = await publishPortal(request([src], out));
    expect(outcome.stop).toBeUndefined();
    const files = [...(await tree(out)).keys()];
    expect(files.filter((f) => f.startsWith('kanim-sukamaju/') || f === '.standar-portal/kanim-sukamaju.json')).toEqual([]);
  });
});

describe('a catalogue too long for one page', () => {
  // The examples' 11 services against limits made small: past 5 services, pages of at most 3.
  const SPLIT = { catalogue: { onePage: 5, perPage: 3 } };
  let src: string;
  let out: string;
  beforeAll(async () => {
    src = join(root, 'terbagi');
    out = join(root, 'portal-terbagi');
    await cp(EXAMPLES, src, { recursive: true });
    expect((await publishPortal(request([src], out, SPLIT))).stop).toBeUndefined();
  });

  /** A fresh build of the same sources gives the same bytes. */
  const same = async (extra: Partial<PortalRequest>) => {
    const again = await mkdtemp(join(root, 'terbagi-baru-'));
    expect((await publishPortal(request([src], again, extra))).stop).toBeUndefined();
    expect(await bytes(out)).toEqual(await bytes(again));
  };
  const links = (html: string) => [...html.matchAll(/<h2 class="layanan-nama"><a href="([^"]+)">/g)].map((m) => m[1]!);

  it('is a front page over pages per category and per life event, in parts, that hold every service', async () => {
    const files = await tree(out);
    const front = files.get('katalog.html')!.bytes;
    expect(front).toContain('href="katalog/kategori-pendaftaran-penduduk.html"');
    expect(front).toContain('href="katalog/peristiwa-kelahiran.html"');
    expect(front).toContain('href="kanim-sukamaju/index.html"');
    // Every service is on exactly one category page, and its link leads to its page.
    const listed = [...files].filter(([p]) => /^katalog\/kategori-.*\.html$/.test(p)).flatMap(([, f]) => links(f.bytes));
    expect(listed.length).toBe(11);
    expect(new Set(listed).size).toBe(11);
    for (const href of listed) expect(files.has(join('katalog', href).split('\\').join('/')), href).toBe(true);
    // Four services of one category run to two parts of at most three, each linking the other.
    const first = files.get('katalog/kategori-pendaftaran-penduduk.html')!.bytes;
    const second = files.get('katalog/kategori-pendaftaran-penduduk-hal-2.html')!.bytes;
    expect([links(first).length, links(second).length]).toEqual([3, 1]);
    expect(first).toContain('<a href="kategori-pendaftaran-penduduk-hal-2.html">2</a>');
    expect(second).toContain('<a href="kategori-pendaftaran-penduduk-hal-2.html" aria-current="page">2</a>');
    // A life event gathers its services across categories.
    expect(links(files.get('katalog/peristiwa-kelahiran.html')!.bytes).map((h) => h.replace(/.*layanan\//, ''))).toEqual(['duk-kia/index.html', 'duk-akta-lahir/index.html']);
    // Each page carries its search's part; the front page searches every category's.
    expect(files.has('katalog/kategori-pendaftaran-penduduk-hal-2.js')).toBe(true);
    expect(front).toMatch(/<script type="application\/json" id="bagian-cari">\["katalog\/kategori-[^"]+\.js"/);
    expect(files.get('peta-situs.html')!.bytes).toContain('href="katalog/peristiwa-kematian.html"');
    await same(SPLIT);
  });

  it('after one service\'s name changed, makes again only the pages and index parts that list it', async () => {
    const before = await tree(out);
    const file = join(src, 'disdukcapil-sukamaju', 'layanan', 'akta-kelahiran.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^nama: (.*)$/m, 'nama: $1 (Perubahan)'));
    const outcome = await publishPortal(request([src], out, SPLIT));
    expect(outcome.written.rebuiltUnits).toBe(1);
    const after = await tree(out);
    const changed = [...after].filter(([p, f]) => f.bytes !== before.get(p)?.bytes || f.mtime !== before.get(p)?.mtime).map(([p]) => p);
    expect(changed.filter((p) => !p.startsWith('dukcapil-sukamaju/') && !isManifest(p)).sort()).toEqual([
      'katalog/kategori-pencatatan-sipil.html',
      'katalog/kategori-pencatatan-sipil.js',
      'katalog/peristiwa-kelahiran.html',
      'katalog/peristiwa-kelahiran.js',
      'mpp.html',
    ]);
    await same(SPLIT);
  });

  it('lays out a manifest without the units\' catalogues (an earlier version\'s, or one edited by hand) from the units\' own manifests, and keeps them', async () => {
    const manifest = join(out, '.standar-situs.json');
    const data = JSON.parse(await readFile(manifest, 'utf8')) as { unit: Record<string, { katalog?: unknown }> };
    const heads = Object.values(data.unit);
    delete heads[0]!.katalog;
    heads[1]!.katalog = { nama: 'diubah', kontak: [], layanan: 'x\ty' };
    await writeFile(manifest, JSON.stringify(data));
    const file = join(src, 'kanim-sukamaju', 'layanan', 'paspor-biasa.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^nama: (.*)$/m, 'nama: $1 (Perubahan)'));
    const outcome = await publishPortal(request([src], out, SPLIT));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.written.rebuiltUnits).toBe(1);
    const again = JSON.parse(await readFile(manifest, 'utf8')) as { unit: Record<string, { katalog?: { layanan: string } }> };
    expect(Object.values(again.unit).map((h) => h.katalog?.layanan.split('\n').length)).toEqual([6, 3, 2]);
    await same(SPLIT);
  });

  it('becomes one page again when it fits, its parts removed', async () => {
    const outcome = await publishPortal(request([src], out));
    expect(outcome.stop).toBeUndefined();
    const files = [...(await tree(out)).keys()];
    expect(files.filter((f) => f.startsWith('katalog/'))).toEqual([]);
    expect(outcome.written.removed).toBeGreaterThan(20);
    await same({});
  });
});

describe('a portal built before units had their own manifests', () => {
  it('is taken as built: no unit is built again, no page written, and each unit gets its own manifest', async () => {
    const out = join(root, 'portal-lama');
    const src = join(root, 'examples');
    expect((await publishPortal(request([src], out))).stop).toBeUndefined();
    // The one-file manifest this version replaces: every unit's record whole, and every file written.
    const small = JSON.parse(await readFile(join(out, '.standar-situs.json'), 'utf8')) as { unit: Record<string, { path: string; stat?: string; part?: string; halaman?: number }>; portal: Record<string, [string, number, number]> };
    const unit: Record<string, unknown> = {};
    const berkas: string[] = Object.keys(small.portal);
    for (const [key, head] of Object.entries(small.unit)) {
      const own = JSON.parse(await readFile(join(out, '.standar-portal', `${head.path}.json`), 'utf8')) as { kunci?: string; berkas: Record<string, string> };
      delete own.kunci;
      const { stat: _stat, part: _part, halaman: _halaman, ...rest } = head;
      unit[key] = { ...rest, ...own };
      berkas.push(...Object.keys(own.berkas));
    }
    const portal = Object.fromEntries(Object.entries(small.portal).map(([path, [hash]]) => [path, hash]));
    await rm(join(out, '.standar-portal'), { recursive: true });
    await writeFile(join(out, '.standar-situs.json'), JSON.stringify({ format: 'portal-1', berkas: berkas.sort(), unit, portal }));
    const before = await tree(out);

    const outcome = await publishPortal(request([src], out));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.written).toMatchObject({ rebuiltUnits: 0, rewritten: 0, removed: 0 });
    const after = await tree(out);
    expect([...after].filter(([p, f]) => !isManifest(p) && f.mtime !== before.get(p)?.mtime)).toEqual([]);
    expect([...after.keys()].filter((p) => p.startsWith('.standar-portal/')).sort()).toEqual(['.standar-portal/dukcapil-sukamaju.json', '.standar-portal/kanim-sukamaju.json', '.standar-portal/pkm-sukamaju-utara.json']);
    expect(JSON.parse(after.get('.standar-situs.json')!.bytes).format).toBe('portal-2');
  });
});

describe('portal.yaml', () => {
  it('names a counter\'s unit or service that does not exist where it is written', async () => {
    const src = join(root, 'salah');
    await cp(EXAMPLES, src, { recursive: true });
    const yaml = (await readFile(join(src, 'portal.yaml'), 'utf8')).replace('unit: KANIM-SUKAMAJU', 'unit: KANIM-SUKAMAJUU').replace('    unit: DUKCAPIL-SUKAMAJU\n    loket: 4', '    unit: DUKCAPIL-SUKAMAJU\n    loket: 4\n    layanan: [DUK-KTP-EL, DUK-SIM]');
    await writeFile(join(src, 'portal.yaml'), yaml);
    const outcome = await publishPortal(request([src], join(root, 'portal-salah'), { cwd: src }));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.errors).toBe(true);
    const lines = yaml.split('\n');
    expect(outcome.diagnostics.map((d) => [d.file, d.line, d.rule, d.pointer])).toEqual([
      ['portal.yaml', lines.findIndex((l) => l.includes('DUK-SIM')) + 1, 'portal', '/gerai/0/layanan/1'],
      ['portal.yaml', lines.findIndex((l) => l.includes('KANIM-SUKAMAJUU')) + 1, 'portal', '/gerai/1/unit'],
    ]);
    expect(outcome.diagnostics[1]!.hint).toContain('DUKCAPIL-SUKAMAJU, KANIM-SUKAMAJU');
  });

  it('that breaks its schema stops the build, located, with nothing written', async () => {
    const src = join(root, 'skema');
    await cp(EXAMPLES, src, { recursive: true });
    await writeFile(join(src, 'portal.yaml'), 'nama: MPP Uji\ngerai:\n  - nomor: A1\n');
    const out = join(root, 'portal-skema');
    const r = await run(['build', src, '--out', out], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/portal\.yaml:3:5 +galat .*unit.* +portal/);
    expect(r.stderr).toContain('✖ Portal tidak dibuat: portal.yaml tidak dapat dipakai');
    await expect(stat(out)).rejects.toThrow();
  });
});

describe('a region of many units', () => {
  it('is built by worker threads (the built CLI) into the same bytes as unit by unit in one thread', async () => {
    const region = join(root, 'wilayah');
    // Nine copies of one example office, each under its own code: enough for the build to start workers.
    for (let u = 0; u < 9; u++) await copyUnit('kanim-sukamaju', join(region, `kanim-${u}`), (t) => t.replace('kode: KANIM-SUKAMAJU', `kode: KANIM-${u}`));
    const [threads, one] = [join(root, 'wilayah-cli'), join(root, 'wilayah-satu')];
    const r = await run(['build', region, '--out', threads], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✔ Portal 9 unit, 27 layanan');
    expect((await publishPortal(request([region], one, { workers: 0 }))).stop).toBeUndefined();
    expect(await bytes(threads)).toEqual(await bytes(one));
  }, 120_000);

  it('is recorded in a manifest made one unit at a time, as JSON writes it (folders named as numbers first, 9 before 10), and left as it is by a rebuild', async () => {
    const region = join(root, 'wilayah-angka');
    for (const [name, u] of [['b-kantor', 0], ['10', 1], ['9', 2]] as const) await copyUnit('kanim-sukamaju', join(region, name), (t) => t.replace('kode: KANIM-SUKAMAJU', `kode: KANIM-N${u}`));
    const out = join(root, 'wilayah-angka-portal');
    expect((await publishPortal(request([region], out, { workers: 0 }))).stop).toBeUndefined();
    const manifest = join(out, '.standar-situs.json');
    const text = await readFile(manifest, 'utf8');
    const parsed = JSON.parse(text) as { unit: Record<string, { path: string }> };
    expect(Object.keys(parsed.unit)).toEqual(['9', '10', 'b-kantor']);
    expect(`${JSON.stringify(parsed)}\n`).toBe(text);
    const before = (await stat(manifest)).mtimeMs;
    const again = await publishPortal(request([region], out, { workers: 0 }));
    expect(again.written).toMatchObject({ rewritten: 0, removed: 0 });
    expect((await stat(manifest)).mtimeMs).toBe(before);
  });

  it('on a terminal shows a bar over its units while they are built, then that the portal\'s pages are made, gone before the summary', async () => {
    const region = join(root, 'wilayah-layar');
    for (let u = 0; u < 3; u++) await copyUnit('kanim-sukamaju', join(region, `kanim-${u}`), (t) => t.replace('kode: KANIM-SUKAMAJU', `kode: KANIM-L${u}`));
    let stdout = '';
    const code = await main({ argv: ['build', region, '--out', join(root, 'wilayah-layar-portal')], cwd: root, env: { NO_COLOR: '1' }, isTTY: true, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/\r\x1b\[K\[█{24}\] 3\/3 · [\d.]+ unit\/dtk\r\x1b\[KMembuat halaman portal \(katalog, direktori, peta situs\)…\r\x1b\[K✔ Portal 3 unit, 9 layanan/);
  }, 120_000);

  it('of units that have not written their maklumat: each said once, the pages left out in one line, no failure', async () => {
    const region = join(root, 'tanpa-maklumat');
    for (let u = 0; u < 5; u++) {
      await copyUnit('kanim-sukamaju', join(region, `kanim-${u}`), (t) => t.replace('kode: KANIM-SUKAMAJU', `kode: KANIM-${u}`).replace(/^maklumat:\n(?:[ \t]+.*\n|\n)+/m, ''));
    }
    const r = await run(['build', region, '--out', join(root, 'portal-tanpa-maklumat')], root);
    expect(r.code, r.stderr).toBe(0);
    const findings = r.stderr.match(/^\S+penyelenggara\.yaml:\d+:\d+ .*$/gm) ?? [];
    expect(findings).toHaveLength(5);
    for (const f of findings) expect(f).toMatch(/peringatan\s+Penyelenggara ini belum menulis maklumat pelayanan\.\s+maklumat-lengkap$/);
    const left = r.stderr.split('\n').filter((l) => l.includes('maklumat.html'));
    expect(left).toEqual([expect.stringMatching(/^⚠ Tidak ditulis: kanim-0\/maklumat\.html \(\S+kanim-0\/penyelenggara\.yaml\), kanim-1\/maklumat\.html \(\S+\), kanim-2\/maklumat\.html \(\S+\) dan 2 lainnya: Penyelenggara belum menulis maklumat pelayanan\.$/)]);
  }, 120_000);
});

/** A Ctrl-C that lands after `reads` looks: the build looks once before each unit, and once after the last. */
function ctrlCAfter(reads: number): AbortSignal {
  let looked = 0;
  return { get aborted() {
    return ++looked > reads;
  } } as AbortSignal;
}

/** The build stopped into `out` run again: it builds what `written` says, into the bytes of a whole build of `src`. */
async function goesOn(src: string, out: string, written: Partial<PortalOutcome['written']>): Promise<void> {
  const again = await publishPortal(request([src], out, { workers: 0 }));
  expect(again.stop).toBeUndefined();
  expect(again.written).toMatchObject(written);
  const whole = `${out}-utuh`;
  expect((await publishPortal(request([src], whole, { workers: 0 }))).stop).toBeUndefined();
  expect(await bytes(out)).toEqual(await bytes(whole));
}

describe('a build stopped by Ctrl-C', () => {
  let region: string;
  beforeAll(async () => {
    region = join(root, 'dihentikan');
    for (let u = 0; u < 5; u++) await copyUnit('kanim-sukamaju', join(region, `kanim-${u}`), (t) => t.replace('kode: KANIM-SUKAMAJU', `kode: KANIM-H${u}`));
  });

  it('keeps the units built so far, and the same build run again builds only the others, into the portal a whole build makes', async () => {
    const out = join(root, 'dihentikan-portal');
    const stopped = await publishPortal(request([region], out, { workers: 0, signal: ctrlCAfter(2) }));
    expect(stopped.stop).toMatchObject({ reason: 'interrupted', why: { id: expect.stringContaining('dihentikan setelah 2 unit dibangun ke portal/') } });
    const files = await tree(out);
    expect([...files.keys()].filter((p) => p.endsWith('/index.html') && p.split('/').length === 2).sort()).toEqual(['kanim-h0/index.html', 'kanim-h1/index.html']);
    expect(files.has('index.html')).toBe(false);
    expect([...files.keys()].filter((p) => p.endsWith('.tmp'))).toEqual([]);

    await goesOn(region, out, { units: 5, rebuiltUnits: 3 });
  });

  it('over a portal built before forgets no unit: those not looked at yet are kept as they were, a unit whose folder is gone still has its pages removed', async () => {
    const src = join(root, 'dihentikan-ubah');
    await cp(region, src, { recursive: true });
    const out = join(root, 'dihentikan-ubah-portal');
    expect((await publishPortal(request([src], out, { workers: 0 }))).stop).toBeUndefined();
    await rm(join(src, 'kanim-4'), { recursive: true });
    for (const u of [0, 2]) {
      const provider = join(src, `kanim-${u}`, 'penyelenggara.yaml');
      await writeFile(provider, (await readFile(provider, 'utf8')).replace('kode: KANIM-H', 'kode: KANIM-X'));
    }
    const stopped = await publishPortal(request([src], out, { workers: 0, signal: ctrlCAfter(1) }));
    expect(stopped.stop?.reason).toBe('interrupted');
    const manifest = JSON.parse(await readFile(join(out, '.standar-situs.json'), 'utf8')) as { unit: Record<string, unknown> };
    expect(Object.keys(manifest.unit).sort()).toEqual(['kanim-0', 'kanim-1', 'kanim-2', 'kanim-3', 'kanim-4']);

    await goesOn(src, out, { units: 4, rebuiltUnits: 1 });
  });

  it('on the command line says where it stopped and how to go on, with the exit code of Ctrl-C', async () => {
    const many = join(root, 'dihentikan-banyak');
    for (let u = 0; u < 30; u++) await copyUnit('kanim-sukamaju', join(many, `kanim-${u}`), (t) => t.replace('kode: KANIM-SUKAMAJU', `kode: KANIM-C${u}`));
    const out = join(root, 'dihentikan-banyak-portal');
    const child = spawn(process.execPath, [BIN, 'build', many, '--out', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    try {
      // Ctrl-C once the first unit's own manifest is written.
      for (let waited = 0; !(await readdir(join(out, '.standar-portal')).catch(() => [])).length; waited += 20) {
        if (waited > 60_000) throw new Error(`no unit built after 60 s: ${stderr}`);
        await new Promise((done) => setTimeout(done, 20));
      }
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toContain('Menghentikan: yang sedang dikerjakan diselesaikan dulu (Ctrl-C sekali lagi: berhenti seketika; berkas tetap utuh).\n');
      expect(stderr).toMatch(/^✖ Portal belum selesai: dihentikan setelah \d+ unit dibangun ke \S+\. Jalankan perintah yang sama lagi untuk melanjutkan: unit yang sudah dibangun tidak dibangun ulang, lalu halaman portal dibuat\.$/m);
    } finally {
      child.kill('SIGKILL');
    }
    const r = await run(['build', many, '--out', out], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✔ Portal 30 unit, 90 layanan');
  }, 120_000);
});

describe('offices named alike', () => {
  it('are told apart by their region in every list of the portal, their own names kept in its data, and a rebuild follows a rename (an office without contacts said to have none written)', async () => {
    const region = join(root, 'sama-nama');
    for (const [dir, kode, wilayah] of [['dukcapil-sleman', 'DUKCAPIL-SLEMAN', 'Kabupaten Sleman'], ['dukcapil-sragen', 'DUKCAPIL-SRAGEN', 'Kabupaten Sragen']] as const) {
      await copyUnit('disdukcapil-sukamaju', join(region, dir), (t) => t.replace(/^kode: .*$/m, `kode: ${kode}`).replace(/^nama: .*$/m, 'nama: Dinas Kependudukan dan Pencatatan Sipil').replace('  nama: Kota Sukamaju', `  nama: ${wilayah}`));
    }
    // The immigration office writes no address or contact: the portal's contacts say so.
    await copyUnit('kanim-sukamaju', join(region, 'kanim'), (t) => t.replace(/^alamat:\n(?: {2}.*\n)+/m, '').replace(/^(?:telepon|email|website): .*\n/gm, ''));
    const out = join(root, 'portal-sama-nama');
    expect((await publishPortal(request([region], out))).stop).toBeUndefined();
    const text = async (page: string) => (await readFile(join(out, page), 'utf8')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const page of ['index.html', 'katalog.html', 'kontak.html', 'peta-situs.html']) {
      const t = await text(page);
      expect(t, page).toContain('Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sleman');
      expect(t, page).toContain('Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sragen');
      // A name no other office has is shown as written.
      expect(t, page).toContain('Kantor Imigrasi Kelas I Non TPI Sukamaju');
      expect(t, page).not.toContain('Kantor Imigrasi Kelas I Non TPI Sukamaju –');
    }
    expect(await text('kontak.html')).toContain('Kantor Imigrasi Kelas I Non TPI Sukamaju Alamat dan kontak: Belum diisi');
    // Machine-readable data names each office as it names itself.
    expect(await readFile(join(out, 'index.html'), 'utf8')).toMatch(/"name":"Dinas Kependudukan dan Pencatatan Sipil","identifier":"DUKCAPIL-SLEMAN"/);

    // One office renamed: the other's name is its own again, on every page, as a fresh build writes it.
    const provider = join(region, 'dukcapil-sragen', 'penyelenggara.yaml');
    await writeFile(provider, (await readFile(provider, 'utf8')).replace(/^nama: .*$/m, 'nama: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sragen'));
    expect((await publishPortal(request([region], out))).stop).toBeUndefined();
    const fresh = join(root, 'portal-sama-nama-baru');
    expect((await publishPortal(request([region], fresh))).stop).toBeUndefined();
    expect(await bytes(out)).toEqual(await bytes(fresh));
    const katalog = await text('katalog.html');
    expect(katalog).toContain('Dinas Kependudukan dan Pencatatan Sipil (');
    expect(katalog).not.toContain('– Kabupaten Sleman');
  }, 120_000);
});

describe('shards of a CI matrix', () => {
  it('build their units independently, and the final job joins their outputs into the same portal without building any unit again', async () => {
    const examples = join(root, 'examples');
    const shards = [1, 2, 3].map((n) => join(root, `bagian-${n}`));
    const counts: number[] = [];
    for (const [n, out] of shards.entries()) {
      const outcome = await publishPortal(request([examples], out, { shard: { index: n + 1, count: 3 } }));
      expect(outcome.stop).toBeUndefined();
      counts.push(outcome.written.units);
      // A shard holds its units' sites and its manifest, never the portal's pages.
      expect([...(await tree(out)).keys()].filter((p) => !p.includes('/'))).toEqual(['.standar-situs.json']);
    }
    expect(counts.reduce((a, b) => a + b)).toBe(3);
    const joined = join(root, 'portal-gabung');
    const outcome = await publishPortal(request([examples], joined, { merge: shards }));
    expect(outcome.stop).toBeUndefined();
    expect(outcome.written).toMatchObject({ units: 3, services: 11, rebuiltUnits: 0 });
    const whole = join(root, 'portal-utuh');
    expect((await publishPortal(request([examples], whole))).stop).toBeUndefined();
    expect(await bytes(joined)).toEqual(await bytes(whole));
  }, 120_000);

  it('a unit whose shard output is missing is built by the final job itself', async () => {
    const examples = join(root, 'examples');
    const only = join(root, 'bagian-sebagian');
    expect((await publishPortal(request([examples], only, { shard: { index: 1, count: 1 } }))).stop).toBeUndefined();
    await rm(join(only, 'kanim-sukamaju', 'index.html'));
    const outcome = await publishPortal(request([examples], join(root, 'portal-sebagian'), { merge: [only] }));
    expect(outcome.written).toMatchObject({ units: 3, rebuiltUnits: 1 });
  }, 120_000);
});
