import type { MessageDef } from '../../i18n/index.js';

/** What readers say about a file they could read only in part, or not at all. */
export const READER_MESSAGES = {
  notUtf8: {
    message: {
      id: 'Berkas ini tidak tersimpan sebagai UTF-8; dibaca sebagai teks Windows (Windows-1252).',
      en: 'This file is not saved as UTF-8; it was read as Windows text (Windows-1252).',
    },
    hint: {
      id: 'Periksa huruf beraksen dan tanda baca pada hasil impor; bila keliru, simpan ulang berkasnya sebagai UTF-8 lalu impor lagi.',
      en: 'Check accented letters and punctuation in the result; if they are wrong, save the file again as UTF-8 and import it again.',
    },
  },
  unsupported: {
    message: {
      id: 'Berkas {format} belum dapat diimpor oleh versi ini.',
      en: '{format} files cannot be imported by this version yet.',
    },
    hint: {
      id: 'Simpan dokumennya sebagai teks (.txt) lalu impor berkas teks itu; nomor urut dan tabelnya tetap dikenali.',
      en: 'Save the document as text (.txt) and import that file; its numbering and tables are still recognised.',
    },
  },
  unknownType: {
    message: {
      id: 'Jenis berkas "{ext}" tidak dikenal untuk impor.',
      en: 'The file type "{ext}" is not known to the importer.',
    },
    hint: {
      id: 'Impor berkas .docx, .odt, .html, .pdf, .txt, .md, .xlsx atau .csv.',
      en: 'Import .docx, .odt, .html, .pdf, .txt, .md, .xlsx or .csv files.',
    },
  },
} satisfies Record<string, MessageDef>;
