import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, isRecord, komponenOf, nonEmpty } from './lib/data.js';
import type { ServiceRule } from './types.js';

interface Flow {
  pointer: string;
  name?: string;
  steps: unknown[];
}

/** The procedure's flows and the complaint follow-up: each is a list of steps. */
function flows(komponen: Record<string, unknown>): Flow[] {
  const base = '/komponen/sistem_mekanisme_prosedur';
  const prosedur = komponen.sistem_mekanisme_prosedur;
  const out: Flow[] = Array.isArray(prosedur)
    ? [{ pointer: base, steps: prosedur }]
    : asArray(asRecord(prosedur).alur).map((alur, i) => {
        const a = asRecord(alur);
        return { pointer: joinPointer(base, 'alur', i, 'langkah'), name: nonEmpty(a.nama) ? a.nama : undefined, steps: asArray(a.langkah) };
      });
  out.push({ pointer: '/komponen/pengaduan/tindak_lanjut', steps: asArray(asRecord(komponen.pengaduan).tindak_lanjut) });
  return out;
}

/** Passive steps ("Berkas diverifikasi") name no one: noted once per flow, as the document wrote them. */
export const langkahTanpaPelaksana: ServiceRule = {
  id: 'langkah-tanpa-pelaksana',
  scope: 'service',
  severity: 'info',
  description: {
    id: 'Langkah prosedur tanpa pelaksana (kalimat pasif) dicatat, sekali per alur: pemohon tidak tahu siapa yang mengerjakannya.',
    en: 'Procedure steps without an actor (passive voice) are noted, once per flow: the applicant cannot tell who does them.',
  },
  messages: {
    passive: {
      message: { id: 'Langkah ke-{nomor}{alur} tidak menyebut pelaksananya.', en: 'Step {nomor}{alur} names no actor.' },
      hint: {
        id: 'Bila naskah atau unit menyebut siapa yang melakukannya, tulis di "pelaksana"; bila tidak, langkah ini tetap ditampilkan tanpa pelaksana.',
        en: 'If the text or the unit says who does it, write it in "pelaksana"; if not, the step is still shown without an actor.',
      },
    },
    passiveMany: {
      message: { id: 'Langkah ke-{nomor}{alur} tidak menyebut pelaksananya.', en: 'Steps {nomor}{alur} name no actor.' },
      hint: {
        id: 'Bila naskah atau unit menyebut siapa yang melakukannya, tulis di "pelaksana" masing-masing langkah; bila tidak, langkah itu tetap ditampilkan tanpa pelaksana.',
        en: 'If the text or the unit says who does them, write it in each step\'s "pelaksana"; if not, the steps are still shown without an actor.',
      },
    },
  },
  check(service, ctx, report) {
    for (const flow of flows(komponenOf(service.data))) {
      const passive = flow.steps.flatMap((step, i) => (isRecord(step) && step.pelaksana === undefined ? [i] : []));
      if (passive.length === 0) continue;
      const nomor = passive.map((i) => i + 1).join(ctx.lang === 'id' ? ', ke-' : ', ');
      report({ pointer: joinPointer(flow.pointer, passive[0]!), message: passive.length === 1 ? 'passive' : 'passiveMany', params: { nomor, alur: flow.name ? ` (${flow.name})` : '' } });
    }
  },
};
