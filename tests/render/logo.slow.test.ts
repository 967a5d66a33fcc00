import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { MAX_LOGO_BYTES, prepareUnit } from '../../src/render/index.js';
import type { Media } from '../../src/render/types.js';
import { makeFifo, runBounded } from '../files/bounded.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR', 'latin1'), Buffer.alloc(32)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32)]);
const WEBP = Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([24, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1'), Buffer.alloc(16)]);
const GIF = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(16)]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0b6b3a"/></svg>';

/** The line of `logo:` appended to the provider, and the column of its value. */
const LOGO_AT = { line: PROVIDER_YAML.split('\n').length, column: 7 };

async function unitWith(logo: string, files: Record<string, string | Uint8Array> = {}) {
  const root = await tempTree({ 'unit/penyelenggara.yaml': `${PROVIDER_YAML}logo: ${logo}\n`, 'unit/layanan/kk.yaml': SERVICE_YAML, 'rahasia.png': PNG, ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`unit/${k}`, v])) });
  return { root, unit: join(root, 'unit') };
}

async function prepared(unit: string, media?: Media) {
  const { units } = await loadUnits([unit], { cwd: unit });
  return prepareUnit(units[0]!, 'id', media ? { media } : {});
}

const decoded = (dataUri: string | undefined) => Buffer.from(dataUri!.split(',')[1]!, 'base64').toString('utf8');

describe('a logo that cannot be used is a located error, and the pages go without it', () => {
  const refused: [string, (unit: string, root: string) => void, string, RegExp][] = [
    ['a path climbing out of the unit', () => undefined, '../rahasia.png', /^Logo "\.\.\/rahasia\.png" mengarah ke luar folder \. \(lewat "\.\.\/", jalur mutlak atau tautan simbolik\), jadi tidak dibaca\. Halaman dibuat tanpa logo\.$/],
    ['an absolute path', () => undefined, '/etc/passwd', /mengarah ke luar folder/],
    ['a symlink to /etc/passwd', (unit) => symlinkSync('/etc/passwd', join(unit, 'logo.svg')), 'logo.svg', /"logo\.svg" mengarah ke luar folder/],
    ['a symlink to /dev/zero', (unit) => symlinkSync('/dev/zero', join(unit, 'logo.png')), 'logo.png', /mengarah ke luar folder/],
    ['a FIFO', (unit) => makeFifo(join(unit, 'logo.png')), 'logo.png', /"logo\.png" bukan berkas biasa, melainkan pipa bernama \(FIFO\)/],
    ['a folder', (unit) => mkdirSync(join(unit, 'logo.png')), 'logo.png', /melainkan sebuah folder/],
    ['a file that is not there', () => undefined, 'hilang.png', /^Logo "hilang\.png" tidak ada\. Halaman dibuat tanpa logo\.$/],
    ['a file over the limit', (unit) => writeFileSync(join(unit, 'logo.png'), Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)])), 'logo.png', /^Logo "logo\.png" berukuran 512\.1 KiB, lebih dari 512 KiB; halaman dibuat tanpa logo\.$/],
    ['text that is no image', (unit) => writeFileSync(join(unit, 'logo.png'), 'root:x:0:0:root:/root:/bin/bash\n'), 'logo.png', /^Logo "logo\.png" bukan gambar PNG, JPEG, SVG atau WebP/],
    ['a GIF', (unit) => writeFileSync(join(unit, 'logo.png'), GIF), 'logo.png', /bukan gambar PNG, JPEG, SVG atau WebP/],
    ['an SVG with a DOCTYPE and entities', (unit) => writeFileSync(join(unit, 'logo.svg'), '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>'), 'logo.svg', /memuat <!DOCTYPE> atau <!ENTITY>/],
    ['a broken SVG', (unit) => writeFileSync(join(unit, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n</svg>'), 'logo.svg', /tidak dapat dibaca sebagai SVG: penulisannya rusak di baris 3, kolom \d+ berkas itu/],
    ['an SVG not saved as UTF-8', (unit) => writeFileSync(join(unit, 'logo.svg'), Buffer.concat([Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">\n<title>Caf'), Buffer.from([0xe9]), Buffer.from('</title></svg>')])), 'logo.svg', /penulisannya rusak di baris 2, kolom 11/],
    ['markup that is not SVG', (unit) => writeFileSync(join(unit, 'logo.svg'), '<html><body><svg></svg><script>alert(1)</script></body></html>'), 'logo.svg', /bukan gambar PNG, JPEG, SVG atau WebP/],
  ];

  it.each(refused)('%s', async (_label, arrange, logo, message) => {
    const { root, unit } = await unitWith(logo);
    arrange(unit, root);
    const { unit: rendered, diagnostics } = await prepared(unit);
    expect(rendered.logo).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'penyelenggara.yaml', line: LOGO_AT.line, column: LOGO_AT.column, pointer: '/logo', rule: 'logo', severity: 'error' });
    expect(diagnostics[0]!.message).toMatch(message);
    expect(diagnostics[0]!.hint).toBeTruthy();
    expect(JSON.stringify(diagnostics)).not.toContain('root:x');
  });

  it('speaks English too', async () => {
    const { unit } = await unitWith('../rahasia.png');
    const { units } = await loadUnits([unit], { cwd: unit, lang: 'en' });
    const { diagnostics } = await prepareUnit(units[0]!, 'en');
    expect(diagnostics[0]!.message).toBe('The logo "../rahasia.png" leads outside the folder . (through "../", an absolute path or a symbolic link), so it is not read. Pages are made without it.');
  });
});

describe('a logo is typed by its content', () => {
  it('accepts PNG, JPEG, WebP and SVG, also through a symlink that stays in the unit', async () => {
    for (const [name, bytes, type] of [['logo.png', PNG, 'image/png'], ['logo.jpg', JPEG, 'image/jpeg'], ['logo.webp', WEBP, 'image/webp'], ['logo.svg', SVG, 'image/svg+xml']] as const) {
      const { unit } = await unitWith(`gambar/${name}`, { [`aset/${name}`]: bytes });
      symlinkSync('aset', join(unit, 'gambar'));
      const { unit: rendered, diagnostics } = await prepared(unit);
      expect(diagnostics, name).toEqual([]);
      expect(rendered.logo, name).toMatch(new RegExp(`^data:${type.replace('+', '\\+')};base64,`));
    }
  });

  it('uses a PNG named .svg as a PNG, and an SVG named .png as an SVG, with a warning to rename it', async () => {
    const png = await unitWith('logo.svg', { 'logo.svg': PNG });
    const asPng = await prepared(png.unit);
    expect(asPng.unit.logo).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(asPng.diagnostics).toMatchObject([{ rule: 'logo', severity: 'warning', line: LOGO_AT.line, message: 'Logo "logo.svg" sebenarnya gambar PNG, bukan SVG; logo tetap dipasang.', hint: 'Ganti nama berkasnya agar berakhiran .png, lalu perbarui logo: di penyelenggara.yaml.' }]);
    const svg = await unitWith('logo.png', { 'logo.png': SVG });
    const asSvg = await prepared(svg.unit);
    expect(asSvg.unit.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(decoded(asSvg.unit.logo)).toContain('<circle cx="5" cy="5" r="4" fill="#0b6b3a"/>');
    expect(asSvg.diagnostics.map((d) => d.message)).toEqual(['Logo "logo.png" sebenarnya gambar SVG, bukan PNG; logo tetap dipasang.']);
  });
});

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">';
const hostile: [string, string, string, RegExp][] = [
  ['<script>', '<script>window.__pwned = 1</script>', '<script>', /script|__pwned/],
  ['an onload handler', '<rect width="10" height="10" onload="alert(1)"/>', 'onload', /onload|alert/],
  ['<foreignObject> with HTML', '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/"/></div></foreignObject>', '<foreignObject>', /foreignObject|iframe|evil/],
  ['an external <use href>', '<use href="https://evil.example/sprite.svg#a"/>', 'href="https://evil.example/sprite.svg#a"', /evil|<use/],
  ['an external xlink:href', '<use xlink:href="https://evil.example/sprite.svg#a"/>', 'xlink:href="https://evil.example/sprite.svg#a"', /evil/],
  ['a javascript: link', '<a href="javascript:alert(1)"><rect width="10" height="10"/></a>', '<a>', /javascript|<a/],
  ['an <image> of data:text/html', '<image href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" width="10" height="10"/>', '<image>', /text\/html|<image/],
  ['an <image> of an SVG with script', '<image href="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0Pg==" width="10" height="10"/>', '<image>', /image\/svg|<image/],
  ['a style with an external url()', '<rect width="10" height="10" style="fill: url(https://evil.example/p.svg#g)"/>', 'style="fill: url(https://evil.example/p.svg#g)"', /evil/],
  ['a fill written with a character reference', '<rect width="10" height="10" fill="u&#114;l(https://evil.example/#g)"/>', 'fill="url(https://evil.example/#g)"', /evil/],
  ['a <style> with @import', '<style>@import url("https://evil.example/a.css"); rect { fill: red }</style>', '<style>', /evil|@import/],
  ['a <style> hiding url() behind escapes', '<style>rect { fill: u\\72l(https://evil.example/x) }</style>', '<style>', /evil/],
  ['<animate> and <set> that set href', '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/></a>', '<set>', /javascript|<set|<animate/],
  ['an <iframe> and an <embed>', '<iframe src="https://evil.example/"/><embed src="https://evil.example/"/>', '<iframe>', /evil/],
];

describe('an SVG logo is rebuilt from drawing elements only', () => {
  it.each(hostile)('takes out %s, says so, and keeps the drawing', async (_label, part, named, gone) => {
    const { unit } = await unitWith('logo.svg', { 'logo.svg': `${SVG_OPEN}<circle cx="5" cy="5" r="4"/>${part}</svg>` });
    const { unit: rendered, diagnostics } = await prepared(unit);
    const svg = decoded(rendered.logo);
    expect(svg).toContain('<circle cx="5" cy="5" r="4"/>');
    expect(svg).not.toMatch(gone);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'logo', severity: 'warning', line: LOGO_AT.line, column: LOGO_AT.column });
    expect(diagnostics[0]!.message).toContain(named);
    expect(diagnostics[0]!.message).toContain('bagian itu dibuang dan logo dipasang tanpanya');
  });

  it('keeps what drawings use: gradients, clip paths, masks, internal <use>, url(#id), a raster <image>, titles', async () => {
    const drawing = `${SVG_OPEN}<title>Lambang</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="8" height="8"/></clipPath><mask id="m"><rect width="10" height="10" fill="#fff"/></mask><path id="p" d="M0 0h10"/></defs><style>.a { fill: url(#g) } rect &gt; g { stroke: #000 }</style><g clip-path="url(#c)" mask="url('#m')" transform="translate(1 1)"><rect class="a" width="10" height="10" style="stroke: url(#g); stroke-width: 2"/><use xlink:href="#p"/><use href="#p"/><image width="2" height="2" href="data:image/png;base64,${PNG.toString('base64')}"/></g></svg>`;
    const { unit } = await unitWith('logo.svg', { 'logo.svg': drawing });
    const { unit: rendered, diagnostics } = await prepared(unit);
    expect(diagnostics).toEqual([]);
    const svg = decoded(rendered.logo);
    for (const kept of ['<title>Lambang</title>', 'id="g"', '<clipPath id="c">', 'mask="url(\'#m\')"', 'clip-path="url(#c)"', '<use xlink:href="#p"/>', '<use href="#p"/>', 'href="data:image/png;base64,', '.a { fill: url(#g) } rect &gt; g', 'style="stroke: url(#g); stroke-width: 2"', 'xmlns:xlink="http://www.w3.org/1999/xlink"']) expect(svg).toContain(kept);
  });

  it('keeps the example logos as they draw', async () => {
    for (const file of ['examples/disdukcapil-sukamaju/logo-sukamaju.svg', 'examples/kanim-sukamaju/logo-kanim-sukamaju.svg']) {
      const original = readFileSync(join(import.meta.dirname, '../..', file), 'utf8');
      const { unit } = await unitWith('logo.svg', { 'logo.svg': original });
      const { unit: rendered, diagnostics } = await prepared(unit);
      expect(diagnostics, file).toEqual([]);
      const count = (s: string) => (s.match(/<(path|circle|ellipse|rect|g)\b/g) ?? []).length;
      expect(count(decoded(rendered.logo)), file).toBe(count(original));
    }
  });

  it('still warns, for print, about <text>, after cleaning', async () => {
    const { unit } = await unitWith('logo.svg', { 'logo.svg': `${SVG_OPEN}<script>x</script><text x="1" y="5">UJI</text></svg>` });
    const { diagnostics } = await prepared(unit, 'print');
    expect(diagnostics.map((d) => [d.severity, d.message.slice(0, 40)])).toEqual([
      ['warning', 'Logo "logo.svg" memuat bagian yang tidak'],
      ['warning', 'Logo "logo.svg" memuat teks (<text>): di'],
    ]);
  });
});

describe('render and build with a logo that cannot be used', () => {
  it('finish in seconds, exit 1, say where, and write every page without the logo (a FIFO)', async () => {
    const { unit } = await unitWith('logo.png');
    execFileSync('mkfifo', [join(unit, 'logo.png')]);
    const r = await runBounded(['render', '.', '--out', 'keluaran', '--varian', 'lengkap,maklumat'], unit);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`penyelenggara\\.yaml:${LOGO_AT.line}:${LOGO_AT.column}\\s+galat\\s+Logo "logo\\.png" bukan berkas biasa, melainkan pipa bernama \\(FIFO\\)`));
    expect(r.stdout).toContain('✔ 2 halaman HTML ditulis ke keluaran/');
    expect(readFileSync(join(unit, 'keluaran/duk-kk.lengkap.html'), 'utf8')).not.toContain('<img class="kop-logo"');

    const b = await runBounded(['build', '--out', 'situs'], unit);
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('✔ Situs 1 layanan ditulis ke situs/');
    expect(readFileSync(join(unit, 'situs/index.html'), 'utf8')).not.toContain('<img class="kop-logo"');
  }, 180_000);

  it('the same for a symlink to /dev/zero', async () => {
    const { unit } = await unitWith('logo.png');
    symlinkSync('/dev/zero', join(unit, 'logo.png'));
    const b = await runBounded(['build', '--out', 'situs', '--lang', 'en'], unit);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(new RegExp(`penyelenggara\\.yaml:${LOGO_AT.line}:${LOGO_AT.column}\\s+error\\s+The logo "logo\\.png" leads outside the folder \\.`));
    expect(existsSync(join(unit, 'situs/layanan/duk-kk/index.html'))).toBe(true);
  }, 90_000);
});
