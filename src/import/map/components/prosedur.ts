import type { Alur as SchemaAlur, JenisKanalLayanan as SchemaJenisKanalLayanan, Langkah as SchemaLangkah, SistemMekanismeProsedur as SchemaSistemMekanismeProsedur } from '../../../types/schema.js';
import { type Item, noteText, splitAll, withNote, written } from '../items.js';
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

function split(text: string): { pelaksana?: string; uraian: string } {
  const words = text.split(/\s+/);
  if (!ACTOR_HEADS.test(words[0]!) && !(words.length > 1 && ACTOR_HEADS.test(`${words[0]} ${words[1]}`))) return { uraian: text };
  for (let i = 1; i < Math.min(words.length, 10); i++) {
    const w = words[i]!.replace(/[,;:]$/, '');
    if (ACTIVE_VERB.test(w) && !/^(?:menengah|menteri|merah)$/i.test(w)) {
      const pelaksana = words.slice(0, i).join(' ').replace(/[,;:]$/, '');
      const uraian = words.slice(i).join(' ');
      return { pelaksana, uraian: uraian.replace(/^\w/, (c) => c.toUpperCase()) };
    }
  }
  return { uraian: text };
}

/** "Petugas loket: Memeriksa berkas": the actor named before a colon. */
const NAMED_ACTOR = /^([^:;,.()\d]{2,60}):\s+(\S.*)$/;

/** A step: its actor and action, the time in brackets at its end, its note and sub-steps. */
export function step(source: Item, rec: Recorder): Langkah {
  const noted = withNote(source);
  const { catatan } = noted;
  let item = noted.item;
  // The time in brackets pushed onto a line of its own: still the step's.
  const time = item.children[0];
  if (time && !time.marker && time.children.length === 0 && /^\(.*\d.*\)\.?$/.test(time.text.trim()) && !/\)\.?$/.test(item.text.trim())) {
    item = { ...item, text: `${item.text} ${time.text.trim()}`, children: item.children.slice(1) };
  }
  let text = item.text.replace(/[;]\s*$/, '').replace(/;\s*dan$/i, '');
  const value: Langkah = { uraian: text };
  const timed = /\s*\(((?:[^()]|\([^()]*\))*\d(?:[^()]|\([^()]*\))*)\)\.?$/.exec(text);
  const d = timed ? findDuration(timed[1]!) : undefined;
  if (timed && d && d.index === 0 && d.end === timed[1]!.trim().length) {
    value.waktu = { nilai: d.nilai, satuan: d.satuan };
    text = text.slice(0, timed.index).trim();
  }
  const named = NAMED_ACTOR.exec(text);
  const parts = named && named[1]!.split(/\s+/).length <= 6 ? { pelaksana: named[1]!.trim(), uraian: named[2]!.trim() } : split(text);
  value.uraian = parts.uraian;
  if (parts.pelaksana) value.pelaksana = parts.pelaksana;
  else {
    const by = /^di\s?[a-z]+.*\boleh\s+(.+?)\.?$/i.exec(text);
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

/** "(Dasar hukum: Pasal 5 Perpres 96/2018)" closing a step's text: the rule it follows. */
const STEP_BASIS = /\s*\(\s*dasar\s+hukum\s*:\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/i;

function tableStep(row: Row, columns: StepColumns, rec: Recorder): Langkah | undefined {
  const [first, ...rest] = row[columns.action]?.items ?? [];
  if (!first) return undefined;
  const { item, catatan } = withNote({ ...first, children: [...first.children, ...rest] });
  const value: Langkah = { uraian: item.text };
  const basis = STEP_BASIS.exec(item.text);
  const cited = basis ? parseCitation(basis[1]!) : undefined;
  if (basis && cited) {
    value.uraian = item.text.slice(0, basis.index).trim();
    value.dasar_hukum = cited.value;
  }
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

/** A flow's channel as a page names it in brackets after the flow's title: "Melalui loket (Tatap muka)". */
const FLOW_CHANNELS: [RegExp, JenisKanalLayanan][] = [
  [/^tatap\s+muka$|^luring$|^offline$/i, 'tatap_muka'],
  [/^daring(?:\s*\(online\))?$|^online$/i, 'daring'],
  [/^mal\s+pelayanan\s+publik$|^mpp$/i, 'mpp'],
  [/^aplikasi$/i, 'aplikasi'],
  [/^jemput\s+bola\b/i, 'jemput_bola'],
  [/^pos$/i, 'pos'],
  [/^lainnya$/i, 'lainnya'],
];

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
        const bracket = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/.exec(title);
        const kanal = bracket ? FLOW_CHANNELS.find(([re]) => re.test(bracket[1]!.trim()))?.[1] : undefined;
        flow.nama = kanal ? title.slice(0, bracket!.index).trim() : title;
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
  const before: string[] = [];
  const after: string[] = [];
  const langkah: Langkah[] = [];
  let title: string | undefined;
  for (const it of list) {
    if (!it.marker && it.children.length === 0 && langkah.length === 0) {
      if (/^(?:prosedur|keterangan|alur|tata\s+cara|mekanisme)\b[^.]*:?\s*$/i.test(it.text) && !title) title = it.text.replace(/\s*:\s*$/, '');
      else before.push(it.text);
      rec.keep();
    } else if (!it.marker && it.children.length === 0) {
      after.push(it.text);
      rec.keep();
    } else langkah.push(step(it, rec.at('alur', 0, 'langkah', langkah.length)));
  }
  if (langkah.length === 0) {
    ctx.unplaced([...(title ? [title] : []), ...before, ...after].join('\n'));
    return undefined;
  }
  if (before.length === 0 && after.length === 0 && !title) {
    rec.move(['alur', 0, 'langkah'], []);
    return langkah;
  }
  const out: Exclude<SistemMekanismeProsedur, Langkah[]> = { alur: [{ nama: title ?? ctx.label, langkah }] };
  if (!title) rec.check(['alur', 0, 'nama'], { id: 'dokumen tidak memberi judul alur ini; namanya diambil dari label komponen, ganti dengan nama kanalnya', en: 'the document gives this procedure no title; it is named after the component label, replace it with its channel' });
  if (before.length > 0) out.uraian = before.join('\n');
  if (after.length > 0) out.catatan = after.join('\n');
  return { ...(out.uraian ? { uraian: out.uraian } : {}), alur: out.alur, ...(out.catatan ? { catatan: out.catatan } : {}) };
}
