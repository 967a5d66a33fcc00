import { describe, expect, it } from 'vitest';
import { locate, parseSource, readSource } from '../../src/load/source.js';
import { tempTree } from '../helpers.js';
import { join } from 'node:path';

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
