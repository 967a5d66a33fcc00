import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * Arial: on every Windows and macOS office machine, and LibreOffice sets it in Liberation Sans,
 * drawn to the same widths, so a page breaks where Word breaks it. Bookman Old Style, which some
 * regional decrees are set in, comes only with Microsoft Office and has no such twin: the file would
 * reflow elsewhere. A unit that wants it changes the Normal style once; every style is based on it.
 */
export const FONT = 'Arial';

/** Half-points, as Word counts type sizes. */
export const SIZE = { body: 22, small: 18, kopUnit: 28, title: 24 } as const;

export const COLOR = { text: '000000', muted: '595959', draft: 'A50E0E', rule: '000000', headerFill: 'E7E6E6', draftFill: 'FDECEA' } as const;

/** Twips (a twentieth of a point) in so many millimetres, rounded as Word rounds them. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4 (Word's own 11906 × 16838) with the margins of an official letter: wider on the left, where it is bound. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(20),
  bottom: mm(20),
  left: mm(25),
  right: mm(20),
  header: mm(10),
  footer: mm(10),
};

/** The width text runs in, between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** How far each level of a list is indented, and how far its number hangs. */
export const LIST_INDENT = 360;

/** Lists go this deep; a deeper one is printed at the deepest level. */
export const LIST_LEVELS = 4;

export const NUMBERING_REF = { ordered: 'daftar-berurut', bullet: 'daftar-butir' } as const;

const ORDERED_LEVELS = [
  { format: LevelFormat.DECIMAL, text: '%1.' },
  { format: LevelFormat.LOWER_LETTER, text: '%2.' },
  { format: LevelFormat.DECIMAL, text: '%3)' },
  { format: LevelFormat.LOWER_LETTER, text: '%4)' },
];
const BULLETS = ['•', '–', '◦', '▪'];

const levelIndent = (level: number) => ({ indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } });

/**
 * Real Word numbering: each list of the document is its own instance of one of these two, so it
 * starts again at 1 (or a) and Word renumbers it when staff add or remove an item.
 */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERING_REF.ordered,
      levels: ORDERED_LEVELS.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.START, style: { paragraph: levelIndent(level) } })),
    },
    {
      reference: NUMBERING_REF.bullet,
      levels: BULLETS.map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.START, style: { paragraph: levelIndent(level), run: { font: FONT } } })),
    },
  ],
};

/** Word's own names of the list styles, level by level: "List Number", "List Number 2", … */
const levelName = (name: string, level: number) => (level === 0 ? name : `${name} ${level + 1}`);
export const listStyleId = (kind: 'ListNumber' | 'ListBullet' | 'ListContinue', level: number) => `${kind}${level === 0 ? '' : level + 1}`;

const LIST_STYLES = (['ListNumber', 'ListBullet', 'ListContinue'] as const).flatMap((kind) =>
  Array.from({ length: LIST_LEVELS }, (_, level) => ({
    id: listStyleId(kind, level),
    name: levelName(kind.replace(/(?<=[a-z])(?=[A-Z])/g, ' '), level),
    basedOn: 'Normal',
    next: listStyleId(kind, level),
    quickFormat: level === 0,
    paragraph: kind === 'ListContinue' ? { indent: { left: LIST_INDENT * (level + 1) } } : {},
  })),
);

/**
 * The styles staff edit with: Normal, Heading 1 (a document's title, so Word's navigation pane
 * lists the services), Heading 2 (the groups A and B), the list styles, and the table, letterhead,
 * signature, draft-mark and footer styles the standard's parts use.
 */
export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: SIZE.body, color: COLOR.text, language: { value: language } }, paragraph: { spacing: { after: 80, line: 260 } } },
      heading1: { run: { font: FONT, size: SIZE.title, bold: true, color: COLOR.text }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, keepNext: true, keepLines: true } },
      heading2: { run: { font: FONT, size: SIZE.body, bold: true, color: COLOR.text }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
    },
    paragraphStyles: [
      ...LIST_STYLES,
      { id: 'Tabel', name: 'Isi Tabel', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 40 } } },
      { id: 'JudulKolom', name: 'Judul Kolom', basedOn: 'Tabel', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
      { id: 'Kop', name: 'Kop Surat', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
      { id: 'TandaTangan', name: 'Tanda Tangan', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 }, keepNext: true, keepLines: true } },
      { id: 'TandaDraf', name: 'Tanda Draf', basedOn: 'Normal', run: { bold: true, color: COLOR.draft }, paragraph: { shading: { type: 'clear', fill: COLOR.draftFill, color: 'auto' }, border: { top: { style: 'single', size: 12, color: COLOR.draft, space: 4 }, bottom: { style: 'single', size: 12, color: COLOR.draft, space: 4 }, left: { style: 'single', size: 12, color: COLOR.draft, space: 4 }, right: { style: 'single', size: 12, color: COLOR.draft, space: 4 } } } },
      { id: 'KakiHalaman', name: 'Kaki Halaman', basedOn: 'Normal', run: { size: SIZE.small, color: COLOR.muted }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}
