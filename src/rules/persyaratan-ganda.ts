import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, itemText, komponenOf, normalizeText } from './lib/data.js';
import type { ServiceRule } from './types.js';

interface List {
  pointer: string;
  items: unknown[];
}

/**
 * The plain list, the general list, each applicant case's list and each item's sub-items: the
 * same document may rightly recur across them.
 */
function lists(persyaratan: unknown): List[] {
  const base = '/komponen/persyaratan';
  const out: List[] = [];
  const add = (pointer: string, items: unknown[]) => {
    out.push({ pointer, items });
    items.forEach((item, i) => {
      const rincian = asArray(asRecord(item).rincian);
      if (rincian.length > 0) add(joinPointer(pointer, i, 'rincian'), rincian);
    });
  };
  if (Array.isArray(persyaratan)) add(base, persyaratan);
  else {
    const p = asRecord(persyaratan);
    if (Array.isArray(p.butir)) add(joinPointer(base, 'butir'), p.butir);
    asArray(p.kelompok).forEach((k, i) => add(joinPointer(base, 'kelompok', i, 'butir'), asArray(asRecord(k).butir)));
  }
  return out;
}

/** "asli" or [fotokopi, asli], compared as a set of forms. */
const forms = (v: unknown) => (typeof v === 'string' ? v : asArray(v).filter((f): f is string => typeof f === 'string').sort().join('+'));

/** What the requirement names: its text, and its choices ("KTP-el atau Surat Keterangan Kependudukan"). */
function named(item: unknown): string | undefined {
  const choices = asArray(asRecord(item).pilihan).map(named).filter(Boolean).join(' atau ');
  return [itemText(item, 'uraian')?.trim(), choices].filter(Boolean).join(': ') || undefined;
}

/** Same document (or same choices), same form, same condition: written twice. */
function key(item: unknown): string | undefined {
  const text = named(item);
  if (!text) return undefined;
  const r = asRecord(item);
  return [normalizeText(text), forms(r.bentuk), forms(r.bentuk_pilihan), typeof r.kondisi === 'string' ? normalizeText(r.kondisi) : ''].join('\u0000');
}

export const persyaratanGanda: ServiceRule = {
  id: 'persyaratan-ganda',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Persyaratan yang sama tidak boleh ditulis dua kali dalam satu daftar.',
    en: 'The same requirement must not be listed twice in one list.',
  },
  messages: {
    duplicate: {
      message: { id: 'Persyaratan "{uraian}" sudah ditulis pada butir ke-{pertama}.', en: 'The requirement "{uraian}" is already listed as item {pertama}.' },
      hint: {
        id: 'Hapus salah satunya. Bila keduanya memang berbeda, bedakan dengan "bentuk" (asli, fotokopi, ...) atau "kondisi" (misalnya "bagi pemohon yang sudah menikah").',
        en: 'Remove one of them. If they really differ, tell them apart with "bentuk" (asli, fotokopi, ...) or "kondisi" (e.g. "bagi pemohon yang sudah menikah").',
      },
    },
  },
  check(service, _ctx, report) {
    for (const list of lists(komponenOf(service.data).persyaratan)) {
      const first = new Map<string, number>();
      list.items.forEach((item, i) => {
        const k = key(item);
        if (k === undefined) return;
        const seen = first.get(k);
        if (seen === undefined) first.set(k, i);
        else report({ pointer: joinPointer(list.pointer, i), message: 'duplicate', params: { uraian: named(item)!, pertama: seen + 1 } });
      });
    }
  },
};
