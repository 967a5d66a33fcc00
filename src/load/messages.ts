import type { MessageDef } from '../i18n/index.js';

const quoteHint = {
  id: 'Teks yang memuat titik dua, tanda pagar atau diawali tanda khusus tulis di antara tanda kutip, misalnya: uraian: "Jam 08.00: buka".',
  en: 'Put text that contains a colon or a hash, or starts with a special character, between quotes, e.g. uraian: "Jam 08.00: buka".',
};

/** Messages for the YAML parser's error codes, so authors never see the parser's own English. */
export const YAML_MESSAGES: Record<string, MessageDef> = {
  TAB_AS_INDENT: {
    message: { id: 'Tab dipakai sebagai indentasi.', en: 'A tab is used for indentation.' },
    hint: { id: 'Ganti tab dengan spasi (YAML hanya menerima spasi untuk indentasi).', en: 'Replace the tab with spaces (YAML only accepts spaces for indentation).' },
  },
  DUPLICATE_KEY: {
    message: { id: 'Kunci "{key}" ditulis dua kali dalam satu bagian.', en: 'The key "{key}" appears twice in the same mapping.' },
    hint: { id: 'Hapus salah satunya, atau gabungkan isinya.', en: 'Remove one of them, or merge their contents.' },
  },
  MULTIPLE_DOCS: {
    message: { id: 'Berkas berisi lebih dari satu dokumen YAML (ada pemisah ---).', en: 'The file contains more than one YAML document (there is a --- separator).' },
    hint: { id: 'Satu berkas untuk satu layanan: pindahkan dokumen berikutnya ke berkas baru.', en: 'One file per service: move the next document to a new file.' },
  },
  BAD_INDENT: {
    message: { id: 'Indentasi tidak sesuai dengan baris di atasnya.', en: 'The indentation does not match the lines above.' },
    hint: { id: 'Samakan jumlah spasi di awal baris dengan kunci lain pada tingkat yang sama.', en: 'Use the same number of leading spaces as the other keys at this level.' },
  },
  MISSING_CHAR: {
    message: { id: 'Ada tanda penutup yang hilang (kutip, kurung siku atau kurung kurawal).', en: 'A closing character is missing (quote, bracket or brace).' },
    hint: { id: 'Periksa apakah setiap tanda kutip dan kurung sudah ditutup.', en: 'Check that every quote and bracket is closed.' },
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: { id: 'Baris ini tidak dapat dibaca sebagai kunci: kemungkinan indentasi atau titik dua salah tempat.', en: 'This line cannot be read as a key: the indentation or a colon is probably misplaced.' },
    hint: quoteHint,
  },
  MULTILINE_IMPLICIT_KEY: {
    message: { id: 'Sebuah kunci terpotong ke beberapa baris.', en: 'A key is split over several lines.' },
    hint: { id: 'Tulis kunci dan titik duanya pada satu baris; isi panjang boleh memakai "|" atau ">" di baris berikutnya.', en: 'Write the key and its colon on one line; long values can use "|" or ">" on the next lines.' },
  },
  BAD_SCALAR_START: {
    message: { id: 'Nilai diawali tanda yang tidak boleh berada di awal tanpa tanda kutip.', en: 'The value starts with a character that is not allowed without quotes.' },
    hint: quoteHint,
  },
  UNEXPECTED_TOKEN: {
    message: { id: 'Ada tanda yang tidak diharapkan di sini.', en: 'There is an unexpected character here.' },
    hint: quoteHint,
  },
  BAD_DQ_ESCAPE: {
    message: { id: 'Garis miring terbalik (\\) dalam tanda kutip ganda tidak sah.', en: 'An invalid backslash escape inside double quotes.' },
    hint: { id: 'Pakai tanda kutip tunggal, atau tulis \\\\ untuk garis miring terbalik.', en: 'Use single quotes, or write \\\\ for a backslash.' },
  },
  BAD_ALIAS: {
    message: { id: 'Alias (*nama) merujuk ke jangkar (&nama) yang tidak ada.', en: 'An alias (*name) refers to an anchor (&name) that does not exist.' },
    hint: { id: 'Tulis jangkarnya lebih dulu, atau tulis isinya langsung.', en: 'Define the anchor first, or write the content directly.' },
  },
  KEY_OVER_1024_CHARS: {
    message: { id: 'Kunci terlalu panjang (lebih dari 1024 karakter).', en: 'The key is too long (over 1024 characters).' },
    hint: { id: 'Kemungkinan titik dua salah tempat; kunci seharusnya pendek.', en: 'A colon is probably misplaced; keys should be short.' },
  },
  TAG_RESOLVE_FAILED: {
    message: { id: 'Tag YAML (!nama) tidak dikenal.', en: 'Unknown YAML tag (!name).' },
    hint: { id: 'Hapus tag tersebut; berkas standar tidak memerlukan tag.', en: 'Remove the tag; standard files need no tags.' },
  },
  TOO_DEEP: {
    message: { id: 'Susunan bertingkat di sini lebih dari {limit} tingkat, terlalu dalam untuk dibaca.', en: 'The nesting here goes deeper than {limit} levels, too deep to be read.' },
    hint: { id: 'Kemungkinan ada kurung siku, kurung kurawal atau tanda kutip yang tidak ditutup, atau banyak pasangan "kunci: nilai" ditulis pada satu baris; standar pelayanan tidak pernah perlu bertingkat sedalam ini.', en: 'A bracket, brace or quote is probably not closed, or many "key: value" pairs are written on one line; a service standard never needs nesting this deep.' },
  },
  COMPLEX_KEY: {
    message: { id: 'Kunci ini berupa daftar atau isian bertingkat, bukan teks.', en: 'This key is a list or a mapping, not text.' },
    hint: { id: 'Tulis kunci sebagai teks biasa sebelum titik dua, misalnya "nama:". Tanda "?" di awal baris atau kurung sebelum titik dua membuat kunci jenis lain.', en: 'Write the key as plain text before the colon, e.g. "nama:". A "?" at the start of a line or brackets before the colon make another kind of key.' },
  },
  FOREIGN_TAG: {
    message: { id: 'Tag YAML {tag} tidak dapat dipakai dalam berkas standar.', en: 'The YAML tag {tag} cannot be used in a standard file.' },
    hint: { id: 'Hapus tag {tag} dan tulis nilainya sebagai teks, angka, daftar atau isian biasa, misalnya tanggal: 2026-01-31.', en: 'Remove the {tag} tag and write the value as plain text, a number, a list or a mapping, e.g. tanggal: 2026-01-31.' },
  },
  ALIAS_CYCLE: {
    message: { id: 'Alias *{name} berada di dalam bagian yang dirujuknya sendiri, sehingga isinya tidak pernah berakhir.', en: 'The alias *{name} stands inside the very part it refers to, so its content never ends.' },
    hint: { id: 'Tulis isinya langsung, atau rujuk jangkar &{name} dari luar bagian tersebut.', en: 'Write the content directly, or refer to the anchor &{name} from outside that part.' },
  },
  OTHER: {
    message: { id: 'Penulisan YAML tidak sah ({code}).', en: 'Invalid YAML ({code}).' },
    hint: { id: 'Periksa indentasi, titik dua dan tanda kutip di sekitar posisi ini.', en: 'Check the indentation, colons and quotes around this position.' },
  },
};

export const FILE_MESSAGES = {
  notUtf8: {
    message: { id: 'Berkas tidak tersimpan sebagai UTF-8 (byte tidak sah di sini).', en: 'The file is not saved as UTF-8 (invalid byte here).' },
    hint: { id: 'Simpan ulang berkas dengan pengodean UTF-8 (di VS Code: klik pengodean di bilah status, "Save with Encoding", UTF-8).', en: 'Save the file again as UTF-8 (in VS Code: click the encoding in the status bar, "Save with Encoding", UTF-8).' },
  },
  tooLarge: {
    message: { id: 'Berkas terlalu besar ({size}); batasnya {limit}.', en: 'The file is too large ({size}); the limit is {limit}.' },
    hint: { id: 'Satu berkas untuk satu layanan biasanya di bawah 50 KB. Bila memang perlu, naikkan batas dengan --max-file-size atau maxFileSize di standar.config.yaml.', en: 'One service file is usually under 50 KB. If really needed, raise the limit with --max-file-size or maxFileSize in standar.config.yaml.' },
  },
  aliasBomb: {
    message: { id: 'Terlalu banyak alias YAML (*nama): berkas ditolak karena dapat menghabiskan memori.', en: 'Too many YAML aliases (*name): the file is refused because it could exhaust memory.' },
    hint: { id: 'Tulis isinya langsung tanpa alias berantai.', en: 'Write the content directly without chained aliases.' },
  },
  empty: {
    message: { id: 'Berkas kosong.', en: 'The file is empty.' },
    hint: { id: 'Isi berkas dengan standar layanan; "standar new" membuat kerangkanya.', en: 'Fill the file with a service standard; "standar new" creates a skeleton.' },
  },
  notFound: {
    message: { id: 'Tidak ada berkas atau folder "{path}".', en: 'No file or folder "{path}".' },
    hint: { id: 'Periksa ejaan jalurnya.', en: 'Check the spelling of the path.' },
  },
  linkOutside: {
    message: {
      id: '"{path}" adalah tautan simbolik ke "{target}", di luar folder unit {root}: tidak diperiksa dan tidak diterbitkan.',
      en: '"{path}" is a symbolic link to "{target}", outside the unit folder {root}: it is neither checked nor published.',
    },
    hint: {
      id: 'Standar hanya menerbitkan isi foldernya sendiri. Ganti tautan itu dengan salinan berkasnya, atau hapus tautannya.',
      en: 'A standard only publishes what is inside its own folder. Replace the link with a copy of the file, or remove the link.',
    },
  },
  brokenLink: {
    message: { id: '"{path}" adalah tautan simbolik ke "{target}", yang tidak ada: tidak diperiksa dan tidak diterbitkan.', en: '"{path}" is a symbolic link to "{target}", which does not exist: it is neither checked nor published.' },
    hint: { id: 'Ganti tautan itu dengan berkasnya sendiri, atau hapus tautannya.', en: 'Replace the link with the file itself, or remove the link.' },
  },
  noMatch: {
    message: { id: 'Pola "{path}" tidak cocok dengan berkas YAML mana pun.', en: 'The pattern "{path}" matches no YAML file.' },
    hint: { id: 'Periksa pola glob-nya, misalnya "layanan/**/*.yaml".', en: 'Check the glob pattern, e.g. "layanan/**/*.yaml".' },
  },
  stdinTooLarge: {
    message: { id: 'Masukan standar lebih besar dari {limit}: itu bukan satu standar pelayanan.', en: 'Standard input is larger than {limit}: that is not one service standard.' },
    hint: { id: 'Kirim satu berkas standar lewat "-", atau sebut berkasnya langsung.', en: 'Send one standard file through "-", or name the file directly.' },
  },
  noStandards: {
    message: {
      id: 'Tidak ada standar pelayanan yang ditemukan di "{path}". Yang dicari: penyelenggara.yaml, berkas .yaml/.yml di folder layanan/, dan berkas YAML lain yang memuat komponen, atau kode, nama dan status, sebuah standar.{skipped}',
      en: 'No service standard was found in "{path}". Looked for: penyelenggara.yaml, .yaml/.yml files in a layanan/ folder, and other YAML files that hold the komponen, or the kode, nama and status, of a standard.{skipped}',
    },
    hint: {
      id: 'Periksa jalurnya, atau sebut berkasnya satu per satu (misalnya standar validate layanan/ktp.yaml): berkas yang disebut langsung selalu diperiksa.',
      en: 'Check the path, or name the files one by one (e.g. standar validate layanan/ktp.yaml): a file named directly is always checked.',
    },
  },
} satisfies Record<string, MessageDef>;
