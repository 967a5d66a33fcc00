import { joinPointer } from '../load/pointer.js';
import { asArray, asRecord, isNumber, isRecord, komponenOf } from './lib/data.js';
import { asDuration, formatDuration, formatWorkingMinutes, workingMinutes, type Duration, type WorkCalendar } from './lib/durations.js';
import type { Report, RuleContext, ServiceRule } from './types.js';

interface Flow {
  pointer: string;
  name?: string;
  steps: unknown[];
}

function flows(prosedur: unknown): Flow[] {
  const base = '/komponen/sistem_mekanisme_prosedur';
  if (Array.isArray(prosedur)) return [{ pointer: base, steps: prosedur }];
  return asArray(asRecord(prosedur).alur).map((alur, i) => {
    const a = asRecord(alur);
    return { pointer: joinPointer(base, 'alur', i), name: typeof a.nama === 'string' ? a.nama : undefined, steps: asArray(a.langkah) };
  });
}

function calendarOf(ctx: RuleContext): WorkCalendar {
  const hours = ctx.options.jam_kerja_per_hari;
  const days = ctx.options.hari_kerja_per_minggu;
  return {
    hoursPerDay: isNumber(hours) && hours > 0 && hours <= 24 ? hours : 7.5,
    daysPerWeek: isNumber(days) && days >= 1 && days <= 7 ? days : 5,
  };
}

/** Compare the least time the steps can take with the most the promise allows. */
function compare(flow: Flow, promise: Duration, cal: WorkCalendar, ctx: RuleContext, report: Report, message: string): void {
  const limit = workingMinutes(promise, cal, 'max');
  if (limit === undefined) return; // a bare "hari": waktu-rancu asks which kind
  let total = 0;
  let counted = 0;
  for (const step of flow.steps) {
    const d = isRecord(step) ? asDuration(step.waktu) : undefined;
    // A step in bare "hari" adds an unknown time: leaving it out keeps the total a lower bound.
    const minutes = d && workingMinutes(d, cal, 'min');
    if (minutes === undefined) continue;
    total += minutes;
    counted++;
  }
  if (counted === 0 || total <= limit + 1e-6) return;
  report({
    pointer: flow.pointer,
    message,
    params: {
      jumlah: formatWorkingMinutes(total, cal, ctx.lang),
      janji: formatDuration(promise, ctx.lang),
      alur: flow.name ? ` "${flow.name}"` : '',
      jam: cal.hoursPerDay.toLocaleString(ctx.lang === 'id' ? 'id-ID' : 'en-GB'),
    },
  });
}

/** The steps of a procedure cannot take longer than the completion time promised for it. */
export const waktuLangkahMelebihi: ServiceRule = {
  id: 'waktu-langkah-melebihi',
  scope: 'service',
  severity: 'error',
  defaultOptions: { jam_kerja_per_hari: 7.5, hari_kerja_per_minggu: 5 },
  description: {
    id: 'Jumlah waktu langkah-langkah prosedur tidak boleh melebihi jangka waktu pelayanan yang dijanjikan, batas atasnya bila berupa rentang (satuan diubah; jam kerja per hari dapat diatur).',
    en: 'The procedure\'s step times must not add up to more than the promised completion time, its upper bound for a range (units converted; working hours per day configurable).',
  },
  messages: {
    exceeds: {
      message: {
        id: 'Langkah-langkah prosedur{alur} memakan paling sedikit {jumlah}, lebih lama dari jangka waktu pelayanan {janji}.',
        en: 'The procedure{alur} steps take at least {jumlah}, longer than the promised completion time of {janji}.',
      },
      hint: {
        id: 'Perbaiki "waktu" langkah yang terlalu panjang, atau perpanjang "jangka_waktu" agar janji dapat ditepati (1 hari kerja dihitung {jam} jam).',
        en: 'Correct the step "waktu" that is too long, or extend "jangka_waktu" so the promise can be kept (1 working day counts as {jam} hours).',
      },
    },
    complaintExceeds: {
      message: {
        id: 'Langkah tindak lanjut pengaduan memakan paling sedikit {jumlah}, lebih lama dari jangka waktu pengaduan {janji}.',
        en: 'The complaint follow-up steps take at least {jumlah}, longer than the complaint completion time of {janji}.',
      },
      hint: {
        id: 'Perbaiki "waktu" pada "tindak_lanjut", atau sesuaikan "pengaduan.jangka_waktu" (1 hari kerja dihitung {jam} jam).',
        en: 'Correct the "waktu" of the "tindak_lanjut" steps, or adjust "pengaduan.jangka_waktu" (1 working day counts as {jam} hours).',
      },
    },
  },
  check(service, ctx, report) {
    const komponen = komponenOf(service.data);
    const cal = calendarOf(ctx);
    const promise = asDuration(komponen.jangka_waktu);
    if (promise) for (const flow of flows(komponen.sistem_mekanisme_prosedur)) compare(flow, promise, cal, ctx, report, 'exceeds');
    const pengaduan = asRecord(komponen.pengaduan);
    const complaintPromise = asDuration(pengaduan.jangka_waktu);
    if (complaintPromise) compare({ pointer: '/komponen/pengaduan/tindak_lanjut', steps: asArray(pengaduan.tindak_lanjut) }, complaintPromise, cal, ctx, report, 'complaintExceeds');
  },
};
