import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chooseFormat, READERS } from '../../../src/import/readers/index.js';
import { texts } from './helpers.js';

/** Which reader a file gets: its content decides, its name only breaks ties between text formats. */

const docx = async () => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Standar pelayanan KTP-el')] }] })));
const xlsx = async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Layanan').addRow(['Kode', 'Nama']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
const minimalPdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
/** The smallest ZIP archive holding one stored file. */
function zipOf(name: string, content: string): Uint8Array {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, file, data, central, file, end]));
}

const choose = (file: string, bytes: Uint8Array | string, lang: 'id' | 'en' = 'id') => chooseFormat(file, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, lang);

describe('choosing the reader', () => {
  it('reads each format by its content', async () => {
    expect(choose('lampiran.docx', await docx())).toEqual({ ok: true, format: 'docx', notes: [] });
    expect(choose('layanan.xlsx', await xlsx())).toEqual({ ok: true, format: 'xlsx', notes: [] });
    expect(choose('sk.pdf', minimalPdf())).toEqual({ ok: true, format: 'pdf', notes: [] });
    expect(choose('halaman.html', '<!DOCTYPE html><html><body><p>x</p></body></html>')).toEqual({ ok: true, format: 'html', notes: [] });
    expect(choose('layanan.csv', 'Kode;Nama\n')).toEqual({ ok: true, format: 'csv', notes: [] });
    expect(choose('catatan.md', '# Standar\n')).toEqual({ ok: true, format: 'md', notes: [] });
    expect(choose('catatan.txt', 'Standar\n')).toEqual({ ok: true, format: 'txt', notes: [] });
    expect(choose('tanpa-akhiran', 'Standar\n')).toEqual({ ok: true, format: 'txt', notes: [] });
  });

  it('a renamed file is read as what it is, with a note; a web page saved as .doc or .xls is a web page', async () => {
    const renamed = choose('lampiran.pdf', await docx());
    expect(renamed).toMatchObject({ ok: true, format: 'docx' });
    expect(renamed.ok && renamed.notes.map((n) => [n.rule, n.severity, n.message])).toEqual([['impor', 'info', '"lampiran.pdf" bernama .pdf tetapi isinya dokumen Word (.docx); dibaca sebagai dokumen Word (.docx).']]);
    expect(choose('scan.docx', minimalPdf(), 'en')).toMatchObject({ ok: true, format: 'pdf', notes: [{ message: '"scan.docx" is named .docx but holds a PDF; it is read as a PDF.' }] });
    const wordWebPage = '\uFEFF<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="windows-1252"></head><body><p>Standar</p></body></html>';
    expect(choose('lampiran.doc', wordWebPage)).toMatchObject({ ok: true, format: 'html', notes: [{ severity: 'info' }] });
    expect(choose('sipp-export.xls', '<table><tr><td>Kode</td></tr></table>')).toMatchObject({ ok: true, format: 'html' });
    expect(choose('catatan.txt', '<p>teks</p>')).toMatchObject({ ok: true, format: 'txt' });
    expect(choose('sipp-export.xls', '<html><body><table><tr><td>Kode</td></tr></table></body></html>')).toMatchObject({ ok: true, format: 'html' });
    expect(choose('data.csv', 'Kode,Nama\n')).toMatchObject({ ok: true, notes: [] });
  });

  it('refuses what cannot be read, saying what to do', () => {
    const refusal = (file: string, bytes: Uint8Array | string, lang: 'id' | 'en' = 'en') => {
      const choice = choose(file, bytes, lang);
      if (choice.ok) throw new Error(`${file} was not refused`);
      expect(choice.problem).toMatchObject({ file, rule: 'berkas', severity: 'error', line: 1, column: 1 });
      return [choice.problem.message, choice.problem.hint];
    };
    expect(refusal('pindaian.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]))[0]).toBe('"pindaian.docx" is an image (PNG), not a document with text, so its content cannot be read.');
    expect(refusal('foto.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))[0]).toContain('image (JPEG)');
    expect(refusal('lama.rtf', '{\\rtf1\\ansi Standar}')[1]).toContain('Word Document (.docx)');
    expect(refusal('lampiran.odt', zipOf('mimetype', 'application/vnd.oasis.opendocument.text'))).toEqual([
      '"lampiran.odt" is an OpenDocument file (.odt), which is not read directly.',
      'Open it in LibreOffice, choose File › Save As, type "Word 2007-365 (.docx)", then import the new file.',
    ]);
    expect(refusal('tabel.ods', zipOf('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))[1]).toContain('Excel 2007-365 (.xlsx)');
    expect(refusal('paket.zip', zipOf('a.txt', 'x'))[0]).toBe('"paket.zip" is a ZIP archive, not a document that can be imported.');
    expect(refusal('rusak.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))[0]).toMatch(/^"rusak\.xlsx" is damaged: its content is not a complete \.xlsx archive/);
    expect(refusal('biner.docx', new Uint8Array([1, 0, 2, 0, 3])), 'binary').toEqual([
      '"biner.docx" is not a document that can be imported (its content is not Word .docx, a web page, PDF, text, .xlsx or .csv).',
      'Save the document as .docx, .pdf, .html, .txt, .xlsx or .csv and import it again.',
    ]);
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal('lama.xls', cfb, 'id')[0]).toBe('"lama.xls" adalah dokumen Office format lama (.doc/.xls, sebelum 2007) yang tidak dapat dibaca.');
  });

  it('every format it chooses has a reader (the text formats aside, which the text reader serves)', async () => {
    for (const format of ['html', 'docx', 'pdf', 'xlsx', 'csv'] as const) expect(typeof (await READERS[format]())).toBe('function');
  });
});
