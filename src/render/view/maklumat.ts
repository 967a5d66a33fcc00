import type { Lang } from '../../i18n/index.js';
import { asArray, asRecord, isRecord } from '../../load/guards.js';
import { isNotStated } from '../../model/absence.js';
import { MAKLUMAT_MODEL_TEXT } from '../../model/components.js';
import { longDate } from '../../model/format.js';
import { gapFor, line, text, textOrGap, type Gap, type Teks } from './read.js';
import { officialView, type OfficialView } from './unit.js';

export interface MaklumatView {
  /** A gap when the document says it does not state a maklumat. */
  teks: Teks | Gap;
  janji: (Teks | Gap)[];
  kompensasi?: Teks;
  tandaTangan?: OfficialView & { tempat?: string; tanggal?: string };
}

/**
 * The maklumat as written, paragraphs and lists kept; the model sentence of PermenPANRB 15/2014
 * when the unit wrote none (the schema documents that default). Signed by its signer, else the
 * head of the unit; a signer the document does not name is a gap. A maklumat marked
 * `tidak_dinyatakan` is a page that says so.
 */
export function maklumatView(provider: unknown, lang: Lang): MaklumatView | undefined {
  const p = asRecord(provider);
  if (!isRecord(p.maklumat)) return undefined;
  const m = p.maklumat;
  // Not stated in the document: the page says so, with its reason; nothing is composed or signed.
  if (isNotStated(m)) return { teks: gapFor(m, lang), janji: [] };
  const view: MaklumatView = { teks: text(m.teks) ?? text(MAKLUMAT_MODEL_TEXT)!, janji: asArray(m.janji).map((j) => textOrGap(j, lang)) };
  const kompensasi = text(m.kompensasi);
  if (kompensasi) view.kompensasi = kompensasi;
  const official = officialView(m.penandatangan ?? p.kepala ?? {}, lang);
  if (official) {
    const tempat = line(m.tempat);
    const tanggal = line(m.tanggal);
    view.tandaTangan = { ...official, ...(tempat ? { tempat } : {}), ...(tanggal ? { tanggal: longDate(tanggal, lang) } : {}) };
  }
  return view;
}
