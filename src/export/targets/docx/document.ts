import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TableRow, TextRun, type ISectionOptions } from 'docx';
import type { Lang } from '../../../i18n/index.js';
import { draftView } from '../../../render/engine/page.js';
import { labels, type Labels } from '../../../render/labels.js';
import type { Verdict } from '../../../render/types.js';
import type { MaklumatView } from '../../../render/view/maklumat.js';
import { Gap } from '../../../render/view/read.js';
import type { ConsultationView, ServiceView, SignatureView, SourceView } from '../../../render/view/service.js';
import type { UnitView } from '../../../render/view/unit.js';
import { COMPONENT_WIDTHS, componentContent, type Context } from './components.js';
import { Flow, gapRun, inline, note, paragraph, run, type Block, type ListCounter } from './flow.js';
import { logoRun } from './logo.js';
import { COLOR, PAGE, SIZE, TEXT_WIDTH } from './styles.js';
import { cell, headerRow, table } from './tables.js';

/** What one Word document counts across its sections: its lists and its pictures. */
export interface DocumentState {
  lists: ListCounter;
  pictures: number;
  /** Set when the letterhead had to leave the logo out (Word cannot show a WebP picture). */
  logoLeftOut?: boolean;
}

const body = (flow: Flow) => flow.render(-1, undefined);

/** The letterhead (the `kop` partial): logo beside the unit's names, address and contacts, a double rule below. */
function letterhead(unit: UnitView, state: DocumentState): Block[] {
  const text = new Flow();
  if (unit.pemerintah) text.line().text(unit.pemerintah, { caps: true }).line();
  if (unit.instansi) text.line().text(unit.instansi, { caps: true }).line();
  text.line().add(unit.nama instanceof Gap ? gapRun(unit.nama) : new TextRun({ text: unit.nama, bold: true, allCaps: true, size: SIZE.kopUnit })).line();
  if (unit.alamat) text.line().add(new TextRun({ text: unit.alamat, size: SIZE.small })).line();
  if (unit.kontak.length > 0) text.line().add(new TextRun({ text: unit.kontak.map((k) => `${k.label}: ${k.text}`).join(' · '), size: SIZE.small })).line();
  const names = text.render(-1, 'Kop');
  const logo = unit.logo ? logoRun(unit.logo.src, unit.logo.alt, ++state.pictures) : undefined;
  if (logo === 'unsupported') state.logoLeftOut = true;
  const picture = logo && logo !== 'unsupported' ? logo : undefined;
  const widths = picture ? [1600, TEXT_WIDTH - 1600] : [TEXT_WIDTH];
  const cells = [...(picture ? [cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [picture] })], widths[0]!)] : []), cell(names, widths.at(-1)!)];
  const kop = table(widths, [new TableRow({ cantSplit: true, children: cells })], false);
  const rule = new Paragraph({ spacing: { after: 240 }, border: { top: { style: BorderStyle.DOUBLE, size: 6, color: COLOR.rule, space: 1 } } });
  return [kop, rule];
}

/** The draft mark at the top of the first page, as the page's `tanda-draf`. */
function draftNote(verdict: Verdict | undefined, lang: Lang): Block[] {
  const draf = draftView(verdict, lang);
  return draf ? [new Paragraph({ style: 'TandaDraf', children: [run(draf.judul), run(`: ${draf.teks}`)] })] : [];
}

/** "LAMPIRAN I / KEPUTUSAN … / NOMOR : … / TANGGAL : … / TENTANG : …", at the right as decrees set it. */
function decreeBlock(layanan: ServiceView, c: Context): Block[] {
  const { l, lists } = c;
  const p = layanan.penetapan;
  if (!p) return [];
  if (p.kosong) return body(inline(new Flow().text(`${l.decree}:`, { bold: true }).text(' '), p.kosong, lists).line());
  const indent = Math.round(TEXT_WIDTH / 2);
  const widths = [1300, 250, TEXT_WIDTH - indent - 1550];
  const full = (flow: Flow) => new TableRow({ children: [cell(flow.render(-1, 'Tabel'), TEXT_WIDTH - indent, { span: 3 })] });
  const rows = [full(new Flow().text(`${l.attachment}${p.lampiran ? ` ${p.lampiran}` : ''}`, { caps: true }))];
  if (p.jenis) rows.push(full(new Flow().text(p.jenis, { caps: true })));
  for (const [label, value] of [
    [l.decreeNumber, p.nomor],
    [l.decreeDate, p.tanggal],
    [l.decreeAbout, p.tentang],
  ] as const) {
    const values = [new Flow().text(label), new Flow().text(':'), inline(new Flow(), value, lists, { caps: true })];
    rows.push(new TableRow({ children: values.map((f, i) => cell(f.render(-1, 'Tabel'), widths[i]!)) }));
  }
  if (p.catatan) rows.push(full(note(new Flow(), p.catatan, l.note, lists)));
  return [table(widths, rows, false, indent), new Paragraph({})];
}

/** The title (Heading 1): what the document is, the service, the unit. */
function title(layanan: ServiceView, unit: UnitView, l: Labels): Block[] {
  const children = [run(l.standardTitle), layanan.nama instanceof Gap ? gapRun(layanan.nama) : run(layanan.nama, { caps: true })];
  if (unit.nama) children.push(unit.nama instanceof Gap ? gapRun(unit.nama) : run(unit.nama, { caps: true }));
  return [new Paragraph({ heading: 'Heading1', children: children.map((r, i) => (i === 0 ? r : [new TextRun({ break: 1 }), r])).flat() })];
}

/** Version, review date, description, category, where to apply, opening hours: what the page says before the tables. */
function particulars(layanan: ServiceView, c: Context): Block[] {
  const { l, lists } = c;
  const flow = new Flow();
  const version = [layanan.versi ? `${l.version} ${layanan.versi}` : undefined, layanan.reviu ? `${l.reviewDate}: ${layanan.reviu}` : undefined].filter(Boolean).join(' · ');
  const blocks: Block[] = version ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(version, { muted: true })] })] : [];
  paragraph(flow, layanan.deskripsi, lists);
  if (layanan.kategori) flow.line().text(`${l.category}:`, { bold: true }).text(` ${layanan.kategori}`).line();
  if (layanan.peristiwaHidup.length > 0) flow.line().text(`${l.lifeEvents}:`, { bold: true }).text(` ${layanan.peristiwaHidup.map((e) => e.label).join(', ')}`).line();
  if (layanan.kanal.length > 0) {
    flow.line().text(`${l.whereToApply}:`, { bold: true }).line();
    const items = layanan.kanal.map((k) => {
      const item = new Flow().text(k.label, { bold: true });
      if (k.nama) item.text(`: ${k.nama}`);
      if (k.url) item.text(` ${k.url}`);
      if (k.alamat) item.line().text(k.alamat).line();
      return note(item, k.catatan, l.note, lists);
    });
    flow.block(lists.list(false, items));
  }
  blocks.push(...body(flow));
  if (layanan.jamPelayanan.length > 0) {
    const widths = [2600, 4400];
    const rows = layanan.jamPelayanan.map(
      (j) => new TableRow({ cantSplit: true, children: [cell(inline(new Flow(), j.hari, lists).render(-1, 'Tabel'), widths[0]!), cell(note(inline(new Flow(), j.jam, lists), j.catatan, l.note, lists).render(-1, 'Tabel'), widths[1]!)] }),
    );
    blocks.push(new Paragraph({ keepNext: true, children: [run(l.openingHours, { bold: true })] }), table(widths, [headerRow([l.day, l.hours], widths), ...rows]), new Paragraph({}));
  }
  return blocks;
}

/** Tables A and B, `NO | KOMPONEN | URAIAN`, each under its group's title (Heading 2). */
function componentTables(layanan: ServiceView, c: Context): Block[] {
  const { l } = c;
  return layanan.kelompok.flatMap((g) => {
    const rows = g.komponen.map(
      (k) =>
        new TableRow({
          children: [
            cell([new Paragraph({ style: 'Tabel', alignment: AlignmentType.CENTER, text: `${k.no}.` })], COMPONENT_WIDTHS[0]!),
            cell([new Paragraph({ style: 'Tabel', children: [run(k.label, { bold: true })] })], COMPONENT_WIDTHS[1]!),
            cell(componentContent(k, c), COMPONENT_WIDTHS[2]!),
          ],
        }),
    );
    return [new Paragraph({ heading: 'Heading2', text: `${g.huruf}. ${g.judul}` }), table(COMPONENT_WIDTHS, [headerRow([l.no, l.component, l.description], COMPONENT_WIDTHS), ...rows])];
  });
}

/** The signature block (the `tanda-tangan` partial), in the right half: place and date, position, room to sign, name, rank, NIP. */
function signature(s: (SignatureView & { tempat?: string }) | undefined, l: Labels): Block[] {
  if (!s) return [];
  const indent = { left: Math.round(TEXT_WIDTH / 2) };
  const line = (children: TextRun[], extra = {}) => new Paragraph({ style: 'TandaTangan', indent, children, ...extra });
  const blank = '………………………';
  const lines: Paragraph[] = [];
  if (s.ditetapkanDi) {
    lines.push(line([run(`${l.setAt} ${s.ditetapkanDi}`)]));
    lines.push(line([run(`${l.setOn} ${s.tanggal ?? blank}`)]));
  } else lines.push(line([run(`${s.tempat ? `${s.tempat}, ` : ''}${s.tanggal ?? blank}`)]));
  if (s.jabatan) lines.push(line([s.jabatan instanceof Gap ? gapRun(s.jabatan) : run(s.jabatan)]));
  lines.push(line([s.nama instanceof Gap ? gapRun(s.nama) : run(s.nama ?? '', { bold: true, underline: true })], { spacing: { before: 1300 } }));
  if (s.pangkat) lines.push(line([run(s.pangkat)]));
  if (s.nip) lines.push(line([run(`${l.nip} ${s.nip}`)]));
  return [new Paragraph({ keepNext: true, spacing: { before: 240 } }), ...lines];
}

function consultation(k: ConsultationView, c: Context): Flow {
  const { l, lists } = c;
  const flow = new Flow();
  if (k.kosong) flow.add(gapRun(k.kosong));
  if (k.tanggal) flow.text(k.tanggal);
  if (k.tempat) flow.text(`${k.tanggal ? ', ' : ''}${k.tempat}`);
  if (k.peserta.length > 0) flow.block(lists.list(false, k.peserta.map((p) => note(new Flow().text(p.teks), p.catatan, l.note, lists))));
  if (k.beritaAcara) {
    const b = k.beritaAcara;
    flow.line().text(`${l.minutes}${b.nomor ? ` ${l.decreeNumber} ${b.nomor}` : ''}${b.tanggal ? `, ${b.tanggal}` : ''}${b.href ? `: ${b.href}` : ''}`).line();
    note(flow, b.catatan, l.note, lists);
  }
  return note(flow, k.catatan, l.note, lists);
}

function source(s: SourceView, c: Context): Flow {
  const { l } = c;
  const words = [s.judul ?? '', s.alamat ? `${s.judul ? ', ' : ''}${s.alamat}` : '', s.diakses ? ` (${l.accessed} ${s.diakses})` : '', s.terpotong ? `; ${l.excerptCutIn} “${s.terpotong}”` : ''].join('');
  return note(words ? new Flow().text(words) : new Flow(), s.catatan, l.note, c.lists);
}

/** "Keterangan dokumen": code, status, keywords, the public consultation, where the text was taken from. */
function documentInfo(layanan: ServiceView, c: Context): Block[] {
  const { l } = c;
  const entries: [string, Flow][] = [];
  if (layanan.kode) entries.push([l.serviceCode, new Flow().text(layanan.kode)]);
  entries.push([l.status, new Flow().text(layanan.status.label)]);
  if (layanan.kataKunci.length > 0) entries.push([l.keywords, new Flow().text(layanan.kataKunci.join(', '))]);
  if (layanan.konsultasi) entries.push([l.consultation, consultation(layanan.konsultasi, c)]);
  if (layanan.sumber) entries.push([l.source, source(layanan.sumber, c)]);
  const widths = [2800, TEXT_WIDTH - 2800];
  const rows = entries.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell([new Paragraph({ style: 'Tabel', children: [run(label, { bold: true })] })], widths[0]!), cell(value.render(-1, 'Tabel'), widths[1]!)] }));
  return [new Paragraph({ heading: 'Heading2', spacing: { before: 480 }, text: l.documentInfo }), table(widths, rows, false)];
}

/** The header: the draft mark on every page of a draft, nothing on a document ready to publish. */
function header(verdict: Verdict | undefined, lang: Lang): Header {
  const draf = draftView(verdict, lang);
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: draf ? [new TextRun({ text: draf.kepala, bold: true, color: COLOR.draft, size: SIZE.small })] : [] })] });
}

/**
 * The footer of a printed page: the document's name, then "Halaman n dari m". In a file of one
 * document m is the file's pages; in a unit's file (`--satu-berkas`) each section counts its own,
 * which Word shows and LibreOffice leaves blank.
 */
function footer(name: string, l: Labels, alone: boolean): Footer {
  const total = alone ? PageNumber.TOTAL_PAGES : PageNumber.TOTAL_PAGES_IN_SECTION;
  return new Footer({ children: [new Paragraph({ style: 'KakiHalaman', tabStops: [{ type: 'right', position: TEXT_WIDTH }], children: [new TextRun({ children: [name, new Tab(), `${l.pages} `, PageNumber.CURRENT, ` ${l.of} `, total] })] })] });
}

/** Where a section goes: alone in its file, or one of a unit's documents in one file. */
export type Placement = 'alone' | 'shared';

function section(children: Block[], verdict: Verdict | undefined, name: string, lang: Lang, placement: Placement): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
        pageNumbers: { start: 1 },
      },
    },
    // Every section has its own header and footer: one it lacked would repeat the previous service's.
    headers: { default: header(verdict, lang) },
    footers: { default: footer(name, labels(lang), placement === 'alone') },
    children,
  };
}

/**
 * A service's full standard as a section of a Word document: the same view the HTML full standard
 * is made of (`publishedServiceView`), in the same order and words.
 */
export function serviceSection(layanan: ServiceView, unit: UnitView, verdict: Verdict | undefined, lang: Lang, state: DocumentState, placement: Placement): ISectionOptions {
  const l = labels(lang);
  const c: Context = { l, lists: state.lists };
  const children: Block[] = [
    ...draftNote(verdict, lang),
    ...(unit.nama ? letterhead(unit, state) : []),
    ...(layanan.status.berlaku ? [] : [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(layanan.status.label, { bold: true })] })]),
    ...decreeBlock(layanan, c),
    ...title(layanan, unit, l),
    ...particulars(layanan, c),
    ...componentTables(layanan, c),
    ...signature(layanan.tandaTangan, l),
    ...documentInfo(layanan, c),
  ];
  return section(children, verdict, `${l.standard} ${layanan.judul}`, lang, placement);
}

/** The unit's maklumat as a section: letterhead, title, the pledge and its promises, the signature. */
export function maklumatSection(maklumat: MaklumatView, unit: UnitView, verdict: Verdict | undefined, lang: Lang, state: DocumentState, placement: Placement): ISectionOptions {
  const l = labels(lang);
  const lists = state.lists;
  const flow = paragraph(new Flow(), maklumat.teks, lists);
  if (maklumat.janji.length > 0) {
    flow.line().text(l.pledgeIntro).line();
    flow.block(lists.list(true, maklumat.janji.map((j) => inline(new Flow(), j, lists))));
  }
  if (maklumat.kompensasi) inline(flow.line().text(`${l.compensation}:`, { bold: true }).text(' '), maklumat.kompensasi, lists).line();
  const children: Block[] = [
    ...draftNote(verdict, lang),
    ...letterhead(unit, state),
    new Paragraph({ heading: 'Heading1', text: l.maklumatTitle }),
    ...body(flow),
    ...signature(maklumat.tandaTangan, l),
  ];
  return section(children, verdict, [l.maklumat, typeof unit.nama === 'string' ? unit.nama : undefined].filter(Boolean).join(' '), lang, placement);
}

