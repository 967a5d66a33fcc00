import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates, RenderError, renderDocument, type RenderUnit } from '../../src/render/index.js';
import { renderPoster } from '../../src/render/print/poster.js';
import { makeFifo, runBounded } from '../files/bounded.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';
import { EXAMPLES, loadRenderUnit } from './units.js';

let unit: RenderUnit;
beforeAll(async () => {
  unit = await loadRenderUnit(join(EXAMPLES, 'disdukcapil-sukamaju'));
});

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

describe('--template-dir replaces templates file by file', () => {
  it('uses a replaced partial and keeps every other built-in piece', async () => {
    const dir = await tempTree({ 'partials/kop.hbs': '<header class="kop-kustom"><p>{{unit.pemerintah}} · {{unit.nama}}</p></header>\n' });
    const html = renderDocument('lengkap', unit, unit.services[0], { templateDir: dir });
    expect(html).toContain('<header class="kop-kustom"><p>Pemerintah Kota Sukamaju · Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju</p></header>');
    expect(html).not.toContain('class="kop-logo"');
    expect(html).toContain('<caption>A. Komponen standar pelayanan');
  });

  it('replaces the stylesheet and lets a page add its own <style>, both allowed by the CSP', async () => {
    const dir = await tempTree({
      'standar.css': 'body { font-family: serif; }',
      'maklumat.hbs': '{{#> layout}}<style>.tambahan { color: #000; }</style><h1>{{label.maklumatTitle}}</h1><p>{{maklumat.teks}}</p>{{/layout}}',
    });
    const html = renderDocument('maklumat', unit, undefined, { templateDir: dir });
    expect(html).toContain('<style>body { font-family: serif; }');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) expect(csp).toContain(hash(css!));
  });

  it('reports a broken template with its file and line', async () => {
    const dir = await tempTree({ 'partials/kop.hbs': '<header>\n{{#if unit.logo}}\n<img src="{{unit.logo.src}}">\n{{/each}}\n</header>\n' });
    const { templates, diagnostics } = loadTemplates(dir, 'id', dir);
    expect(templates).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ file: join('partials', 'kop.hbs'), line: 2, rule: 'templat', severity: 'error' })]);
    expect(diagnostics[0]!.message).toContain('Templat "kop.hbs" tidak dapat dibaca');
    expect(() => renderDocument('lengkap', unit, unit.services[0], { templateDir: dir })).toThrow(RenderError);
  });

  it('warns about a file no page uses, with the name it probably meant', async () => {
    const dir = await tempTree({ 'partials/kopp.hbs': '<header></header>' });
    const { templates, diagnostics } = loadTemplates(dir, 'en', dir);
    expect(templates).toBeDefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'templat' })]);
    expect(diagnostics[0]!.hint).toContain('Did you mean "partials/kop.hbs"?');
  });

  it('turns a failure while rendering into a diagnostic naming the template', async () => {
    const dir = await tempTree({ 'publik.hbs': '{{#> layout}}\n<h1>{{layanan.nama}}</h1>\n{{> tidak-ada}}\n{{/layout}}\n' });
    try {
      renderDocument('publik', unit, unit.services[0], { templateDir: dir });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RenderError);
      expect((err as RenderError).diagnostics[0]).toEqual(expect.objectContaining({ rule: 'templat', file: expect.stringContaining('publik.hbs') }));
      expect((err as RenderError).diagnostics[0]!.message).toContain('tidak-ada');
    }
  });
});

describe('a template folder only lends what is inside it', () => {
  it('refuses a stylesheet that is a link to /etc/passwd, and never puts it in a page', async () => {
    const dir = await tempTree({});
    symlinkSync('/etc/passwd', join(dir, 'standar.css'));
    const { templates, diagnostics } = loadTemplates(dir, 'id', dir);
    expect(templates).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'standar.css', rule: 'templat', severity: 'error', message: '"standar.css" mengarah ke luar folder . (lewat "../", jalur mutlak atau tautan simbolik), jadi tidak dibaca.' })]);
    expect(() => renderDocument('lengkap', unit, unit.services[0], { templateDir: dir })).toThrow(RenderError);
  });

  it('refuses a FIFO with a template\'s name, without waiting on it', async () => {
    const dir = await tempTree({});
    makeFifo(join(dir, 'lengkap.hbs'));
    const { templates, diagnostics } = loadTemplates(dir, 'en', dir);
    expect(templates).toBeUndefined();
    expect(diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([['lengkap.hbs', 'templat', '"lengkap.hbs" is not an ordinary file but a named pipe (FIFO), so it is not read.']]);
  });

  it('follows a link that stays inside the folder', async () => {
    const dir = await tempTree({ 'bersama/kop.hbs': '<header class="kop-bersama">{{unit.nama}}</header>\n' });
    mkdirSync(join(dir, 'partials'));
    symlinkSync('../bersama/kop.hbs', join(dir, 'partials/kop.hbs'));
    const html = renderDocument('lengkap', unit, unit.services[0], { templateDir: dir });
    expect(html).toContain('<header class="kop-bersama">Dinas Kependudukan');
  });

  it('refuses a print frame in pdf/ that is a link out of the folder', async () => {
    const dir = await tempTree({});
    mkdirSync(join(dir, 'pdf'));
    symlinkSync('/etc/passwd', join(dir, 'pdf/poster.css'));
    try {
      renderPoster(unit, { format: { size: 'A4', orientation: 'portrait' }, templateDir: dir });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RenderError);
      expect((err as RenderError).diagnostics[0]!.message).toContain('poster.css" mengarah ke luar folder');
    }
  });

  it('render with --template-dir holding a FIFO stops at once with the reason, writing nothing', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'tampilan/.keep': '' });
    makeFifo(join(root, 'tampilan/standar.css'));
    writeFileSync(join(root, 'tampilan/lengkap.hbs'), '{{#> layout}}{{/layout}}');
    const r = await runBounded(['render', '.', '--out', 'keluaran', '--template-dir', 'tampilan'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tampilan\/standar\.css:1:1\s+galat\s+"tampilan\/standar\.css" bukan berkas biasa, melainkan pipa bernama \(FIFO\)/);
  }, 90_000);
});
