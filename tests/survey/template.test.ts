import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_HEADER, SKM_UNSUR } from '../../src/model/skm.js';
import { readZip, zipDirectory } from '../../src/files/zip.js';
import { DATA_ROWS, responseTemplate, SHEETS } from '../../src/survey/template.js';

const INPUT = {
  unit: 'Dinas Kependudukan dan Pencatatan Sipil Kota Uji',
  services: [
    { kode: 'DUK-KK', nama: 'Penerbitan Kartu Keluarga' },
    { kode: 'DUK-KTP-EL', nama: 'Penerbitan KTP Elektronik' },
  ],
  lang: 'id' as const,
};

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

type Rules = Record<string, ExcelJS.DataValidation>;
const rulesOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Rules } }).dataValidations.model;
/** The rule of a cell: exceljs reads a range's rule back as one rule per cell. */
const ruleAt = (rules: Rules, cell: string): ExcelJS.DataValidation | undefined => rules[cell];

describe('the data-entry template of the survey', () => {
  // Read back once: exceljs gives every validated cell its own rule, which takes seconds.
  let template: Awaited<ReturnType<typeof responseTemplate>>;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    template = await responseTemplate(INPUT);
    book = await read(template.xlsx);
  }, 30_000);

  it('is the agreed sheet: its header row, frozen, one column per field', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([SHEETS.tanggapan, SHEETS.petunjuk, SHEETS.pilihan]);
    const data = book.getWorksheet(SHEETS.tanggapan)!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([...RESPONSE_HEADER]);
    expect(data.actualRowCount).toBe(1);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getColumn(2).width).toBeGreaterThanOrEqual(16);
    expect(data.getColumn(3).numFmt).toBe('dd/mm/yyyy');
  });

  it('checks every column as it is typed: the unit\'s service codes, a date, the profile codes, 1 to 4 for each unsur', () => {
    const rules = rulesOf(book.getWorksheet(SHEETS.tanggapan)!);
    const last = DATA_ROWS + 1;
    expect(ruleAt(rules, 'A2')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [1] });
    expect(ruleAt(rules, 'B2')).toMatchObject({ type: 'list', formulae: ['Pilihan!$A$2:$A$3'], showErrorMessage: true, errorStyle: 'stop' });
    expect(ruleAt(rules, 'C2')).toMatchObject({ type: 'date', operator: 'between' });
    expect(ruleAt(rules, 'D2')).toMatchObject({ type: 'list', formulae: ['Pilihan!$C$2:$C$3'] });
    expect(ruleAt(rules, 'E2')).toMatchObject({ type: 'list', formulae: ['Pilihan!$E$2:$E$7'] });
    expect(ruleAt(rules, 'F2')).toMatchObject({ type: 'list', formulae: ['Pilihan!$G$2:$G$8'] });
    expect(ruleAt(rules, 'G2')).toMatchObject({ type: 'list', formulae: ['Pilihan!$I$2:$I$8'] });
    for (const [i, u] of SKM_UNSUR.entries()) {
      const rule = ruleAt(rules, `${String.fromCharCode(72 + i)}2`);
      expect(rule, u.kode).toMatchObject({ type: 'list', formulae: ['"1,2,3,4"'], allowBlank: true, promptTitle: `${u.kode}: Isi 1, 2, 3 atau 4` });
      expect(rule!.prompt).toBe(`${u.label.id}: ${u.pilihan.map((p, n) => `${n + 1} ${p.id}`).join(', ')}`);
    }
    expect(ruleAt(rules, 'A1')).toBeUndefined();
    expect(ruleAt(rules, `P${last}`)).toBeDefined();
    expect(ruleAt(rules, `P${last + 1}`)).toBeUndefined();
  });

  it('writes each column\'s rule once, for all its rows, so the file stays small', () => {
    const sheet = readZip(template.xlsx).get('xl/worksheets/sheet1.xml')!.read().toString();
    const ranges = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges).toEqual(RESPONSE_HEADER.map((_, i) => `${String.fromCharCode(65 + i)}2:${String.fromCharCode(65 + i)}${DATA_ROWS + 1}`));
  });

  it('lists the choices the rules read, with what each code means', () => {
    const lists = book.getWorksheet(SHEETS.pilihan)!;
    const column = (n: number) => lists.getColumn(n).values.slice(1).filter((v) => v !== undefined);
    expect(column(1)).toEqual(['Kode Layanan', 'DUK-KK', 'DUK-KTP-EL']);
    expect(column(2)).toEqual(['Arti', 'Penerbitan Kartu Keluarga', 'Penerbitan KTP Elektronik']);
    expect(column(3)).toEqual(['Jenis Kelamin', 'L', 'P']);
    expect(column(4)).toEqual(['Arti', 'Laki-laki', 'Perempuan']);
    expect(column(5)).toEqual(['Usia', '<20', '20-29', '30-39', '40-49', '50-59', '60+']);
    expect(column(7)).toEqual(['Pendidikan', 'SD', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2', 'S3']);
    expect(column(9)).toEqual(['Pekerjaan', 'PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Pelajar/Mahasiswa', 'Lainnya']);
  });

  it('explains in Indonesian how to fill it in, with every question, its four answers and the services', async () => {
    const help = book.getWorksheet(SHEETS.petunjuk)!;
    const text: string[] = [];
    help.eachRow((row) => text.push((row.values as unknown[]).slice(1).filter(Boolean).join(' | ')));
    const all = text.join('\n');
    expect(text[0]).toBe('Petunjuk pengisian lembar tanggapan Survei Kepuasan Masyarakat');
    expect(all).toContain('Unit penyelenggara: Dinas Kependudukan dan Pencatatan Sipil Kota Uji');
    expect(all).toContain('Kosongkan bila responden tidak menjawab');
    expect(all).toContain('U4 | Biaya/tarif | Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan? | Sangat mahal | Cukup mahal | Murah | Gratis');
    expect(all).toContain('DUK-KTP-EL | Penerbitan KTP Elektronik');
    expect(all).toContain('Lampiran Peraturan Menteri PANRB Nomor 14 Tahun 2017');
    const en = readZip((await responseTemplate({ ...INPUT, lang: 'en' })).xlsx).get('xl/sharedStrings.xml')!.read().toString();
    expect(en).toContain('How to fill in the Public Satisfaction Survey response sheet');
  });

  it('gives the same bytes for the same unit, every time: no clock in the workbook or its archive', async () => {
    const second = await responseTemplate(INPUT);
    expect(second.xlsx.equals(template.xlsx)).toBe(true);
    expect(second.csv.equals(template.csv)).toBe(true);
    expect(readZip(template.xlsx).get('docProps/core.xml')!.read().toString()).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>');
    // Every entry, in the central directory and its local header, is dated 1980-01-01 00:00 (MS-DOS form), not the time it was written.
    for (const { at, localAt, name } of zipDirectory(template.xlsx)) {
      expect([template.xlsx.readUInt16LE(at + 12), template.xlsx.readUInt16LE(at + 14), template.xlsx.readUInt16LE(localAt + 10), template.xlsx.readUInt16LE(localAt + 12)], name).toEqual([0, 0x21, 0, 0x21]);
    }
    const other = await responseTemplate({ ...INPUT, services: INPUT.services.slice(0, 1) });
    expect(other.xlsx.equals(template.xlsx)).toBe(false);
  });

  it('writes the CSV as the header row alone, UTF-8 with a byte-order mark, ended as Excel ends lines', () => {
    const { csv } = template;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe('No,Kode Layanan,Tanggal,Jenis Kelamin,Usia,Pendidikan,Pekerjaan,U1,U2,U3,U4,U5,U6,U7,U8,U9\r\n');
  });
});
