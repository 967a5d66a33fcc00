import type { Biaya as SchemaBiaya, Peraturan as SchemaPeraturan, Tarif as SchemaTarif } from '../../../types/schema.js';
import { type Item, labelledParts, linesOf, splitAll, splitNote, tidy } from '../items.js';
import { plainLines, regulations } from './lists.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { findCitations, parseCitation } from './peraturan.js';

type Biaya = Draft<SchemaBiaya>;
type Peraturan = Draft<SchemaPeraturan>;
type Tarif = Draft<SchemaTarif>;

/**
 * Fees: "Gratis", "Tidak dipungut biaya", "Besarnya biaya retribusi: GRATIS" (with the rule that
 * makes them free, when cited), tariff lines ("Paspor biasa Rp. 350.000,-"), "sesuai PP 76/2020"
 * with no amount, and the parts a page prints under a label: the rules that set the amount
 * ("Besarnya sesuai:") or ground the fee ("Dasar hukum:"), how to pay, the note. Other sentences
 * describe the fee (keterangan).
 */

const FREE = /\bgratis\b|tidak\s+dipungut\s+(?:biaya|retribusi)|tidak\s+ada\s+biaya|tanpa\s+(?:biaya|dipungut)|bebas\s+biaya|tidak\s+dikenakan\s+biaya/i;
const AMOUNT = /Rp\.?\s*([\d.]+)(?:,(\d{2}|-+))?,?-?/gi;

/** The parts a page prints under their own label; an unlabelled line is the fee's description. */
const LABELS = { sesuai: /^besarnya\s+sesuai$/i, dasar: /^dasar\s+hukum$/i, bayar: /^cara\s+pembayaran$/i, catatan: /^catatan$/i };

/**
 * "Paspor biasa 48 halaman: Rp350.000,00 per buku Dasar hukum: … Catatan: …": one amount, what it is
 * for, per what, the rule that sets it and its note. A line of several amounts is a sentence.
 */
function tariff(line: string, rec: Recorder): Tarif | undefined {
  const amounts = [...line.matchAll(AMOUNT)];
  if (amounts.length !== 1) return undefined;
  const m = amounts[0]!;
  const digits = m[1]!.replace(/\./g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const uraian = tidy(line.slice(0, m.index).replace(/[=:]\s*$/, ''));
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

const lineOf = (item: Item) => item.text.trim();

export function parseBiaya(items: readonly Item[], rec: Recorder, ctx: ParseContext): Biaya | undefined {
  const parts = labelledParts(splitAll(items), LABELS);
  const unlabelled = parts.filter((p) => !p.label).flatMap((p) => p.items);
  // Where the fee's lines are a list, its tariffs are the list's items and a line outside it describes them.
  const listed = unlabelled.some((it) => it.marker);
  const lines = unlabelled.flatMap((it) => linesOf([it]).map((l, i) => ({ text: l.trim().replace(/^(?:\d{1,2}[.)]|[a-z][.)]|[-•·])\s*/, ''), item: i === 0 && (!listed || it.marker !== undefined) })));
  const tarif: Tarif[] = [];
  const sesuai: Peraturan[] = [];
  const dasar: Peraturan[] = [];
  const text: string[] = [];
  let free = false;
  for (const { text: line, item } of lines) {
    const t = item ? tariff(line, rec.at('tarif', tarif.length)) : undefined;
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
  const notes: string[] = [];
  let payment: string | undefined;
  for (const part of parts) {
    const listed = plainLines(part.items);
    if (part.label === 'sesuai') sesuai.push(...regulations(listed, rec.at('sesuai_peraturan')));
    else if (part.label === 'dasar') dasar.push(...regulations(listed, rec.at('dasar_hukum')));
    else if (part.label === 'bayar') payment = [part.value, ...part.items.map(lineOf)].filter(Boolean).join('\n');
    else if (part.label === 'catatan') notes.push([part.value, ...part.items.map(lineOf)].filter(Boolean).join('\n'));
  }
  const out: Biaya = {};
  if (free && tarif.every((t) => t.jumlah === 0)) out.gratis = true;
  if (tarif.length > 0) out.tarif = tarif;
  if (sesuai.length > 0) out.sesuai_peraturan = sesuai;
  if (dasar.length > 0) out.dasar_hukum = dasar;
  if (out.gratis === undefined && !out.tarif && !out.sesuai_peraturan) {
    if (text.length > 0) ctx.unplaced(text.join('\n'));
    return undefined;
  }
  if (free && !out.gratis) rec.check(['tarif'], { id: 'dokumen menyebut gratis dan juga tarif; periksa mana yang berlaku', en: 'the document says free and also gives tariffs; check which applies' });
  if (text.length > 0) out.keterangan = text.join('\n');
  if (payment) out.cara_pembayaran = payment;
  if (notes.length > 0) {
    out.catatan = notes.join('\n');
    rec.keep(notes.length);
  }
  return out;
}
