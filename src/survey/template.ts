import type ExcelJS from 'exceljs';
import { columnLetters } from '../diagnostics.js';
import type { Lang, Text } from '../i18n/index.js';
import { FIXED_TIME, withFixedTimes } from '../files/zip.js';
import { PROFILE_FIELDS, RESPONSE_COLUMNS, RESPONSE_HEADER, SKM_ANSWERS, SKM_REGULATION, SKM_UNSUR, type ProfileField } from '../model/skm.js';

/** A service the questionnaires were made for: its code goes into the sheet's list of codes. */
export interface SurveyService {
  kode: string;
  nama: string;
}

export interface ResponseTemplateInput {
  /** The unit's name, for the instructions. */
  unit: string;
  services: readonly SurveyService[];
  lang: Lang;
}

export interface ResponseTemplate {
  xlsx: Buffer;
  csv: Buffer;
}

/** Sheet names: no spaces, so validation formulas refer to them unquoted. */
export const SHEETS = { tanggapan: 'Tanggapan', petunjuk: 'Petunjuk', pilihan: 'Pilihan' } as const;

/** Rows below the header that carry the validation lists: more than any unit surveys in a period. */
export const DATA_ROWS = 10_000;

/** The survey's earliest possible date (PermenPANRB 14/2017) and a far limit, as the date check of the Tanggal column. */
const FIRST_DAY = new Date(Date.UTC(2017, 0, 1));
const LAST_DAY = new Date(Date.UTC(2099, 11, 31));


/** Characters of a step that fit on one line of the merged instruction cell. */
const STEP_LINE = 140;

const WORDS = {
  title: { id: 'Petunjuk pengisian lembar tanggapan Survei Kepuasan Masyarakat', en: 'How to fill in the Public Satisfaction Survey response sheet' },
  unit: { id: 'Unit penyelenggara', en: 'Service unit' },
  steps: {
    id: [
      `Lembar "${SHEETS.tanggapan}": satu baris untuk satu responden (satu lembar kuesioner). Jangan mengubah, memindahkan atau menghapus baris judul.`,
      `${RESPONSE_COLUMNS.nomor}: nomor urut responden. Tulis nomor yang sama di kotak "Nomor (diisi petugas)" pada lembar kuesioner, agar data dapat dicocokkan dengan kertasnya.`,
      `${RESPONSE_COLUMNS.layanan}: kode layanan yang tercetak di kuesioner (daftar di bawah).`,
      `${RESPONSE_COLUMNS.tanggal}: tanggal pengisian kuesioner, misalnya 17/08/2026.`,
      `${PROFILE_FIELDS.map((f) => f.kolom).join(', ')}: kode pilihan yang dicentang (daftarnya di lembar "${SHEETS.pilihan}"; setiap sel juga punya daftar pilihan).`,
      `U1–U9: nomor kotak yang dicentang, 1 sampai 4 (kotak pertama dari kiri = 1; nomornya tercetak kecil di samping kotak). Kosongkan bila responden tidak menjawab atau mencentang lebih dari satu kotak; jangan mengisi 0.`,
      'Simpan sebagai .xlsx (atau .csv). Indeks kepuasan masyarakat dihitung dari berkas ini dengan perintah "standar skm hitung".',
    ],
    en: [
      `Sheet "${SHEETS.tanggapan}": one row per respondent (one questionnaire). Do not change, move or delete the header row.`,
      `${RESPONSE_COLUMNS.nomor}: the respondent's number. Write the same number in the "Number (for staff)" box of the questionnaire, so the data can be checked against the paper.`,
      `${RESPONSE_COLUMNS.layanan}: the service code printed on the questionnaire (list below).`,
      `${RESPONSE_COLUMNS.tanggal}: the day the questionnaire was filled in, e.g. 17/08/2026.`,
      `${PROFILE_FIELDS.map((f) => f.kolom).join(', ')}: the code of the choice ticked (listed in the "${SHEETS.pilihan}" sheet; every cell also has a drop-down list).`,
      'U1–U9: the number of the box ticked, 1 to 4 (the first box from the left is 1; its number is printed small beside it). Leave it empty when the respondent did not answer or ticked more than one box; never type 0.',
      'Save as .xlsx (or .csv). The satisfaction index is computed from this file with the command "standar skm hitung".',
    ],
  },
  unsurHeader: { id: ['Kode', 'Unsur', 'Pertanyaan', '1', '2', '3', '4'], en: ['Code', 'Element', 'Question', '1', '2', '3', '4'] },
  servicesHeader: { id: ['Kode Layanan', 'Nama Layanan'], en: ['Service code', 'Service name'] },
  source: { id: `Unsur, pertanyaan dan pilihan jawaban: Lampiran ${SKM_REGULATION}.`, en: `Elements, questions and answer options: annex to ${SKM_REGULATION}.` },
  meaning: { id: 'Arti', en: 'Meaning' },
  answerPrompt: { id: 'Isi 1, 2, 3 atau 4', en: 'Type 1, 2, 3 or 4' },
  answerError: { id: 'Isi 1, 2, 3 atau 4 (nomor kotak yang dicentang), atau kosongkan bila tidak dijawab.', en: 'Type 1, 2, 3 or 4 (the number of the box ticked), or leave it empty when not answered.' },
  choiceError: { id: `Pilih salah satu kode dari daftar (lihat lembar "${SHEETS.pilihan}").`, en: `Choose one of the codes in the list (see the "${SHEETS.pilihan}" sheet).` },
  serviceError: { id: 'Pilih kode layanan dari daftar: kode yang tercetak di kuesioner.', en: 'Choose a service code from the list: the code printed on the questionnaire.' },
  dateError: { id: 'Tulis tanggal pengisian, misalnya 17/08/2026.', en: 'Write the date it was filled in, e.g. 17/08/2026.' },
  numberError: { id: 'Tulis nomor urut responden: bilangan bulat 1 atau lebih.', en: "Write the respondent's number: a whole number, 1 or more." },
  invalid: { id: 'Isian tidak sah', en: 'Invalid entry' },
} satisfies Record<string, Text | Record<Lang, string[]>>;

type Validated = Omit<ExcelJS.DataValidation, 'showErrorMessage' | 'errorStyle' | 'errorTitle'>;

/** exceljs writes a validation given for a whole range as one rule; its typings only know the per-cell form. */
function validate(sheet: ExcelJS.Worksheet, column: number, rule: Validated, lang: Lang): void {
  const letter = columnLetters(column);
  const rules = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  rules.add(`${letter}2:${letter}${DATA_ROWS + 1}`, { ...rule, allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: WORDS.invalid[lang] });
}

/**
 * The data-entry workbook: the "Tanggapan" sheet with the agreed header (`RESPONSE_HEADER`), frozen,
 * and a validation on every column (the unit's service codes, a date, the profile codes, 1–4 for
 * each unsur), the instructions, and the lists the validations read.
 */
async function workbook({ unit, services, lang }: ResponseTemplateInput): Promise<Buffer> {
  // Loaded with the first template written, not with the package: importing standar-pelayanan stays quick.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = book.lastModifiedBy = 'standar-pelayanan';
  book.created = book.modified = FIXED_TIME;

  const data = book.addWorksheet(SHEETS.tanggapan, { views: [{ state: 'frozen', ySplit: 1, activeCell: 'A2' }] });
  const help = book.addWorksheet(SHEETS.petunjuk);
  const lists = book.addWorksheet(SHEETS.pilihan);

  // The lists the validations read, one column pair (code, meaning) each.
  const listColumns: { field: string; codes: readonly string[]; meanings: readonly string[] }[] = [
    { field: RESPONSE_COLUMNS.layanan, codes: services.map((s) => s.kode), meanings: services.map((s) => s.nama) },
    ...PROFILE_FIELDS.map((f: ProfileField) => ({ field: f.kolom, codes: f.pilihan.map((p) => p.kode), meanings: f.pilihan.map((p) => p.label[lang]) })),
  ];
  const listRange = new Map<string, string>();
  listColumns.forEach(({ field, codes, meanings }, i) => {
    const code = 2 * i + 1;
    lists.getRow(1).getCell(code).value = field;
    lists.getRow(1).getCell(code + 1).value = WORDS.meaning[lang];
    codes.forEach((c, r) => {
      lists.getRow(r + 2).getCell(code).value = c;
      lists.getRow(r + 2).getCell(code + 1).value = meanings[r]!;
    });
    lists.getColumn(code).width = Math.max(field.length, ...codes.map((c) => c.length)) + 2;
    lists.getColumn(code + 1).width = Math.min(48, Math.max(8, ...meanings.map((m) => m.length)) + 2);
    const letter = columnLetters(code);
    listRange.set(field, `${SHEETS.pilihan}!$${letter}$2:$${letter}$${Math.max(2, codes.length + 1)}`);
  });
  lists.getRow(1).font = { bold: true };
  lists.views = [{ state: 'frozen', ySplit: 1 }];

  const header = data.getRow(1);
  RESPONSE_HEADER.forEach((name, i) => {
    header.getCell(i + 1).value = name;
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const at = (name: string) => RESPONSE_HEADER.indexOf(name) + 1;
  const widths: Record<string, number> = {
    [RESPONSE_COLUMNS.nomor]: 7,
    [RESPONSE_COLUMNS.layanan]: Math.max(16, ...services.map((s) => s.kode.length + 2)),
    [RESPONSE_COLUMNS.tanggal]: 12,
  };
  for (const f of PROFILE_FIELDS) widths[f.kolom] = Math.max(10, f.kolom.length + 2, ...f.pilihan.map((p) => p.kode.length + 4));
  RESPONSE_HEADER.forEach((name, i) => {
    data.getColumn(i + 1).width = widths[name] ?? 6;
  });
  data.getColumn(at(RESPONSE_COLUMNS.tanggal)).numFmt = 'dd/mm/yyyy';

  validate(data, at(RESPONSE_COLUMNS.nomor), { type: 'whole', operator: 'greaterThanOrEqual', formulae: [1], error: WORDS.numberError[lang] }, lang);
  validate(data, at(RESPONSE_COLUMNS.layanan), { type: 'list', formulae: [listRange.get(RESPONSE_COLUMNS.layanan)], error: WORDS.serviceError[lang] }, lang);
  validate(data, at(RESPONSE_COLUMNS.tanggal), { type: 'date', operator: 'between', formulae: [FIRST_DAY, LAST_DAY], error: WORDS.dateError[lang] }, lang);
  for (const f of PROFILE_FIELDS) validate(data, at(f.kolom), { type: 'list', formulae: [listRange.get(f.kolom)], error: WORDS.choiceError[lang] }, lang);
  for (const u of SKM_UNSUR) {
    // The input message says what each number means while typing: "1 Tidak sesuai, 2 Kurang sesuai, …".
    const prompt = `${u.label[lang]}: ${u.pilihan.map((p, i) => `${i + 1} ${p[lang]}`).join(', ')}`;
    validate(data, at(u.kode), { type: 'list', formulae: [`"${SKM_ANSWERS.join(',')}"`], showInputMessage: true, promptTitle: `${u.kode}: ${WORDS.answerPrompt[lang]}`, prompt, error: WORDS.answerError[lang] }, lang);
  }

  help.getColumn(1).width = 8;
  help.getColumn(2).width = 30;
  help.getColumn(3).width = 60;
  for (let c = 4; c <= 7; c++) help.getColumn(c).width = 18;
  const lines: (string | number)[][] = [
    [WORDS.title[lang]],
    [`${WORDS.unit[lang]}: ${unit}`],
    [],
    ...WORDS.steps[lang].map((step, i) => [i + 1, step]),
    [],
    WORDS.unsurHeader[lang],
    ...SKM_UNSUR.map((u) => [u.kode, u.label[lang], u.pertanyaan[lang], ...u.pilihan.map((p) => p[lang])]),
    [WORDS.source[lang]],
    [],
    WORDS.servicesHeader[lang],
    ...services.map((s) => [s.kode, s.nama]),
  ];
  lines.forEach((values, i) => {
    const row = help.getRow(i + 1);
    values.forEach((v, c) => {
      row.getCell(c + 1).value = v;
    });
    row.alignment = { vertical: 'top', wrapText: values.length > 1 };
  });
  help.getRow(1).font = { bold: true, size: 14 };
  for (const header of [WORDS.unsurHeader[lang], WORDS.servicesHeader[lang]]) help.getRow(lines.indexOf(header) + 1).font = { bold: true };
  // A numbered step is long text across the columns to its right; a merged cell does not grow
  // with its text when the file is opened, so the row is given the height its lines need.
  WORDS.steps[lang].forEach((step, i) => {
    help.mergeCells(4 + i, 2, 4 + i, 7);
    help.getRow(4 + i).height = 15 * Math.ceil(step.length / STEP_LINE);
  });

  const written = await book.xlsx.writeBuffer();
  return withFixedTimes(Buffer.from(written));
}

/**
 * The header row alone as CSV, for units that enter responses in any other program: UTF-8 with a
 * byte-order mark (Excel reads the encoding from it), CRLF as Excel writes lines.
 */
function csvHeader(): Buffer {
  return Buffer.from(`\uFEFF${RESPONSE_HEADER.join(',')}\r\n`, 'utf8');
}

/** The data-entry template of a unit's survey, as `.xlsx` and `.csv`; the same input gives the same bytes. */
export async function responseTemplate(input: ResponseTemplateInput): Promise<ResponseTemplate> {
  return { xlsx: await workbook(input), csv: csvHeader() };
}
