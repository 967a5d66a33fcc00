import type { CellRef, Diagnostic } from '../diagnostics.js';

/**
 * What an importer reads out of any file (Word, a web page, a PDF, text, a spreadsheet) before it
 * knows anything about service standards: the document's own structure, in reading order. Every
 * reader produces this shape and the mapping reads only this shape, so a new format is one reader.
 */

/** Where a block stood in its file, for located messages and `# periksa:` comments. */
export interface SourceRef {
  file: string;
  /** Text formats: 1-based line (and column) of the block's first character. */
  line?: number;
  column?: number;
  /** PDF: 1-based page. */
  page?: number;
  /** Spreadsheets: the cell. */
  cell?: CellRef;
}

export interface ListItem {
  /** The document's own marker: "a.", "1)", "(2)", "-", "•"; absent for Word's automatic numbering when it cannot be read. */
  marker?: string;
  text: string;
  /** Nested lists and paragraphs under this item. */
  children: Block[];
}

export interface TableCell {
  /** The cell's text, line breaks inside it kept as "\n". */
  text: string;
  /** The cell's own structure when it holds lists or several paragraphs. */
  blocks: Block[];
  colspan: number;
  rowspan: number;
}

export type Block =
  | { kind: 'heading'; level: number; text: string; at: SourceRef }
  | { kind: 'paragraph'; text: string; at: SourceRef }
  | { kind: 'list'; ordered: boolean; items: ListItem[]; at: SourceRef }
  | { kind: 'table'; rows: TableCell[][]; at: SourceRef };

export type ImportFormat = 'docx' | 'odt' | 'html' | 'pdf' | 'txt' | 'md' | 'xlsx' | 'csv';

/** One file as read: its blocks and what kept parts of it from being read (located, bilingual). */
export interface ReadDocument {
  file: string;
  format: ImportFormat;
  blocks: Block[];
  problems: Diagnostic[];
}
