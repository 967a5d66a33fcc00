import { placedDiagnostic, type CoreSource, type Diagnostic, type Severity } from '../../diagnostics.js';
import { localize, type Lang, type MessageDef, type Params } from '../../i18n/index.js';
import type { SourceRef } from '../blocks.js';

/** Content that cannot be read at all (the file is refused). */
const UNREADABLE_RULE: CoreSource = 'berkas';
/** A part of a readable file that was lost, recovered from elsewhere or read in a way worth knowing. */
const IMPORT_RULE: CoreSource = 'impor';

/** What the readers say about a file, in both languages; `{file}` is the file as the user named it. */
export const READER_MESSAGES = {
  unknownFormat: {
    message: { id: '"{file}" bukan dokumen yang dapat diimpor (isinya bukan Word .docx, halaman web, PDF, teks, .xlsx atau .csv).', en: '"{file}" is not a document that can be imported (its content is not Word .docx, a web page, PDF, text, .xlsx or .csv).' },
    hint: { id: 'Simpan dokumennya sebagai .docx, .pdf, .html, .txt, .xlsx atau .csv, lalu impor lagi.', en: 'Save the document as .docx, .pdf, .html, .txt, .xlsx or .csv and import it again.' },
  },
  image: {
    message: { id: '"{file}" adalah gambar ({kind}), bukan dokumen berteks, sehingga isinya tidak dapat dibaca.', en: '"{file}" is an image ({kind}), not a document with text, so its content cannot be read.' },
    hint: { id: 'Impor berkas asli (Word atau PDF dari komputer pembuatnya). Bila hanya ada hasil pindaian, ketik ulang atau jalankan OCR lebih dahulu.', en: 'Import the original file (Word or PDF from the computer it was made on). If only a scan exists, retype it or run OCR first.' },
  },
  legacyOffice: {
    message: { id: '"{file}" adalah dokumen Office format lama (.doc/.xls, sebelum 2007) yang tidak dapat dibaca.', en: '"{file}" is an old-format Office document (.doc/.xls, before 2007), which cannot be read.' },
    hint: { id: 'Buka di Word atau Excel, pilih File › Simpan Sebagai, jenis "Dokumen Word (.docx)" atau "Buku Kerja Excel (.xlsx)", lalu impor berkas barunya.', en: 'Open it in Word or Excel, choose File › Save As, type "Word Document (.docx)" or "Excel Workbook (.xlsx)", then import the new file.' },
  },
  encryptedOffice: {
    message: { id: '"{file}" dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca.', en: '"{file}" is password-protected (encrypted), so its content cannot be read.' },
    hint: { id: 'Buka di Word atau Excel dengan kata sandinya, hapus kata sandi (File › Info › Lindungi Dokumen › Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu impor lagi.', en: 'Open it in Word or Excel with its password, remove the password (File › Info › Protect Document › Encrypt with Password, clear it), save, and import again.' },
  },
  brokenZip: {
    message: { id: '"{file}" rusak: isinya bukan arsip .{ext} yang utuh ({detail}).', en: '"{file}" is damaged: its content is not a complete .{ext} archive ({detail}).' },
    hint: { id: 'Unduh atau salin ulang berkasnya dari sumber aslinya; bila dapat dibuka di Word atau Excel, simpan ulang sebagai berkas baru.', en: 'Download or copy the file again from its source; if Word or Excel can open it, save it again as a new file.' },
  },
  otherZip: {
    message: { id: '"{file}" adalah arsip {kind}, bukan dokumen yang dapat diimpor.', en: '"{file}" is a {kind} archive, not a document that can be imported.' },
    hint: { id: 'Impor dokumen Word (.docx), lembar kerja (.xlsx) atau PDF; keluarkan dahulu berkas dari arsip ZIP.', en: 'Import a Word document (.docx), a spreadsheet (.xlsx) or a PDF; extract files from a ZIP archive first.' },
  },
  rtf: {
    message: { id: '"{file}" adalah dokumen RTF, yang tidak dibaca langsung.', en: '"{file}" is an RTF document, which is not read directly.' },
    hint: { id: 'Buka di Word atau LibreOffice, simpan sebagai "Dokumen Word (.docx)", lalu impor berkas barunya.', en: 'Open it in Word or LibreOffice, save it as "Word Document (.docx)", then import the new file.' },
  },
  openDocument: {
    message: { id: '"{file}" adalah dokumen OpenDocument ({kind}), yang tidak dibaca langsung.', en: '"{file}" is an OpenDocument file ({kind}), which is not read directly.' },
    hint: { id: 'Buka di LibreOffice, pilih File › Simpan Sebagai, jenis "{target}", lalu impor berkas barunya.', en: 'Open it in LibreOffice, choose File › Save As, type "{target}", then import the new file.' },
  },
  renamed: {
    message: { id: '"{file}" bernama .{ext} tetapi isinya {actual}; dibaca sebagai {actual}.', en: '"{file}" is named .{ext} but holds {actual}; it is read as {actual}.' },
    hint: { id: 'Ganti akhiran nama berkasnya supaya sesuai isinya.', en: 'Rename the file so its extension matches its content.' },
  },
  notUtf8: {
    message: { id: '"{file}" tidak ditulis dalam UTF-8 dan tidak menyebut pengodean hurufnya; dibaca sebagai {charset}.', en: '"{file}" is not UTF-8 and names no character encoding; it is read as {charset}.' },
    hint: { id: 'Periksa huruf beraksen dan tanda kutip di hasilnya; simpan ulang sebagai UTF-8 bila ada yang salah.', en: 'Check accented letters and quotation marks in the result; save the file again as UTF-8 if any are wrong.' },
  },
  unknownCharset: {
    message: { id: '"{file}" menyebut pengodean huruf "{charset}" yang tidak dikenal; dibaca sebagai UTF-8.', en: '"{file}" names a character encoding "{charset}" that is not known; it is read as UTF-8.' },
    hint: { id: 'Simpan ulang halaman itu sebagai UTF-8.', en: 'Save the page again as UTF-8.' },
  },
  noText: {
    message: { id: '"{file}" tidak memuat teks yang dapat dibaca.', en: '"{file}" holds no text that can be read.' },
    hint: { id: 'Periksa bahwa ini berkas yang dimaksud. Halaman web yang isinya dimuat oleh JavaScript perlu disimpan dari peramban setelah tampil lengkap (Simpan Halaman Sebagai › Halaman Web, Lengkap).', en: 'Check that this is the intended file. A web page whose content is loaded by JavaScript must be saved from the browser after it has fully appeared (Save Page As › Web Page, Complete).' },
  },
  docxUnreadable: {
    message: { id: '"{file}" tidak dapat dibaca sebagai dokumen Word ({detail}).', en: '"{file}" cannot be read as a Word document ({detail}).' },
    hint: { id: 'Buka di Word; bila terbuka, simpan ulang sebagai .docx lalu impor lagi. Bila tidak, ambil salinan yang utuh dari sumbernya.', en: 'Open it in Word; if it opens, save it again as .docx and import again. If not, get an intact copy from its source.' },
  },
  docxWarning: {
    message: { id: 'Sebagian isi "{file}" mungkin tidak terbaca dengan benar: {detail}', en: 'Part of "{file}" may not have been read correctly: {detail}' },
    hint: { id: 'Bandingkan bagian itu di hasil impor dengan dokumen aslinya.', en: 'Compare that part of the import with the original document.' },
  },
  docxHeaderFooter: {
    message: { id: 'Teks di {part} dokumen Word ("{excerpt}") dibaca dan ditaruh di {place} isi.', en: 'The text in the Word document\'s {part} ("{excerpt}") was read and placed at the {place} of the content.' },
    hint: { id: 'Kop surat sering ditulis di header; periksa bahwa datanya masuk ke penyelenggara.yaml.', en: 'Letterheads are often written in the header; check that its facts reached penyelenggara.yaml.' },
  },
  docxImage: {
    message: { id: '"{file}" memuat {count} gambar (misalnya bagan alir atau logo); teks di dalam gambar tidak dapat dibaca.', en: '"{file}" holds {count} image(s) (a flowchart or a logo, for example); text inside an image cannot be read.' },
    hint: { id: 'Bila gambar berisi bagan alir prosedur, tulis langkahnya di komponen prosedur.', en: 'If an image holds the procedure\'s flowchart, write its steps in the procedure component.' },
  },
  docxDrawingText: {
    message: { id: 'Teks di {part} "{file}" tidak ikut terbaca di tempatnya: "{excerpt}".', en: 'The text in the {part} of "{file}" was not read in its place: "{excerpt}".' },
    hint: { id: 'Salin teks itu ke tempatnya di hasil impor, atau ubah {part} menjadi teks biasa di Word lalu impor lagi.', en: 'Copy that text to its place in the import, or turn the {part} into ordinary text in Word and import again.' },
  },
  toolMissing: {
    message: { id: 'PDF dibaca dengan pdftotext (Poppler), yang tidak ditemukan di sistem ini.', en: 'PDFs are read with pdftotext (Poppler), which was not found on this system.' },
    hint: { id: '{fix_id}', en: '{fix_en}' },
  },
  pdfEncrypted: {
    message: { id: '"{file}" dilindungi kata sandi, sehingga isinya tidak dapat dibaca.', en: '"{file}" is password-protected, so its content cannot be read.' },
    hint: { id: 'Minta berkas tanpa kata sandi dari pembuatnya, atau buka dengan kata sandinya lalu cetak ulang ke PDF.', en: 'Ask its author for a copy without a password, or open it with the password and print it again to PDF.' },
  },
  pdfCopyLocked: {
    message: { id: '"{file}" melarang penyalinan teksnya (hak akses PDF), sehingga isinya tidak dibaca.', en: '"{file}" forbids copying its text (PDF permissions), so its content is not read.' },
    hint: { id: 'Minta berkas asli (Word) atau PDF tanpa pembatasan dari pembuatnya.', en: 'Ask its author for the original (Word) or a PDF without restrictions.' },
  },
  pdfBroken: {
    message: { id: '"{file}" tidak dapat dibaca sebagai PDF ({detail}).', en: '"{file}" cannot be read as a PDF ({detail}).' },
    hint: { id: 'Unduh atau salin ulang berkasnya; bila dapat dibuka di pembaca PDF, cetak ulang ke PDF lalu impor lagi.', en: 'Download or copy the file again; if a PDF reader can open it, print it again to PDF and import again.' },
  },
  pdfScanned: {
    message: { id: '"{file}" tidak memuat teks ({pages} halaman berisi gambar saja): kemungkinan hasil pindaian.', en: '"{file}" holds no text ({pages} page(s) of images only): probably a scan.' },
    hint: { id: 'Impor dokumen aslinya (Word atau PDF yang dicetak dari Word). Bila hanya ada pindaian, jalankan OCR lebih dahulu (misalnya "ocrmypdf berkas.pdf hasil.pdf").', en: 'Import the original document (Word, or a PDF printed from Word). If only a scan exists, run OCR first (for example "ocrmypdf file.pdf out.pdf").' },
  },
  pdfPageWithoutText: {
    message: { id: 'Halaman {page} "{file}" tidak memuat teks (gambar atau pindaian), sehingga isinya tidak terbaca.', en: 'Page {page} of "{file}" holds no text (an image or a scan), so its content was not read.' },
    hint: { id: 'Tulis isi halaman itu di hasil impor dari dokumen aslinya.', en: 'Write that page\'s content into the import from the original document.' },
  },
  pdfRunningLines: {
    message: { id: 'Baris yang tercetak di tempat yang sama pada hampir setiap halaman (judul berjalan, nomor halaman) tidak dibaca sebagai isi: "{excerpt}".', en: 'Lines printed at the same place on most pages (a running title, page numbers) were not read as content: "{excerpt}".' },
    hint: { id: 'Bila baris itu memuat fakta layanan, tulis di hasil impor.', en: 'If such a line holds a fact about the service, write it in the import.' },
  },
  pdfTimeout: {
    message: { id: 'Membaca "{file}" tidak selesai dalam {seconds} detik, sehingga dihentikan.', en: 'Reading "{file}" did not finish within {seconds} seconds, so it was stopped.' },
    hint: { id: 'Pecah PDF itu menjadi beberapa berkas yang lebih kecil, atau impor dokumen aslinya.', en: 'Split the PDF into several smaller files, or import the original document.' },
  },
  pdfOutputTooLarge: {
    message: { id: 'Teks "{file}" lebih dari {limit}, sehingga tidak dibaca.', en: 'The text of "{file}" is over {limit}, so it was not read.' },
    hint: { id: 'Pecah PDF itu menjadi beberapa berkas yang lebih kecil.', en: 'Split the PDF into several smaller files.' },
  },
  sheetUnreadable: {
    message: { id: '"{file}" tidak dapat dibaca sebagai lembar kerja Excel ({detail}).', en: '"{file}" cannot be read as an Excel workbook ({detail}).' },
    hint: { id: 'Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu impor lagi.', en: 'Open it in Excel or LibreOffice, save it again as .xlsx, and import again.' },
  },
  sheetHidden: {
    message: { id: 'Lembar kerja "{sheet}" disembunyikan, sehingga tidak dibaca.', en: 'The worksheet "{sheet}" is hidden, so it was not read.' },
    hint: { id: 'Bila lembar itu memuat layanan, tampilkan di Excel (klik kanan tab lembar › Tampilkan) lalu impor lagi.', en: 'If that sheet holds services, unhide it in Excel (right-click a sheet tab › Unhide) and import again.' },
  },
  sheetErrorValue: {
    message: { id: 'Sel ini berisi kesalahan rumus {value}; nilainya tidak terbaca.', en: 'This cell holds the formula error {value}; its value was not read.' },
    hint: { id: 'Perbaiki rumusnya di Excel, atau ganti dengan nilai yang dimaksud.', en: 'Fix the formula in Excel, or replace it with the intended value.' },
  },
  sheetFormulaWithoutValue: {
    message: { id: 'Sel ini berisi rumus ({formula}) tanpa hasil yang tersimpan; nilainya tidak terbaca.', en: 'This cell holds a formula ({formula}) with no saved result; its value was not read.' },
    hint: { id: 'Buka dan simpan ulang berkasnya di Excel supaya hasil rumus ikut tersimpan.', en: 'Open and save the file again in Excel so formula results are saved too.' },
  },
  csvOpenQuote: {
    message: { id: 'Tanda kutip yang dibuka di sini tidak pernah ditutup; sisa berkas dibaca sebagai satu sel.', en: 'The quotation mark opened here is never closed; the rest of the file was read as one cell.' },
    hint: { id: 'Tutup tanda kutipnya, atau gandakan (""), bila memang bagian dari teks.', en: 'Close the quotation mark, or double it ("") if it is part of the text.' },
  },
} as const satisfies Record<string, MessageDef>;

export type ReaderMessage = keyof typeof READER_MESSAGES;

interface ProblemPlace {
  at?: SourceRef;
  severity?: Severity;
}

/**
 * One located problem of a reader. A refusal (the file cannot be read at all) is an error under
 * `berkas`; anything else an `impor` warning or note. A spreadsheet cell is located by `cell`,
 * with its row and column as line and column for tools that know only lines.
 */
export function readerProblem(file: string, key: ReaderMessage, lang: Lang, params: Params = {}, place: ProblemPlace = {}): Diagnostic {
  const severity = place.severity ?? 'error';
  const refused = severity === 'error' && key !== 'toolMissing';
  return placedDiagnostic(file, place.at ?? {}, refused ? UNREADABLE_RULE : IMPORT_RULE, severity, localize(READER_MESSAGES[key], lang, { file, ...params }));
}

/** The first words of a text, for a message that names where something stood. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
