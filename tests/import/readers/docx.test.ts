import { AlignmentType, Document, Header, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, Textbox, TextRun, VerticalMergeType, type ILevelsOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/import/readers/docx.js';
import { readZip } from '../../../src/files/zip.js';
import { expectInOrder, only, tableText } from './helpers.js';

/** Word files made here with the `docx` library, in the layouts real decree attachments take. */

const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({ level: n, format, text, alignment: AlignmentType.START });
const NUMBERING = {
  config: [
    { reference: 'angka', levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)')] },
    { reference: 'huruf', levels: [level(0, LevelFormat.LOWER_LETTER, '%1.')] },
    { reference: 'kurung', levels: [level(0, LevelFormat.DECIMAL, '(%1)')] },
    { reference: 'butir', levels: [level(0, LevelFormat.BULLET, '\u2022')] },
  ],
};

let instance = 0;
/** One Word list: its own numbering instance, so it starts again at 1 (or a). */
function list(reference: string, items: readonly (string | readonly [string, number])[]): Paragraph[] {
  const own = ++instance;
  return items.map((item) => {
    const [text, depth] = typeof item === 'string' ? [item, 0] : item;
    return new Paragraph({ text, numbering: { reference, level: depth, instance: own } });
  });
}

const cell = (children: Paragraph[] | string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: typeof children === 'string' ? [new Paragraph(children)] : children, ...options });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
/** A cell whose lines are separated by line breaks (Shift+Enter), not paragraphs. */
const lines = (...texts: string[]) => [new Paragraph({ children: texts.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) })];

async function docxOf(children: (Paragraph | Table | Textbox)[], header?: string[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: NUMBERING,
    sections: [{ ...(header ? { headers: { default: new Header({ children: header.map((t) => new Paragraph(t)) }) } } : {}), children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const read = (bytes: Uint8Array, file = 'lampiran.docx') => readDocx(file, bytes, { lang: 'id' });

describe('Word: the two tables A and B with NO | KOMPONEN | URAIAN', () => {
  it('keeps the headings, both tables with their rows, lists with Word markers in cells, line breaks and an empty component', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: '1. STANDAR PELAYANAN SURAT KETERANGAN PINDAH KELUAR', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('A. Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan (service delivery)'),
      new Table({
        rows: [
          row(cell('NO'), cell('KOMPONEN'), cell('URAIAN')),
          row(cell('1.'), cell('Persyaratan'), cell(list('angka', ['Surat Pengantar Desa', 'KTP dan KK (Asli dan Fotokopi)']))),
          row(cell('2.'), cell('Prosedur'), cell([new Paragraph('Keterangan :'), ...list('angka', ['Pemohon datang membawa persyaratan;', 'Dilayani oleh petugas loket;'])])),
          row(cell('3.'), cell('Waktu pelayanan'), cell(lines('Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.', "Jum'at pukul 08:00 Wib s/d 16:45 Wib", 'Proses 1 Minggu'))),
          row(cell('4.'), cell('Biaya/tarif'), cell('Gratis')),
          row(cell('5.'), cell('Produk layanan'), cell('')),
        ],
      }),
      new Paragraph('B. Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi (manufacturing)'),
      new Table({
        rows: [
          row(cell('NO'), cell('KOMPONEN'), cell('URAIAN')),
          row(cell('1.'), cell('Dasar Hukum'), cell(list('huruf', ['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;', 'Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan.']))),
          row(cell('2.'), cell('Jumlah pelaksana'), cell('5 (lima) orang')),
        ],
      }),
    ]);
    const doc = await read(bytes);
    expect(doc.format).toBe('docx');
    expect(doc.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'table', 'paragraph', 'table']);
    const [a, b] = only(doc.blocks, 'table');
    expect(tableText(a)).toEqual([
      ['NO', 'KOMPONEN', 'URAIAN'],
      ['1.', 'Persyaratan', '1. Surat Pengantar Desa\n2. KTP dan KK (Asli dan Fotokopi)'],
      ['2.', 'Prosedur', 'Keterangan :\n1. Pemohon datang membawa persyaratan;\n2. Dilayani oleh petugas loket;'],
      ['3.', 'Waktu pelayanan', "Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.\nJum'at pukul 08:00 Wib s/d 16:45 Wib\nProses 1 Minggu"],
      ['4.', 'Biaya/tarif', 'Gratis'],
      ['5.', 'Produk layanan', ''],
    ]);
    const requirements = a!.rows[1]![2]!.blocks;
    expect(requirements).toMatchObject([{ kind: 'list', ordered: true, items: [{ marker: '1.', text: 'Surat Pengantar Desa' }, { marker: '2.', text: 'KTP dan KK (Asli dan Fotokopi)' }] }]);
    expect(b!.rows[1]![2]!.blocks).toMatchObject([{ kind: 'list', items: [{ marker: 'a.' }, { marker: 'b.' }] }]);
  });

  it('keeps a 14-row single table whole, row by row', async () => {
    const components = ['Dasar hukum', 'Persyaratan', 'Sistem, mekanisme dan prosedur', 'Jangka waktu penyelesaian', 'Biaya/tarif', 'Produk pelayanan', 'Sarana, prasarana dan/atau fasilitas', 'Kompetensi pelaksana', 'Pengawasan internal', 'Penanganan pengaduan, saran dan masukan', 'Jumlah pelaksana', 'Jaminan pelayanan', 'Jaminan keamanan dan keselamatan pelayanan', 'Evaluasi kinerja pelaksana'];
    const rows = components.map((name, i) => [`${i + 1}.`, name, `Uraian ${name.toLowerCase()} nomor ${i + 1}`]);
    const doc = await read(await docxOf([new Table({ rows: [row(cell('NO'), cell('KOMPONEN'), cell('URAIAN')), ...rows.map((r) => row(...r.map((t) => cell(t))))] })]));
    expect(tableText(doc.blocks[0])).toEqual([['NO', 'KOMPONEN', 'URAIAN'], ...rows]);
  });
});

describe('Word: awkward tables and lists', () => {
  it('merged cells keep their spans: a group row across the table, a cell merged down two rows', async () => {
    const doc = await read(
      await docxOf([
        new Table({
          rows: [
            row(cell('A. PENYAMPAIAN PELAYANAN', { columnSpan: 3 })),
            row(cell('1.'), cell('Persyaratan', { verticalMerge: VerticalMergeType.RESTART }), cell('WNI: KTP-el')),
            row(cell('2.'), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('WNA: paspor dan KITAS')),
          ],
        }),
      ]),
    );
    const [table] = only(doc.blocks, 'table');
    expect(table!.rows.map((r) => r.map((c) => [c.text, c.colspan, c.rowspan]))).toEqual([
      [['A. PENYAMPAIAN PELAYANAN', 3, 1]],
      [['1.', 1, 1], ['Persyaratan', 1, 2], ['WNI: KTP-el', 1, 1]],
      [['2.', 1, 1], ['WNA: paspor dan KITAS', 1, 1]],
    ]);
  });

  it('numbered, nested lettered, bracketed and bulleted lists keep the markers Word shows', async () => {
    const doc = await read(
      await docxOf([
        ...list('angka', ['Persyaratan umum', ['Fotokopi KTP-el', 1], ['Fotokopi KK', 1], 'Persyaratan khusus', ['Surat kuasa bagi yang dikuasakan', 1]]),
        new Paragraph('Prosedur:'),
        ...list('kurung', ['Pemohon mengisi formulir', 'Petugas memeriksa berkas']),
        new Paragraph('Pengaduan:'),
        ...list('butir', ['Kotak saran', 'SP4N-LAPOR!']),
      ]),
    );
    const lists = only(doc.blocks, 'list');
    expect(lists[0]).toMatchObject({
      ordered: true,
      items: [
        { marker: '1.', text: 'Persyaratan umum', children: [{ kind: 'list', items: [{ marker: 'a)', text: 'Fotokopi KTP-el' }, { marker: 'b)', text: 'Fotokopi KK' }] }] },
        { marker: '2.', text: 'Persyaratan khusus', children: [{ kind: 'list', items: [{ marker: 'a)', text: 'Surat kuasa bagi yang dikuasakan' }] }] },
      ],
    });
    expect(lists.slice(1).map((l) => [l.ordered, l.items.map((i) => [i.marker, i.text])])).toEqual([
      [true, [['(1)', 'Pemohon mengisi formulir'], ['(2)', 'Petugas memeriksa berkas']]],
      [false, [['•', 'Kotak saran'], ['•', 'SP4N-LAPOR!']]],
    ]);
  });
});

describe('Word: what mammoth leaves out is recovered or said', () => {
  it('a letterhead in the page header comes first, a text box in its place, each said', async () => {
    const doc = await read(
      await docxOf(
        [
          new Textbox({ style: { width: '14cm', height: '2cm' }, children: [new Paragraph('Jalan Merdeka Nomor 1, Kota Contoh, Telepon (0271) 123456')] }),
          new Paragraph('STANDAR PELAYANAN KARTU KELUARGA'),
        ],
        ['PEMERINTAH KABUPATEN CONTOH', 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
      ),
    );
    expectInOrder(doc.blocks, ['PEMERINTAH KABUPATEN CONTOH', 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL', 'Jalan Merdeka Nomor 1, Kota Contoh, Telepon (0271) 123456', 'STANDAR PELAYANAN KARTU KELUARGA']);
    expect(doc.problems.map((p) => [p.rule, p.severity, p.message])).toContainEqual(['impor', 'info', 'Teks di header dokumen Word ("PEMERINTAH KABUPATEN CONTOH DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL") dibaca dan ditaruh di awal isi.']);
  });

  it('a text box mammoth cannot see (DrawingML without its VML copy) is named with its words', async () => {
    const body = `<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="1" name="Kop"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>KOP: Kecamatan Contoh Barat</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p><w:p><w:r><w:t>Isi dokumen</w:t></w:r></w:p>`;
    const bytes = await editedDocx([new Paragraph('PENANDA')], (xml) => xml.replace(/<w:p>(?:(?!<w:p>).)*PENANDA.*?<\/w:p>/s, body));
    const doc = await read(bytes);
    expectInOrder(doc.blocks, ['Isi dokumen']);
    expect(doc.problems.map((p) => [p.severity, p.message])).toContainEqual(['warning', 'Teks di kotak teks "lampiran.docx" tidak ikut terbaca di tempatnya: "KOP: Kecamatan Contoh Barat".']);
  });
});

describe('Word: files that cannot be read', () => {
  it('a password-protected Word file is refused with what to do', async () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024);
    const doc = await read(cfb, 'rahasia.docx');
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ file: 'rahasia.docx', rule: 'berkas', severity: 'error', message: '"rahasia.docx" dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca.' }]);
    expect(doc.problems[0]!.hint).toContain('hapus kata sandi');
  });

  it('a damaged archive is refused, never half-read', async () => {
    const whole = await docxOf([new Paragraph('Teks')]);
    const doc = await read(whole.subarray(0, Math.floor(whole.length / 2)), 'rusak.docx');
    expect(doc.blocks).toEqual([]);
    expect(doc.problems).toMatchObject([{ rule: 'berkas', severity: 'error' }]);
    expect(doc.problems[0]!.message).toMatch(/^"rusak\.docx" rusak: isinya bukan arsip \.docx yang utuh/);
  });

  it('a Word "Web Page" saved as .doc is read as the web page it is, with a note', async () => {
    const page = '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p class=MsoNormal>Biaya: Gratis</p></body></html>';
    const doc = await readDocx('halaman.doc', Buffer.from(page, 'latin1'), { lang: 'id' });
    expect(doc.format).toBe('html');
    expect(doc.blocks).toMatchObject([{ kind: 'paragraph', text: 'Biaya: Gratis' }]);
    expect(doc.problems).toMatchObject([{ severity: 'info', message: '"halaman.doc" bernama .doc tetapi isinya halaman web (HTML); dibaca sebagai halaman web (HTML).' }]);
  });

  it('an old .doc is refused with the way to save it as .docx', async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const doc = await readDocx('lama.doc', cfb, { lang: 'en' });
    expect(doc.problems[0]!.message).toBe('"lama.doc" is an old-format Office document (.doc/.xls, before 2007), which cannot be read.');
    expect(doc.problems[0]!.hint).toContain('Word Document (.docx)');
  });
});

/** A Word file whose word/document.xml is rewritten: a shape the `docx` library does not write. */
async function editedDocx(children: Paragraph[], edit: (xml: string) => string): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  const xml = readZip(await Packer.toBuffer(doc)).get('word/document.xml')!.read().toString('utf8');
  return new Uint8Array(await Packer.toBuffer(doc, false, [{ path: 'word/document.xml', data: edit(xml) }]));
}
