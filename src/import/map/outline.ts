import type { SourceRef } from '../blocks.js';
import type { ComponentKey } from '../../model/components.js';
import { type Item, written } from './items.js';
import { groupTitle, isTableHeader, matchLabel } from './labels.js';

/**
 * A file cut into what it holds: the lines before any service (letterhead, decree block, title),
 * a maklumat, and each service with its components. A decree attachment holds many services
 * ("1. STANDAR PELAYANAN ...", "2. STANDAR PELAYANAN ...", "LAMPIRAN II"); a web page one.
 */

export interface Section {
  key: ComponentKey;
  /** The label as the document wrote it, with its numbering. */
  label: string;
  at: SourceRef;
  items: Item[];
}

export interface ServiceOutline {
  /** Titles met before the first component, in order, with how sure each names the service. */
  titles: { text: string; at: SourceRef; kind: 'jenis' | 'standar' | 'judul' }[];
  /** Lines of the service before its first component that are not a title. */
  preamble: Item[];
  /** Lines after the table of components that name no component: the signature, notes on the document. */
  after: Item[];
  sections: Section[];
  /** The decree block ("LAMPIRAN II", "KEPUTUSAN ...", "NOMOR : ...") this service stands under. */
  decree: Item[];
  /** Lines that only structure the document (table headers, group titles), as written. */
  structure: { text: string; at: SourceRef }[];
}

export interface Outline {
  /** Lines before the first service: letterhead, document title, notes. */
  head: Item[];
  maklumat: Item[];
  services: ServiceOutline[];
}

const ORGANISATION = /^(?:dinas|kantor|badan|kecamatan|kelurahan|desa|pada|di|unit|bagian|sekretariat|rumah sakit|rsud|puskesmas|perangkat daerah|pemerintah|yang|terkait|publik\s*$)/i;

/** "1. STANDAR PELAYANAN SURAT KETERANGAN PINDAH", "JENIS PELAYANAN : ...", "Standar Pelayanan" alone (the name follows). */
export function serviceTitle(text: string): { kind: 'jenis' | 'standar'; name?: string } | undefined {
  const jenis = /^(?:(?:[IVX]{1,4}|\d{1,2})\.\s*)?jenis\s+(?:pelayanan|layanan)\s*:?\s*(.+)$/i.exec(text);
  if (jenis) return { kind: 'jenis', name: jenis[1]!.trim() };
  const m = /^(?:\d{1,2}\.\s*)?standa?rt?\s+pelayanan(?:\s+publik)?\s*[:–-]?\s*(.*)$/i.exec(text);
  if (!m) return undefined;
  const rest = m[1]!.trim();
  if (rest === '') return { kind: 'standar' };
  return ORGANISATION.test(rest) ? undefined : { kind: 'standar', name: rest };
}

const DECREE_LINE = /^(?:lampiran\b|(?:surat\s+)?keputusan\b|(?:nomor|tentang|tanggal)\s*(?::|$)|sk\s+)/i;
/** A decree block laid out as a table ("NOMOR | 400.12/..."): its labels. */
const DECREE_LABEL = /^(?:lampiran|nomor|tanggal|tentang)$/i;
export const isDecreeLine = (text: string) => DECREE_LINE.test(text) && !/^keputusan\s+(?:ini|tersebut)/i.test(text);
const MAKLUMAT_TITLE = /^maklumat\s+pelayanan\b\s*:?\s*$/i;

export function outline(items: readonly Item[]): Outline {
  const out: Outline = { head: [], maklumat: [], services: [] };
  let service: ServiceOutline | undefined;
  let section: Section | undefined;
  let mode: 'head' | 'maklumat' | 'service' = 'head';
  let decree: Item[] = [];
  let decreeOpen = false;
  let awaitingName = false;

  const newService = (): ServiceOutline => {
    service = { titles: [], preamble: [], sections: [], after: [], decree, structure: [] };
    out.services.push(service);
    return service;
  };
  const current = () => (service && service.sections.length === 0 ? service : newService());
  const openSection = (key: ComponentKey, label: string, at: SourceRef): Section => {
    mode = 'service';
    awaitingName = false;
    decreeOpen = false;
    const s = service ?? newService();
    const existing = s.sections.find((x) => x.key === key);
    section = existing ?? { key, label, at, items: [] };
    if (!existing) s.sections.push(section);
    return section;
  };
  const content = (item: Item) => {
    if (mode === 'maklumat') out.maklumat.push(item);
    else if (section) section.items.push(item);
    else if (service) (service.sections.length > 0 ? service.after : service.preamble).push(item);
    else out.head.push(item);
  };

  const visitRow = (row: { text: string; items: Item[] }[], at: SourceRef) => {
    const texts = row.map((c) => c.text.trim());
    const filled = texts.filter((t) => t !== '');
    if (filled.length === 2 && DECREE_LABEL.test(filled[0]!) && !section) {
      visit({ text: `${filled[0]} : ${filled[1]}`, children: [], at });
      return;
    }
    if (isTableHeader(texts)) {
      (service ?? current()).structure.push({ text: texts.join(' | '), at });
      return;
    }
    const k = row.findIndex((c) => c.items.length > 0 && matchLabel(c.items[0]!.text) !== undefined && matchLabel(written(c.items[0]!)) !== undefined);
    if (k < 0) {
      if (row.filter((c) => c.text !== '').length === 1) {
        for (const c of row) for (const it of c.items) visit(it);
      } else for (const c of row) for (const it of c.items) content(it);
      return;
    }
    const first = row[k]!.items[0]!;
    const label = matchLabel(first.text)!;
    const s = openSection(label.key, written(first), first.at);
    const numbering = row.slice(0, k).map((c) => c.text).filter((t) => t !== '' && !/^\d{1,2}\.?$|^[A-Za-z]\.?$/.test(t));
    for (const t of numbering) s.items.push({ text: t, children: [], at });
    if (label.rest) s.items.push({ text: label.rest, children: [], at: first.at });
    s.items.push(...first.children, ...row[k]!.items.slice(1));
    for (const c of row.slice(k + 1)) s.items.push(...c.items);
  };

  const visit = (item: Item) => {
    if (item.rows) {
      // A table of other facts (opening hours, a fee table under its label) stays a table; one that
      // lays out components, a decree block or the whole page (one filled cell a row) is read by row.
      const structural = item.rows.every((row) => row.filter((c) => c.text.trim() !== '').length <= 1) || item.rows.some((row) => {
        const texts = row.map((c) => c.text.trim());
        const filled = texts.filter((t) => t !== '');
        return isTableHeader(texts) || (filled.length === 2 && DECREE_LABEL.test(filled[0]!)) || row.some((c) => c.items.length > 0 && matchLabel(c.items[0]!.text) !== undefined);
      });
      if (!structural) {
        content(item);
        return;
      }
      const before = section;
      for (const row of item.rows) visitRow(row, item.at);
      // A component in a row of the table ends with the table: what follows is not its text.
      if (section && section !== before) section = undefined;
      return;
    }
    const text = item.text;
    if (decreeOpen && /^:\s*\S/.test(text) && decree.length > 0) {
      // "NOMOR" and its value printed on two lines.
      const last = decree[decree.length - 1]!;
      decree[decree.length - 1] = { ...last, text: `${last.text} ${text}` };
      return;
    }
    if (MAKLUMAT_TITLE.test(text)) {
      mode = 'maklumat';
      section = undefined;
      out.maklumat.push(item);
      return;
    }
    if (isDecreeLine(text) && !item.marker && (item.heading || !section || section.items.length > 0) && mode !== 'maklumat') {
      if (!decreeOpen) decree = [];
      decreeOpen = true;
      decree.push(item);
      if (service && service.sections.length === 0) service.decree = decree;
      section = undefined;
      return;
    }
    const title = serviceTitle(written(item)) ?? serviceTitle(text);
    if (title) {
      const s = current();
      section = undefined;
      mode = 'service';
      decreeOpen = false;
      s.decree = decree;
      if (title.name) s.titles.push({ text: title.name, at: item.at, kind: title.kind });
      else s.structure.push({ text: written(item), at: item.at });
      awaitingName = title.name === undefined;
      item.children.forEach(visit);
      return;
    }
    if (awaitingName && service && item.children.length === 0 && text.split(/\s+/).length <= 16 && !matchLabel(text)) {
      service.titles.push({ text, at: item.at, kind: 'judul' });
      awaitingName = false;
      return;
    }
    const label = matchLabel(text);
    if (label && (!section || section.key !== label.key || item.heading) && (mode !== 'maklumat' || item.heading || item.marker)) {
      const s = openSection(label.key, written(item), item.at);
      if (label.rest) s.items.push({ text: label.rest, children: [], at: item.at });
      s.items.push(...item.children);
      return;
    }
    const group = groupTitle(text);
    if (group && (item.heading || !section || section.items.length > 0)) {
      section = undefined;
      (service ?? current()).structure.push({ text: written(item), at: item.at });
      item.children.forEach(visit);
      return;
    }
    content(item);
  };

  items.forEach(visit);
  return out;
}
