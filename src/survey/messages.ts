import { cellName, placedDiagnostic, type CellRef, type CoreSource, type Diagnostic, type Place, type Severity } from '../diagnostics.js';
import { localize, type Lang, type MessageDef, type Params } from '../i18n/index.js';

/** Every problem with the responses or skm.yaml; a file that cannot be read at all is `berkas` or `io`. */
const SKM_RULE: CoreSource = 'skm';
const UNREADABLE_RULE: CoreSource = 'berkas';

/** What `standar skm hitung` says, in both languages. `{file}` is the file as the user named it. */
export const SKM_MESSAGES = {
  oldExcel: {
    message: { id: '"{file}" adalah lembar kerja Excel format lama (.xls) atau dilindungi kata sandi, sehingga tidak dapat dibaca.', en: '"{file}" is an old-format Excel workbook (.xls) or is password-protected, so it cannot be read.' },
    hint: { id: 'Buka di Excel, hapus kata sandinya bila ada, lalu pilih File › Simpan Sebagai › "Buku Kerja Excel (.xlsx)" atau "CSV", dan hitung berkas barunya.', en: 'Open it in Excel, remove any password, then choose File › Save As › "Excel Workbook (.xlsx)" or "CSV" and compute the new file.' },
  },
  notTable: {
    message: { id: '"{file}" bukan tabel tanggapan (.xlsx atau .csv).', en: '"{file}" is not a table of responses (.xlsx or .csv).' },
    hint: { id: 'Simpan tanggapan sebagai .xlsx atau .csv, satu baris per responden.', en: 'Save the responses as .xlsx or .csv, one row per respondent.' },
  },
  xlsxUnreadable: {
    message: { id: '"{file}" tidak dapat dibaca sebagai lembar kerja .xlsx ({detail}).', en: '"{file}" cannot be read as an .xlsx workbook ({detail}).' },
    hint: { id: 'Buka di Excel; bila terbuka, simpan ulang sebagai .xlsx. Bila tidak, ambil salinan yang utuh.', en: 'Open it in Excel; if it opens, save it again as .xlsx. If not, get an intact copy.' },
  },
  notUtf8: {
    message: { id: '"{file}" tidak ditulis dalam UTF-8; dibaca sebagai {charset}.', en: '"{file}" is not UTF-8; it is read as {charset}.' },
    hint: { id: 'Periksa huruf beraksen di nama layanan dan pekerjaan; simpan ulang sebagai "CSV UTF-8" bila ada yang salah.', en: 'Check accented letters in service names and occupations; save again as "CSV UTF-8" if any are wrong.' },
  },
  csvOpenQuote: {
    message: { id: 'Tanda kutip yang dibuka di sini tidak pernah ditutup; sisa berkas terbaca sebagai satu sel.', en: 'The quotation mark opened here is never closed; the rest of the file reads as one cell.' },
    hint: { id: 'Tutup tanda kutipnya, atau simpan ulang berkas dari Excel.', en: 'Close the quotation mark, or save the file again from Excel.' },
  },
  noHeader: {
    message: { id: 'Tidak ada baris judul dengan kolom unsur (U1–U{last} atau nama unsurnya) di {where}.', en: 'No header row with element columns (U1–U{last} or the elements\' names) in {where}.' },
    hint: { id: 'Baris pertama tabel harus berisi judul kolom: No, Kode Layanan, Tanggal, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, U1 … U{last}. Templat isian dibuat oleh "standar skm kuesioner".', en: 'The table\'s first row must hold the column headers: No, Kode Layanan, Tanggal, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, U1 … U{last}. "standar skm kuesioner" makes the data-entry template.' },
  },
  missingUnsur: {
    message: { id: 'Tidak ada kolom untuk {kode} {nama} di baris judul.', en: 'No column for {kode} {nama} in the header row.' },
    hint: { id: 'Tambahkan kolom berjudul "{kode}" atau "{nama}". Tanpanya, {kode} tidak punya jawaban dan IKM hanya bertumpu pada unsur lainnya.', en: 'Add a column headed "{kode}" or "{nama}". Without it {kode} has no answers and the index stands on the other elements only.' },
  },
  unknownColumn: {
    message: { id: 'Kolom "{header}" tidak dikenali; isinya tidak dibaca.', en: 'The column "{header}" is not recognised; its content is not read.' },
    hint: { id: 'Judul yang dikenali: No/ID Responden, Kode Layanan atau Jenis Layanan, Tanggal, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, U1 … U{last} atau nama unsurnya.', en: 'Recognised headers: No/ID Responden, Kode Layanan or Jenis Layanan, Tanggal, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, U1 … U{last} or the elements\' names.' },
  },
  ambiguousColumn: {
    message: { id: 'Kolom "{header}" dapat berarti {choices}; isinya tidak dibaca.', en: 'The column "{header}" could mean {choices}; its content is not read.' },
    hint: { id: 'Beri judul kode unsurnya, misalnya "U3".', en: 'Head it with the element\'s code, for example "U3".' },
  },
  duplicateColumn: {
    message: { id: 'Kolom "{header}" mengulang {field} yang sudah dibaca dari kolom {first}; kolom ini tidak dibaca.', en: 'The column "{header}" repeats {field}, already read from column {first}; this column is not read.' },
    hint: { id: 'Hapus salah satunya, atau perbaiki judulnya bila maksudnya unsur lain.', en: 'Remove one of them, or fix its header if another element was meant.' },
  },
  noDateColumn: {
    message: { id: 'Tidak ada kolom Tanggal, jadi periode {periode} tidak dapat diperiksa di {where}.', en: 'There is no Tanggal (date) column, so the period {periode} cannot be checked in {where}.' },
    hint: { id: 'Tambahkan kolom Tanggal berisi tanggal pengisian kuesioner.', en: 'Add a Tanggal column holding the day each questionnaire was filled in.' },
  },
  answerRange: {
    message: { id: 'Jawaban {value} untuk {kode} {nama} di luar 1–4; jawaban ini tidak dihitung.', en: 'The answer {value} for {kode} {nama} is outside 1–4; this answer is not counted.' },
    hint: { id: 'Tulis 1, 2, 3 atau 4 sesuai kuesioner, atau kosongkan bila responden tidak menjawab.', en: 'Write 1, 2, 3 or 4 as on the questionnaire, or leave it empty if the respondent did not answer.' },
  },
  answerFraction: {
    message: { id: 'Jawaban {value} untuk {kode} {nama} bukan bilangan bulat 1–4; jawaban ini tidak dihitung.', en: 'The answer {value} for {kode} {nama} is not a whole number 1–4; this answer is not counted.' },
    hint: { id: 'Setiap jawaban adalah satu pilihan: 1, 2, 3 atau 4. Rata-rata dihitung oleh alat ini.', en: 'Each answer is one choice: 1, 2, 3 or 4. Averages are computed by this tool.' },
  },
  answerText: {
    message: { id: '"{value}" bukan jawaban untuk {kode} {nama}; jawaban ini tidak dihitung.', en: '"{value}" is not an answer for {kode} {nama}; this answer is not counted.' },
    hint: { id: 'Tulis 1–4, huruf pilihannya (a–d) atau kata-kata pilihannya ({options}).', en: 'Write 1–4, the option\'s letter (a–d) or its words ({options}).' },
  },
  answerError: {
    message: { id: 'Sel jawaban {kode} {nama} berisi galat Excel {value}; jawaban ini tidak dihitung.', en: 'The answer cell for {kode} {nama} holds the Excel error {value}; this answer is not counted.' },
    hint: { id: 'Ganti rumusnya dengan jawaban yang diketik: 1, 2, 3 atau 4.', en: 'Replace the formula with the typed answer: 1, 2, 3 or 4.' },
  },
  answerFormula: {
    message: { id: 'Sel jawaban {kode} {nama} berisi rumus {value} tanpa hasil tersimpan; jawaban ini tidak dihitung.', en: 'The answer cell for {kode} {nama} holds the formula {value} with no saved result; this answer is not counted.' },
    hint: { id: 'Buka dan simpan ulang berkasnya di Excel supaya hasil rumus tersimpan, atau ketik jawabannya.', en: 'Open and save the file again in Excel so the formula\'s result is stored, or type the answer.' },
  },
  dateInvalid: {
    message: { id: 'Tanggal "{value}" tidak terbaca; periode responden ini tidak dapat diperiksa.', en: 'The date "{value}" cannot be read; this respondent\'s period cannot be checked.' },
    hint: { id: 'Tulis tanggal sebagai 2026-01-05 atau 05/01/2026 (hari/bulan/tahun).', en: 'Write the date as 2026-01-05 or 05/01/2026 (day/month/year).' },
  },
  dateOutside: {
    message: { id: 'Tanggal {date} di luar periode {periode} ({from} s.d. {to}); responden ini tidak dihitung.', en: 'The date {date} is outside the period {periode} ({from} to {to}); this respondent is not counted.' },
    hint: { id: 'Periksa tanggalnya, atau hitung tanggapan ini dengan periode yang memuatnya.', en: 'Check the date, or compute this response with the period it belongs to.' },
  },
  serviceUnknown: {
    message: { id: 'Layanan "{value}" tidak ada di unit {unit}; jawabannya dihitung untuk unit saja, tidak untuk layanan mana pun.', en: 'The service "{value}" is not in the unit {unit}; its answers count for the unit only, for no service.' },
    hint: { id: '{suggestion}Kode layanan unit ini: {codes}.', en: '{suggestion}This unit\'s service codes: {codes}.' },
  },
  duplicateId: {
    message: { id: 'Nomor responden "{id}" sudah dipakai di {first} dengan jawaban lain; keduanya dihitung.', en: 'The respondent number "{id}" is already used at {first}, with other answers; both are counted.' },
    hint: { id: 'Beri setiap responden nomor sendiri; bila baris ini salah ketik dari {first}, perbaiki atau hapus salah satunya.', en: 'Give every respondent a number of their own; if this row is a mistyped copy of {first}, fix or remove one of them.' },
  },
  duplicateEntry: {
    message: { id: 'Baris ini sama dengan {first} (nomor "{id}", jawaban sama): tanggapan yang sama dimasukkan dua kali, dihitung sekali.', en: 'This row equals {first} (number "{id}", the same answers): the same response entered twice, counted once.' },
    hint: { id: 'Hapus salah satu baris.', en: 'Remove one of the rows.' },
  },
  noAnswers: {
    message: { id: 'Baris ini tidak memuat satu pun jawaban unsur; tidak dihitung sebagai responden.', en: 'This row holds no answer to any element; it is not counted as a respondent.' },
    hint: { id: 'Isi jawabannya dari kuesioner, atau hapus baris ini.', en: 'Fill in the answers from the questionnaire, or remove the row.' },
  },
  genderInvalid: {
    message: { id: 'Jenis kelamin "{value}" tidak dikenali; responden ini dicatat "tidak diisi" di profil.', en: 'The gender "{value}" is not recognised; the respondent is listed as "not given" in the profile.' },
    hint: { id: 'Tulis L atau P (Laki-laki atau Perempuan).', en: 'Write L or P (Laki-laki or Perempuan).' },
  },
  ageInvalid: {
    message: { id: 'Usia "{value}" tidak terbaca; responden ini dicatat "tidak diisi" di profil.', en: 'The age "{value}" cannot be read; the respondent is listed as "not given" in the profile.' },
    hint: { id: 'Tulis usia dalam tahun (misalnya 34) atau kelompok usianya (misalnya 30-39).', en: 'Write the age in years (for example 34) or its group (for example 30-39).' },
  },
  summaryRow: {
    message: { id: 'Baris ringkasan "{value}" dilewati: alat ini menghitung sendiri jumlah, NRR dan IKM.', en: 'The summary row "{value}" is skipped: this tool computes the totals, NRR and index itself.' },
  },
  more: {
    message: { id: '{count} sel lain di kolom {column} ({where}) bermasalah sama dan tidak disebut satu per satu.', en: '{count} more cells in column {column} ({where}) have the same problem and are not listed one by one.' },
    hint: { id: 'Perbaiki yang disebut di atas, lalu hitung lagi.', en: 'Fix those listed above, then compute again.' },
  },
  noResponses: {
    message: { id: 'Tidak ada satu pun responden yang terhitung dari berkas yang diberikan.', en: 'Not a single respondent was counted from the given files.' },
    hint: { id: 'Periksa masalah yang disebut di atas.', en: 'Check the problems listed above.' },
  },
} satisfies Record<string, MessageDef>;

export type SkmMessage = keyof typeof SKM_MESSAGES;

/** A problem of the responses at a cell (a sheet's row and column), or at a line and column of a text file. */
export function skmProblem(file: string, key: SkmMessage, lang: Lang, params: Params, at: Place, severity: Severity = 'error'): Diagnostic {
  const unreadable = key === 'oldExcel' || key === 'notTable' || key === 'xlsxUnreadable';
  return placedDiagnostic(file, at, unreadable ? UNREADABLE_RULE : SKM_RULE, severity, localize(SKM_MESSAGES[key], lang, { file, ...params }));
}

/** "tanggapan.xlsx: Sheet1!A7", for messages that point at another row. */
export const placeName = (file: string, cell: CellRef) => `${file}: ${cellName(cell)}`;
