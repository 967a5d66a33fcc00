import type { JangkaWaktu as SchemaJangkaWaktu } from '../../../types/schema.js';
import { type Item, linesOf, noteText, tidy } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { type Durasi, findDuration, findHours } from './durasi.js';

type JangkaWaktu = Draft<SchemaJangkaWaktu>;

const DOUBTS = {
  words: { id: 'angka dan huruf dalam kurung tidak sama', en: 'the digits and the words in brackets differ' },
  hari: { id: 'dokumen menulis "hari" tanpa "kerja" atau "kalender"', en: 'the document says "hari" without "kerja" (working) or "kalender" (calendar)' },
  jam: { id: '"jam" dibaca sebagai jam kerja; tulis jam_kalender bila yang dimaksud jam jam', en: '"jam" is read as working hours; write jam_kalender if clock hours are meant' },
};

export function recordDoubts(d: Durasi, rec: Recorder): void {
  for (const doubt of d.doubts) rec.check(['satuan'], DOUBTS[doubt]);
}

const since = (text: string) => /\b(sejak\s+.+?)(?=\s+dengan\s+catatan|\s*[.;]\s*$|$)/i.exec(text);

/** What a page prints beside a duration in words: the numbers, or when the clock starts ("sejak …"). */
const isDetail = (text: string) => /^sejak\b/i.test(text.trim()) || findDuration(text)?.index === 0;

/** The completion time; opening hours found in it go to the service's jam_pelayanan. */
export function parseJangkaWaktu(items: readonly Item[], rec: Recorder, ctx: ParseContext): JangkaWaktu | undefined {
  const lines = linesOf(items).map((l) => l.trim().replace(/^(?:\d{1,2}[.)]|[a-z][.)]|[-•·])\s*/, ''));
  const rest: string[] = [];
  let found: { d: Durasi; line: string } | undefined;
  let detail: string | undefined;
  for (const line of lines) {
    const hours = findHours(line);
    if (hours.length > 0) {
      hours.forEach((h, i) => {
        ctx.hours.push(h.value);
        if (i === 0) rec.root().origin(['jam_pelayanan', ctx.hours.length - 1], line);
      });
      const left = hours.reduceRight((t, h) => t.slice(0, h.index) + ' ' + t.slice(h.end), line).replace(/[\s&/.,;]+/g, ' ').trim();
      if (left && /\w{3}/.test(left)) rest.push(left);
      rec.place(hours.length);
      continue;
    }
    if (found && detail === undefined && rest.length === 0 && /^sejak\s/i.test(line)) {
      detail = line;
      continue;
    }
    const d = found ? undefined : findDuration(line);
    if (d) found = { d, line };
    else rest.push(line);
  }
  if (!found) {
    if (rest.length > 0) ctx.unplaced(rest.join('\n'));
    return undefined;
  }
  // "Dua minggu (14 (empat belas) hari kerja sejak berkas lengkap)": the words, then in brackets
  // or on the line under them the numbers or the moment the clock starts, which are the value.
  const bracket = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*\.?$/.exec(found.line);
  if (bracket && detail === undefined && isDetail(bracket[1]!)) detail = bracket[1]!;
  const line = bracket && detail === bracket[1] ? found.line.slice(0, bracket.index) : found.line;
  const exact = detail !== undefined ? findDuration(detail) : undefined;
  const d = exact?.index === 0 ? exact : found.d;
  const value: JangkaWaktu = { nilai: d.nilai, satuan: d.satuan };
  if (d.paling_cepat !== undefined) value.paling_cepat = d.paling_cepat;
  recordDoubts(d, rec);
  const own = d === found.d;
  const after = own ? line.slice(d.end) : '';
  const sejak = since(after);
  const detailSejak = detail !== undefined ? since(detail.slice(own ? 0 : d.end)) : null;
  if (detailSejak) value.sejak = tidy(detailSejak[1]!);
  else if (sejak) value.sejak = tidy(sejak[1]!);
  const core = own ? line.slice(d.index, d.end) : '';
  if (tidy(line) !== core) value.teks = tidy(line);
  const beyond = sejak && !detailSejak ? after.slice(sejak.index + sejak[0].length) : '';
  const note = [tidy(beyond), ...rest.map((r) => noteText(r) ?? r)].filter((t) => t !== '');
  if (note.length > 0) {
    value.catatan = note.join('\n');
    rec.keep(note.length);
  }
  rec.place();
  rec.origin(['nilai'], core);
  return value;
}
