import type { Biaya as SchemaBiaya, Peraturan as SchemaPeraturan, Tarif as SchemaTarif } from '../../../types/schema.js';
import { type Item, linesOf, tidy } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { findCitations, parseCitation } from './peraturan.js';

type Biaya = Draft<SchemaBiaya>;
type Peraturan = Draft<SchemaPeraturan>;
type Tarif = Draft<SchemaTarif>;

/**
 * Fees: "Gratis", "Tidak dipungut biaya", "Besarnya biaya retribusi: GRATIS" (with the rule that
 * makes them free, when cited), tariff lines ("Paspor biasa Rp. 350.000,-"), and "sesuai PP
 * 76/2020" with no amount.
 */

const FREE = /\bgratis\b|tidak\s+dipungut\s+(?:biaya|retribusi)|tidak\s+ada\s+biaya|tanpa\s+(?:biaya|dipungut)|bebas\s+biaya|tidak\s+dikenakan\s+biaya/i;
const AMOUNT = /Rp\.?\s*([\d.]+)(?:,(\d{2}|-+))?,?-?/i;

function tariff(line: string): Tarif | undefined {
  const m = AMOUNT.exec(line);
  if (!m) return undefined;
  const digits = m[1]!.replace(/\./g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const uraian = tidy(line.slice(0, m.index).replace(/[=:]\s*$/, ''));
  const after = tidy(line.slice(m.index + m[0].length));
  const t: Tarif = { uraian: uraian || tidy(line), jumlah: Number(digits) };
  const per = /^((?:per|\/)\s*\S+(?:\s+\S+)?)$/i.exec(after);
  if (per) t.satuan = per[1]!.replace(/^\//, 'per ');
  else if (after) t.catatan = after;
  return t;
}

export function parseBiaya(items: readonly Item[], rec: Recorder, ctx: ParseContext): Biaya | undefined {
  const lines = linesOf(items).map((l) => l.trim().replace(/^(?:\d{1,2}[.)]|[a-z][.)]|[-•·])\s*/, ''));
  const tarif: Tarif[] = [];
  const sesuai: Peraturan[] = [];
  const dasar: Peraturan[] = [];
  const text: string[] = [];
  let free = false;
  for (const line of lines) {
    const t = tariff(line);
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
  const sentences = text.filter((l) => FREE.test(l) || /\bsesuai\b/i.test(l));
  const others = text.filter((l) => !sentences.includes(l));
  if (sentences.length > 0) out.keterangan = sentences.join('\n');
  if (others.length > 0) {
    out.catatan = others.join('\n');
    rec.keep(others.length);
  }
  return out;
}
