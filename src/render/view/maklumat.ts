import type { Lang } from '../../i18n/index.js';
import { stated } from '../../model/absence.js';
import { MAKLUMAT_MODEL_TEXT } from '../../model/components.js';
import type { PenyelenggaraPelayanan } from '../../types/schema.js';
import { longDate } from '../format.js';
import { officialView, type OfficialView } from './unit.js';

export interface MaklumatView {
  teks: string;
  janji: string[];
  kompensasi?: string;
  tandaTangan?: OfficialView & { tempat?: string; tanggal?: string };
}

/** The maklumat as written, with the model sentence when the unit did not write its own. */
export function maklumatView(provider: PenyelenggaraPelayanan | undefined, lang: Lang): MaklumatView | undefined {
  const m = stated(provider?.maklumat);
  if (!m) return undefined;
  const view: MaklumatView = { teks: m.teks ?? MAKLUMAT_MODEL_TEXT, janji: m.janji ?? [] };
  if (m.kompensasi) view.kompensasi = m.kompensasi;
  const official = officialView(stated(m.penandatangan) ?? stated(provider?.kepala));
  if (official) view.tandaTangan = { ...official, tempat: m.tempat, tanggal: m.tanggal ? longDate(m.tanggal, lang) : undefined };
  return view;
}
