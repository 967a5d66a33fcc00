import { TableRow } from 'docx';
import type { Labels } from '../../../render/labels.js';
import type {
  ComplaintChannelView,
  ComponentView,
  FeeView,
  FlowView,
  ItemView,
  RegulationView,
  RequirementGroupView,
  RequirementView,
  StepView,
} from '../../../render/view/components.js';
import type { Gap, Teks } from '../../../render/view/read.js';
import { Flow, inline, note, paragraph, type Block, type ListCounter } from './flow.js';
import { TEXT_WIDTH } from './styles.js';
import { cell, CELL_PADDING, headerRow, table } from './tables.js';

/** What every part of one Word document shares: its wording and its lists' numbering. */
export interface Context {
  l: Labels;
  lists: ListCounter;
}

type Text = Teks | Gap | string;

/** A requirement, or any item printed by the `syarat` partial: its choices, particulars, note and sub-items. */
function requirement(flow: Flow, r: Partial<RequirementView> | ItemView, c: Context): Flow {
  const { l, lists } = c;
  const req = r as Partial<RequirementView>;
  const pilihan = req.pilihan ?? [];
  if (r.teks) {
    inline(flow, r.teks, lists);
    if (pilihan.length > 0) flow.text(` (${l.eitherOf}): `);
  }
  pilihan.forEach((p, i) => {
    if (i > 0) flow.text(` ${l.or} `);
    requirement(flow, p, c);
  });
  if (req.keterangan) flow.text(` (${req.keterangan})`, { muted: true });
  if (req.dasarHukum) flow.text(` (${l.legalBasis}: ${req.dasarHukum})`, { muted: true });
  note(flow, r.catatan, l.note, lists);
  const rincian = (r.rincian ?? []) as (RequirementView | ItemView)[];
  if (rincian.length > 0) flow.block(lists.list(true, rincian.map((x) => requirement(new Flow(), x, c))));
  return flow;
}

/** A bold line over a part of a component ("Saluran pengaduan:", a requirement group's name). */
const heading = (flow: Flow, text: string) => flow.line().text(text, { bold: true }).line();

function requirements(v: ComponentView, c: Context, flow: Flow): void {
  const { l, lists } = c;
  paragraph(flow, v.pengantar as Teks | undefined, lists);
  for (const g of v.kelompok as RequirementGroupView[]) {
    const basis = g.dasarHukum ? `${l.legalBasis}: ${g.dasarHukum}` : undefined;
    if (g.nama) {
      flow.line().text(g.nama, { bold: true });
      if (g.tambahan) flow.text(` (${l.inAddition})`, { bold: true, muted: true });
      if (basis) flow.text(` (${basis})`, { bold: true, muted: true });
      flow.line();
    } else if (g.tambahan) {
      flow.line().text(l.inAddition, { bold: true });
      if (basis) flow.text(` (${basis})`, { bold: true, muted: true });
      flow.line();
    } else if (basis) flow.line().text(basis, { bold: true, muted: true }).line();
    flow.block(lists.list(true, g.butir.map((r) => requirement(new Flow(), r, c))));
    note(flow, g.catatan, l.note, lists);
  }
  note(flow, v.catatan as Teks | undefined, l.note, lists);
}

/** The columns of tables A and B: NO, KOMPONEN, URAIAN. */
export const COMPONENT_WIDTHS = [680, 2100, TEXT_WIDTH - 2780];

/** The width of the URAIAN column's text, for the tables nested in it. */
const NESTED_WIDTH = COMPONENT_WIDTHS[2]! - 2 * CELL_PADDING;

const STEP_WIDTHS = [600, 1500, NESTED_WIDTH - 3600, 1500];

function stepsTable(steps: readonly StepView[], total: string | undefined, c: Context): (depth: number) => Block[] {
  const { l, lists } = c;
  return () => {
    const rows = steps.map((s) => {
      const what = inline(new Flow(), s.uraian, lists);
      if (s.dasarHukum) what.text(` (${l.legalBasis}: ${s.dasarHukum})`, { muted: true });
      if (s.rincian?.length) what.block(lists.list(true, s.rincian.map((x) => requirement(new Flow(), x, c))));
      note(what, s.catatan, l.note, lists);
      const texts = [new Flow().text(String(s.no)), inline(new Flow(), s.pelaksana, lists), what, new Flow().text(s.waktu ?? '')];
      return new TableRow({ cantSplit: true, children: texts.map((f, i) => cell(f.render(-1, 'Tabel'), STEP_WIDTHS[i]!)) });
    });
    const footer = total
      ? [
          new TableRow({
            cantSplit: true,
            children: [cell(new Flow().text(l.totalStepTime, { bold: true }).render(-1, 'Tabel'), STEP_WIDTHS[0]! + STEP_WIDTHS[1]! + STEP_WIDTHS[2]!, { span: 3 }), cell(new Flow().text(total).render(-1, 'Tabel'), STEP_WIDTHS[3]!)],
          }),
        ]
      : [];
    return [table(STEP_WIDTHS, [headerRow([l.no, l.actor, l.activity, l.time], STEP_WIDTHS), ...rows, ...footer])];
  };
}

function procedure(v: ComponentView, c: Context, flow: Flow): void {
  const { l, lists } = c;
  paragraph(flow, v.uraian as Teks | undefined, lists);
  for (const a of v.alur as FlowView[]) {
    if (a.nama) flow.line().text(a.kanal ? `${a.nama} (${a.kanal})` : a.nama, { bold: true }).line();
    flow.block(stepsTable(a.langkah, a.totalWaktu, c));
    note(flow, a.catatan, l.note, lists);
  }
  note(flow, v.catatan as Teks | undefined, l.note, lists);
}

function completion(v: ComponentView, c: Context, flow: Flow): void {
  paragraph(flow, v.teks as Text, c.lists);
  if (v.rincian) flow.line().text(v.rincian as string, { muted: true }).line();
  note(flow, v.catatan as Teks | undefined, c.l.note, c.lists);
}

const FEE_WIDTHS = [NESTED_WIDTH - 2000, 2000];

/** A regulation as a list item: its citation, with its note. */
function regulation(r: RegulationView, c: Context): Flow {
  const flow = r.href ? new Flow().text(String(r.teks)) : inline(new Flow(), r.teks, c.lists);
  return note(flow, r.catatan, c.l.note, c.lists);
}

function fees(v: ComponentView, c: Context, flow: Flow): void {
  const { l, lists } = c;
  paragraph(flow, v.keterangan as Teks | undefined, lists);
  const tarif = v.tarif as FeeView[];
  if (tarif.length > 0) {
    flow.block(() => {
      const rows = tarif.map((t) => {
        const what = inline(new Flow(), t.uraian, lists);
        if (t.dasarHukum) {
          what.text(` ${l.legalBasis}: ${t.dasarHukum}`, { muted: true });
          note(what, t.dasarHukumCatatan, l.note, lists);
        }
        note(what, t.catatan, l.note, lists);
        const amount = inline(new Flow(), t.jumlah, lists);
        if (t.satuan) amount.text(` ${t.satuan}`, { muted: true });
        return new TableRow({ cantSplit: true, children: [cell(what.render(-1, 'Tabel'), FEE_WIDTHS[0]!), cell(amount.render(-1, 'Tabel'), FEE_WIDTHS[1]!)] });
      });
      return [table(FEE_WIDTHS, [headerRow([l.item, l.amount], FEE_WIDTHS), ...rows])];
    });
  }
  for (const [title, list] of [
    [l.amountSetBy, v.sesuaiPeraturan],
    [l.legalBasis, v.dasarHukum],
  ] as const) {
    const regulations = list as RegulationView[];
    if (regulations.length === 0) continue;
    heading(flow, `${title}:`);
    flow.block(lists.list(false, regulations.map((r) => regulation(r, c))));
  }
  if (v.caraPembayaran) inline(flow.line().text(`${l.payment}:`, { bold: true }).text(' '), v.caraPembayaran as Teks, lists).line();
  note(flow, v.catatan as Teks | undefined, l.note, lists);
}

/** A complaint channel: its kind, its name, every address; the page's "call"/"open" labels are for screens only. */
function channel(k: ComplaintChannelView, c: Context): Flow {
  const flow = new Flow().text(k.label, { bold: true });
  if (k.nama) flow.text(` ${k.nama}`);
  for (const alamat of [k.alamat, ...k.alamatLain.map((a) => a.alamat)]) if (alamat) flow.text(` ${alamat}`);
  return note(flow, k.catatan, c.l.note, c.lists);
}

function complaints(v: ComponentView, c: Context, flow: Flow): void {
  const { l, lists } = c;
  paragraph(flow, v.uraian as Teks | undefined, lists);
  const kanal = v.kanal as ComplaintChannelView[];
  if (kanal.length > 0) {
    heading(flow, `${l.channels}:`);
    flow.block(lists.list(false, kanal.map((k) => channel(k, c))));
  }
  const followUp = v.tindakLanjut as StepView[];
  if (followUp.length > 0) {
    heading(flow, `${l.followUp}:`);
    const items = followUp.map((s) => {
      const item = new Flow();
      if (typeof s.pelaksana === 'string') item.text(`${s.pelaksana}:`, { bold: true }).text(' ');
      inline(item, s.uraian, lists);
      if (s.waktu) item.text(` (${s.waktu})`, { muted: true });
      return note(item, s.catatan, l.note, lists);
    });
    flow.block(lists.list(true, items));
  }
  if (v.jangkaWaktuTeks) {
    flow.line().text(v.jangkaWaktuTeks as string);
    if (v.jangkaWaktuRincian) flow.text(` (${v.jangkaWaktuRincian as string})`, { muted: true });
    flow.line();
  } else if (v.jangkaWaktu) flow.line().text(`${l.answeredWithin} ${v.jangkaWaktu as string}.`).line();
  paragraph(flow, v.jangkaWaktuCatatan as Teks | undefined, lists);
  note(flow, v.catatan as Teks | undefined, l.note, lists);
}

function legalBasis(v: ComponentView, c: Context, flow: Flow): void {
  flow.block(c.lists.list(true, (v.butir as RegulationView[]).map((r) => regulation(r, c))));
}

function facilities(v: ComponentView, c: Context, flow: Flow): void {
  const items = (v.butir as (ItemView & { jumlah?: string; rentan: boolean })[]).map((b) => {
    const item = inline(new Flow(), b.teks, c.lists);
    if (b.jumlah) item.text(` (${b.jumlah})`, { muted: true });
    if (b.rentan) item.text(` ${c.l.vulnerableTag}`, { bold: true });
    return note(item, b.catatan, c.l.note, c.lists);
  });
  flow.block(c.lists.list(true, items));
}

function staff(v: ComponentView, c: Context, flow: Flow): void {
  const { l, lists } = c;
  const rincian = v.rincian as { peran: Text; jumlah: Text; catatan?: Teks }[];
  inline(flow.line(), v.total as Text, lists);
  if (rincian.length > 0) {
    flow.text(':').line();
    const items = rincian.map((r) => note(inline(inline(new Flow(), r.peran, lists).text(': '), r.jumlah, lists), r.catatan, l.note, lists));
    flow.block(lists.list(false, items));
  }
  note(flow.line(), v.catatan as Teks | undefined, l.note, lists);
}

function evaluation(v: ComponentView, c: Context, flow: Flow): void {
  const items = (v.butir as (ItemView & { frekuensi?: string })[]).map((b) => {
    const item = inline(new Flow(), b.teks, c.lists);
    if (b.frekuensi) item.text(` (${b.frekuensi})`, { muted: true });
    return note(item, b.catatan, c.l.note, c.lists);
  });
  flow.block(c.lists.list(true, items));
}

function products(v: ComponentView, c: Context, flow: Flow): void {
  const items = (v.butir as (ItemView & { uraian?: Teks })[]).map((b) => {
    const item = inline(new Flow(), b.teks, c.lists);
    if (b.uraian) inline(item.text(': '), b.uraian, c.lists);
    return note(item, b.catatan, c.l.note, c.lists);
  });
  flow.block(c.lists.list(false, items));
}

/** A plain list component (`komponen-daftar`): numbered when it has two items or more. */
function plainList(v: ComponentView, c: Context, flow: Flow): void {
  const butir = v.butir as ItemView[];
  if (butir.length > 1) {
    flow.block(c.lists.list(true, butir.map((b) => requirement(new Flow(), b, c))));
    return;
  }
  for (const b of butir) {
    paragraph(flow, b.teks, c.lists);
    note(flow, b.catatan, c.l.note, c.lists);
    if (b.rincian?.length) flow.block(c.lists.list(true, b.rincian.map((x) => requirement(new Flow(), x, c))));
  }
}

const CONTENT: Record<string, (v: ComponentView, c: Context, flow: Flow) => void> = {
  persyaratan: requirements,
  sistem_mekanisme_prosedur: procedure,
  jangka_waktu: completion,
  biaya: fees,
  produk: products,
  pengaduan: complaints,
  dasar_hukum: legalBasis,
  sarana_prasarana: facilities,
  jumlah_pelaksana: staff,
  evaluasi_kinerja: evaluation,
};

/**
 * The URAIAN of a component, as the page's partial prints it (`komponen-<key>`), or why it is not
 * there: the same view, the same words, in Word paragraphs, lists and tables.
 */
export function componentContent(v: ComponentView, c: Context): Block[] {
  const flow = new Flow();
  if (!v.ada) paragraph(flow, v.kosong, c.lists);
  else (CONTENT[v.key] ?? plainList)(v, c, flow);
  return flow.render(-1, 'Tabel');
}
