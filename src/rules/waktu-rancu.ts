import { joinPointer, walkData } from '../load/pointer.js';
import { isNumber, isRecord, komponenOf } from './lib/data.js';
import type { Report, ServiceRule } from './types.js';

/** Keys whose value is a duration: the completion time, a step's time, the complaint answer time. */
const DURATION_KEYS = new Set(['jangka_waktu', 'waktu']);

/** Every duration in the components, with its pointer. */
function durations(komponen: Record<string, unknown>): { pointer: string; d: Record<string, unknown> }[] {
  const out: { pointer: string; d: Record<string, unknown> }[] = [];
  walkData(
    komponen,
    (value, place) => {
      if (typeof place.key !== 'string' || !DURATION_KEYS.has(place.key) || !isRecord(value)) return;
      out.push({ pointer: place.pointer(), d: value });
      return false;
    },
    '/komponen',
  );
  return out;
}

/** "1x24 jam", "24 jam": a whole day counted in clock hours. */
const CLOCK_DAY = /\b\d+\s*[x×]\s*24\s*jam\b|\b24\s*jam\b/i;

function check(pointer: string, d: Record<string, unknown>, report: Report): void {
  const low = d.paling_cepat;
  for (const [satuan, at] of [[d.satuan, joinPointer(pointer, 'satuan')], [isRecord(low) ? low.satuan : undefined, joinPointer(pointer, 'paling_cepat', 'satuan')]] as const) {
    if (satuan === 'hari') report({ pointer: at, message: 'hari' });
  }
  const teks = typeof d.teks === 'string' ? d.teks : '';
  const wholeDays = isNumber(d.nilai) && d.nilai >= 24 && d.nilai % 24 === 0;
  if (d.satuan === 'jam' && isNumber(d.nilai) && !/jam\s+kerja/i.test(teks) && (wholeDays || CLOCK_DAY.test(teks))) {
    report({ pointer: joinPointer(pointer, 'satuan'), message: 'jam24', params: { nilai: d.nilai } });
  }
  const lowValue = isNumber(low) ? low : isRecord(low) && low.satuan === d.satuan && isNumber(low.nilai) ? low.nilai : undefined;
  if (lowValue !== undefined && isNumber(d.nilai) && lowValue > d.nilai) {
    report({ pointer: joinPointer(pointer, 'paling_cepat'), message: 'reversed', params: { bawah: lowValue, atas: d.nilai } });
  }
}

/** A duration must say one thing: which kind of day, which kind of hour, which bound is the promise. */
export const waktuRancu: ServiceRule = {
  id: 'waktu-rancu',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Lama waktu tidak boleh bermakna ganda: satuan "hari" tanpa keterangan hari kerja atau hari kalender, "24 jam" yang ditulis sebagai jam kerja, atau batas bawah rentang yang lebih besar dari batas atasnya.',
    en: 'A duration must not be ambiguous: a bare "hari" that does not say working or calendar days, "24 jam" written as working hours, or a range whose lower bound exceeds its upper bound.',
  },
  messages: {
    hari: {
      message: { id: 'Satuan "hari" tidak menyebut hari kerja atau hari kalender.', en: 'The unit "hari" does not say working days or calendar days.' },
      hint: {
        id: 'Tanyakan kepada unit atau periksa naskah aslinya: bila Sabtu, Minggu dan hari libur tidak dihitung, tulis satuan: hari_kerja; bila ikut dihitung, tulis satuan: hari_kalender.',
        en: 'Ask the unit or check the original text: if Saturdays, Sundays and holidays do not count, write satuan: hari_kerja; if they do, write satuan: hari_kalender.',
      },
    },
    jam24: {
      message: { id: '{nilai} jam ditulis dengan satuan "jam", yang berarti jam kerja, bukan jam jam.', en: '{nilai} hours are written with the unit "jam", which means working hours, not clock hours.' },
      hint: {
        id: 'Bila dokumen berarti jam jam ("1x24 jam" adalah satu hari penuh), tulis satuan: jam_kalender; bila memang jam kerja, biarkan.',
        en: 'If the document means clock hours ("1x24 jam" is one full day), write satuan: jam_kalender; if it really means working hours, leave it.',
      },
    },
    reversed: {
      message: { id: 'Batas bawah rentang ({bawah}) lebih besar dari batas atasnya ({atas}).', en: 'The range\'s lower bound ({bawah}) is greater than its upper bound ({atas}).' },
      hint: {
        id: 'Periksa naskahnya: "nilai" adalah batas atas yang dijanjikan, "paling_cepat" batas bawahnya.',
        en: 'Check the text: "nilai" is the promised upper bound, "paling_cepat" the lower bound.',
      },
    },
  },
  check(service, _ctx, report) {
    for (const { pointer, d } of durations(komponenOf(service.data))) check(pointer, d, report);
  },
};
