import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { locate, parseSource, readSource } from '../../src/load/source.js';
import { linesOf, outsideFile } from '../fuzz/lib/inside.js';
import { tempTree } from '../helpers.js';

const parse = (text: string | Uint8Array, lang: 'id' | 'en' = 'id') => parseSource('x.yaml', text, lang);

describe('parseSource positions', () => {
  const text = 'kode: A\nkomponen:\n  produk:\n    - KTP-el\n    - nama: KIA\n';
  const { source } = parse(text);

  it('locates a nested value at its line and column, with its end', () => {
    expect(locate(source!, '/komponen/produk/1/nama')).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 16 });
    expect(locate(source!, '/komponen/produk/0')).toMatchObject({ line: 4, column: 7 });
  });

  it('locates a missing key on its parent mapping', () => {
    expect(locate(source!, '/komponen/biaya')).toMatchObject({ line: 3, column: 3 });
  });

  it('locates the key itself when asked (for an unknown key)', () => {
    expect(locate(source!, '/komponen', 'key')).toMatchObject({ line: 2, column: 1, endColumn: 9 });
  });
});

describe('parseSource problems', () => {
  it('reports a duplicate key where it is written again, in Indonesian', () => {
    const { diagnostics } = parse('nama: a\nnama: b\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 1, rule: 'yaml', severity: 'error', message: 'Kunci "nama" ditulis dua kali dalam satu bagian.' });
    expect(diagnostics[0]!.hint).toContain('Hapus salah satunya');
  });

  it('reports tabs, bad indentation and several documents with their positions', () => {
    expect(parse('a:\n\tb: 1\n').diagnostics[0]).toMatchObject({ line: 2, column: 1, message: 'Tab dipakai sebagai indentasi.' });
    expect(parse('a:\n  b: 1\n c: 2\n').diagnostics[0]).toMatchObject({ line: 3, rule: 'yaml' });
    const multi = parse('a: 1\n---\nb: 2\n', 'en').diagnostics[0]!;
    expect(multi).toMatchObject({ line: 2, column: 1 });
    expect(multi.message).toBe('The file contains more than one YAML document (there is a --- separator).');
  });

  it('locates a byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('kode: A\nnama: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(parse(bytes).diagnostics[0]).toMatchObject({ line: 2, column: 10, rule: 'berkas' });
    expect(parse(bytes).diagnostics[0]!.hint).toContain('UTF-8');
  });

  it('accepts a byte-order mark', () => {
    const { source, diagnostics } = parse(Buffer.from('\uFEFFkode: A\n', 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(source!.data).toEqual({ kode: 'A' });
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const { source, diagnostics } = parse(levels.join('\n') + '\n');
    expect(source).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: 'yaml', line: 2 });
    expect(diagnostics[0]!.message).toContain('alias');
  });

  it('keeps identifiers written as bare digits exactly (NIP, numbers with a leading 0)', () => {
    const { source } = parse('nip: 197805122005011003\ntelepon: 0274512345\nkode_pos: 05281\njumlah: 350000\n');
    expect(source!.data).toEqual({ nip: '197805122005011003', telepon: '0274512345', kode_pos: '05281', jumlah: 350000 });
  });

  it('says an empty file is empty', () => {
    expect(parse('# hanya komentar\n').diagnostics[0]).toMatchObject({ rule: 'berkas', message: 'Berkas kosong.' });
  });
});

describe('parseSource: what YAML allows but a standard cannot hold', () => {
  it('refuses a key that is a list or a mapping with a located error, and yaml prints nothing', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const log = vi.spyOn(console, 'warn');
    try {
      const block = parse('kode: X\n? [a, b]\n: 1\n');
      expect(block.source).toBeUndefined();
      expect(block.diagnostics).toEqual([expect.objectContaining({ line: 2, column: 3, endLine: 2, endColumn: 9, rule: 'yaml', severity: 'error', message: 'Kunci ini berupa daftar atau isian bertingkat, bukan teks.' })]);
      expect(parse('{ {a: 1}: x }\n', 'en').diagnostics[0]).toMatchObject({ line: 1, column: 3, message: 'This key is a list or a mapping, not text.' });
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it('refuses tags that make bytes, sets, dates or merge markers, where they are written', () => {
    for (const [text, tag, column] of [
      ['kode: !!merge x\n', '!!merge', 7],
      ['tanggal: !!timestamp 2026-01-31\n', '!!timestamp', 10],
      ['logo: !!binary aGFsbw==\n', '!!binary', 7],
      ['produk: !!set { KTP }\n', '!!set', 9],
      ['produk: !!omap [ a: 1 ]\n', '!!omap', 9],
    ] as const) {
      const { source, diagnostics } = parse(text);
      expect(source).toBeUndefined();
      expect(diagnostics, text).toEqual([expect.objectContaining({ line: 1, column, rule: 'yaml', severity: 'error', message: `Tag YAML ${tag} tidak dapat dipakai dalam berkas standar.` })]);
    }
    expect(parse('telepon: !!str 0274512345\njumlah: !!int "5"\n').source!.data).toEqual({ telepon: '0274512345', jumlah: 5 });
  });

  it('refuses an alias inside the node it names, whose data would never end', () => {
    const { source, diagnostics } = parse('a: &x\n  b: *x\n');
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, column: 6, rule: 'yaml', message: 'Alias *x berada di dalam bagian yang dirujuknya sendiri, sehingga isinya tidak pernah berakhir.' })]);
    expect(parse('a: &x [1]\nb: *x\n').source!.data).toEqual({ a: [1], b: [1] });
  });

  it('keeps "__proto__", "constructor" and "toString" keys as data, polluting nothing', () => {
    const { source } = parse('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\ntoString: x\n');
    const data = source!.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(locate(source!, '/toString')).toMatchObject({ line: 3, column: 11 });
  });

  it('refuses nesting deeper than 64 levels with one error at the 65th, however deep it goes', () => {
    for (const depth of [65, 1000, 20_000]) {
      const { source, diagnostics } = parse(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
      expect(source).toBeUndefined();
      expect(diagnostics, String(depth)).toEqual([expect.objectContaining({ line: 1, column: 67, endLine: 1, endColumn: 68, rule: 'yaml', message: 'Susunan bertingkat di sini lebih dari 64 tingkat, terlalu dalam untuk dibaca.' })]);
    }
    expect(parse(`a: ${'['.repeat(63)}${']'.repeat(63)}\n`).source).toBeDefined();
  });

  it('reads garbled text that leaves the parser thousands of open mappings as one located error, without overflowing the stack', () => {
    // yaml's own parseDocument throws "Maximum call stack size exceeded" on this text.
    const pairs = Array.from({ length: 5000 }, (_, i) => `k${i}: "x"`).join(', ');
    const { source, diagnostics } = parse(`a:\n  ${pairs}\nb: 1\n`);
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, column: 618, rule: 'yaml', message: 'Susunan bertingkat di sini lebih dari 64 tingkat, terlalu dalam untuk dibaca.' })]);
    expect(diagnostics[0]!.hint).toContain('banyak pasangan "kunci: nilai" ditulis pada satu baris');
    // A few such pairs are a plain syntax error, said as one.
    expect(parse('a:\n  k0: "x", k1: "x", k2: "x"\nb: 1\n').diagnostics[0]).toMatchObject({ line: 2, message: expect.stringContaining('tidak dapat dibaca sebagai kunci') });
  });
});

describe('parseSource positions lie inside the file', () => {
  const texts = [
    'a: "abc',
    'a: [1, 2',
    'a: {b: 1',
    'a: b\r\n  c: d\r\n',
    'kode: A\rnama: B\rstatus: x\r',
    'a:\r\n\tb: 1\r\n',
    '\uFEFFa: 1\n\tb: 2',
    'a: 1\r\n---\r\nb: 2',
    'a: |\n  x\n b: 1',
    '"multi\nline": 1\nnama: a\nnama: b',
    'a: &x [*x]',
    '? [a]\r\n: 1\r',
    'x: "\\q"\r\n',
  ];
  it.each(texts)('%j', (text) => {
    const { diagnostics } = parse(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(outsideFile(d, linesOf(text)), JSON.stringify(d)).toBeUndefined();
  });

  it('counts a lone CR as a line break, as editors do', () => {
    expect(parse('a: 1\rb: "x').diagnostics[0]).toMatchObject({ line: 2, column: 6 });
    const bytes = Buffer.concat([Buffer.from('kode: A\r\nnama: x\ry'), Buffer.from([0xff])]);
    expect(parse(bytes).diagnostics[0]).toMatchObject({ line: 3, column: 2, endColumn: 3 });
  });

  it('locates a byte that is not UTF-8 after a byte-order mark as an editor shows it', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFkode: A'), Buffer.from([0xe9])]);
    expect(parse(bytes).diagnostics[0]).toMatchObject({ line: 1, column: 8 });
  });
});

describe('readSource', () => {
  it('refuses a file over the size cap with a message naming the option', async () => {
    const dir = await tempTree({ 'besar.yaml': 'a: ' + 'x'.repeat(5000) + '\n' });
    const { diagnostics } = await readSource(join(dir, 'besar.yaml'), { lang: 'id', maxFileSize: 1024, displayPath: 'besar.yaml' });
    expect(diagnostics[0]).toMatchObject({ file: 'besar.yaml', rule: 'berkas', line: 1 });
    expect(diagnostics[0]!.message).toContain('batasnya 1 KiB');
    expect(diagnostics[0]!.hint).toContain('--max-file-size');
  });

  it('turns an unreadable path into an I/O diagnostic, not an exception', async () => {
    const { diagnostics } = await readSource('/nonexistent/x.yaml', { lang: 'en' });
    expect(diagnostics[0]).toMatchObject({ rule: 'io', severity: 'error' });
  });
});
