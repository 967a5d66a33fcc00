import type { Butir as SchemaButir } from '../../../types/schema.js';
import { type Item, splitAll, withNote } from '../items.js';
import type { Draft, Recorder } from '../record.js';

type Butir = Draft<SchemaButir>;

/** An item that introduces the ones after it: "Kompensasi diberikan dalam hal :", "CATATAN". */
export const introduces = (item: Item, next: Item | undefined) => !item.marker && item.children.length === 0 && next?.marker !== undefined && (/[:：]$/.test(item.text) || /^[A-Z\s]+$/.test(item.text));

/**
 * Items as a list of butir: a line is a string; a line with lines under it, or a sentence ending
 * in ":" followed by a list, is { uraian, rincian }; a "Catatan: …" under a line is its catatan.
 * Used by the components that are lists of statements (competence, supervision, guarantees) and
 * for sub-steps.
 */
export function butirList(items: readonly Item[], rec: Recorder): Butir[] {
  const list = splitAll(items);
  const out: Butir[] = [];
  for (let i = 0; i < list.length; i++) {
    const { item: it, catatan } = withNote(list[i]!);
    if (catatan !== undefined) {
      const value: Exclude<Butir, string> = { uraian: it.text, catatan };
      if (it.children.length > 0) value.rincian = butirList(it.children, rec.at(out.length, 'rincian'));
      out.push(value);
    } else if (it.children.length > 0) {
      out.push({ uraian: it.text, rincian: butirList(it.children, rec.at(out.length, 'rincian')) });
    } else if (introduces(it, list[i + 1])) {
      const under: Item[] = [];
      while (list[i + 1]?.marker) under.push(list[++i]!);
      out.push({ uraian: it.text, rincian: butirList(under, rec.at(out.length, 'rincian')) });
    } else if (it.text !== '') out.push(it.text);
    rec.place();
  }
  return out;
}
