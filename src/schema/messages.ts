import type { MessageDef, Text } from '../i18n/index.js';

/** What a JSON type is called for someone who writes YAML, not JSON. */
export const TYPE_NAMES: Record<string, Text> = {
  string: { id: 'teks', en: 'text' },
  integer: { id: 'bilangan bulat', en: 'a whole number' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  object: { id: 'isian bertingkat (kunci: nilai)', en: 'a nested mapping (key: value)' },
  array: { id: 'daftar (baris diawali "- ")', en: 'a list (lines starting with "- ")' },
  null: { id: 'kosong', en: 'empty' },
};

const m = (idMsg: string, enMsg: string, idHint?: string, enHint?: string): MessageDef =>
  idHint && enHint ? { message: { id: idMsg, en: enMsg }, hint: { id: idHint, en: enHint } } : { message: { id: idMsg, en: enMsg } };

export const SCHEMA_MESSAGES = {
  required: m('Kolom wajib "{key}" belum ditulis{where}.', 'The required key "{key}" is missing{where}.', 'Tambahkan "{key}:" dengan isinya. {description}', 'Add "{key}:" with its value.'),
  unknownKey: m('Kunci "{key}" tidak dikenal di sini.', 'The key "{key}" is not known here.', 'Apakah maksudnya "{suggestion}"?', 'Did you mean "{suggestion}"?'),
  unknownKeyList: m('Kunci "{key}" tidak dikenal di sini.', 'The key "{key}" is not known here.', 'Kunci yang dikenal di sini: {allowed}.', 'Keys known here: {allowed}.'),
  componentAtRoot: m('Komponen "{key}" ditulis di luar "komponen:".', 'The component "{key}" is written outside "komponen:".', 'Pindahkan "{key}:" ke bawah "komponen:" (menjorok dua spasi).', 'Move "{key}:" under "komponen:" (indented two spaces).'),
  empty: m('"{field}" belum diisi.', '"{field}" has no value.', 'Isi nilainya, atau hapus baris ini bila tidak dipakai.', 'Fill in its value, or delete the line if it is not used.'),
  type: m('"{field}" harus berupa {expected}, bukan {actual}.', '"{field}" must be {expected}, not {actual}.'),
  typeQuote: m('"{field}" harus ditulis sebagai teks.', '"{field}" must be written as text.', 'Tulis di antara tanda kutip agar angka nol di depan dan seluruh digitnya terjaga, misalnya {field}: "{example}".', 'Put it between quotes so that leading zeros and every digit are kept, e.g. {field}: "{example}".'),
  typeNumber: m('"{field}" harus berupa angka, bukan teks "{value}".', '"{field}" must be a number, not the text "{value}".', 'Tulis angkanya saja tanpa "Rp", titik atau koma, misalnya {field}: {example}.', 'Write the number only, without "Rp", dots or commas, e.g. {field}: {example}.'),
  typeNumberPlain: m('"{field}" harus berupa angka, bukan teks "{value}".', '"{field}" must be a number, not the text "{value}".', 'Tulis satu angka saja, tanpa kata, satuan, "Rp", titik atau koma; kalimat dokumen dapat ditulis di "teks" atau "catatan".', 'Write one number only, without words, units, "Rp", dots or commas; the document\'s wording can go in "teks" or "catatan".'),
  typeRange: m('"{field}" berisi rentang "{value}", padahal di sini hanya satu angka.', '"{field}" holds the range "{value}", but only one number goes here.', 'Tulis batas atasnya (yang dijanjikan) di {field}: {sampai} dan batas bawahnya di paling_cepat: {dari}, dalam satuan yang sama.', 'Write the upper bound (the promise) as {field}: {sampai} and the lower bound as paling_cepat: {dari}, in the same unit.'),
  typeClockHours: m('"{field}" harus berupa angka, bukan teks "{value}".', '"{field}" must be a number, not the text "{value}".', 'Untuk "{value}" (jam jam, bukan jam kerja) tulis {field}: {jam} dan satuan: jam_kalender.', 'For "{value}" (clock hours, not working hours) write {field}: {jam} and satuan: jam_kalender.'),
  typeBoolean: m('"{field}" harus true atau false, bukan "{value}".', '"{field}" must be true or false, not "{value}".', 'Tulis true (ya) atau false (tidak).', 'Write true (yes) or false (no).'),
  typeList: m('"{field}" harus berupa daftar.', '"{field}" must be a list.', 'Tulis setiap butir pada barisnya sendiri, diawali "- ".', 'Write each item on its own line, starting with "- ".'),
  typeMapping: m('"{field}" harus berupa isian bertingkat (kunci: nilai), bukan {actual}.', '"{field}" must be a nested mapping (key: value), not {actual}.', 'Tulis kunci-kuncinya di baris berikutnya, menjorok dua spasi.', 'Write its keys on the following lines, indented two spaces.'),
  enum: m('Nilai "{value}" tidak dikenal untuk "{field}".', 'The value "{value}" is not known for "{field}".', '{suggestion}Pilihannya: {allowed}.', '{suggestion}The choices are: {allowed}.'),
  emptyText: m('"{field}" tidak boleh kosong.', '"{field}" must not be empty.', 'Isi teksnya, atau hapus baris ini bila tidak dipakai.', 'Fill in the text, or delete the line if it is not used.'),
  emptyList: m('Daftar "{field}" kosong.', 'The list "{field}" is empty.', 'Tulis paling sedikit satu butir, atau hapus kuncinya bila tidak dipakai.', 'Write at least one item, or delete the key if it is not used.'),
  oneChoice: m('Daftar "{field}" hanya memuat satu pilihan.', 'The list "{field}" holds only one choice.', 'Daftar ini untuk dokumen atau bentuk yang boleh dipilih salah satunya: tulis setiap pilihan yang disebut dokumen. Bila dokumen hanya menyebut satu, tulis tanpa "{field}" (dokumennya di "uraian", bentuknya di "bentuk").', 'This list is for documents or forms of which any one will do: write each choice the document gives. If the document gives only one, write it without "{field}" (the document under "uraian", its form under "bentuk").'),
  duplicateItem: m('Butir ke-{n} di "{field}" sama dengan butir ke-{m}.', 'Item {n} of "{field}" is the same as item {m}.', 'Hapus salah satunya: setiap butir cukup ditulis sekali.', 'Delete one of them: each item is written once.'),
  tooLong: m('"{field}" terlalu panjang (paling banyak {limit} karakter).', '"{field}" is too long (at most {limit} characters).', 'Persingkat teksnya.', 'Shorten the text.'),
  minimum: m('"{field}" paling kecil {limit}, bukan {value}.', '"{field}" must be at least {limit}, not {value}.', 'Periksa angkanya.', 'Check the number.'),
  exclusiveMinimum: m('"{field}" harus lebih dari {limit}, bukan {value}.', '"{field}" must be more than {limit}, not {value}.', 'Periksa angkanya.', 'Check the number.'),
  maximum: m('"{field}" paling besar {limit}, bukan {value}.', '"{field}" must be at most {limit}, not {value}.', 'Periksa angkanya.', 'Check the number.'),
  oneOfKeys: m('"{field}" harus memuat salah satu dari: {keys}.', '"{field}" must contain one of: {keys}.', '{hint}', '{hint}'),
  other: m('"{field}" tidak sesuai skema: {detail}.', '"{field}" does not match the schema: {detail}.', 'Bandingkan dengan contoh di folder examples/.', 'Compare with the examples in the examples/ folder.'),
} satisfies Record<string, MessageDef>;

/** Messages for values that must follow a pattern or format, by definition or key name. */
export const FORMAT_MESSAGES: Record<string, MessageDef> = {
  nip: m('NIP "{value}" tidak sah: NIP terdiri atas 18 angka.', 'NIP "{value}" is invalid: a NIP has 18 digits.', 'Tulis 18 angka tanpa spasi di antara tanda kutip, misalnya nip: "197805122005011003".', 'Write the 18 digits without spaces, between quotes, e.g. nip: "197805122005011003".'),
  telepon: m('"{value}" bukan nomor telepon Indonesia yang sah.', '"{value}" is not a valid Indonesian phone number.', 'Tulis seperti "(0274) 512345", "0812-3456-7890", "+62 21 5551234", atau nomor layanan singkat seperti "112".', 'Write it like "(0274) 512345", "0812-3456-7890", "+62 21 5551234", or a short service number such as "112".'),
  email: m('"{value}" bukan alamat e-mail yang sah.', '"{value}" is not a valid e-mail address.', 'Tulis seperti pengaduan@dukcapil.sukamaju.go.id.', 'Write it like pengaduan@dukcapil.sukamaju.go.id.'),
  tautan: m('"{value}" bukan alamat web yang dapat dibaca.', '"{value}" is not a web address that can be read.', 'Tulis alamat situs seperti tertulis di dokumen, tanpa spasi, misalnya https://www.lapor.go.id atau disdukcapil.contoh.go.id.', 'Write the site\'s address as the document gives it, without spaces, e.g. https://www.lapor.go.id or disdukcapil.contoh.go.id.'),
  telepon_ganda: m('"{value}" memuat beberapa nomor dalam satu teks.', '"{value}" holds several numbers in one text.', 'Tulis setiap nomor sebagai butir daftar: {field}: [{daftar}].', 'Write each number as a list item: {field}: [{daftar}].'),
  tanggal: m('"{value}" bukan tanggal yang sah.', '"{value}" is not a valid date.', 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2025-03-31.', 'Write the date as YYYY-MM-DD, e.g. 2025-03-31.'),
  kode: m('Kode "{value}" tidak sah.', 'The code "{value}" is invalid.', 'Pakai huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi, misalnya DUK-KTP-EL.', 'Use letters, digits, dots, underscores or hyphens, no spaces, e.g. DUK-KTP-EL.'),
  jam: m('Jam "{value}" tidak dapat dibaca.', 'The hours "{value}" cannot be read.', 'Tulis jam buka seperti "08.00–15.30" (jam awal, tanda hubung, jam akhir); hari tulis di "hari".', 'Write opening hours like "08.00–15.30" (start, dash, end); put the days in "hari".'),
  kode_pos: m('Kode pos "{value}" tidak sah.', 'The postal code "{value}" is invalid.', 'Kode pos terdiri atas 5 angka, ditulis di antara tanda kutip, misalnya "55281".', 'A postal code has 5 digits, written between quotes, e.g. "55281".'),
  wilayah_kode: m('Kode wilayah "{value}" tidak sah.', 'The region code "{value}" is invalid.', 'Tulis kode Kemendagri seperti "34.71" atau "34.71.01", di antara tanda kutip.', 'Write the Ministry of Home Affairs code like "34.71" or "34.71.01", between quotes.'),
  bahasa: m('Kode bahasa "{value}" tidak sah.', 'The language code "{value}" is invalid.', 'Tulis kode bahasa seperti id atau en.', 'Write a language code such as id or en.'),
  formulir: m('"{value}" bukan alamat https formulir survei.', '"{value}" is not an https address of a survey form.', 'Tulis alamat lengkap yang diawali https://, misalnya https://survei.sukamajukota.go.id/skm: kode QR pada kuesioner membawa responden ke sana.', 'Write the full address starting with https://, e.g. https://survei.sukamajukota.go.id/skm: the QR code on the questionnaire takes respondents there.'),
  tenggat: m('Tenggat "{value}" tidak dapat dibaca.', 'The deadline "{value}" cannot be read.', 'Tulis tanggal (2026-09-30), bulan (2026-09), triwulan (2026-Q3), semester (2026-S2) atau tahun, di antara tanda kutip.', 'Write a date (2026-09-30), month (2026-09), quarter (2026-Q3), semester (2026-S2) or year, between quotes.'),
  logo: m('Logo "{value}" bukan berkas gambar yang didukung.', 'The logo "{value}" is not a supported image file.', 'Pakai berkas PNG, JPG, SVG atau WebP, misalnya logo: logo.png.', 'Use a PNG, JPG, SVG or WebP file, e.g. logo: logo.png.'),
};
