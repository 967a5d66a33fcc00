import { entryLabel } from '../registry/label.js';
import type { Lembaran } from '../registry/types.js';
import { citationChecks } from './lib/citations.js';
import { isNumber, isRecord } from './lib/data.js';
import type { ReportSpec, ServiceRule } from './types.js';

const sameNumber = (written: unknown, known: string) => (typeof written === 'string' || isNumber(written)) && String(written).trim().replace(/^0+(?=\d)/, '') === known.replace(/^0+(?=\d)/, '');
const lnText = (l: Lembaran) => `ln: { ${l.tahun !== undefined ? `tahun: ${l.tahun}, ` : ''}nomor: ${l.nomor} }`;

/** The gazette numbers printed on a standard are copied from somewhere: from the registry they are right. */
export const lembaranNegaraKeliru: ServiceRule = {
  id: 'lembaran-negara-keliru',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Nomor Lembaran Negara (ln) dan Tambahan Lembaran Negara (tln) rujukan harus sama dengan daftar peraturan (fakta yang ditandai ragu di daftar tidak dipakai).',
    en: 'A citation\'s State Gazette (ln) and Supplement (tln) numbers must match the regulation registry (facts the registry marks uncertain are not used).',
  },
  messages: {
    ln: {
      message: { id: '{peraturan} diundangkan dalam Lembaran Negara Tahun {tahun} Nomor {nomor}, bukan {tertulis}.', en: '{peraturan} was promulgated in State Gazette {tahun} Number {nomor}, not {tertulis}.' },
      hint: { id: 'Tulis {rujukan}.', en: 'Write {rujukan}.' },
    },
    tln: {
      message: { id: 'Tambahan Lembaran Negara {peraturan} bernomor {nomor}, bukan {tertulis}.', en: 'The State Gazette Supplement of {peraturan} is number {nomor}, not {tertulis}.' },
      hint: { id: 'Tulis tln: { nomor: {nomor} }.', en: 'Write tln: { nomor: {nomor} }.' },
    },
  },
  ...citationChecks((judged) => {
    const out: ReportSpec[] = [];
    for (const { cited, verdict } of judged) {
      if (verdict.kind !== 'found' && verdict.kind !== 'title') continue;
      const e = verdict.entry;
      const { ln, tln } = cited.value;
      if (e.ln && isRecord(ln) && !e.ragu?.includes('ln')) {
        // A gazette year unlike the regulation's own is peraturan-tidak-lengkap's to say.
        const yearWrong = e.ln.tahun !== undefined && isNumber(ln.tahun) && ln.tahun === cited.tahun && ln.tahun !== e.ln.tahun;
        const numberWrong = ln.nomor !== undefined && !sameNumber(ln.nomor, e.ln.nomor);
        if (yearWrong || numberWrong) {
          out.push({
            pointer: `${cited.pointer}/ln/${numberWrong ? 'nomor' : 'tahun'}`,
            message: 'ln',
            params: { peraturan: entryLabel(e), tahun: e.ln.tahun ?? e.tahun, nomor: e.ln.nomor, tertulis: `${isNumber(ln.tahun) ? `Tahun ${ln.tahun} ` : ''}Nomor ${String(ln.nomor)}`, rujukan: lnText({ tahun: e.ln.tahun ?? e.tahun, nomor: e.ln.nomor }) },
          });
        }
      }
      if (e.tln && isRecord(tln) && !e.ragu?.includes('tln') && tln.nomor !== undefined && !sameNumber(tln.nomor, e.tln.nomor)) {
        out.push({ pointer: `${cited.pointer}/tln/nomor`, message: 'tln', params: { peraturan: entryLabel(e), nomor: e.tln.nomor, tertulis: String(tln.nomor) } });
      }
    }
    return out;
  }),
};
