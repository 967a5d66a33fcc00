import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { componentOf, decoratePage } from '../../src/serve/page.js';

const PAGE = `<!DOCTYPE html>
<html lang="id">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-abc='; img-src data:; font-src data:; base-uri 'none'; form-action 'none'">
<title>x</title>
</head>
<body class="halaman-lengkap">
<table><tr id="komponen-biaya"><td class="no">4.</td><th>Biaya</th><td class="uraian"><p>Gratis</p></td></tr></table>
<section id="biaya"><h2 id="judul-biaya">Biaya</h2><p>Gratis</p></section>
</body>
</html>`;

const problem = (over: Partial<Diagnostic>): Diagnostic => ({ file: 'layanan/a.yaml', line: 12, column: 5, endLine: 12, endColumn: 9, pointer: '/komponen/biaya/tarif/0', rule: 'tarif-tanpa-dasar-hukum', severity: 'error', message: 'Tarif tanpa dasar hukum <script>alert(1)</script>', hint: 'Tulis "dasar_hukum".', ...over });

describe('a page as the preview serves it', () => {
  const p = problem({});
  const html = decoratePage(PAGE, { version: 7, problems: [p], byComponent: new Map([['biaya', [p]]]), lang: 'id', cwd: '/unit', time: '10.00.00' });

  it('puts the problem next to the component, with file:line and a link that opens the editor there', () => {
    expect(html).toMatch(/<td class="uraian"><div class="pratinjau-catatan pratinjau-galat" role="note"><a href="vscode:\/\/file\/\/unit\/layanan\/a\.yaml:12:5"><code>layanan\/a\.yaml:12:5<\/code><\/a>/);
    // The public page has no table: the note goes under the component's heading.
    const publik = decoratePage(PAGE.replace(/<table>.*<\/table>\n/, ''), { version: 1, problems: [p], byComponent: new Map([['biaya', [p]]]), lang: 'id', cwd: '/unit', time: '10.00.00' });
    expect(publik).toMatch(/<h2 id="judul-biaya">Biaya<\/h2><div class="pratinjau-catatan/);
    expect(html).toContain('<details class="pratinjau-panel" data-pratinjau open><summary>Pratinjau · 1 galat · diperbarui 10.00.00</summary>');
  });

  it('escapes what the files say, and allows exactly its own script and stream', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const policy = /content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-abc=' 'sha256-[^']+'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; script-src 'sha256-[^']+'; connect-src 'self'$/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<meta name="pratinjau-versi" content="7">');
  });

  it('knows which component a pointer is about, in a service or in the provider defaults', () => {
    expect(componentOf('/komponen/biaya/tarif/0')).toBe('biaya');
    expect(componentOf('/bawaan/komponen/pengaduan/kanal/1')).toBe('pengaduan');
    expect(componentOf('/komponen/tidak_ada')).toBeUndefined();
    expect(componentOf('/nama')).toBeUndefined();
  });
});
