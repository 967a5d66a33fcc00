import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import { COLOR } from './styles.js';
import type { Block } from './flow.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

const RULED: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const UNRULED: ITableBordersOptions = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Twips a cell keeps clear on each side of its text (Word's own default). */
export const CELL_PADDING = 108;

export interface CellOptions {
  span?: number;
  header?: boolean;
}

/** A cell; Word wants at least one paragraph in each. */
export function cell(children: readonly Block[], width: number, options: CellOptions = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? [...children] : [new Paragraph({ style: 'Tabel' })],
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.header ? { shading: { type: 'clear', fill: COLOR.headerFill, color: 'auto' } } : {}),
  });
}

/** The row of column titles, repeated at the top of every page the table runs onto. */
export function headerRow(titles: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: titles.map((t, i) => cell([new Paragraph({ style: 'JudulKolom', text: t })], widths[i]!, { header: true })) });
}

/**
 * A Word table of fixed column widths: ruled like the decree's tables, or unruled for layout (the
 * letterhead, the decree block, the document's particulars).
 */
export function table(widths: readonly number[], rows: readonly TableRow[], ruled = true, indent = 0): Table {
  return new Table({
    rows: [...rows],
    columnWidths: [...widths],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ruled ? RULED : UNRULED,
    ...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
  });
}
