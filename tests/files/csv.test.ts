import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv, type CsvRecord } from '../../src/files/csv.js';
import { StreamTextDecoder } from '../../src/files/decode.js';

/** The same text pushed in pieces of `size` characters. */
function inPieces(text: string, size: number): { records: CsvRecord[]; openQuote?: { line: number; column: number } } {
  const parser = new CsvParser();
  const records: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
  const rest = parser.finish();
  return { ...rest, records: [...records, ...rest.records] };
}

const texts = (records: CsvRecord[]) => records.map((r) => [r.row, ...r.fields]);

const TRICKY = [
  'No;Kode Layanan;U1\r\n1;"DUK; KK";4\r\n2;"kata ""kutip""\r\nbaris dua";3\r\n\r\n3;DUK-KK;2',
  'a,b\n"x","y"\n"",""\n',
  'a\tb\rc\td\r',
  'No;U1\n1;"tidak ditutup\n2;3\n',
  '"kepala ""satu""";dua\r\n1;2\r\n',
];

describe('CsvParser', () => {
  it('gives the same records, rows and positions whatever pieces the text comes in', () => {
    for (const text of TRICKY) {
      const whole = parseCsv(text);
      for (const size of [1, 2, 3, 5, 7, 64]) expect(inPieces(text, size), `${JSON.stringify(text)} in pieces of ${size}`).toEqual(whole);
    }
  });

  it('reads separators, quotes, doubled quotes and line breaks inside quotes; rows count records as Excel does', () => {
    const { records, openQuote } = parseCsv(TRICKY[0]!);
    expect(openQuote).toBeUndefined();
    expect(texts(records)).toEqual([
      [1, 'No', 'Kode Layanan', 'U1'],
      [2, '1', 'DUK; KK', '4'],
      [3, '2', 'kata "kutip"\nbaris dua', '3'],
      [4, ''],
      [5, '3', 'DUK-KK', '2'],
    ]);
    expect(records[4]!.starts.slice(4, 6)).toEqual([6, 10]);
  });

  it('a quotation mark never closed is located where it opened', () => {
    expect(parseCsv(TRICKY[3]!).openQuote).toEqual({ line: 2, column: 3 });
  });
});

describe('StreamTextDecoder', () => {
  const decodeInPieces = (bytes: Uint8Array, size: number) => {
    const decoder = new StreamTextDecoder();
    let text = '';
    for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
    return { text: text + decoder.end(), guessed: decoder.guessed };
  };

  it('UTF-8 split inside a character, with or without its mark, and UTF-16 with its mark', () => {
    const text = 'Nama;Keterangan\nSétiawan;“baik” – ✓\n';
    for (const size of [1, 2, 3, 4, 100]) {
      expect(decodeInPieces(Buffer.from(text), size)).toEqual({ text, guessed: undefined });
      expect(decodeInPieces(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), size)).toEqual({ text, guessed: undefined });
      expect(decodeInPieces(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), size)).toEqual({ text, guessed: undefined });
    }
  });

  it('a Windows file is read as windows-1252 and says so', () => {
    const bytes = Buffer.from('Nama;Keterangan\nSétiawan;Senin\x96Jumat\n', 'latin1');
    for (const size of [1, 5, 100]) expect(decodeInPieces(bytes, size)).toEqual({ text: 'Nama;Keterangan\nSétiawan;Senin–Jumat\n', guessed: 'windows-1252' });
  });
});
