import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, itemText, komponenOf, normalizeText } from './lib/data.js';
import type { ServiceRule } from './types.js';

interface List {
  pointer: string;
  items: unknown[];
}

/** The plain list, or each applicant case's list: the same document may rightly recur across cases. */
function lists(persyaratan: unknown): List[] {
  const base = '/komponen/persyaratan';
  if (Array.isArray(persyaratan)) return [{ pointer: base, items: persyaratan }];
  return asArray(asRecord(persyaratan).kelompok).map((k, i) => ({ pointer: joinPointer(base, 'kelompok', i, 'butir'), items: asArray(asRecord(k).butir) }));
}

/** Same document, same form, same condition: written twice. */
function key(item: unknown): string | undefined {
  const text = itemText(item, 'uraian');
  if (!text) return undefined;
  const r = asRecord(item);
  return [normalizeText(text), typeof r.bentuk === 'string' ? r.bentuk : '', typeof r.kondisi === 'string' ? normalizeText(r.kondisi) : ''].join('\u0000');
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
        else report({ pointer: joinPointer(list.pointer, i), message: 'duplicate', params: { uraian: itemText(item, 'uraian')!.trim(), pertama: seen + 1 } });
      });
    }
  },
};
