import type { Alur as SchemaAlur, JenisKanalLayanan as SchemaJenisKanalLayanan, Langkah as SchemaLangkah, SistemMekanismeProsedur as SchemaSistemMekanismeProsedur } from '../../../types/schema.js';
import { type Item, noteLine, noteText, splitAll, splitNote, withNote, written } from '../items.js';
import { type Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { butirList } from './butir.js';
import { findDuration } from './durasi.js';
import { parseCitation } from './peraturan.js';

type Alur = Draft<SchemaAlur>;
type JenisKanalLayanan = Draft<SchemaJenisKanalLayanan>;
type Langkah = Draft<SchemaLangkah>;
type SistemMekanismeProsedur = Draft<SchemaSistemMekanismeProsedur>;

/**
 * Procedures: numbered actor–action steps ("Petugas loket memeriksa kelengkapan berkas"), passive
 * steps ("Diverifikasi dan di paraf oleh Kasi Pelayanan Umum"), sub-steps (a, b, c), several
 * channels ("1. Tatap muka langsung" / "2. Daring (Online)"), and the lines around them (a
 * flowchart's caption, "Keterangan :").
 */

const ACTOR_HEADS = /^(?:pemohon|penduduk|pelapor|pengadu|petugas|pejabat|kepala|kasi|kasie|kabid|kasubag|kasubbag|sekcam|sekretaris|camat|lurah|operator|front\s+office|back\s+office|validator|verifikator|bagian|pimpinan|bidang|tim|staf|customer\s+service|costumer\s+service|admin|dinas|diskependudukan|bupati|wali\s*kota|walikota|sistem|aplikasi|loket|kasir|bendahara|saksi|penerima|pelaku\s+usaha)$/i;

/** Where the actor ends: the first word that is an active verb ("memeriksa", "mengisi", "menerbitkan", "membayar"). */
const ACTIVE_VERB = /^(?:me[mnr]?\w*|ber\w+|mencatat|menyerahkan|datang|login|mengambil)$/i;

/** "Petugas loket: Memeriksa …": the actor before a colon, as a page prints a step. */
const ACTOR_COLON = /^([^:]{2,60}?)\s*:\s+(\S[\s\S]*)$/;
const NOT_ACTOR = /^(?:catatan|keterangan|dasar\s+hukum|jumlah\s+waktu\s+langkah|waktu|biaya)$/i;

export function actorColon(text: string): { pelaksana: string; uraian: string } | undefined {
  const m = ACTOR_COLON.exec(text);
  // "Mengisi data yang diperlukan, antara lain: …": an action that opens a list, not an actor.
  if (!m || NOT_ACTOR.test(m[1]!) || m[1]!.split(/\s+/).length > 8 || /\d{3}/.test(m[1]!) || ACTIVE_VERB.test(m[1]!.split(/\s+/)[0]!) || /\b(?:antara\s+lain|berikut|meliputi)$/i.test(m[1]!)) return undefined;
  return { pelaksana: m[1]!.trim(), uraian: m[2]!.trim() };
}

/** Words between an actor and its verb ("Sistem SIAK secara otomatis akan mengirim …"): the actor ends before them. */
const AUXILIARY = /^(?:akan|telah|sudah|segera|secara|dapat|wajib|harus|kemudian|lalu|langsung)$/i;
/** A passive verb ("pemohon diambil sidik jarinya"): the actor, its subject, ends before it. Office names that open with "di" are not verbs. */
const PASSIVE_VERB = /^di(?!nas|rektur|rektorat|strik|visi|s[a-z]*capil|skependudukan)[a-z]{3,}$/;

function split(text: string): { pelaksana?: string; uraian: string } {
  const colon = actorColon(text);
  if (colon) return colon;
  const words = text.split(/\s+/);
  // "Kabid/ Kasi melakukan …": two actors joined by a slash.
  const head = words[0]!.replace(/[/,]$/, '').split('/')[0]!;
  if (!ACTOR_HEADS.test(head) && !(words.length > 1 && ACTOR_HEADS.test(`${head} ${words[1]}`))) return { uraian: text };
  for (let i = 1; i < Math.min(words.length, 10); i++) {
    const w = words[i]!.replace(/[,;:]$/, '');
    // "Pejabat … yang menangani bidang … melakukan …": a verb after "yang" ("yang telah ditunjuk") still describes the actor.
    const relative = /^yang$/i.test(words[i - 1]!) || (AUXILIARY.test(words[i - 1]!) && /^yang$/i.test(words[i - 2] ?? ''));
    const verb = (ACTIVE_VERB.test(w) && !/^(?:menengah|menteri|merah)$/i.test(w)) || AUXILIARY.test(w) || PASSIVE_VERB.test(w);
    if (verb && !relative) {
      const pelaksana = words.slice(0, i).join(' ').replace(/[,;:]$/, '');
      const uraian = words.slice(i).join(' ');
      return { pelaksana, uraian: uraian.replace(/^\w/, (c) => c.toUpperCase()) };
    }
  }
  return { uraian: text };
}

/** "(Dasar hukum: Pasal 5 Perpres 96/2018)" closing a step's text: the rule it follows. */
const STEP_BASIS = /\s*\(\s*dasar\s+hukum\s*:\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/i;

/** A step's text without the "(Dasar hukum: …)" that closes it, and the rule it cites. */
function stepBasis(text: string): { text: string; dasar_hukum?: Langkah['dasar_hukum'] } {
  const basis = STEP_BASIS.exec(text);
  const cited = basis ? parseCitation(basis[1]!) : undefined;
  return basis && cited ? { text: text.slice(0, basis.index).trim(), dasar_hukum: cited.value } : { text };
}

/**
 * One step: its actor and action, its time, legal basis and note (after it on its line, or
 * "Catatan: …" under it), the items below it.
 */
export function step(source: Item, rec: Recorder): Langkah {
  const noted = withNote(source);
  let item = noted.item;
  // The time in brackets pushed onto a line of its own: still the step's.
  const time = item.children[0];
  if (time && !time.marker && time.children.length === 0 && /^\(.*\d.*\)\.?$/.test(time.text.trim()) && !/\)\.?$/.test(item.text.trim())) {
    item = { ...item, text: `${item.text} ${time.text.trim()}`, children: item.children.slice(1) };
  }
  const inline = splitNote(item.text);
  const catatan = [inline.catatan, noted.catatan].filter(Boolean).join('\n\n');
  let text = inline.text.replace(/\s*;\s*$/, '').replace(/\s*;\s*dan$/i, '');
  const value: Langkah = { uraian: text };
  // "(10 menit)", or as a page prints it, "(10 (sepuluh) menit)".
  const timed = /\s*\(((?:[^()]|\([^()]*\))*\d(?:[^()]|\([^()]*\))*)\)\.?$/.exec(text);
  const d = timed ? findDuration(timed[1]!) : undefined;
  if (timed && d && d.index === 0 && d.end === timed[1]!.trim().length) {
    value.waktu = { nilai: d.nilai, satuan: d.satuan };
    if (d.paling_cepat !== undefined) value.waktu.paling_cepat = d.paling_cepat;
    text = text.slice(0, timed.index).trim();
  }
  // "… dalam 1 (satu) hari": the step's time closing its sentence, which stays whole.
  const within = value.waktu ? null : /\s((?:dalam|paling\s+lama|maksimal|selama)(?:\s+waktu)?\s+(\d[^,;()]*(?:\([^()]*\)[^,;()]*)?))\.?$/i.exec(text);
  const w = within ? findDuration(within[2]!) : undefined;
  if (within && w && w.index === 0 && w.end === within[2]!.trim().length) {
    value.waktu = { nilai: w.nilai, satuan: w.satuan, teks: within[1]!.trim() };
    if (w.paling_cepat !== undefined) value.waktu.paling_cepat = w.paling_cepat;
  }
  const based = stepBasis(text);
  if (based.dasar_hukum) {
    value.dasar_hukum = based.dasar_hukum;
    text = based.text;
  }
  const parts = split(text);
  value.uraian = parts.uraian;
  // "Setelah nomor antrian dipanggil, pemohon menyerahkan berkas": the actor of the main clause; the text stays whole.
  const clause = parts.pelaksana ? undefined : /^(?:setelah|sesudah|apabila|jika|bila|kemudian|selanjutnya)\b[^,]*,\s*(\S.*)$/i.exec(text);
  const main = clause ? split(clause[1]!) : undefined;
  if (parts.pelaksana) value.pelaksana = parts.pelaksana;
  else if (main?.pelaksana) value.pelaksana = main.pelaksana;
  else {
    // "Diverifikasi oleh Kasi Pelayanan", "Paraf oleh Kasi/Kabid untuk pencetakan", "Proses TTE oleh Ka. Dinas".
    const by = /\boleh\s+(?!karena\b|sebab\b)(.+?)(?=\s+(?:untuk|guna|serta|kemudian|lalu|setelah|apabila|jika|kalau|dan\s+(?:di|me)\w+)\b|\s*[,;]|\s*\.?\s*$)/i.exec(text);
    if (by && by[1]!.split(/\s+/).length <= 6) {
      value.pelaksana = by[1]!.replace(/^\w/, (c) => c.toUpperCase());
      rec.check(['pelaksana'], { id: 'pelaksana dibaca dari kalimat pasif ("oleh ...")', en: 'actor read from a passive sentence ("oleh ...")' });
    }
  }
  if (item.children.length > 0) value.rincian = butirList(item.children, rec.at('rincian'));
  if (catatan) value.catatan = catatan;
  rec.origin([], item.text);
  rec.place();
  return value;
}

const CHANNELS: [RegExp, JenisKanalLayanan][] = [
  [/tatap\s+muka|langsung|loket|walk[-\s]?in|offline|luring/i, 'tatap_muka'],
  [/daring|online|website|situs/i, 'daring'],
  [/mal\s+pelayanan|\bmpp\b/i, 'mpp'],
  [/aplikasi/i, 'aplikasi'],
  [/jemput\s+bola|keliling/i, 'jemput_bola'],
  [/\bpos\b|pengiriman/i, 'pos'],
];

/**
 * The words documents and pages use for each kind of service channel: after a procedure's name
 * ("Melalui loket (Tatap muka)"), as a channel's label ("Daring (online): …") and in a
 * spreadsheet's channel column.
 */
const SERVICE_CHANNELS: [JenisKanalLayanan, RegExp][] = [
  ['tatap_muka', /^tatap\s+muka\b|^luring$|^offline$|^loket$/i],
  ['daring', /^daring\b|^online$/i],
  ['mpp', /^mal\s+pelayanan\s+publik$|^mpp$/i],
  ['aplikasi', /^aplikasi$/i],
  ['jemput_bola', /^jemput\s+bola\b/i],
  ['pos', /^pos$/i],
  ['lainnya', /^lainnya$/i],
];

export const serviceChannelOf = (label: string) => SERVICE_CHANNELS.find(([, re]) => re.test(label.trim()))?.[0];

/** "Melalui loket (Tatap muka)": a procedure's name and the channel a page prints after it. */
function flowTitle(text: string): { nama: string; kanal?: JenisKanalLayanan } {
  const aside = /\s*\(((?:[^()]|\([^()]*\))+)\)$/.exec(text);
  const kanal = aside ? serviceChannelOf(aside[1]!) : undefined;
  return kanal ? { nama: text.slice(0, aside!.index).trim(), kanal } : { nama: text.replace(/\s*:\s*$/, '') };
}

/** "Jumlah waktu langkah: 70 (tujuh puluh) menit": the sum a page prints under a procedure, made again from its steps. */
const STEP_TOTAL = /^Jumlah\s+waktu\s+langkah\s*:/i;

const isChannelTitle = (it: Item) => it.children.length > 0 && it.children.some((c) => c.marker) && (CHANNELS.some(([re]) => re.test(it.text)) || /^prosedur\b|^alur\b|^tata\s+cara\b|:$/i.test(it.text));

type Row = { text: string; items: Item[] }[];

/** The columns of a table of steps, found by their headers ("No | Pelaksana | Kegiatan | Waktu"). */
interface StepColumns {
  actor?: number;
  action: number;
  time?: number;
  /** Columns of other kinds ("Output", "Keterangan"): said in the step's note, under their header. */
  others: { at: number; header: string }[];
}

function stepColumns(header: Row): StepColumns | undefined {
  const names = header.map((c) => c.text.trim().toLowerCase());
  const find = (re: RegExp) => {
    const at = names.findIndex((n) => re.test(n));
    return at < 0 ? undefined : at;
  };
  const action = find(/^(?:kegiatan|uraian(?:\s+kegiatan)?|langkah|aktivitas|tahapan|prosedur|proses)$/);
  if (action === undefined) return undefined;
  const actor = find(/^(?:pelaksana|petugas|pelaku|unit(?:\s+kerja)?|pejabat|penanggung\s+jawab)$/);
  const time = find(/^(?:waktu|durasi|lama(?:\s+waktu)?|waktu\s+penyelesaian)$/);
  const no = find(/^no\.?$|^nomor$/);
  const others = names.map((n, at) => ({ at, header: header[at]!.text.trim() })).filter(({ at, header: h }) => h !== '' && ![action, actor, time, no].includes(at));
  return { action, others, ...(actor !== undefined ? { actor } : {}), ...(time !== undefined ? { time } : {}) };
}

function tableStep(row: Row, columns: StepColumns, rec: Recorder): Langkah | undefined {
  const [first, ...rest] = row[columns.action]?.items ?? [];
  if (!first) return undefined;
  const { item, catatan } = withNote({ ...first, children: [...first.children, ...rest] });
  const based = stepBasis(item.text);
  const value: Langkah = { uraian: based.text };
  if (based.dasar_hukum) value.dasar_hukum = based.dasar_hukum;
  const actor = columns.actor !== undefined ? row[columns.actor]?.text.replace(/\s+/g, ' ').trim() : '';
  if (actor) value.pelaksana = actor;
  const time = columns.time !== undefined ? row[columns.time]?.text.replace(/\s+/g, ' ').trim() : '';
  const d = time ? findDuration(time) : undefined;
  if (time && d) {
    value.waktu = { nilai: d.nilai, satuan: d.satuan };
    if (d.paling_cepat !== undefined) value.waktu.paling_cepat = d.paling_cepat;
    if (time !== time.slice(d.index, d.end)) value.waktu.teks = time;
  }
  const notes = [...(catatan ? [catatan] : []), ...(time && !d ? [time] : []), ...columns.others.map(({ at, header }) => [header, row[at]?.text.trim()]).filter(([, t]) => t).map(([h, t]) => `${h}: ${t}`)];
  if (item.children.length > 0) value.rincian = butirList(item.children, rec.at('rincian'));
  if (notes.length > 0) value.catatan = notes.join('\n\n');
  rec.origin([], row.map((c) => c.text.replace(/\n/g, ' ')).join(' | '));
  rec.place();
  return value;
}

/** The steps of a table, and a row that sums their times ("Jumlah waktu | 80 menit") apart. */
function stepsOf(rows: Row[], rec: Recorder): { langkah: Langkah[]; total?: string } | undefined {
  const columns = rows[0] ? stepColumns(rows[0]) : undefined;
  if (!columns) return undefined;
  rec.origin([], rows[0]!.map((c) => c.text.trim()).join(' | '));
  const langkah: Langkah[] = [];
  let total: string | undefined;
  for (const row of rows.slice(1)) {
    const filled = row.filter((c) => c.text.trim() !== '');
    if (filled.length === 2 && /^(?:jumlah|total)\b/i.test(filled[0]!.text.trim()) && findDuration(filled[1]!.text)) {
      total = filled.map((c) => c.text.trim()).join(': ');
      continue;
    }
    const s = tableStep(row, columns, rec.at(langkah.length));
    if (s) langkah.push(s);
  }
  return { langkah, ...(total ? { total } : {}) };
}

/**
 * Flows set out as tables of steps, each under its title: the text before the first is the
 * procedure's uraian, a note between two flows is the first one's, the note after the last is
 * the procedure's own.
 */
function tabledProcedure(list: readonly Item[], rec: Recorder, ctx: ParseContext): SistemMekanismeProsedur {
  const flows: { nama?: string; kanal?: JenisKanalLayanan; langkah: Langkah[]; after: string[] }[] = [];
  const intro: string[] = [];
  let title: string | undefined;
  list.forEach((it, i) => {
    const table = it.rows ? stepsOf(it.rows, rec.at('alur', flows.length, 'langkah')) : undefined;
    if (table) {
      const flow: (typeof flows)[number] = { langkah: table.langkah, after: [] };
      if (title !== undefined) {
        const { nama, kanal } = flowTitle(title);
        flow.nama = nama;
        if (kanal) flow.kanal = kanal;
        rec.origin(['alur', flows.length, 'nama'], title);
      }
      if (table.total) rec.origin(['alur', flows.length, 'langkah'], table.total);
      flows.push(flow);
      title = undefined;
      return;
    }
    const next = list[i + 1];
    if (!it.marker && it.children.length === 0 && next?.rows && stepsOf(next.rows, new Recorder())) {
      title = it.text.replace(/\s*:\s*$/, '');
      return;
    }
    rec.keep();
    const line = noteText(it.text) ?? written(it);
    if (line === '') return;
    if (flows.length === 0) intro.push(line);
    else flows[flows.length - 1]!.after.push(line);
  });
  // What stands after the last flow is said of the procedure; between two flows, of the first.
  const own = flows[flows.length - 1]!.after.splice(0);
  if (flows.length === 1 && flows[0]!.nama === undefined && intro.length === 0 && own.length === 0) {
    rec.move(['alur', 0, 'langkah'], []);
    return flows[0]!.langkah;
  }
  const alur: Alur[] = flows.map((f, i) => {
    const a: Alur = { nama: f.nama ?? ctx.label, langkah: f.langkah };
    if (f.nama === undefined) rec.check(['alur', i, 'nama'], { id: 'dokumen tidak memberi judul alur ini; namanya diambil dari label komponen, ganti dengan nama kanalnya', en: 'the document gives this procedure no title; it is named after the component label, replace it with its channel' });
    if (f.kanal) a.kanal = f.kanal;
    if (f.after.length > 0) a.catatan = f.after.join('\n');
    return a;
  });
  return { ...(intro.length > 0 ? { uraian: intro.join('\n') } : {}), alur, ...(own.length > 0 ? { catatan: own.join('\n') } : {}) };
}

/** The procedure component. */
export function parseProsedur(items: readonly Item[], rec: Recorder, ctx: ParseContext): SistemMekanismeProsedur | undefined {
  const list = splitAll(items);
  if (list.some((it) => it.rows && stepsOf(it.rows, new Recorder()))) return tabledProcedure(list, rec, ctx);
  const steps = list.filter((it) => it.marker);
  const channels = list.filter(isChannelTitle);
  if (channels.length > 0 && channels.length === steps.length) {
    const intro: string[] = [];
    const alur: Alur[] = [];
    for (const it of list) {
      if (!isChannelTitle(it)) {
        intro.push(written(it));
        rec.keep();
        continue;
      }
      const r = rec.at('alur', alur.length);
      const a: Alur = { nama: it.text.replace(/\s*:\s*$/, ''), langkah: [] };
      const kanal = CHANNELS.find(([re]) => re.test(it.text))?.[1];
      if (kanal) a.kanal = kanal;
      a.langkah = splitAll(it.children).map((c, i) => step(c, r.at('langkah', i)));
      alur.push(a);
    }
    return intro.length > 0 ? { uraian: intro.join('\n'), alur } : { alur };
  }
  // Steps are the numbered items; in a list without numbers (a SIPP cell), the lines that name their actor.
  const marked = steps.length > 0;
  const isStep = (it: Item | undefined) => it !== undefined && (marked ? it.marker !== undefined : noteLine(it) === undefined && !STEP_TOTAL.test(it.text) && actorColon(it.text) !== undefined);
  const before: string[] = [];
  const notes: string[] = [];
  const flows: { title?: string; nama?: string; kanal?: JenisKanalLayanan; items: Item[]; catatan?: string }[] = [];
  for (const [i, it] of list.entries()) {
    const next = list[i + 1];
    if (isStep(it)) {
      if (flows.length === 0) flows.push({ items: [] });
      flows.at(-1)!.items.push(it);
      continue;
    }
    if (STEP_TOTAL.test(it.text)) continue;
    const note = noteLine(it);
    const more = list.slice(i + 1).some((x) => noteLine(x) === undefined && !STEP_TOTAL.test(x.text));
    if (note !== undefined && flows.length > 0) {
      // A note under a procedure with more to come is the procedure's; the last ones are the component's.
      if (more && !flows.at(-1)!.catatan) flows.at(-1)!.catatan = note;
      else notes.push(note);
      rec.keep();
      continue;
    }
    if (it.children.length === 0 && isStep(next) && (/^(?:prosedur|keterangan|alur|tata\s+cara|mekanisme)\b[^.]*:?\s*$/i.test(it.text) || (!/[.;]$/.test(it.text) && it.text.split(/\s+/).length <= 16))) {
      const title = /^(?:prosedur|keterangan|alur|tata\s+cara|mekanisme)\b/i.test(it.text);
      flows.push({ ...(title ? { title: it.text.replace(/\s*:\s*$/, '') } : flowTitle(it.text)), items: [] });
      continue;
    }
    if (flows.length === 0) before.push(it.text);
    else notes.push(note ?? it.text);
    rec.keep();
  }
  const langkahOf = (f: (typeof flows)[number], at: number) => f.items.map((it, i) => step(it, rec.at('alur', at, 'langkah', i)));
  if (flows.length === 0) {
    ctx.unplaced(before.join('\n'));
    return undefined;
  }
  const only = flows[0]!;
  if (flows.length === 1 && before.length === 0 && notes.length === 0 && !only.nama && !only.title && !only.catatan) {
    const langkah = langkahOf(only, 0);
    rec.move(['alur', 0, 'langkah'], []);
    return langkah;
  }
  const alur: Alur[] = flows.map((f, i) => {
    const a: Alur = { nama: f.nama ?? f.title ?? ctx.label, langkah: langkahOf(f, i) };
    if (!f.nama && !f.title) rec.check(['alur', i, 'nama'], { id: 'dokumen tidak memberi judul alur ini; namanya diambil dari label komponen, ganti dengan nama kanalnya', en: 'the document gives this procedure no title; it is named after the component label, replace it with its channel' });
    if (f.kanal) a.kanal = f.kanal;
    if (f.catatan) a.catatan = f.catatan;
    return a;
  });
  return { ...(before.length > 0 ? { uraian: before.join('\n') } : {}), alur, ...(notes.length > 0 ? { catatan: notes.join('\n') } : {}) };
}
