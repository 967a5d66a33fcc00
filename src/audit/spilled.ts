import { SpillFile } from '../files/spill.js';
import type { Fix, GroupScore, IndicatorResult, IndicatorScore, ServiceAudit, UnitAudit, Zone } from './types.js';

/**
 * A unit's audit whose lists wait in a spill file (`AuditOptions.spill`): in memory only what
 * ranks it, a few fields and a number; each list read back, a new copy, when it is asked for. Its
 * JSON is the plain audit's, key for key.
 */
export class SpilledUnitAudit implements UnitAudit {
  readonly folder: string;
  readonly nama?: string;
  readonly wilayah?: string;
  readonly skor: number | null;
  readonly zona: Zone | null;
  readonly cakupan: number;
  readonly #spill: SpillFile;
  /** The number of its first list in the spill file; the others follow it, in the order below. */
  readonly #first: number;

  constructor({ folder, nama, wilayah, skor, zona, cakupan, kelompok, indikator, unit, layanan, perbaikan }: UnitAudit, spill: SpillFile) {
    this.folder = folder;
    if (nama !== undefined) this.nama = nama;
    if (wilayah !== undefined) this.wilayah = wilayah;
    this.skor = skor;
    this.zona = zona;
    this.cakupan = cakupan;
    this.#spill = spill;
    this.#first = spill.put(kelompok);
    for (const list of [indikator, unit, layanan, perbaikan]) spill.put(list);
  }

  get kelompok(): GroupScore[] {
    return this.#spill.get(this.#first);
  }

  get indikator(): IndicatorScore[] {
    return this.#spill.get(this.#first + 1);
  }

  get unit(): IndicatorResult[] {
    return this.#spill.get(this.#first + 2);
  }

  get layanan(): ServiceAudit[] {
    return this.#spill.get(this.#first + 3);
  }

  get perbaikan(): Fix[] {
    return this.#spill.get(this.#first + 4);
  }

  toJSON(): UnitAudit {
    const { folder, nama, wilayah, skor, zona, cakupan } = this;
    return { folder, ...(nama !== undefined ? { nama } : {}), ...(wilayah !== undefined ? { wilayah } : {}), skor, zona, cakupan, kelompok: this.kelompok, indikator: this.indikator, unit: this.unit, layanan: this.layanan, perbaikan: this.perbaikan };
  }
}

/**
 * `run` with a spill file for the lists of the units it audits (`AuditOptions.spill`), kept until
 * the results are read (a report, a dashboard) and closed, gone, once it is done.
 */
export async function withAuditSpill<T>(run: (spill: SpillFile) => Promise<T>): Promise<T> {
  const spill = new SpillFile('standar-audit-spill-');
  try {
    return await run(spill);
  } finally {
    spill.close();
  }
}
