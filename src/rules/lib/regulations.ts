import { joinPointer } from '../../load/pointer.js';
import { asArray, asRecord, isRecord, komponenOf } from './data.js';

export interface CitedRegulation {
  pointer: string;
  jenis: string;
  nomor: string;
  tahun?: number;
  penerbit?: string;
  tentang?: string;
}

function cited(value: unknown, pointer: string): CitedRegulation | undefined {
  if (!isRecord(value) || typeof value.jenis !== 'string') return undefined;
  if (typeof value.nomor !== 'string' && typeof value.nomor !== 'number') return undefined;
  const out: CitedRegulation = { pointer, jenis: value.jenis, nomor: String(value.nomor).trim() };
  if (typeof value.tahun === 'number') out.tahun = value.tahun;
  if (typeof value.penerbit === 'string') out.penerbit = value.penerbit;
  if (typeof value.tentang === 'string') out.tentang = value.tentang;
  return out;
}

/** Every regulation a service cites: its legal basis, the fee's and each tariff line's. */
export function citedRegulations(data: unknown): CitedRegulation[] {
  const komponen = komponenOf(data);
  const biaya = asRecord(komponen.biaya);
  const out: (CitedRegulation | undefined)[] = [];
  asArray(komponen.dasar_hukum).forEach((r, i) => out.push(cited(r, joinPointer('/komponen/dasar_hukum', i))));
  asArray(biaya.dasar_hukum).forEach((r, i) => out.push(cited(r, joinPointer('/komponen/biaya/dasar_hukum', i))));
  asArray(biaya.tarif).forEach((t, i) => out.push(cited(asRecord(t).dasar_hukum, joinPointer('/komponen/biaya/tarif', i, 'dasar_hukum'))));
  return out.filter((r): r is CitedRegulation => r !== undefined);
}

/** "Permen PANRB 15/2014" style label for messages. */
export function regulationLabel(r: { jenis: string; nomor: string; tahun?: number; penerbit?: string }): string {
  const issuer = r.penerbit ? ` ${r.penerbit}` : '';
  return `${r.jenis}${issuer} Nomor ${r.nomor}${r.tahun !== undefined ? ` Tahun ${r.tahun}` : ''}`;
}
