import type { Biaya as SchemaBiaya, Peraturan as SchemaPeraturan, Tarif as SchemaTarif } from '../../../types/schema.js';
import { type Item, linesOf, noteText, splitAll, splitNote, tidy, withNote, written } from '../items.js';
import { type Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { findCitations, parseCitation } from './peraturan.js';

type Biaya = Draft<SchemaBiaya>;
type Peraturan = Draft<SchemaPeraturan>;
type Tarif = Draft<SchemaTarif>;

/**
 * Fees: "Gratis", "Tidak dipungut biaya", "Besarnya biaya retribusi: GRATIS" (with the rule that
 * makes them free, when cited), tariff lines ("Paspor biasa Rp. 350.000,-") or a table of them
 * (item | amount), "sesuai PP 76/2020" with no amount; and the parts a fee section is labelled
 * into: "Dasar hukum:", "Besarnya sesuai:", "Cara pembayaran:", "Catatan:". Other sentences
 * describe the fee (keterangan).
 */

const FREE = /\bgratis\b|tidak\s+dipungut\s+(?:biaya|retribusi)|tidak\s+ada\s+biaya|tanpa\s+(?:biaya|dipungut)|bebas\s+biaya|tidak\s+dikenakan\s+biaya/i;
const AMOUNT = /Rp\.?\s*([\d.]+)(?:,(\d{2}|-+))?,?-?/i;

/**
 * "Paspor biasa 48 halaman: Rp350.000,00 per buku Dasar hukum: … Catatan: …": one amount, what it is
 * for, per what, the rule that sets it and its note. A line of several amounts is a sentence.
 */
function tariff(line: string, rec: Recorder): Tarif | undefined {
  const amounts = [...line.matchAll(new RegExp(AMOUNT.source, 'gi'))];
  if (amounts.length !== 1) return undefined;
  const m = amounts[0]!;
  const digits = m[1]!.replace(/\./g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const uraian = tidy(line.slice(0, m.index).replace(/[=:|]\s*$/, ''));
  const { text: rest, catatan } = splitNote(line.slice(m.index + m[0].length));
  // "… Rp1.000.000,00 (satu juta rupiah) per permohonan, di samping biaya paspor.": a sentence about the fee.
  if (/^\s*\([a-z\s]+rupiah\)\s*\S.*\.$/i.test(rest) && !/:\s*$/.test(line.slice(0, m.index))) return undefined;
  const basis = /\s*\bDasar\s+hukum\s*:\s*(.+)$/.exec(rest);
  const after = tidy(basis ? rest.slice(0, basis.index) : rest);
  const t: Tarif = { uraian: uraian || tidy(line), jumlah: Number(digits) };
  const per = /^((?:per|\/)\s*\S+(?:\s+\S+)?)$/i.exec(after);
  if (per) t.satuan = per[1]!.replace(/^\//, 'per ');
  const cited = basis ? parseCitation(basis[1]!) : undefined;
  if (cited) {
    t.dasar_hukum = cited.value;
    if (!cited.sure) rec.check(['dasar_hukum'], { id: 'rujukan peraturan tidak terbaca lengkap', en: 'the regulation reference was not read completely' });
  }
  const notes = [per ? '' : after, basis && !cited ? basis[0].trim() : '', catatan ?? ''].filter(Boolean);
  if (notes.length > 0) t.catatan = notes.join(' ');
  return t;
}

/** A fee table's row: the item (with its legal basis and note) in one cell, the amount in another. */
function tariffRow(row: { text: string; items: Item[] }[], rec: Recorder): Tarif | undefined {
  const amountAt = row.findIndex((c) => AMOUNT.test(c.text) && tidy(c.text.replace(AMOUNT, '')).split(/\s+/).length <= 3);
  if (amountAt < 1) return undefined;
  const t = tariff(`${row[amountAt - 1]!.items[0]?.text ?? ''} ${row[amountAt]!.text}`, rec);
  if (!t) return undefined;
  const first = row[amountAt - 1]!.items;
  const notes: string[] = [];
  for (const it of first.slice(1)) notes.push(noteText(it.text) ?? it.text);
  const { item, catatan } = withNote(first[0] ?? { text: '', children: [], at: {} as Item['at'] });
  if (catatan) notes.unshift(catatan);
  notes.push(...item.children.map((c) => noteText(c.text) ?? c.text));
  const basis = /\s+Dasar\s+hukum\s*:\s*(.+)$/i.exec(t.uraian);
  if (basis) {
    const c = parseCitation(basis[1]!);
    if (c) {
      t.dasar_hukum = c.value;
      t.uraian = t.uraian.slice(0, basis.index).trim();
    }
  }
  if (notes.length > 0) t.catatan = notes.join('\n\n');
  return t;
}

const isHeader = (row: { text: string }[]) => row.every((c) => !AMOUNT.test(c.text)) && row.some((c) => /^(?:besaran|jumlah|tarif|biaya|nominal|harga)$/i.test(c.text.trim()));

/** The labels a fee section is divided by; each takes the lines under it. */
const PARTS: [RegExp, 'dasar_hukum' | 'sesuai_peraturan' | 'cara_pembayaran'][] = [
  [/^dasar\s+hukum\s*:\s*(.*)$/i, 'dasar_hukum'],
  [/^besarnya\s+sesuai\s*:\s*(.*)$/i, 'sesuai_peraturan'],
  [/^cara\s+(?:pembayaran|membayar|bayar)\s*:\s*(.*)$/i, 'cara_pembayaran'],
];

export function parseBiaya(items: readonly Item[], rec: Recorder, ctx: ParseContext): Biaya | undefined {
  const list = splitAll(items);
  const tarif: Tarif[] = [];
  const sesuai: Peraturan[] = [];
  const dasar: Peraturan[] = [];
  const bayar: string[] = [];
  const notes: string[] = [];
  const text: string[] = [];
  let free = false;
  // With a table of tariffs, amounts in the sentences around it describe the same fees.
  const table = list.some((it) => it.rows?.some((row) => tariffRow(row, new Recorder()) !== undefined));
  const cite = (it: Item, into: Peraturan[], key: string) => {
    const { item, catatan: under } = withNote(it);
    const { text: line, catatan: after } = splitNote(item.text);
    const catatan = [after, under].filter(Boolean).join('\n\n');
    const c = parseCitation(line);
    if (!c) return false;
    if (!c.sure) rec.check([key, into.length], { id: 'rujukan peraturan tidak terbaca lengkap', en: 'the regulation reference was not read completely' });
    if (catatan) c.value.catatan = [c.value.catatan, catatan].filter(Boolean).join('\n\n');
    rec.origin([key, into.length], written(it));
    into.push(c.value);
    rec.place();
    return true;
  };
  // Where the fee's lines are a list, its tariffs are the list's items and a line outside it describes them.
  const listed = list.some((it) => it.marker && !PARTS.some(([re]) => re.test(it.text)));
  let part: (typeof PARTS)[number][1] | 'catatan' | undefined;
  for (const it of list) {
    if (it.rows) {
      for (const row of it.rows) {
        const t = tariffRow(row, rec.at('tarif', tarif.length));
        if (t) {
          rec.origin(['tarif', tarif.length], row.map((c) => c.text.replace(/\n/g, ' ')).join(' | '));
          tarif.push(t);
          rec.place();
        } else if (isHeader(row)) rec.origin(['tarif'], row.map((c) => c.text.trim()).join(' | '));
        else text.push(...linesOf([{ ...it, rows: [row] }]));
      }
      part = undefined;
      continue;
    }
    const heading = !it.marker ? PARTS.find(([re]) => re.test(it.text)) : undefined;
    if (heading) {
      part = heading[1];
      const rest = heading[0].exec(it.text)![1]!.trim();
      const into = part === 'dasar_hukum' ? dasar : sesuai;
      if (part === 'cara_pembayaran') {
        if (rest) bayar.push(rest);
      } else if (rest) cite({ ...it, text: rest }, into, part);
      for (const child of splitAll(it.children)) if (part === 'cara_pembayaran' || !cite(child, into, part)) (part === 'cara_pembayaran' ? bayar : text).push(written(child));
      continue;
    }
    const note = !it.marker ? noteText(it.text) : undefined;
    const cited = part === 'dasar_hukum' ? dasar : part === 'sesuai_peraturan' ? sesuai : undefined;
    const last = cited?.[cited.length - 1];
    if (note && last && !last.catatan && it.children.length === 0) {
      // A list without markers (bullets a PDF does not keep as text): the note stands after its regulation.
      last.catatan = note;
      continue;
    }
    if (note !== undefined) {
      part = 'catatan';
      if (note) notes.push(note);
      notes.push(...linesOf(it.children));
      continue;
    }
    if (part === 'dasar_hukum' || part === 'sesuai_peraturan') {
      if (cite(it, part === 'dasar_hukum' ? dasar : sesuai, part)) continue;
      part = undefined;
    } else if (part === 'cara_pembayaran' || part === 'catatan') {
      (part === 'catatan' ? notes : bayar).push(...linesOf([it]));
      continue;
    }
    for (const line of linesOf([it]).map((l) => l.trim().replace(/^(?:\d{1,2}[.)]|[a-z][.)]|[-•·])\s*/, ''))) {
      const t = table || (listed && !it.marker) ? undefined : tariff(line, rec.at('tarif', tarif.length));
      if (t) {
        rec.origin(['tarif', tarif.length], line);
        tarif.push(t);
        rec.place();
        continue;
      }
      if (FREE.test(line)) {
        free = true;
        text.push(line);
        const cited = findCitations(line);
        dasar.push(...cited);
        if (cited.length > 0) rec.check(['dasar_hukum'], { id: 'peraturan yang membebaskan biaya dibaca dari kalimatnya', en: 'the rule that makes the service free was read from the sentence' });
        rec.place();
        continue;
      }
      const as = /\bsesuai\s+(?:dengan\s+)?(?:ketentuan\s+)?(.+)$/i.exec(line);
      const c = as ? parseCitation(as[1]!) : undefined;
      if (c) {
        sesuai.push(c.value);
        if (!c.sure) rec.check(['sesuai_peraturan', sesuai.length - 1], { id: 'rujukan peraturan tidak terbaca lengkap', en: 'the regulation reference was not read completely' });
        text.push(line);
        rec.place();
        continue;
      }
      text.push(line);
    }
  }
  const out: Biaya = {};
  if (free && tarif.every((t) => t.jumlah === 0)) out.gratis = true;
  if (tarif.length > 0) out.tarif = tarif;
  if (sesuai.length > 0) out.sesuai_peraturan = sesuai;
  if (dasar.length > 0) out.dasar_hukum = dasar;
  if (out.gratis === undefined && !out.tarif && !out.sesuai_peraturan) {
    const all = [...text, ...bayar, ...notes];
    if (all.length > 0) ctx.unplaced(all.join('\n'));
    return undefined;
  }
  if (free && !out.gratis) rec.check(['tarif'], { id: 'dokumen menyebut gratis dan juga tarif; periksa mana yang berlaku', en: 'the document says free and also gives tariffs; check which applies' });
  if (text.length > 0) out.keterangan = text.join('\n');
  if (bayar.length > 0) out.cara_pembayaran = bayar.join('\n');
  if (notes.length > 0) {
    out.catatan = notes.join('\n');
    rec.keep(notes.length);
  }
  return out;
}
